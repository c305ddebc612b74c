import Foundation

/// The state of the office, folded from the log's events: folds with one job each, composed.
///
/// The decider's state, all that `decide` (through `check`) reads:
/// - `eventLinks`: each event's place as its recorder gave it, chained per request and sample,
///   for the histories (the ledger reads none of them: see `RecordReader`);
/// - `requestFold`: the requests, and which are open;
/// - `sampleFold`: the samples;
/// - `numbersInUse`: the numbers given so far (and each objection number's request), so the
///   next is free and none is given twice.
///
/// Views beside it (Recap/), folded from the same event and the request as it then stands,
/// never read by the rules: `figureFold` (table 2.6.1 and each year's figures) and
/// `objectionIndex` (the requests objected to, by year, and those pending).
///
/// `evolve` records an event and never refuses it: a recorded event is a fact. The rules run
/// before, in `decide` (through `check`). Derived figures use `calendar`, the current config's.
public struct Ledger: Sendable {
    public let calendar: WorkingCalendar
    /// Where each recorded event is, for the histories of requests and samples.
    package var eventLinks = EventLinks()
    package var requestFold = RequestFold()
    package var sampleFold = SampleFold()
    /// The DIK and the DIP.
    package var listFold = ListFold()
    package var figureFold = FigureFold()
    package var objectionIndex = ObjectionIndex()
    package var numbersInUse: NumbersInUse
    /// The numbered letters the registers name (`letterOnRecord(_:of:)`), by "kind number".
    package var registeredLetters: [String: LetterOnRecord] = [:]
    /// How many events were recorded.
    public package(set) var eventCount = 0
    /// Replaced whenever this ledger changes while a copy (or a screen's cache) holds it.
    var stamp = Stamp()

    public init(
        calendar: WorkingCalendar, numbering: RegistrationNumbering = .standard, objectionNumbering: RegistrationNumbering = .objections,
        samplePolicy: SamplePolicy = .standard
    ) {
        self.calendar = calendar
        numbersInUse = NumbersInUse(requestFormat: numbering, objectionFormat: objectionNumbering, samplePolicy: samplePolicy)
    }

    /// The format of registration numbers.
    public var numbering: RegistrationNumbering { numbersInUse.requestFormat }
    /// The format of objection numbers.
    public var objectionNumbering: RegistrationNumbering { numbersInUse.objectionFormat }
    /// Number formats, e-billing validity and standard times of samples.
    public var samplePolicy: SamplePolicy { numbersInUse.samplePolicy }
    /// Makes room for about this many events in all (a replay knows the size of its file).
    public mutating func reserveCapacity(events: Int) {
        eventLinks.links.reserveCapacity(events)
        requestFold.reserveCapacity(requests: events / 2)
        figureFold.reserveCapacity(requests: events / 2)
    }

    /// Records one event the recorder wrote down at `place` (the store: its log line), read
    /// back by the recorder when a history is asked for; nil keeps the record here. Never
    /// refuses: a recorded event is a fact (`check` reports one the rules would refuse today
    /// as a warning). The ledger reads nothing: for an undo, `earlier` holds the request's
    /// events before it, read back by the recorder (nil when they cannot be: the undo is then
    /// noted and the state kept); for any other event it is not looked at.
    package mutating func evolve(_ record: EventRecord, placedAt place: UInt64?, earlier: [EventRecord]?) {
        evolve(record, place: place, earlier: earlier)
    }

    /// Records one event kept only in memory (tests, demos, generators); an undo rebuilds its
    /// request from the records kept here.
    public mutating func evolve(_ record: EventRecord) {
        let earlier = Request.isUndo(record) ? try? history(of: record.event.subject.number) : nil
        evolve(record, place: nil, earlier: earlier)
    }

    /// Checks one event made outside `decide` (tests, generators) with the same rules, then
    /// records it; throws, leaving the ledger as it was, when the rules refuse it.
    public mutating func apply(_ record: EventRecord) throws(LedgerError) {
        try check([record])
        evolve(record)
    }

    private mutating func evolve(_ record: EventRecord, place: UInt64?, earlier: [EventRecord]?) {
        if !isKnownUniquelyReferenced(&stamp) { stamp = Stamp() }
        eventCount += 1
        if case .lists(let e) = record.event {
            listFold.evolve(record, e)
            return
        }
        if case .sample(let e) = record.event {
            let previous = sampleFold.byNumber[e.sample]?.lastEvent ?? -1
            let known = sampleFold.byNumber[e.sample] != nil || { if case .registered = e { return true }; return false }()
            let link: Int32 = known ? eventLinks.append(record, at: place, previous: previous) : -1
            if let sample = sampleFold.evolve(record, e, link: link) {
                if case .registered = e { numbersInUse.noteSample(sample.number, kind: sample.kind) }
                if case .reportMade(let r) = e { numbersInUse.noteReport(r.lhp) }
            }
            return
        }
        let number = record.event.subject.number
        let at: Int32
        if case .requestRegistered(let e) = record.event, requestFold.index[number] == nil {
            at = requestFold.register(record, e, link: eventLinks.append(record, at: place, previous: -1))
            numbersInUse.noteRequest(number)
        } else {
            // An event of a request this log never registered has nothing to change.
            guard let slot = requestFold.index[number] else { return }
            at = slot
            let previous = requestFold.list[Int(at)].lastEvent
            requestFold.evolve(record, at: at, link: eventLinks.append(record, at: place, previous: previous), earlier: earlier)
        }
        requestFold.noteStanding(at)
        // The views, from the request where it lies (`list` was just changed, so it is
        // unshared: nothing is copied); the objection view only for the objections' events.
        figureFold.evolve(at, &requestFold.list[Int(at)], calendar: calendar)
        switch record.event {
        case .objectionFiled(let e):
            let isNew = numbersInUse.noteObjection(e.objection, of: e.request)
            objectionIndex.filed(e, at: at, &requestFold.list[Int(at)], isNewNumber: isNew, calendar: calendar)
        case .objectionAnswered, .disputeStep, .eventUndone:
            objectionIndex.update(at, &requestFold.list[Int(at)])
        case .letterMade(let e):
            numbersInUse.noteLetter(e)
            noteRegisteredLetter(e, at: record.at)
        default:
            break
        }
    }

    /// Why the rules refuse `record` against the ledger as it stands, or nil: what `decide`
    /// asks of every event it makes, and `check` of every recorded one (as a warning).
    /// `histories` as for `check`.
    public func refusal(of record: EventRecord, histories: [String: [EventRecord]] = [:]) -> LedgerError? {
        do throws(LedgerError) {
            try check([record], histories: histories)
            return nil
        } catch {
            return error
        }
    }

    /// Checks a batch with the rules as if recorded in order, without changing anything;
    /// throws the first refusal. An undo is checked against its request's events: those in
    /// `histories` (by request number, read back by the caller from where they are kept), or
    /// else those the ledger keeps itself; the rules read nothing.
    public func check(_ records: [EventRecord], histories: [String: [EventRecord]] = [:]) throws(LedgerError) {
        var overlay: [String: Request] = [:]
        var sampleOverlay: [String: Sample] = [:]
        var objectionsAdded: Set<String> = []
        // A batch's earlier events, which only an undo in the batch reads.
        let undoes = records.contains(where: Request.isUndo)
        var pending: [String: [EventRecord]] = [:]
        // The lists as the batch leaves them: a refusal may rest on a test recorded with it.
        var lists = listFold
        for r in records {
            if case .lists(let e) = r.event {
                try lists.check(e, today: calendar.day(of: r.at)) { overlay[$0] != nil || self[$0] != nil }
                lists.evolve(r, e)
                continue
            }
            if case .sample(let e) = r.event {
                let current = sampleOverlay[e.sample] ?? sampleFold.byNumber[e.sample]
                if let refused = sampleRefusal(r, e, current: current, reportsAdded: sampleOverlay.values.compactMap { $0.report?.lhp }) { throw refused }
                if case .registered(let reg) = e { sampleOverlay[e.sample] = Sample.registered(r, reg) } else { sampleOverlay[e.sample] = current?.evolved(r, e) }
                continue
            }
            let number = r.event.subject.number
            let current = overlay[number] ?? self[number]
            if case .objectionFiled(let e) = r.event {
                guard numbersInUse.objectionOwners[e.objection] == nil, objectionsAdded.insert(e.objection).inserted else { throw .duplicateObjectionNumber(e.objection) }
                if let refused = objectionNumbering.refusal(of: e.objection, receivedIn: calendar.day(of: e.receivedAt).year) { throw refused }
            }
            if case .requestRegistered(let e) = r.event {
                guard current == nil else { throw .duplicateNumber(number) }
                if let refused = Request.refusal(ofRegistration: e, recordedAt: r.at) { throw refused }
                if let refused = numbering.refusal(of: number, receivedIn: calendar.day(of: e.receivedAt).year) { throw refused }
                overlay[number] = Request.registered(r, e)
            } else {
                guard let request = current else { throw .unknownRequest(number) }
                // A correction keeps the receipt in its number's year.
                if case .requestCorrected(let e) = r.event, let (year, _) = numbering.parse(number), calendar.day(of: e.receivedAt).year != year {
                    throw .numberOfAnotherYear(number, year: year, received: calendar.day(of: e.receivedAt).year)
                }
                var earlier: [EventRecord] = []
                if Request.isUndo(r) {
                    if let given = histories[number] { earlier = given } else { earlier = try history(of: number) }
                    earlier += pending[number] ?? []
                }
                if let refused = request.refusal(of: r, calendar: calendar, earlier: earlier) { throw refused }
                if case .requestDecided(let d) = r.event { try lists.checkCitations(d) }
                overlay[number] = request.evolved(r, earlier: earlier)
            }
            if undoes { pending[number, default: []].append(r) }
        }
    }

    /// Tells this state apart from any other: equal revisions mean equal ledgers, so a screen
    /// can keep what it worked out from one until the revision changes.
    public var revision: Revision { Revision(stamp: stamp, events: eventCount) }

    /// The request by its registration number.
    public subscript(number: String) -> Request? {
        requestFold.index[number].map { requestFold.list[Int($0)] }
    }

    /// Every request, in registration order, found by number with `requests[number]`.
    public var requests: RequestTable { RequestTable(list: requestFold.list, index: requestFold.index) }

    /// Registration numbers in the order they were registered.
    public var numbers: [String] { requestFold.list.map(\.number) }

    /// Numbers of the requests still open.
    public var openNumbers: Set<String> { Set(requestFold.open.map { requestFold.list[Int($0)].number }) }

    /// The requests still open, in registration order.
    public var openRequests: [Request] { requestFold.open.sorted().map { requestFold.list[Int($0)] } }

    /// The next free registration number for a request received in `year`.
    public func nextNumber(year: Int) -> String {
        NumbersInUse.next(numbering, year: year, after: numbersInUse.requests[year]) { requestFold.index[$0] != nil }
    }

    /// The next free objection number for an objection received in `year`.
    public func nextObjectionNumber(year: Int) -> String {
        NumbersInUse.next(objectionNumbering, year: year, after: numbersInUse.objections[year]) { numbersInUse.objectionOwners[$0] != nil }
    }

    /// The request each objection number belongs to.
    public var objectionOwners: [String: String] { numbersInUse.objectionOwners }

    /// Places in registration order of the requests no longer open, newest first.
    public var closedPositions: [Int32] {
        let list = requestFold.list
        var out: [Int32] = []
        out.reserveCapacity(list.count - requestFold.open.count)
        // The open places, newest first, walked beside the list: no hashing per request.
        let openPlaces = requestFold.open.sorted(by: >)
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
}

