/// The span a report covers: a whole year, a quarter (*triwulan*) or a semester, by month of
/// receipt in office time (LAW §1, §6).
public struct ReportPeriod: Sendable, Equatable, Hashable {
    public let year: Int
    public let months: ClosedRange<Int>

    public init(year: Int, months: ClosedRange<Int> = 1...12) {
        self.year = year
        self.months = months.clamped(to: 1...12)
    }

    /// `2026`, `2026-Q1` … `2026-Q4`, `2026-S1`, `2026-S2` (`H1`/`H2` too; any case).
    public init?(text: String) {
        let parts = text.uppercased().split(separator: "-", maxSplits: 1).map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first), (1900...9999).contains(year) else { return nil }
        guard parts.count == 2 else {
            self.init(year: year)
            return
        }
        let kind = parts[1].first
        guard parts[1].count == 2, let n = Int(parts[1].dropFirst()) else { return nil }
        switch (kind, n) {
        case ("Q", 1...4): self.init(year: year, months: (n - 1) * 3 + 1...n * 3)
        case ("S", 1...2), ("H", 1...2): self.init(year: year, months: (n - 1) * 6 + 1...n * 6)
        default: return nil
        }
    }

    public var isWholeYear: Bool { months == 1...12 }

    /// How a period is named, e.g. "Triwulan III 2026 (Juli–September)".
    public var label: Phrase {
        let roman = ["I", "II", "III", "IV"]
        let span = "\(MonthlyRecap.monthNames[months.lowerBound - 1])–\(MonthlyRecap.monthNames[months.upperBound - 1])"
        let spanEn = "\(MonthlyRecap.englishMonthNames[months.lowerBound - 1])–\(MonthlyRecap.englishMonthNames[months.upperBound - 1])"
        if isWholeYear { return Phrase(id: "Tahun \(year)", en: "Year \(year)") }
        if months.count == 3, (months.lowerBound - 1) % 3 == 0 {
            let q = (months.lowerBound - 1) / 3
            return Phrase(id: "Triwulan \(roman[q]) \(year) (\(span))", en: "Quarter \(q + 1) \(year) (\(spanEn))")
        }
        if months.count == 6, (months.lowerBound - 1) % 6 == 0 {
            let s = (months.lowerBound - 1) / 6
            return Phrase(id: "Semester \(roman[s]) \(year) (\(span))", en: "Half \(s + 1) \(year) (\(spanEn))")
        }
        return Phrase(id: "\(span) \(year)", en: "\(spanEn) \(year)")
    }

    public func contains(_ day: CivilDate) -> Bool { day.year == year && months.contains(day.month) }
}

extension Ledger {
    /// The figures of a period's requests: `figures(year:)` for a whole year, else recounted
    /// from the requests received in its months (as `recountFigures(year:)` does for a year).
    public func figures(_ period: ReportPeriod) -> YearFigures {
        if period.isWholeYear { return figures(year: period.year) }
        let topics = Topic.allCases
        var days = Array(repeating: [Int](), count: topics.count)
        var late = Array(repeating: 0, count: topics.count)
        var extensions = 0
        var grounds: [Ground: Int] = [:]
        var withdrawnAfterLapse = 0
        for r in requests(receivedIn: period.year) where !r.voided && period.months.contains(calendar.day(of: r.receivedAt).month) {
            if r.extensionGiven != nil { extensions += 1 }
            if calendar.isWithdrawnAfterLapse(r) { withdrawnAfterLapse += 1 }
            guard let decided = r.decision?.decided else { continue }
            for g in decided.grounds { grounds[g, default: 0] += 1 }
            let deadline = calendar.deadlineDays(of: r)
            let t = topics.firstIndex(of: r.details.topic) ?? 0
            days[t].append(max(0, calendar.workingDays(from: deadline.start, to: decided.noticeOn)))
            if decided.noticeOn > deadline.inForce { late[t] += 1 }
        }
        return YearFigures(
            year: period.year,
            responseTimes: ResponseTimes(days: days.flatMap { $0 }, late: late.reduce(0, +)),
            byTopic: topics.indices.compactMap { t in days[t].isEmpty ? nil : (topics[t], ResponseTimes(days: days[t], late: late[t])) },
            extensions: extensions,
            grounds: grounds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.code < $1.key.code }.map { ($0.key, $0.value) },
            withdrawnAfterLapse: withdrawnAfterLapse
        )
    }

    /// The months of a period's table 2.6.1 (name, row), then its total.
    public func recapRows(_ period: ReportPeriod) -> (months: [(month: Int, row: RecapRow)], total: RecapRow) {
        let recap = recap(year: period.year)
        let rows = period.months.map { ($0, recap.months[$0 - 1]) }
        return (rows, rows.map(\.1).reduce(RecapRow(), +))
    }

    /// Objections received in the period, with their requests.
    public func objections(in period: ReportPeriod) -> [(request: Request, objection: Objection)] {
        objections(receivedIn: period.year).filter { period.contains(calendar.day(of: $0.objection.filed.receivedAt)) }
    }

    /// Open requests received in the period past their deadline on `today`.
    public func overdueRequests(in period: ReportPeriod, today: CivilDate) -> [Request] {
        overdueRequests(receivedIn: period.year, today: today).filter { period.contains(calendar.day(of: $0.receivedAt)) }
    }

    /// Objections received in the period unanswered past their deadline on `today`.
    public func overdueObjections(in period: ReportPeriod, today: CivilDate) -> [(request: Request, objection: Objection)] {
        overdueObjections(receivedIn: period.year, today: today).filter { period.contains(calendar.day(of: $0.objection.filed.receivedAt)) }
    }
}
