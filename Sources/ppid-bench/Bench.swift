import ArgumentParser
import Foundation
import PPIDDocuments
import PPIDModel
import PPIDStore
import PPIDUI
#if canImport(Glibc)
import Glibc
#endif

/// Times what an officer waits for, on a data folder made by `ppid-devtool generate`:
/// open to first frame, one append with fsync, a keystroke in each pane, the year's recap
/// export, `check`, an import, and peak memory. Prints a table, one row per figure.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ppid-bench",
        abstract: "Time ppid-tui's operations on a large data folder (build with -c release)."
    )

    @Option(name: .long, help: "The data folder to measure (20 requests are appended to it).")
    var data: String

    @Option(name: .long, help: "A register CSV to time the importer on, with --only import (imported into a temporary folder).")
    var register: String?

    @Option(name: .long, help: "Repetitions of the short operations (the median is reported).")
    var repeats = 20

    @Option(name: .long, help: "Which figures to run: all (open, keys, exports, appends), open, replay (first open, then the snapshot saved), import, check, decode, parts (year computations and exports one by one); one kind per process keeps each peak memory honest.")
    var only = "all"

    func run() throws {
        do {
            try measureAll()
        } catch let e as StoreError {
            FileHandle.standardError.write(Data("ppid-bench: \(e.message.en)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func measureAll() throws {
        let folder = DataFolder(path: data)
        var table = BenchTable()
        if only == "decode" {
            // The decoding half of a replay alone, on one core: every line read and decoded, none applied.
            let bytes = [UInt8](FileManager.default.contents(atPath: folder.logPath) ?? Data())
            let codec = EventCodec(timeZone: try OfficeConfig.load(from: folder).calendar().timeZone)
            let (decoded, seconds) = try measure {
                bytes.withUnsafeBufferPointer { all in
                    var n = 0
                    for line in all.split(separator: 0x0A) where (try? codec.decode(UnsafeBufferPointer(rebasing: line))) != nil { n += 1 }
                    return n
                }
            }
            table.add("decode every line, one core, no apply", seconds, note: "\(decoded) events")
            table.print()
            return
        }
        if only == "replay" {
            // The first open of a folder (or one whose snapshot no longer matches): every line
            // replayed. Then the snapshot the app saves after its first frame, timed.
            let (office, openSeconds) = try measure { try Office(folder: folder, snapshots: false) }
            var env = AppEnvironment(ledger: office.ledger, now: Date(), officer: "bench", officeName: office.config.officeName)
        env.reader = office.reader
            env.reader = office.reader
            var state = AppState(language: .indonesian)
            _ = update(&state, .resized(width: 120, height: 40), env)
            let (_, frameSeconds) = try measure { render(state, env) }
            table.add("open to first frame, replaying every line (first open, no snapshot)", openSeconds + frameSeconds, note: "\(office.ledger.eventCount) events")
            table.add("peak memory after a replay", nil, note: "\(peakMegabytes()) MB")
            let job = try office.log.snapshotJob().map { job in try measure { try job.run() }.1 }
            table.add("saving the snapshot (in the background after the first frame)", job, note: job == nil ? "not due" : "\(fileSize(folder.snapshotPath) / 1_000_000) MB")
            table.add("peak memory with the snapshot saved", nil, note: "\(peakMegabytes()) MB")
            table.print()
            return
        }
        if only == "import" {
            // In a process of its own, so its peak memory is the importer's.
            guard let register else { throw ValidationError("--only import needs --register FILE") }
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-bench-import-\(getpid())").path
            defer { try? FileManager.default.removeItem(atPath: tmp) }
            let target = try Office(folder: DataFolder(path: tmp))
            let (summary, seconds) = try measure { try RegisterImport.run(file: register, into: target.log, by: "bench", now: Date()) }
            table.add("import register (\(summary.added) rows, validated, fsync)", seconds, note: "into an empty folder")
            table.add("peak memory of the import", nil, note: "\(peakMegabytes()) MB")
            table.print()
            return
        }
        if only == "check" {
            let (office, seconds) = try measure { try Office(folder: folder, readOnly: true, snapshots: false) }
            table.add("check (read-only replay, every line verified)", seconds, note: "\(office.log.problems.count) problems, \(office.ledger.eventCount) events")
            table.add("peak memory", nil, note: "\(peakMegabytes()) MB")
            table.print()
            return
        }
        let (office, openSeconds) = try measure { try Office(folder: folder) }
        // Only the screen holds the ledger besides the log, as in the app (any other copy would
        // make the next append copy every request).
        var env = AppEnvironment(ledger: office.ledger, now: Date(), officer: "bench", officeName: office.config.officeName)
        var state = AppState(language: .indonesian)
        _ = update(&state, .resized(width: 120, height: 40), env)
        let (_, frameSeconds) = try measure { render(state, env) }
        let start = office.log.snapshotBytes > 0 ? "from the snapshot, \(fileSize(folder.snapshotPath) / 1_000_000) MB, and the lines after it" : "replaying every line (no snapshot)"
        table.add("open to first frame (queue drawn)", openSeconds + frameSeconds, note: "\(start); \(env.ledger.eventCount) events, \(env.ledger.requests.count) requests, \(fileSize(folder.logPath) / 1_000_000) MB log")
        table.add("peak memory after open", nil, note: "\(peakMegabytes()) MB")
        table.add("memory in use after open", nil, note: "\(residentMegabytes()) MB")
        if only == "open" {
            table.print()
            return
        }
        if only == "parts" {
            let l = env.ledger
            let y = l.years.last ?? 2026
            func t(_ name: String, _ body: () -> Void) { table.add(name, median((0..<9).map { _ in clock(body) })) }
            t("figures(year)") { _ = l.figures(year: y) }
            t("requests(receivedIn)") { _ = l.requests(receivedIn: y) }
            t("objections(receivedIn)") { _ = l.objections(receivedIn: y) }
            t("pendingObjections") { _ = l.pendingObjections }
            t("openRequests") { _ = l.openRequests }
            t("monthBoardItems") { _ = monthBoardItems(l, year: y, today: l.calendar.day(of: Date())) }
            t("queueRows") { _ = queueRows(l, today: env.today, queue: AppState(language: .english).queue) }
            t("recap csv") { _ = ExportFormat.csv.render(l, year: y, officeName: "") }
            t("register") { _ = ExportFormat.register.render(l, year: y, officeName: "") }
            t("objections csv") { _ = ExportFormat.objections.render(l, year: y, officeName: "") }
            t("report") { _ = ExportFormat.report.render(l, year: y, officeName: "") }
            table.print()
            return
        }

        // A key and the frame after it, as the run loop does them: the same screen state, so
        // what the screen keeps between keys is kept.
        func keys(_ s: inout AppState, _ key: Key, in env: AppEnvironment) -> Double {
            median((0..<repeats).map { _ in clock { _ = update(&s, .key(key), env); _ = render(s, env) } })
        }
        for pane in [Pane.queue, .months, .samples] {
            var s = state
            s.pane = pane
            table.add("keystroke ↓ + render, pane \(pane.rawValue) (\(pane.title.en))", keys(&s, .down, in: env))
            // The first key after the ledger changed (an append, another counter's events, a new
            // day): nothing kept yet, everything the pane shows worked out again.
            let cold = (0..<max(5, repeats / 2)).map { _ in
                var fresh = AppEnvironment(ledger: env.ledger, now: env.now, officer: "bench", officeName: env.officeName)
                fresh.reader = env.reader
                return clock { _ = update(&s, .key(.down), fresh); _ = render(s, fresh) }
            }
            table.add("first key after the ledger changed, pane \(pane.rawValue)", median(cold))
        }
        var all = state
        let showAll = clock { _ = update(&all, .key(.char("a")), env); _ = render(all, env) }
        table.add("queue: a (show all \(env.ledger.requests.count) requests) + render", showAll)
        table.add("queue, all shown: ↓ + render", keys(&all, .down, in: env))
        table.add("peak memory before the filter", nil, note: "\(peakMegabytes()) MB")
        _ = update(&all, .key(.char("/")), env)
        let filterTimes = ["s", "i", "t", "i"].map { (c: Character) in clock { _ = update(&all, .key(.char(c)), env); _ = render(all, env) } }
        table.add("queue, all shown: first filter letter + render", filterTimes[0], note: "folds every request's texts once for this ledger")
        table.add("queue, all shown: next filter letter + render", median(Array(filterTimes.dropFirst())), note: "filter \"siti\" over every request")
        table.add("peak memory after the keys and the filter", nil, note: "\(peakMegabytes()) MB")
        table.add("memory in use after the filter", nil, note: "\(residentMegabytes()) MB")

        let year = env.ledger.years.last ?? 2026
        let exportTimes = (0..<repeats).map { _ in clock { _ = ExportFormat.csv.render(env.ledger, year: year, officeName: "") } }
        table.add("year recap export (csv, \(year))", median(exportTimes))
        let registerTimes = (0..<max(1, repeats / 4)).map { _ in clock { _ = ExportFormat.register.render(env.ledger, year: year, officeName: "") } }
        table.add("year register export (\(env.ledger.requests(receivedIn: year).count) rows)", median(registerTimes))
        let setTimes = (0..<3).map { _ in clock { for f in ExportWriter.yearSet { _ = f.render(env.ledger, year: year, officeName: "") } } }
        table.add("month board x: the year's five files (recap csv and md, registers, report)", median(setTimes))

        // As the run loop appends: the screen holds the ledger and lets go of it for the append.
        var appendTimes: [Double] = []
        for _ in 0..<20 {
            let details = RequestDetails(requesterName: "Bénchmark Ñame", category: .individual, address: "Jl. Riau 1", topic: .testing, subject: "Uji kecepatan")
            env.ledger = office.ledger
            appendTimes.append(try clockThrowing {
                env.releaseLedger()
                try office.log.append(.register(receivedAt: Date(), channel: .walkIn, details: details), by: "bench", at: Date())
                env.ledger = office.ledger
            })
        }
        table.add("one append with fsync (register, median of 20)", median(appendTimes), note: "slowest \(String(format: "%.2f", (appendTimes.max() ?? 0) * 1000)) ms")

        table.add("memory in use after the appends", nil, note: "\(residentMegabytes()) MB")
        table.add("peak memory (whole run)", nil, note: "\(peakMegabytes()) MB")
        table.print()
    }
}

/// Rows of figures, printed as a Markdown table.
struct BenchTable {
    private var rows: [(String, Double?, String)] = []

    mutating func add(_ name: String, _ seconds: Double?, note: String = "") {
        rows.append((name, seconds, note))
    }

    func print() {
        Swift.print("| measure | time | note |")
        Swift.print("|---|---:|---|")
        for (name, seconds, note) in rows {
            let t = seconds.map { $0 >= 1 ? String(format: "%.2f s", $0) : String(format: "%.2f ms", $0 * 1000) } ?? ""
            Swift.print("| \(name) | \(t) | \(note) |")
        }
    }
}

func clock(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func clockThrowing(_ body: () throws -> Void) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func measure<T>(_ body: () throws -> T) throws -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s[(s.count - 1) / 2]
}

/// The largest resident set so far, in MB.
func peakMegabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
}

/// The memory the process holds now (resident set), from /proc.
func residentMegabytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
}
