/// Which requests of a year stand behind a figure of the month board, for drilling down.
public struct RecapFilter: Sendable, Equatable {
    /// The state a request ended in, as the recap's columns count it.
    public enum End: Sendable, Equatable {
        case decided(Outcome)
        case withdrawn
        case open
    }

    public var year: Int
    /// 1…12, or nil for the whole year.
    public var month: Int?
    public var channel: Channel?
    public var end: End?
    public var topic: Topic?
    public var band: ResponseTimes.Band?
    public var onlyLate = false
    public var onlyExtended = false
    public var ground: Ground?
    /// The requests with an objection received in `year` (whatever year they were received).
    public var withObjectionInYear = false
    /// Only open requests already past their deadline in force on this day.
    public var overdueOn: CivilDate?
    /// The requests with an objection received in `year` still unanswered after its answer
    /// deadline on this day (whatever year the requests were received).
    public var objectionOverdueOn: CivilDate?

    public init(year: Int, month: Int? = nil, channel: Channel? = nil, end: End? = nil, topic: Topic? = nil) {
        self.year = year
        self.month = month
        self.channel = channel
        self.end = end
        self.topic = topic
    }

    /// Whether a request received in the year counts in this figure.
    public func matches(_ r: Request, calendar: WorkingCalendar) -> Bool {
        guard !r.voided else { return false }
        if let month, calendar.day(of: r.receivedAt).month != month { return false }
        if let channel, r.channel != channel { return false }
        if let topic, r.details.topic != topic { return false }
        if let end {
            switch end {
            case .decided(let o): if r.decision?.decided.outcome != o { return false }
            case .withdrawn: if r.status != .withdrawn { return false }
            case .open: if r.status != .open { return false }
            }
        }
        if let band {
            guard let d = calendar.responseDays(of: r), ResponseTimes.Band(days: d) == band else { return false }
        }
        if onlyLate, calendar.isOnTime(r) != false, !calendar.isWithdrawnAfterLapse(r) { return false }
        if onlyExtended, r.extensionGiven == nil { return false }
        if let ground, r.decision?.decided.grounds.contains(ground) != true { return false }
        if let overdueOn, !calendar.isOverdue(r, today: overdueOn) { return false }
        return true
    }
}

extension Ledger {
    /// The requests behind a figure, in registration order.
    public func requests(matching filter: RecapFilter) -> [Request] {
        if let today = filter.objectionOverdueOn {
            var seen = Set<String>()
            return overdueObjections(receivedIn: filter.year, today: today).compactMap { pair in
                seen.insert(pair.request.number).inserted ? pair.request : nil
            }
        }
        if let today = filter.overdueOn {
            // The open ones only, rather than the whole year.
            return overdueRequests(receivedIn: filter.year, today: today).filter { filter.matches($0, calendar: calendar) }
        }
        guard filter.withObjectionInYear else {
            return requests(receivedIn: filter.year).filter { filter.matches($0, calendar: calendar) }
        }
        var seen = Set<String>()
        return objections(receivedIn: filter.year).compactMap { pair in
            guard seen.insert(pair.request.number).inserted else { return nil }
            return pair.request
        }
    }
}
