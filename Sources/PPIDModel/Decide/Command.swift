import Foundation

/// What an officer asks for, in the imperative. `decide` turns it into the events to append,
/// against the up-to-date ledger.
public enum Command: Sendable, Equatable {
    /// Register a new request; its number is taken from the ledger when the events are made.
    case register(receivedAt: Date, channel: Channel, details: RequestDetails)
    case returnIncomplete(RequestReturnedIncomplete)
    case declareComplete(RequestDeclaredComplete)
    case extend(RequestExtended)
    case decide(RequestDecided)
    case handOver(InformationHandedOver)
    case withdraw(RequestWithdrawn)
    case correct(RequestCorrected)
    case undo(EventUndone)
    /// Classify the ground of a decision recorded as unclassified (an imported register's).
    case classifyGround(GroundClassified)
    /// Note in the request's history that a letter was made, and where it was written.
    case recordLetter(LetterMade)
    /// File an objection; its number is taken from the ledger when the events are made.
    case fileObjection(request: String, receivedAt: Date, grounds: [Pasal35], agent: String, note: String)
    case answerObjection(ObjectionAnswered)
    case recordDispute(DisputeStep)
    /// Register a sample from its request letter; its BPCU or BPCUI number is taken from the
    /// ledger when the events are made.
    case registerSample(receivedAt: Date, details: SampleDetails)
    /// Record the LHP of a sample; its number is taken from the ledger when the events are made.
    case makeReport(sample: String, madeAt: Date, note: String)
    /// Record any other step of a sample, or its cancellation.
    case recordSample(SampleEvent)
    /// Record a consequence test; an empty number gets the next DIK number.
    case recordTest(ConsequenceTest)
    /// Decide a refusal resting on a consequence test recorded with it, which joins the DIK.
    case decideWithTest(RequestDecided, ConsequenceTest)
    /// Correct a test's fields (the test as it should read); the event names what changed.
    case correctTest(ConsequenceTest, reason: String)
    case revokeTest(TestRevoked)
    /// Add a DIP entry, or update one (the event names what changed).
    case setPublicEntry(PublicEntry, on: CivilDate)
    case removePublicEntry(PublicEntryRemoved)
    case decidePublicList(PublicListDecided)
    /// Revoke a test and list its information in the DIP, in one action (an exemption that
    /// ended or was reviewed open).
    case moveToPublic(TestRevoked, PublicEntry)

    /// The events this command appends, numbers taken from `ledger`; `decide` checks them.
    func events(in ledger: Ledger) -> [Event] {
        switch self {
        case .register(let receivedAt, let channel, let details):
            let year = ledger.calendar.day(of: receivedAt).year
            let number = ledger.nextNumber(year: year)
            return [
                .requestRegistered(
                    RequestRegistered(request: number, receivedAt: receivedAt, channel: channel, details: details))
            ]
        case .returnIncomplete(let e): return [.requestReturnedIncomplete(e)]
        case .declareComplete(let e): return [.requestDeclaredComplete(e)]
        case .extend(let e): return [.requestExtended(e)]
        case .decide(let e): return [.requestDecided(e)]
        case .handOver(let e): return [.informationHandedOver(e)]
        case .withdraw(let e): return [.requestWithdrawn(e)]
        case .correct(let e): return [.requestCorrected(e)]
        case .undo(let e): return [.eventUndone(e)]
        case .classifyGround(let e): return [.groundClassified(e)]
        case .recordLetter(let e): return [.letterMade(e)]
        case .fileObjection(let request, let receivedAt, let grounds, let agent, let note):
            let number = ledger.nextObjectionNumber(year: ledger.calendar.day(of: receivedAt).year)
            return [
                .objectionFiled(
                    ObjectionFiled(
                        request: request, objection: number, receivedAt: receivedAt, grounds: grounds, agent: agent,
                        note: note))
            ]
        case .answerObjection(let e): return [.objectionAnswered(e)]
        case .recordDispute(let e): return [.disputeStep(e)]
        case .registerSample(let receivedAt, let details):
            let number = ledger.nextSampleNumber(kind: details.kind, year: ledger.calendar.day(of: receivedAt).year)
            return [.sample(.registered(SampleRegistered(sample: number, receivedAt: receivedAt, details: details)))]
        case .makeReport(let sample, let madeAt, let note):
            let lhp = ledger.nextReportNumber(year: ledger.calendar.day(of: madeAt).year)
            return [.sample(.reportMade(ReportMade(sample: sample, madeAt: madeAt, lhp: lhp, note: note)))]
        case .recordSample(let e): return [.sample(e)]
        case .recordTest(var t):
            if t.number.isEmpty { t.number = ledger.nextTestNumber }
            return [.lists(.testRecorded(t))]
        case .decideWithTest(var d, var t):
            if t.number.isEmpty { t.number = ledger.nextTestNumber }
            if !d.tests.contains(t.number) { d.tests.append(t.number) }
            return [.lists(.testRecorded(t)), .requestDecided(d)]
        case .correctTest(let t, let reason):
            let changes = ledger.exemption(t.number).map { t.changes(from: $0.test) } ?? []
            return [.lists(.testCorrected(TestCorrected(test: t, changes: changes, reason: reason)))]
        case .revokeTest(let e): return [.lists(.testRevoked(e))]
        case .setPublicEntry(let entry, let on):
            let changes = ledger.listFold.entries[entry.number].map { entry.changes(from: $0.entry) } ?? []
            return [.lists(.publicEntrySet(PublicEntrySet(entry: entry, on: on, changes: changes)))]
        case .removePublicEntry(let e): return [.lists(.publicEntryRemoved(e))]
        case .decidePublicList(let e): return [.lists(.publicListDecided(e))]
        case .moveToPublic(let r, let entry):
            return [.lists(.testRevoked(r)), .lists(.publicEntrySet(PublicEntrySet(entry: entry, on: r.on)))]
        }
    }
}
