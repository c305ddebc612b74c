import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore

/// Registers requests one append at a time, each taking its number under the log's lock, and
/// prints the numbers it was given. Run several at once on one folder to check that appends
/// never interleave and that no number is given twice.
struct AppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Register N new requests, one locked append each; print each number given.",
        discussion: """
        Each append takes its registration number from the ledger inside the lock, as the \
        counter does. Requests are received now, or in --year (spread over that year, never \
        after now). Numbers go to standard output, one per line, each in one unbuffered \
        write after its append returned (after fsync): a number printed is an acknowledged \
        append, which the kill checks rely on.
        """
    )

    @Option(name: .long, help: "The data folder (created when missing).")
    var data: String

    @Option(name: .long, help: "How many requests to register.")
    var count: Int

    @Option(name: .long, help: "The officer recorded on each event.")
    var officer = "devtool"

    @Option(name: .long, help: "Year of receipt (default: now).")
    var year: Int?

    @Option(name: .long, help: "Seed for the sample names and topics (default: from the clock and process id).")
    var seed: UInt64?

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must be 0 or more") }
        if let year, !(1970...9999).contains(year) { throw ValidationError("--year must be a four-digit year from 1970") }
        guard !officer.allSatisfy(\.isWhitespace) else { throw ValidationError("--officer must not be empty") }
    }

    func run() throws {
        try guarded { () throws(DevToolError) in
            let office = try store { () throws(StoreError) in try Office(folder: DataFolder(path: data)) }
            let calendar = office.calendar
            if let year, year > calendar.day(of: Date()).year {
                throw DevToolError("--year \(year) is in the future; a request is never received in the future")
            }
            var samples = SampleRequests(seed: seed ?? UInt64(truncatingIfNeeded: Int(Date().timeIntervalSince1970 * 1000)) &+ UInt64(getpid()))
            let out = FileHandle.standardOutput
            for i in 0..<count {
                let now = Date()
                let receivedAt = year.map { receipt(in: $0, index: i, now: now, calendar: calendar) } ?? now
                let receiptYear = calendar.day(of: receivedAt).year
                let sample = samples.next()
                let records = try store { () throws(StoreError) in
                    try office.log.append(by: officer, at: now) { ledger in
                        let number = ledger.nextNumber(year: receiptYear)
                        return [.requestRegistered(RequestRegistered(request: number, receivedAt: receivedAt, channel: sample.channel, details: sample.details))]
                    }
                }
                guard let number = records.first?.event.request else { throw DevToolError("append \(i + 1) wrote nothing") }
                out.write(Data((number + "\n").utf8))
            }
        }
    }

    /// A moment in `year` during service hours, spread over the year by `index`, never after `now`.
    private func receipt(in year: Int, index: Int, now: Date, calendar: WorkingCalendar) -> Date {
        let start = CivilDate(year: year, month: 1, day: 2) ?? CivilDate(ordinal: 0)
        let day = start.adding(days: (index * 7) % 360)
        let minute = 8 * 60 + (index * 13) % (7 * 60)
        let local = Double(day.ordinal * 86_400 + minute * 60)
        let guess = Date(timeIntervalSince1970: local - Double(calendar.timeZone.secondsFromGMT()))
        let instant = Date(timeIntervalSince1970: local - Double(calendar.timeZone.secondsFromGMT(for: guess)))
        return min(instant, now)
    }
}
