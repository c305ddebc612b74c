/// The year's figures beside table 2.6.1 (LAW §6; seed report §2.6.2): time taken, late
/// answers, extensions, rejections and partial grants by ground.
public struct YearFigures: Sendable, Equatable {
    public let year: Int
    public let responseTimes: ResponseTimes
    /// Response times per topic, for the topics that had decisions.
    public let byTopic: [(topic: Topic, times: ResponseTimes)]
    public let extensions: Int
    /// Partial grants and rejections per ground, most frequent first; a decision on two
    /// grounds counts under each.
    public let grounds: [(ground: Ground, count: Int)]
    /// Requests withdrawn undecided after their deadline had passed: late all the same, though
    /// no notice gives them a response time.
    public var withdrawnAfterLapse = 0

    public static func == (a: YearFigures, b: YearFigures) -> Bool {
        a.year == b.year && a.responseTimes == b.responseTimes && a.extensions == b.extensions && a.withdrawnAfterLapse == b.withdrawnAfterLapse
            && a.byTopic.map(\.topic) == b.byTopic.map(\.topic) && a.byTopic.map(\.times) == b.byTopic.map(\.times)
            && a.grounds.map(\.ground) == b.grounds.map(\.ground) && a.grounds.map(\.count) == b.grounds.map(\.count)
    }
}

extension Ledger {
    /// The figures of a year, recounted from the requests received in it: what the ledger's
    /// tally (`figures(year:)`) keeps up to date, and what tests compare it with.
    ///
    /// - Complexity: O(requests received in the year); each deadline is two table lookups.
    func recountFigures(year: Int) -> YearFigures {
        let topics = Topic.allCases
        var days = Array(repeating: [Int](), count: topics.count)
        var late = Array(repeating: 0, count: topics.count)
        var extensions = 0
        var grounds: [Ground: Int] = [:]
        var all: [Int] = []
        var allLate = 0
        var withdrawnAfterLapse = 0
        for r in requests(receivedIn: year) where !r.voided {
            if r.extensionGiven != nil { extensions += 1 }
            if calendar.isWithdrawnAfterLapse(r) { withdrawnAfterLapse += 1 }
            guard let decided = r.decision?.decided else { continue }
            for g in decided.grounds { grounds[g, default: 0] += 1 }
            // responseDays and isOnTime, from one look at the deadline.
            let deadline = calendar.deadlineDays(of: r, on: decided.noticeOn)
            let d = max(0, calendar.workingDays(from: deadline.start, to: decided.noticeOn))
            let t = topics.firstIndex(of: r.details.topic) ?? 0
            days[t].append(d)
            all.append(d)
            if decided.noticeOn > deadline.inForce {
                late[t] += 1
                allLate += 1
            }
        }
        return YearFigures(
            year: year,
            responseTimes: ResponseTimes(days: all, late: allLate),
            byTopic: topics.indices.compactMap { t in days[t].isEmpty ? nil : (topics[t], ResponseTimes(days: days[t], late: late[t])) },
            extensions: extensions,
            grounds: grounds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.code < $1.key.code }.map { ($0.key, $0.value) },
            withdrawnAfterLapse: withdrawnAfterLapse
        )
    }
}
