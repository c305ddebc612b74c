import Foundation

/// The state of the office: every request and every sample, folded from the log's events.
///
/// `apply` is the only way in; it either records the event or throws the reason it is not
/// allowed, leaving the ledger as it was. Derived figures (the monthly recap) are kept up to
/// date event by event.
public struct Ledger: Sendable {
    public let calendar: WorkingCalendar
    public let numbering: RegistrationNumbering
    /// The format of objection numbers.
    public let objectionNumbering: RegistrationNumbering
    /// The request each objection number belongs to.
    public private(set) var objectionOwners: [String: String] = [:]
    /// Requests that have had an objection, in the order of their first one.
    private var requestsWithObjections: [String] = []
    /// Requests by registration number.
    public private(set) var requests: [String: Request] = [:]
    /// Registration numbers in the order they were registered.
    public private(set) var numbers: [String] = []
    /// How many events were applied.
    public private(set) var eventCount = 0
    /// Numbers of the requests still open.
    public private(set) var openNumbers: Set<String> = []
    /// Each officer's last action that can still be undone: its request and event id.
    public private(set) var lastUndoable: [String: (request: String, event: String)] = [:]
    private var recaps: [Int: MonthlyRecap] = [:]
    private var contributions: [String: RecapContribution] = [:]
    private var highestSequence: [Int: Int] = [:]
    private var highestObjectionSequence: [Int: Int] = [:]
    private var yearIndex: [Int: [String]] = [:]

    /// Number formats, e-billing validity and standard times of samples.
    public let samplePolicy: SamplePolicy
    /// Samples by BPCU or BPCUI number.
    public internal(set) var samples: [String: Sample] = [:]
    /// Sample numbers in the order they were registered.
    public internal(set) var sampleNumbers: [String] = []
    /// The sample each LHP number belongs to.
    public internal(set) var reportOwners: [String: String] = [:]
    var highestSampleSequence: [SampleKind: [Int: Int]] = [:]
    var highestReportSequence: [Int: Int] = [:]

    public init(
        calendar: WorkingCalendar, numbering: RegistrationNumbering = .standard, objectionNumbering: RegistrationNumbering = .objections,
        samplePolicy: SamplePolicy = .standard
    ) {
        self.calendar = calendar
        self.numbering = numbering
        self.objectionNumbering = objectionNumbering
        self.samplePolicy = samplePolicy
    }

    /// Records one event, or throws why it cannot be recorded (the ledger is then unchanged).
    public mutating func apply(_ record: EventRecord) throws(LedgerError) {
        if case .sample(let e) = record.event {
            commitSample(try resolveSample(record, e, overlay: [:]), e)
            eventCount += 1
            // A sample's step cannot be undone, so `u` must not reach past it to an older action.
            lastUndoable[record.by] = nil
            return
        }
        let updated = try resolve(record, overlay: [:])
        commit(updated)
        if case .objectionFiled(let e) = record.event {
            if requests[e.request]?.objections.count == 1 { requestsWithObjections.append(e.request) }
            objectionOwners[e.objection] = e.request
            if let (year, seq) = objectionNumbering.parse(e.objection) {
                highestObjectionSequence[year] = max(highestObjectionSequence[year] ?? 0, seq)
            }
        }
        eventCount += 1
        if case .eventUndone = record.event {
            lastUndoable[record.by] = nil
        } else {
            lastUndoable[record.by] = (updated.number, record.id)
        }
    }

    /// Checks a batch as if applied in order, without changing anything.
    public func check(_ records: [EventRecord]) throws(LedgerError) {
        var overlay: [String: Request] = [:]
        var sampleOverlay: [String: Sample] = [:]
        for r in records {
            switch r.event {
            case .sample(let e): sampleOverlay[e.sample] = try resolveSample(r, e, overlay: sampleOverlay)
            default:
                let updated = try resolve(r, overlay: overlay)
                overlay[updated.number] = updated
            }
        }
    }

    /// The next free registration number for a request received in `year`.
    public func nextNumber(year: Int) -> String {
        var seq = (highestSequence[year] ?? 0) + 1
        var candidate = numbering.format(year: year, sequence: seq)
        while requests[candidate] != nil {
            seq += 1
            candidate = numbering.format(year: year, sequence: seq)
        }
        return candidate
    }

    /// The next free objection number for an objection received in `year`.
    public func nextObjectionNumber(year: Int) -> String {
        var seq = (highestObjectionSequence[year] ?? 0) + 1
        while objectionOwners[objectionNumbering.format(year: year, sequence: seq)] != nil { seq += 1 }
        return objectionNumbering.format(year: year, sequence: seq)
    }

    /// Every objection with its request: requests in the order of their first objection, each
    /// request's objections oldest first.
    public var objections: [(request: Request, objection: Objection)] {
        requestsWithObjections.compactMap { requests[$0] }.flatMap { r in r.objections.map { (r, $0) } }
    }

    /// Table 2.6.1 for a year.
    public func recap(year: Int) -> MonthlyRecap { recaps[year] ?? MonthlyRecap(year: year) }

    /// Years that have requests, newest last.
    public var years: [Int] { recaps.keys.sorted() }

    /// Requests received in a year (office time), in registration order.
    public func requests(receivedIn year: Int) -> [Request] {
        var seen = Set<String>()
        return (yearIndex[year] ?? []).compactMap { n in
            guard seen.insert(n).inserted, let r = requests[n], calendar.day(of: r.receivedAt).year == year else { return nil }
            return r
        }
    }

    private func resolve(_ record: EventRecord, overlay: [String: Request]) throws(LedgerError) -> Request {
        let number = record.event.subject.number
        let current = overlay[number] ?? requests[number]
        if case .objectionFiled(let e) = record.event, objectionOwners[e.objection] != nil {
            throw .duplicateObjectionNumber(e.objection)
        }
        if case .requestRegistered(let e) = record.event {
            guard current == nil else { throw .duplicateNumber(number) }
            return try Request.registered(record, e)
        }
        guard let request = current else { throw .unknownRequest(number) }
        return try request.applying(record, calendar: calendar)
    }

    private mutating func commit(_ request: Request) {
        let number = request.number
        if requests[number] == nil {
            numbers.append(number)
            if let (year, seq) = numbering.parse(number) { highestSequence[year] = max(highestSequence[year] ?? 0, seq) }
        }
        requests[number] = request
        if request.status.isOpen { openNumbers.insert(number) } else { openNumbers.remove(number) }
        let new = contribution(of: request)
        let old = contributions[number]
        guard new != old else { return }
        if let old { recaps[old.year]?.months[old.month - 1].add(old, -1) }
        if let new {
            recaps[new.year, default: MonthlyRecap(year: new.year)].months[new.month - 1].add(new, 1)
            if old?.year != new.year { yearIndex[new.year, default: []].append(number) }
        }
        contributions[number] = new
    }

    private func contribution(of r: Request) -> RecapContribution? {
        if r.voided { return nil }
        let day = calendar.day(of: r.receivedAt)
        let outcome: Int? = r.decision.flatMap { Outcome.allCases.firstIndex(of: $0.decided.outcome) }
        return RecapContribution(
            year: day.year, month: day.month,
            channel: Channel.allCases.firstIndex(of: r.channel) ?? 0,
            outcome: outcome, withdrawn: r.withdrawal != nil && outcome == nil
        )
    }
}
