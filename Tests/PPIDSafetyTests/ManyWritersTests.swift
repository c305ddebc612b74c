import Foundation
import Testing
import PPIDModel
import PPIDTestSupport
@testable import PPIDStore

/// Four counters appending thousands of events each to one folder at the same time, while an
/// import writes a register in one large append: every event is in the log exactly once and
/// every line is valid JSON.
@Suite struct ManyWritersTests {
    @Test func fourWritersAndAnImportAtOnceLoseNothingAndDuplicateNothing() throws {
        let writers = 4
        let each = Safety.size(quick: 150, full: 2500)
        let rows = Safety.size(quick: 100, full: 1000)
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let register = scratch + "/register-2018.csv"
            try writeBytes(Array(RegisterFile.text(rows: rows, year: 2018).utf8), to: register)
            let tool = try Binary.path("ppid-devtool")
            let started = Date()
            let launched = try (0..<writers).map { w in
                try Binary.Launched(tool, ["append", "--data", folder.path, "--count", String(each), "--year", "2019", "--officer", "Loket \(w)", "--seed", String(w)], environment: [:], scratch: scratch)
            }
            let importer = try Binary.Launched(try Binary.path("ppid-tui"), ["import", register, "--data", folder.path, "--officer", "Impor"], environment: [:], scratch: scratch)
            let runs = try launched.map { try $0.finish() }
            let imported = try importer.finish()
            let seconds = Date().timeIntervalSince(started)
            for (w, run) in runs.enumerated() {
                #expect(run.status == 0 && run.stderr.isEmpty, "writer \(w): \(run.stderr)")
            }
            #expect(imported.status == 0, "\(imported.stderr)")

            let contents = try LogFile.read(folder)
            #expect(contents.badLines.isEmpty, "lines that are not a whole JSON event: \(contents.badLines.prefix(10))")
            #expect(contents.tail == 0, "the log ends with a newline")
            let records = contents.records
            #expect(Set(records.map(\.id)).count == records.count, "no event twice")
            let printed = runs.map { $0.stdout.split(separator: "\n").map(String.init) }
            for w in 0..<writers {
                #expect(records.filter { $0.by == "Loket \(w)" }.map(\.event.subject.number) == printed[w], "writer \(w): its acknowledged numbers are its lines, in order")
            }
            let sequences = records.map(\.event.subject.number).filter { $0.hasPrefix("PPID-2019-") }.compactMap { RegistrationNumbering.standard.parse($0)?.sequence }
            let outOfOrder = zip(sequences, 1...).first { $0 != $1 }
            #expect(sequences.count == writers * each && outOfOrder == nil, "numbers given in file order, none twice; first out of order: \(String(describing: outOfOrder))")
            #expect(records.filter { $0.by == "Impor" }.count == records.filter { $0.event.subject.number.hasPrefix("PPID-2018-") }.count, "the import's events carry its officer")
            let office = try Office(folder: folder, readOnly: true)
            #expect(office.log.problems.isEmpty)
            #expect(office.ledger.requests.keys.filter { $0.hasPrefix("PPID-2018-") }.count == rows)
            let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(check.status == 0, "\(check.stdout)")
            let switches = zip(records, records.dropFirst()).filter { $0.by != $1.by }.count
            let lost = printed.joined().filter { office.ledger.requests[$0] == nil }.count + rows - office.ledger.requests.keys.filter { $0.hasPrefix("PPID-2018-") }.count
            Safety.report("many writers", "\(writers) processes × \(each) appends and an import of \(rows) rows at once: \(records.count) events in \(String(format: "%.1f", seconds)) s, the writer changed \(switches) times along the log; every line valid JSON, every event once; lost: \(lost)")
        }
    }
}
