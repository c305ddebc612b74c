import Foundation

/// How each event changes a request. Total: no calendar, no clock, no refusal. The rules were
/// kept when the event was decided (`Request+Rules`); replaying a recorded fact only records it.
extension Request {
    /// A new request from its registration.
    static func registered(_ record: EventRecord, _ e: RequestRegistered) -> Request {
        Request(number: e.request, receivedAt: e.receivedAt, channel: e.channel, details: e.details, detailsEvent: record.compactID)
    }

    /// The request after `record`. `earlier` holds the request's earlier events, which only an
    /// undo reads (it rebuilds the request from the events still in force).
    func evolved(_ record: EventRecord, earlier: [EventRecord]) -> Request {
        var r = self
        r.evolve(record, earlier: earlier)
        return r
    }

    /// Applies `record` where the request lies, so the ledger need not copy a request per event.
    mutating func evolve(_ record: EventRecord, earlier history: [EventRecord] = []) {
        switch record.event {
        case .requestRegistered, .sample, .lists, .letterMade:
            // A second registration of the same number, a sample's event, or a letter's record
            // (kept for the history) changes nothing here.
            break
        case .requestReturnedIncomplete(let e):
            missing = e.missing
            returnedFor = e.missing
            returned = (e.on, record.at)
        case .requestDeclaredComplete(let e):
            missing = nil
            completedAt = e.completedAt
        case .requestExtended(let e):
            extensionGiven = Extension(reason: e.reason, by: record.by, recordedAt: record.at, on: e.on)
        case .requestDecided(let e):
            decision = Decision(decided: e, by: record.by, recordedAt: record.at)
        case .groundClassified(let e):
            if var decided = decision?.decided, let d = decision {
                decided.ground = e.ground
                decision = Decision(decided: decided, by: d.by, recordedAt: d.recordedAt)
            }
        case .informationHandedOver(let e):
            handover = e
        case .requestWithdrawn(let e):
            withdrawal = e
        case .requestCorrected(let e):
            receivedAt = e.receivedAt
            channel = e.channel
            details = e.details
            detailsEvent = record.compactID
        case .objectionFiled(let e):
            objections.append(Objection(filed: e))
        case .objectionAnswered(let e):
            if let i = objections.firstIndex(where: { $0.number == e.objection }) { objections[i].answer = e }
        case .disputeStep(let e):
            if let i = objections.firstIndex(where: { $0.number == e.objection }) { objections[i].record(e) }
        case .eventUndone(let e):
            undone.insert(e.undoes)
            let wasVoided = voided
            rebuild(from: history)
            if voided, !wasVoided { voidedAsSpam = e.isSpamVoiding }
        }
    }

    /// Recomputes the state from the events still in force.
    private mutating func rebuild(from history: [EventRecord]) {
        let effective = effective(history)
        guard let first = effective.first, case .requestRegistered(let reg) = first.event else {
            // The registration itself was undone: the request is void, its history kept.
            voided = true
            objections = []
            missing = nil
            completedAt = nil
            extensionGiven = nil
            decision = nil
            handover = nil
            withdrawal = nil
            return
        }
        var fresh = Request.registered(first, reg)
        for record in effective.dropFirst() { fresh.evolve(record) }
        fresh.undone = undone
        fresh.lastEvent = lastEvent
        self = fresh
    }
}

extension Objection {
    /// Records a step of the dispute at the Information Commission.
    mutating func record(_ e: DisputeStep) {
        switch e.kind {
        case .filed: disputeFiled = e
        case .started: disputeStarted = e
        case .settled: disputeSettled = e
        case .courtFiled: courtFiled = e
        case .courtDecided: courtDecided = e
        case .cassationFiled: cassationFiled = e
        case .cassationDecided: cassationDecided = e
        case .carriedOut: carriedOut.append(e)
        }
    }
}
