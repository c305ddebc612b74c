import Foundation
import Testing
import PPIDTestSupport
import PPIDModel
@testable import PPIDStore

/// Several writers on one folder (two counters and the head): every line whole, none lost,
/// no registration number given twice.
@Suite struct ConcurrencyTests {
    /// Reads a log and checks every line: complete, valid, one event each.
    func readLog(_ folder: DataFolder, sourceLocation: SourceLocation = #_sourceLocation) throws -> [EventRecord] {
        let bytes = try readBytes(folder.logPath)
        #expect(bytes.last == 0x0A, "the log ends with a newline", sourceLocation: sourceLocation)
        let codec = EventCodec(timeZone: jakarta)
        var records: [EventRecord] = []
        for (i, line) in splitLines(bytes).dropLast().enumerated() {
            do {
                records.append(try line.withUnsafeBufferPointer { (b) throws(EventCodec.Problem) -> EventRecord in try codec.decode(b) })
            } catch {
                Issue.record("line \(i + 1) is not a whole event: \(error.message.en)", sourceLocation: sourceLocation)
            }
        }
        return records
    }

    @Test(arguments: [(2, 300), (4, 100)])
    func processesAppendingAtOnceLoseNothingAndNeverShareANumber(processes: Int, each: Int) throws {
        try withScratch { scratch in
            // The folder does not exist yet: the processes also race to create it.
            let folder = DataFolder(path: scratch + "/data")
            let tool = try Binary.path("ppid-devtool")
            let launched = try (0..<processes).map { p in
                try Binary.Launched(tool, ["append", "--data", folder.path, "--count", String(each), "--officer", "Loket \(p)", "--seed", String(p)], environment: [:], scratch: scratch)
            }
            let runs = try launched.map { try $0.finish() }
            for (p, run) in runs.enumerated() {
                #expect(run.status == 0, "process \(p): \(run.stderr)")
                #expect(run.stderr.isEmpty)
            }
            let printed = runs.map { $0.stdout.split(separator: "\n").map(String.init) }
            #expect(printed.map(\.count) == Array(repeating: each, count: processes))

            let records = try readLog(folder)
            let total = processes * each
            #expect(records.count == total)
            #expect(Set(records.map(\.id)).count == total)
            let numbers = records.map(\.event.subject.number)
            let allPrinted = printed.flatMap { $0 }
            #expect(Set(allPrinted).count == total, "no number was given twice")
            #expect(Set(numbers).count == total)
            #expect(Set(numbers) == Set(allPrinted), "every number printed is in the log")
            // Numbers are handed out in file order, one after the other.
            let sequences = numbers.compactMap { RegistrationNumbering.standard.parse($0)?.sequence }
            #expect(sequences == Array(1...total))
            // Each process's numbers are its lines, in its order.
            for p in 0..<processes {
                #expect(records.filter { $0.by == "Loket \(p)" }.map(\.event.subject.number) == printed[p])
            }
            let switches = zip(records, records.dropFirst()).filter { $0.by != $1.by }.count
            print("\(processes) processes × \(each): the writer changed \(switches) times along the log")

            let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            #expect(check.stdout.contains("Events read: \(total)\n"))
            #expect(check.stdout.contains("Damaged lines: 0\n"))
            #expect(permissions(folder.path) == 0o700 && permissions(folder.logPath) == 0o600 && permissions(folder.configPath) == 0o600)
        }
    }

    @Test func twoLogsOnTwoThreadsOfOneProcessContendForTheLock() throws {
        // Each EventLog opens the file itself, so each has its own open file description and
        // flock really excludes the other, as between processes.
        try withDataFolder { folder in
            try folder.prepare()
            let each = 200
            let results = Locked<[Int: [String]]>([:])
            let failures = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                do {
                    let office = try Office(folder: folder)
                    var mine: [String] = []
                    for i in 0..<each {
                        let received = String(format: "2019-03-04T%02d:%02d:00+07:00", 9 + worker, i % 60)
                        let r = try office.log.append(by: "Thread \(worker)", at: testNow) { ledger in
                            [registration(ledger.nextNumber(year: 2019), received)]
                        }
                        mine.append(r[0].event.subject.number)
                    }
                    results.update { $0[worker] = mine }
                } catch {
                    failures.update { $0.append("thread \(worker): \(error)") }
                }
            }
            #expect(failures.value.isEmpty)
            let all = results.value.values.flatMap { $0 }
            #expect(all.count == 2 * each)
            #expect(Set(all).count == 2 * each, "no number was given twice")

            let records = try readLog(folder)
            #expect(records.count == 2 * each)
            #expect(Set(records.map(\.event.subject.number)) == Set(all))
            let reopened = try openOffice(folder, readOnly: true)
            #expect(reopened.log.problems.isEmpty)
            #expect(reopened.ledger.requests.count == 2 * each)
        }
    }

    @Test func aSecondLogSeesTheFirstsNumbersBeforeGivingItsOwn() throws {
        // Two counters open at the same time; each takes a number in turn without refreshing.
        try withDataFolder { folder in
            let a = try openOffice(folder)
            let b = try openOffice(folder)
            var given: [String] = []
            for i in 0..<10 {
                let office = i % 2 == 0 ? a : b
                let r = try office.log.append(by: "Siti", at: testNow) { ledger in [registration(ledger.nextNumber(year: 2019), "2019-05-02T09:00:00+07:00")] }
                given.append(r[0].event.subject.number)
            }
            #expect(given == (1...10).map { String(format: "PPID-2019-%03d", $0) })
            #expect(a.log.problems.isEmpty && b.log.problems.isEmpty)
        }
    }

    /// An import checks its rows before it takes the lock; if another counter wrote in
    /// between, the rules run again under the lock and refuse what is no longer allowed.
    @Test func eventsCheckedBeforeAnotherCounterWroteAreCheckedAgain() throws {
        try withDataFolder { folder in
            let a = try openOffice(folder)
            let b = try openOffice(folder)
            let checked = a.log.ledger.revision
            _ = try b.log.append(by: "Rahmat", at: testNow) { _ in [registration("PPID-2019-007", "2019-05-02T09:00:00+07:00")] }
            #expect(throws: StoreError.self, "the number is now taken") {
                try a.log.append(by: "Siti", at: testNow, checkedAt: checked) { _ in [registration("PPID-2019-007", "2019-05-03T09:00:00+07:00")] }
            }
            #expect(a.log.ledger.numbers == ["PPID-2019-007"])
            // Checked against the state it is appended to: taken as it is.
            let r = try a.log.append(by: "Siti", at: testNow, checkedAt: a.log.ledger.revision) { _ in [registration("PPID-2019-008", "2019-05-03T09:00:00+07:00")] }
            #expect(r.map(\.event.subject.number) == ["PPID-2019-008"])
        }
    }
}

/// A value shared between threads behind a lock.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T

    init(_ value: T) { stored = value }

    var value: T { lock.withLock { stored } }

    func update(_ body: (inout T) -> Void) { lock.withLock { body(&stored) } }
}
