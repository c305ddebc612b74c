import Foundation

/// The state of the office: every request and every sample, folded from the log's events.
///
/// `apply` is the only way in; it either records the event or throws the reason it is not
/// allowed, leaving the ledger as it was. Derived figures (the monthly recap) are kept up to
/// date event by event.
///
/// Requests sit in one array in registration order, found by number through an index, and are
/// changed in place. Their events are not kept whole: each is remembered by its place in the
/// log (`apply(_:loggedAt:)`), and read back through `archive` when a history is asked for.
public struct Ledger: Sendable {
    public let calendar: WorkingCalendar
    public let numbering: RegistrationNumbering
    /// The format of objection numbers.
    public let objectionNumbering: RegistrationNumbering
    /// The request each objection number belongs to.
    public internal(set) var objectionOwners: [String: String] = [:]
    /// Requests that have had an objection, in the order of their first one.
    var requestsWithObjections: [Int32] = []
    /// Requests in registration order.
    var list: [Request] = []
    /// Where each registration number is in `list`.
    var index: [String: Int32] = [:]
    /// How many events were applied.
    public internal(set) var eventCount = 0
    /// Places in `list` of the requests still open.
    var open: Set<Int32> = []
    /// Each officer's last action that can still be undone: its request and event id.
    public var lastUndoable: [String: (request: String, event: String)] {
        Dictionary(undoables.map { ($0.officer, ($0.request, $0.event.text)) }, uniquingKeysWith: { _, last in last })
    }
    /// `lastUndoable` as a short list (one entry per officer): set on every event, so kept
    /// where finding an officer is a few string comparisons rather than a hash.
    var undoables: [(officer: String, request: String, event: CompactEventID)] = []
    var recaps: [Int: MonthlyRecap] = [:]
    /// What each request adds to the recap, by its place in `list`.
    var contributions: [RecapContribution?] = []
    /// What each request adds to its year's figures, by its place in `list`.
    var figureContributions: [FigureContribution?] = []
    var tallies: [Int: YearTally] = [:]
    /// Places of the requests with an objection filed in each year (a place may repeat).
    var objectionYears: [Int: [Int32]] = [:]
    /// Places of the requests with an objection the office or the Commission still owes.
    var pendingObjectionPlaces: Set<Int32> = []
    var highestSequence: [Int: Int] = [:]
    var highestObjectionSequence: [Int: Int] = [:]
    /// Places in `list` of the requests received in each year.
    var yearIndex: [Int: [Int32]] = [:]
    /// Every event applied, in order: where its record is, and its request's previous event.
    var links: [HistoryLink] = []
    /// Records applied without a place in a log (tests, demos, checks), kept whole.
    var memoryRecords: [EventRecord] = []
    /// Reads records back from the log by their places; the store sets it.
    public var archive: (any EventArchive)?
    /// Replaced whenever this ledger changes while a copy (or a screen's cache) holds it.
    var stamp = Stamp()

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

    /// Makes room for about this many events in all (a replay knows the size of its file).
    public mutating func reserveCapacity(events: Int) {
        let requests = events / 2
        links.reserveCapacity(events)
        list.reserveCapacity(requests)
        contributions.reserveCapacity(requests)
        figureContributions.reserveCapacity(requests)
        index.reserveCapacity(requests)
    }

    /// Records one event kept only in memory, or throws why it cannot be recorded (the ledger
    /// is then unchanged).
    public mutating func apply(_ record: EventRecord) throws(LedgerError) {
        try apply(record, place: nil)
    }

    /// Records one event read from (or written to) the log at `place`; its record is read back
    /// from there when its history is asked for.
    public mutating func apply(_ record: EventRecord, loggedAt place: LogPlace) throws(LedgerError) {
        try apply(record, place: place)
    }

    private mutating func apply(_ record: EventRecord, place: LogPlace?) throws(LedgerError) {
        if !isKnownUniquelyReferenced(&stamp) { stamp = Stamp() }
        if case .sample(let e) = record.event {
            commitSample(try resolveSample(record, e, overlay: [:]), e)
            eventCount += 1
            // A sample's step cannot be undone, so `u` must not reach past it to an older action.
            undoables.removeAll { $0.officer == record.by }
            return
        }
        let number = record.event.subject.number
        if case .objectionFiled(let e) = record.event, objectionOwners[e.objection] != nil {
            throw .duplicateObjectionNumber(e.objection)
        }
        let at: Int32
        if case .requestRegistered(let e) = record.event {
            guard index[number] == nil else { throw .duplicateNumber(number) }
            var r = try Request.registered(record, e)
            r.lastEvent = Int32(links.count)
            at = Int32(list.count)
            list.append(r)
            contributions.append(nil)
            figureContributions.append(nil)
            index[number] = at
            if let (year, seq) = numbering.parse(number) { highestSequence[year] = max(highestSequence[year] ?? 0, seq) }
            links.append(HistoryLink(location: keep(record, at: place), previous: -1))
        } else {
            guard let slot = index[number] else { throw .unknownRequest(number) }
            at = slot
            let previous = list[Int(at)].lastEvent
            let earlier = Request.isUndo(record) ? try history(from: previous, of: number) : []
            // Changed where it lies: `apply` leaves it as it was when it throws.
            try list[Int(at)].apply(record, calendar: calendar, earlier: earlier)
            list[Int(at)].lastEvent = Int32(links.count)
            links.append(HistoryLink(location: keep(record, at: place), previous: previous))
        }
        commit(at)
        switch record.event {
        case .objectionFiled, .objectionAnswered, .disputeStep, .eventUndone: noteObjections(at)
        default: break
        }
        if case .objectionFiled(let e) = record.event {
            if list[Int(at)].objections.count == 1 { requestsWithObjections.append(at) }
            objectionYears[calendar.day(of: e.receivedAt).year, default: []].append(at)
            objectionOwners[e.objection] = e.request
            if let (year, seq) = objectionNumbering.parse(e.objection) {
                highestObjectionSequence[year] = max(highestObjectionSequence[year] ?? 0, seq)
            }
        }
        eventCount += 1
        let officer = undoables.firstIndex { $0.officer == record.by }
        if case .eventUndone = record.event {
            if let officer { undoables.remove(at: officer) }
        } else if let officer {
            undoables[officer].request = number
            undoables[officer].event = record.compactID
        } else {
            undoables.append((record.by, number, record.compactID))
        }
    }

    /// Checks a batch as if applied in order, without changing anything.
    public func check(_ records: [EventRecord]) throws(LedgerError) {
        var overlay: [String: Request] = [:]
        var sampleOverlay: [String: Sample] = [:]
        // A batch's earlier events, which only an undo in the batch reads.
        let undoes = records.contains(where: Request.isUndo)
        var pending: [String: [EventRecord]] = [:]
        for r in records {
            if case .sample(let e) = r.event {
                let resolved = try resolveSample(r, e, overlay: sampleOverlay)
                try checkPaymentProof(e, overlay: sampleOverlay)
                sampleOverlay[e.sample] = resolved
                continue
            }
            let number = r.event.subject.number
            let current = overlay[number] ?? index[number].map { list[Int($0)] }
            if case .objectionFiled(let e) = r.event, objectionOwners[e.objection] != nil {
                throw .duplicateObjectionNumber(e.objection)
            }
            if case .requestRegistered(let e) = r.event {
                guard current == nil else { throw .duplicateNumber(number) }
                overlay[number] = try Request.registered(r, e)
            } else {
                guard let request = current else { throw .unknownRequest(number) }
                let earlier = Request.isUndo(r) ? try history(from: request.lastEvent, of: number) + (pending[number] ?? []) : []
                overlay[number] = try request.applying(r, calendar: calendar, earlier: earlier)
            }
            if undoes { pending[number, default: []].append(r) }
        }
    }

    /// Tells this state apart from any other: equal revisions mean equal ledgers, so a screen
    /// can keep what it worked out from one until the revision changes.
    public var revision: Revision { Revision(stamp: stamp, events: eventCount) }

    /// The request by its registration number.
    public subscript(number: String) -> Request? {
        index[number].map { list[Int($0)] }
    }

    /// Every request, in registration order, found by number with `requests[number]`.
    public var requests: RequestTable { RequestTable(list: list, index: index) }

    /// Registration numbers in the order they were registered.
    public var numbers: [String] { list.map(\.number) }

    /// Numbers of the requests still open.
    public var openNumbers: Set<String> { Set(open.map { list[Int($0)].number }) }

    /// The requests still open, in registration order.
    public var openRequests: [Request] { open.sorted().map { list[Int($0)] } }

    /// The next free registration number for a request received in `year`.
    public func nextNumber(year: Int) -> String {
        var seq = (highestSequence[year] ?? 0) + 1
        var candidate = numbering.format(year: year, sequence: seq)
        while index[candidate] != nil {
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

    /// Places in registration order of the requests no longer open, newest first.
    public var closedPositions: [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(list.count - open.count)
        // The open places, newest first, walked beside the list: no hashing per request.
        let openPlaces = open.sorted(by: >)
        var next = 0
        for i in stride(from: Int32(list.count - 1), through: 0, by: -1) {
            if next < openPlaces.count, openPlaces[next] == i {
                next += 1
            } else {
                out.append(i)
            }
        }
        return out
    }

    /// The objections the office or the Commission still owes something: awaiting the
    /// superior's answer, or a dispute not yet settled; with their requests, in the order of
    /// `objections`.
    public var pendingObjections: [(request: Request, objection: Objection)] {
        var out: [(request: Request, objection: Objection)] = []
        for i in requestsWithObjections where pendingObjectionPlaces.contains(i) {
            for o in list[Int(i)].objections where o.awaitsAnswer || o.disputeOpen { out.append((list[Int(i)], o)) }
        }
        return out
    }

    /// Keeps the pending set up to date after an event that may change a request's objections.
    private mutating func noteObjections(_ at: Int32) {
        if list[Int(at)].objections.contains(where: { $0.awaitsAnswer || $0.disputeOpen }) {
            pendingObjectionPlaces.insert(at)
        } else {
            pendingObjectionPlaces.remove(at)
        }
    }

    /// The objections received in `year` (office time) with their requests, in the order of
    /// `objections`.
    public func objections(receivedIn year: Int) -> [(request: Request, objection: Objection)] {
        let places = Set(objectionYears[year] ?? [])
        var out: [(request: Request, objection: Objection)] = []
        for i in requestsWithObjections where places.contains(i) {
            for o in list[Int(i)].objections where calendar.day(of: o.filed.receivedAt).year == year { out.append((list[Int(i)], o)) }
        }
        return out
    }

    /// The figures of a year (response times, late answers, extensions, grounds), kept up to
    /// date event by event.
    public func figures(year: Int) -> YearFigures {
        (tallies[year] ?? YearTally()).figures(year: year)
    }

    /// Every objection with its request: requests in the order of their first objection, each
    /// request's objections oldest first.
    public var objections: [(request: Request, objection: Objection)] {
        requestsWithObjections.flatMap { i in list[Int(i)].objections.map { (list[Int(i)], $0) } }
    }

    /// Table 2.6.1 for a year.
    public func recap(year: Int) -> MonthlyRecap { recaps[year] ?? MonthlyRecap(year: year) }

    /// Years that have requests, newest last.
    public var years: [Int] { recaps.keys.sorted() }

    /// Requests received in a year (office time), in registration order.
    public func requests(receivedIn year: Int) -> [Request] {
        let places = yearIndex[year] ?? []
        var seen = Set<Int32>(minimumCapacity: places.count)
        return places.compactMap { i in
            let r = list[Int(i)]
            guard seen.insert(i).inserted else { return nil }
            let received = contributions[Int(i)].map { Int($0.year) } ?? calendar.day(of: r.receivedAt).year
            return received == year ? r : nil
        }
    }

    /// Brings the open set and the recap up to date with the request at `at`.
    private mutating func commit(_ at: Int32) {
        let (isOpen, new, figures) = Ledger.standing(of: &list[Int(at)], calendar: calendar)
        if isOpen { open.insert(at) } else { open.remove(at) }
        let old = contributions[Int(at)]
        let oldFigures = figureContributions[Int(at)]
        if figures != oldFigures {
            if let oldFigures { tallies[Int(oldFigures.year)]?.add(oldFigures, -1) }
            if let figures { tallies[Int(figures.year), default: YearTally()].add(figures, 1) }
            figureContributions[Int(at)] = figures
        }
        guard new != old else { return }
        if let old { recaps[Int(old.year)]?.months[Int(old.month) - 1].add(old, -1) }
        if let new {
            recaps[Int(new.year), default: MonthlyRecap(year: Int(new.year))].months[Int(new.month) - 1].add(new, 1)
            if old?.year != new.year { yearIndex[Int(new.year), default: []].append(at) }
        }
        contributions[Int(at)] = new
    }

    /// Whether a request is open, and what it adds to the recap and to its year's figures.
    ///
    /// The request is `inout` only so that it is read where it lies: `list[at]` would copy it,
    /// retaining (and then releasing) each of its texts and arrays, for every event. (`commit`
    /// follows a change to the request, so `list` is already unshared: nothing is copied.)
    private static func standing(
        of r: inout Request, calendar: WorkingCalendar
    ) -> (isOpen: Bool, recap: RecapContribution?, figures: FigureContribution?) {
        let recap = contribution(of: r, calendar: calendar)
        return (r.status.isOpen, recap, recap.flatMap { calendar.figureContribution(of: r, year: Int($0.year)) })
    }

    private static func contribution(of r: Request, calendar: WorkingCalendar) -> RecapContribution? {
        if r.voided { return nil }
        let day = calendar.day(of: r.receivedAt).components
        let outcome: Int? = r.decision.flatMap { RecapContribution.outcomes.firstIndex(of: $0.decided.outcome) }
        return RecapContribution(
            year: Int32(day.year), month: UInt8(day.month),
            channel: UInt8(RecapContribution.channels.firstIndex(of: r.channel) ?? 0),
            outcome: Int8(outcome ?? -1), withdrawn: r.withdrawal != nil && outcome == nil
        )
    }
}
