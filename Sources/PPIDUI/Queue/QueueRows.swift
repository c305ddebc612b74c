import Foundation
import PPIDModel

/// One line of the intake queue.
public struct QueueRow: Sendable, Equatable {
    /// What the row's deadline belongs to.
    public enum Kind: Sendable, Equatable {
        case request
        /// An objection waiting for the superior's answer.
        case objection
        /// A dispute open at the Information Commission.
        case dispute
    }

    /// The number shown: the request's, or the objection's for objection and dispute rows.
    public let number: String
    /// The request the row belongs to.
    public let request: String
    public let kind: Kind
    public let received: CivilDate
    public let channel: Channel
    public let requester: String
    public let topic: Topic
    public let subject: String
    public let status: RequestStatus
    /// Nil for a closed request.
    public let standing: DeadlineStanding?
    public let extended: Bool
}

/// The queue's rows: open requests, most urgent first; then, with `showClosed`, closed ones,
/// newest first. `filter` matches number, requester or subject, ignoring case and accents.
public func queueRows(_ ledger: Ledger, today: CivilDate, queue: QueueState) -> [QueueRow] {
    let calendar = ledger.calendar
    let needle = fold(queue.filter.text)
    func matches(_ r: Request) -> Bool {
        needle.isEmpty || fold(r.number).contains(needle) || fold(r.details.requesterName).contains(needle) || fold(r.details.subject).contains(needle)
    }
    func row(_ r: Request, open: Bool) -> QueueRow {
        QueueRow(
            number: r.number, request: r.number, kind: .request,
            received: calendar.day(of: r.receivedAt), channel: r.channel, requester: r.details.requesterName,
            topic: r.details.topic, subject: r.details.subject, status: r.status,
            standing: open ? calendar.standing(of: r, today: today) : nil, extended: r.extensionGiven != nil
        )
    }
    var open = ledger.openNumbers.compactMap { ledger.requests[$0] }.filter(matches).map { row($0, open: true) }
    for (r, o) in ledger.objections where matches(r) || fold(o.number).contains(needle) {
        guard let due = calendar.pendingDeadline(of: o) else { continue }
        open.append(QueueRow(
            number: o.number, request: r.number, kind: o.awaitsAnswer ? .objection : .dispute,
            received: calendar.day(of: o.filed.receivedAt), channel: r.channel, requester: r.details.requesterName,
            topic: r.details.topic, subject: r.details.subject, status: r.status,
            standing: calendar.standing(due: due, today: today), extended: false
        ))
    }
    if queue.urgentOnly {
        open = open.filter { if case .onTrack = $0.standing { false } else { true } }
    }
    open.sort { a, b in
        let da = a.standing?.daysLeft ?? 0, db = b.standing?.daysLeft ?? 0
        return da != db ? da < db : (a.received != b.received ? a.received < b.received : a.number < b.number)
    }
    guard queue.showClosed, !queue.urgentOnly else { return open }
    let closed = ledger.numbers.reversed().compactMap { n -> QueueRow? in
        guard let r = ledger.requests[n], !r.status.isOpen, matches(r) else { return nil }
        return row(r, open: false)
    }
    return open + closed
}

private func fold(_ s: String) -> String {
    s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
}
