/// One row of table 2.6.1: requesters per channel and final outcomes, for a month or the year.
public struct RecapRow: Sendable, Equatable {
    public package(set) var channels: [Int] = Array(repeating: 0, count: Channel.allCases.count)
    public package(set) var outcomes: [Int] = Array(repeating: 0, count: Outcome.allCases.count)
    /// Withdrawn requests: counted as requesters, in no outcome column.
    public package(set) var withdrawn = 0
    /// Requests still open: counted as requesters, in no outcome column.
    public package(set) var open = 0

    public init() {}

    public func count(_ channel: Channel) -> Int { channels[Channel.allCases.firstIndex(of: channel) ?? 0] }
    public func count(_ outcome: Outcome) -> Int { outcomes[Outcome.allCases.firstIndex(of: outcome) ?? 0] }
    public var requesters: Int { channels.reduce(0, +) }

    mutating func add(_ c: RecapContribution, _ sign: Int) {
        channels[Int(c.channel)] += sign
        if c.outcome >= 0 {
            outcomes[Int(c.outcome)] += sign
        } else if c.withdrawn {
            withdrawn += sign
        } else {
            open += sign
        }
    }

    static func + (a: RecapRow, b: RecapRow) -> RecapRow {
        var r = a
        for i in r.channels.indices { r.channels[i] += b.channels[i] }
        for i in r.outcomes.indices { r.outcomes[i] += b.outcomes[i] }
        r.withdrawn += b.withdrawn
        r.open += b.open
        return r
    }
}

/// Table 2.6.1 for one year: a row per month of receipt (office time) and the totals.
public struct MonthlyRecap: Sendable, Equatable {
    public let year: Int
    /// Twelve rows, January first.
    public package(set) var months: [RecapRow]

    public init(year: Int) {
        self.year = year
        months = Array(repeating: RecapRow(), count: 12)
    }

    /// The totals row (*Jumlah*).
    public var total: RecapRow { months.reduce(RecapRow(), +) }

    /// Indonesian month names as the report writes them.
    public static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    public static let englishMonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
}

/// What one request adds to the recap (8 bytes: one per request is kept).
package struct RecapContribution: Equatable {
    /// The columns' orders, made once (`allCases` makes a new array each time it is read).
    static let channels = Channel.allCases
    static let outcomes = Outcome.allCases

    package let year: Int32
    package let month: UInt8
    package let channel: UInt8
    /// Index in `Outcome.allCases`, or -1 before a decision.
    package let outcome: Int8
    package let withdrawn: Bool

    package init(year: Int32, month: UInt8, channel: UInt8, outcome: Int8, withdrawn: Bool) {
        (self.year, self.month, self.channel, self.outcome, self.withdrawn) = (year, month, channel, outcome, withdrawn)
    }
}
