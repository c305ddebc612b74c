import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore

/// Writes a realistic data folder for the benchmark: ten years of requests with their
/// decisions, extensions, hand-overs, withdrawals and objections, every event checked by the
/// rules as it is made; and, optionally, a request register CSV to time the importer on.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a data folder of about N events (and optionally a register CSV) for benchmarks."
    )

    @Option(name: .long, help: "The data folder to create (must not hold a log yet).")
    var data: String

    @Option(name: .long, help: "About how many events to write.")
    var events: Int

    @Option(name: .long, help: "Also write a request register CSV of --rows rows to this file.")
    var register: String?

    @Option(name: .long, help: "Rows of the register CSV.")
    var rows = 100_000

    @Option(name: .long, help: "Seed (the same seed gives the same files).")
    var seed: UInt64 = 2019

    @Option(name: .long, help: "Last year of the ten (default 2026).")
    var lastYear = 2026

    func run() throws {
        try guarded { () throws(DevToolError) in
            let folder = DataFolder(path: data)
            guard !FileManager.default.fileExists(atPath: folder.logPath) else { throw DevToolError("\(folder.logPath) exists; give an empty folder") }
            try store { () throws(StoreError) in try folder.prepare() }
            let config = try store { () throws(StoreError) in try OfficeConfig.load(from: folder) }
            let calendar = try store { () throws(StoreError) in try config.calendar() }
            var history = HistoryGenerator(calendar: calendar, seed: seed, firstYear: lastYear - 9, lastYear: lastYear)
            let written = try history.write(events: events, to: folder.logPath)
            print("\(written.events) events, \(written.requests) requests, \(written.bytes) bytes → \(folder.logPath)")
            if let register {
                var generator = RegisterGenerator(seed: seed)
                let bytes = try generator.write(rows: rows, year: lastYear - 1, to: register)
                print("\(rows) register rows, \(bytes) bytes → \(register)")
            }
        }
    }
}
