/// How long requests took, in working days from day 0 to the written notice (LAW §2, §6).
public struct ResponseTimes: Sendable, Equatable {
    /// The bands of LAW §6.
    public enum Band: Int, Sendable, CaseIterable, Labelled {
        case upTo2, upTo5, upTo10, upTo17, over17

        public init(days: Int) {
            switch days {
            case ...2: self = .upTo2
            case 3...5: self = .upTo5
            case 6...10: self = .upTo10
            case 11...17: self = .upTo17
            default: self = .over17
            }
        }

        public var label: Phrase {
            switch self {
            case .upTo2: Phrase(id: "0–2 hari", en: "0–2 days")
            case .upTo5: Phrase(id: "3–5 hari", en: "3–5 days")
            case .upTo10: Phrase(id: "6–10 hari", en: "6–10 days")
            case .upTo17: Phrase(id: "11–17 hari", en: "11–17 days")
            case .over17: Phrase(id: "> 17 hari", en: "over 17 days")
            }
        }
    }

    /// Each decided request's working days, sorted.
    public let days: [Int]
    /// Decided after their deadline in force.
    public let late: Int

    public init(days: [Int], late: Int) {
        self.days = ResponseTimes.sorted(days)
        self.late = late
    }

    /// Sorted; by counting when every value is a small count of days (they always are).
    private static func sorted(_ days: [Int]) -> [Int] {
        guard let high = days.max(), let low = days.min(), low >= 0, high < 4096 else { return days.sorted() }
        var counts = [Int](repeating: 0, count: high + 1)
        for d in days { counts[d] += 1 }
        var out: [Int] = []
        out.reserveCapacity(days.count)
        for (d, n) in counts.enumerated() where n > 0 { out.append(contentsOf: repeatElement(d, count: n)) }
        return out
    }

    public var count: Int { days.count }
    /// The median (lower middle for an even count), nil with no decisions.
    public var median: Int? { days.isEmpty ? nil : days[(days.count - 1) / 2] }
    public var longest: Int? { days.last }
    /// How many fall in each band, in band order.
    public var bands: [Int] {
        var counts = Array(repeating: 0, count: Band.allCases.count)
        for d in days { counts[Band(days: d).rawValue] += 1 }
        return counts
    }
}

extension Ledger {
    /// Response times of the requests received in `year` (optionally one month of it).
    public func responseTimes(year: Int, month: Int? = nil) -> ResponseTimes {
        var days: [Int] = []
        var late = 0
        for r in requests(receivedIn: year) where !r.voided {
            if let month, calendar.day(of: r.receivedAt).month != month { continue }
            guard let d = calendar.responseDays(of: r) else { continue }
            days.append(d)
            if calendar.isOnTime(r) == false { late += 1 }
        }
        return ResponseTimes(days: days, late: late)
    }
}
