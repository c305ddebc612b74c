/// What one request adds to its year's figures (16 bytes: one per request is kept).
package struct FigureContribution: Equatable {
    package let year: Int32
    package let topic: UInt8
    /// Working days from day 0 to the written notice; -1 before a decision.
    package let days: Int32
    /// Decided after its deadline in force, or (with `days` -1) withdrawn undecided after it.
    package let late: Bool
    package let extended: Bool
    /// Every ground of the decision, bit i for `YearTally.grounds[i]`; 0 without a ground.
    package let grounds: UInt16

    package init(year: Int32, topic: UInt8, days: Int32, late: Bool, extended: Bool, grounds: UInt16) {
        (self.year, self.topic, self.days, self.late, self.extended, self.grounds) = (year, topic, days, late, extended, grounds)
    }
}

/// A year's figures kept up to date request by request, so the month board does not recount
/// the year on its first key after a change: response days as a histogram per topic, late
/// answers per topic, extensions, and grounds.
package struct YearTally: Sendable {
    static let topics = Topic.allCases
    static let grounds = Ground.allCases

    /// days[topic][d]: decided requests of that topic answered in `d` working days.
    private var days: [[Int]] = Array(repeating: [], count: YearTally.topics.count)
    private var late: [Int] = Array(repeating: 0, count: YearTally.topics.count)
    private var extensions = 0
    private var withdrawnAfterLapse = 0
    private var groundCounts: [Int] = Array(repeating: 0, count: YearTally.grounds.count)

    package init() {}

    package mutating func add(_ c: FigureContribution, _ sign: Int) {
        let t = Int(c.topic)
        if c.extended { extensions += sign }
        var bits = c.grounds  // each set bit, not every ground: this runs for every event replayed
        while bits != 0 {
            groundCounts[bits.trailingZeroBitCount] += sign
            bits &= bits - 1
        }
        guard c.days >= 0 else {
            if c.late { withdrawnAfterLapse += sign }
            return
        }
        let d = Int(c.days)
        if days[t].count <= d { days[t].append(contentsOf: repeatElement(0, count: d + 1 - days[t].count)) }
        days[t][d] += sign
        if c.late { late[t] += sign }
    }

    /// The figures as `Ledger.recountFigures(year:)` works them out from the requests.
    func figures(year: Int) -> YearFigures {
        var all: [Int] = []
        var byTopic: [(topic: Topic, times: ResponseTimes)] = []
        for (t, histogram) in days.enumerated() {
            var list: [Int] = []
            for (d, n) in histogram.enumerated() where n > 0 { list.append(contentsOf: repeatElement(d, count: n)) }
            guard !list.isEmpty else { continue }
            all.append(contentsOf: list)
            byTopic.append((YearTally.topics[t], ResponseTimes(days: list, late: late[t])))
        }
        let grounds = groundCounts.indices.filter { groundCounts[$0] > 0 }.map { (YearTally.grounds[$0], groundCounts[$0]) }
        return YearFigures(
            year: year,
            responseTimes: ResponseTimes(days: all, late: late.reduce(0, +)),
            byTopic: byTopic,
            extensions: extensions,
            grounds: grounds.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.code < $1.0.code },
            withdrawnAfterLapse: withdrawnAfterLapse
        )
    }
}

extension WorkingCalendar {
    /// What a request received in `year` adds to the year's figures; nil when it is void.
    func figureContribution(of r: Request, year: Int) -> FigureContribution? {
        guard !r.voided else { return nil }
        var days: Int32 = -1
        var late = false
        var grounds: UInt16 = 0
        if let decided = r.decision?.decided {
            // The deadline in force on the notice's date: an extension dated later does not count.
            let deadline = deadlineDays(of: r, on: decided.noticeOn)
            days = Int32(clamping: max(0, workingDays(from: deadline.start, to: decided.noticeOn)))
            late = decided.noticeOn > deadline.inForce
            for g in decided.grounds {
                if let i = YearTally.grounds.firstIndex(of: g) { grounds |= 1 << i }
            }
        } else {
            late = isWithdrawnAfterLapse(r)
        }
        return FigureContribution(
            year: Int32(year), topic: UInt8(YearTally.topics.firstIndex(of: r.details.topic) ?? 0),
            days: days, late: late, extended: r.extensionGiven != nil, grounds: grounds
        )
    }
}
