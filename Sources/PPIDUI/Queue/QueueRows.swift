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
    /// An objection filed more than 30 working days after its ground arose (Pasal 36(1)), or
    /// a dispute more than 14 after the superior's answer (Pasal 37(2)): recorded, flagged.
    public var filedLate = false
}

/// The queue's rows: open requests and pending objections, most urgent first, made whole; then,
/// with `showClosed`, closed requests newest first, each made from the ledger only when it is
/// looked at (there may be hundreds of thousands). Holds no part of the ledger, so a screen
/// keeping it does not make the store copy the ledger on its next change.
public struct QueueRows: Sendable {
    let open: [QueueRow]
    /// Places in registration order of the closed requests shown, newest first.
    let closed: [Int32]

    public var count: Int { open.count + closed.count }
    public var isEmpty: Bool { count == 0 }

    /// Row `i`, made from `ledger` (the one the rows were worked out from) when it is closed.
    public func row(_ i: Int, in ledger: Ledger) -> QueueRow {
        i < open.count ? open[i] : QueueRows.row(ledger.requests[Int(closed[i - open.count])], calendar: ledger.calendar, today: nil)
    }

    /// Rows `range`, made as `row(_:in:)` makes them.
    public func rows(_ range: Range<Int>, in ledger: Ledger) -> [QueueRow] {
        range.clamped(to: 0..<count).map { row($0, in: ledger) }
    }

    /// Every row, made whole.
    public func all(in ledger: Ledger) -> [QueueRow] { rows(0..<count, in: ledger) }

    /// Where the row with this number is (a request's, or an objection's).
    public func position(of number: String, in ledger: Ledger) -> Int? {
        if let i = open.firstIndex(where: { $0.number == number }) { return i }
        guard let p = ledger.requests.position(of: number).map(Int32.init) else { return nil }
        // `closed` runs from the newest place down.
        var lo = 0, hi = closed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if closed[mid] > p { lo = mid + 1 } else { hi = mid }
        }
        return lo < closed.count && closed[lo] == p ? open.count + lo : nil
    }

    static func row(_ r: Request, calendar: WorkingCalendar, today: CivilDate?) -> QueueRow {
        QueueRow(
            number: r.number, request: r.number, kind: .request,
            received: calendar.day(of: r.receivedAt), channel: r.channel, requester: r.details.requesterName,
            topic: r.details.topic, subject: r.details.subject, status: r.status,
            standing: today.map { calendar.standing(of: r, today: $0) }, extended: r.extensionGiven != nil
        )
    }
}

/// The queue's rows: open requests, most urgent first; then, with `showClosed`, closed ones,
/// newest first. `filter` matches number, objection number, requester or subject, ignoring case and accents.
public func queueRows(_ ledger: Ledger, today: CivilDate, queue: QueueState) -> QueueRows {
    queueRows(ledger, today: today, queue: queue, closed: nil, search: nil)
}

/// The same rows, from what the screen keeps for this ledger: `closed`, its closed requests'
/// places newest first, and `search`, its requests folded, which matches the closed ones by
/// one scan rather than a fold of each.
func queueRows(_ ledger: Ledger, today: CivilDate, queue: QueueState, closed kept: [Int32]?, search: RequestSearchText?) -> QueueRows {
    let calendar = ledger.calendar
    let needle = TextFolding.fold(queue.filter.text)
    func matches(_ r: Request) -> Bool {
        needle.isEmpty || TextFolding.contains(r.number, needle) || TextFolding.contains(r.details.requesterName, needle)
            || TextFolding.contains(r.details.subject, needle) || r.objections.contains { TextFolding.contains($0.number, needle) }
    }
    var open = ledger.openRequests.filter(matches).map { QueueRows.row($0, calendar: calendar, today: today) }
    for (r, o) in ledger.pendingObjections where matches(r) || TextFolding.contains(o.number, needle) {
        guard let due = calendar.pendingDeadline(of: o) else { continue }
        open.append(QueueRow(
            number: o.number, request: r.number, kind: o.awaitsAnswer ? .objection : .dispute,
            received: calendar.day(of: o.filed.receivedAt), channel: r.channel, requester: r.details.requesterName,
            topic: r.details.topic, subject: r.details.subject, status: r.status,
            standing: calendar.standing(due: due, today: today), extended: false,
            filedLate: o.awaitsAnswer ? calendar.isFiledLate(o, request: r) : calendar.isDisputeFiledLate(o)
        ))
    }
    if queue.urgentOnly {
        open = open.filter { if case .onTrack = $0.standing { false } else { true } }
    }
    open.sort { a, b in
        let da = a.standing?.daysLeft ?? 0, db = b.standing?.daysLeft ?? 0
        return da != db ? da < db : (a.received != b.received ? a.received < b.received : a.number < b.number)
    }
    var closed: [Int32] = []
    if queue.showClosed, !queue.urgentOnly {
        closed = kept ?? ledger.closedPositions
        if let search, !needle.isEmpty {
            let hits = search.matches(needle)
            // Objection numbers are not in the folded text: the few there are, looked up here.
            let objected = Set(ledger.objectionOwners.compactMap { TextFolding.contains($0.key, needle) ? $0.value : nil })
            let requests = ledger.requests
            closed = closed.filter { hits[Int($0)] || (!objected.isEmpty && objected.contains(requests[Int($0)].number)) }
        } else if !needle.isEmpty {
            let requests = ledger.requests
            closed = closed.filter { matches(requests[Int($0)]) }
        }
    }
    return QueueRows(open: open, closed: closed)
}
