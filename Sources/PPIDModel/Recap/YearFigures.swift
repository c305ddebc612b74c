/// The year's figures beside table 2.6.1 (LAW §6; seed report §2.6.2): time taken, late
/// answers, extensions, rejections and partial grants by ground.
public struct YearFigures: Sendable, Equatable {
    public let year: Int
    public let responseTimes: ResponseTimes
    /// Response times per topic, for the topics that had decisions.
    public let byTopic: [(topic: Topic, times: ResponseTimes)]
    public let extensions: Int
    /// Partial grants and rejections per ground, most frequent first.
    public let grounds: [(ground: Ground, count: Int)]

    public static func == (a: YearFigures, b: YearFigures) -> Bool {
        a.year == b.year && a.responseTimes == b.responseTimes && a.extensions == b.extensions
            && a.byTopic.map(\.topic) == b.byTopic.map(\.topic) && a.byTopic.map(\.times) == b.byTopic.map(\.times)
            && a.grounds.map(\.ground) == b.grounds.map(\.ground) && a.grounds.map(\.count) == b.grounds.map(\.count)
    }
}

extension Ledger {
    /// The figures of a year, from the requests received in it.
    public func figures(year: Int) -> YearFigures {
        var days: [Topic: [Int]] = [:]
        var late: [Topic: Int] = [:]
        var extensions = 0
        var grounds: [Ground: Int] = [:]
        var all: [Int] = []
        var allLate = 0
        for r in requests(receivedIn: year) where !r.voided {
            if r.extensionGiven != nil { extensions += 1 }
            if let g = r.decision?.decided.ground { grounds[g, default: 0] += 1 }
            guard let d = calendar.responseDays(of: r) else { continue }
            let topic = r.details.topic
            days[topic, default: []].append(d)
            all.append(d)
            if calendar.isOnTime(r) == false {
                late[topic, default: 0] += 1
                allLate += 1
            }
        }
        return YearFigures(
            year: year,
            responseTimes: ResponseTimes(days: all, late: allLate),
            byTopic: Topic.allCases.compactMap { t in days[t].map { (t, ResponseTimes(days: $0, late: late[t] ?? 0)) } },
            extensions: extensions,
            grounds: grounds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.code < $1.key.code }.map { ($0.key, $0.value) }
        )
    }
}
