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
    let open = OpenQueue(ledger, today: today, folded: !queue.filter.text.isEmpty)
    return queueRows(ledger, today: today, queue: queue, open: open, closed: nil, hits: nil)
}

/// The same rows, from what the screen keeps for this ledger: `open`, its open rows with their
/// texts folded; `closed`, its closed requests' places newest first; and `hits`, the places
/// of every request whose number, requester or subject holds a folded filter (the filter
/// index's answer), which matches the closed ones without a fold of each.
func queueRows(
    _ ledger: Ledger, today: CivilDate, queue: QueueState, open: OpenQueue, closed kept: [Int32]?, hits: ((String) -> [Int32])?
) -> QueueRows {
    let needle = TextFolding.fold(queue.filter.text)
    let rows = open.rows(matching: needle, urgentOnly: queue.urgentOnly)
    guard queue.showClosed, !queue.urgentOnly else { return QueueRows(open: rows, closed: []) }
    let closed = kept ?? ledger.closedPositions
    guard !needle.isEmpty else { return QueueRows(open: rows, closed: closed) }
    let requests = ledger.requests
    guard let hits else {
        return QueueRows(open: rows, closed: closed.filter { OpenQueue.matches(requests[Int($0)], needle) })
    }
    // Objection numbers are not in the folded text: the few there are, looked up here.
    var held = [UInt64](repeating: 0, count: requests.count / 64 + 1)
    func hold(_ p: Int) { held[p >> 6] |= 1 << UInt64(p & 63) }
    for p in hits(needle) { hold(Int(p)) }
    for (number, owner) in ledger.objectionOwners where TextFolding.contains(number, needle) {
        if let p = requests.position(of: owner) { hold(p) }
    }
    return QueueRows(open: rows, closed: closed.filter { held[Int($0) >> 6] & (1 << UInt64($0 & 63)) != 0 })
}

/// The queue's open rows before any filter: open requests and pending objections, most urgent
/// first, each with the texts the filter matches folded once when a filter is typed (a letter
/// then folds nothing; without one nothing is folded). Filtering keeps the order, which tells
/// every row apart.
struct OpenQueue: Sendable {
    let rows: [QueueRow]
    /// Each row's request's number, requester, subject and objection numbers, folded; empty
    /// when made without folding.
    let texts: [[TextFolding.Folded]]

    init(_ ledger: Ledger, today: CivilDate, folded: Bool) {
        let calendar = ledger.calendar
        var rows: [QueueRow] = [], texts: [[TextFolding.Folded]] = []
        func fold(_ r: Request) {
            guard folded else { return }
            texts.append(
                [r.number, r.details.requesterName, r.details.subject].map(TextFolding.Folded.init)
                    + r.objections.map { TextFolding.Folded($0.number) })
        }
        for r in ledger.openRequests {
            rows.append(QueueRows.row(r, calendar: calendar, today: today))
            fold(r)
        }
        for (r, o) in ledger.pendingObjections {
            guard let due = calendar.pendingDeadline(of: o) else { continue }
            // The objection's own number is among its request's objections.
            rows.append(QueueRow(
                number: o.number, request: r.number, kind: o.awaitsAnswer ? .objection : .dispute,
                received: calendar.day(of: o.filed.receivedAt), channel: r.channel, requester: r.details.requesterName,
                topic: r.details.topic, subject: r.details.subject, status: r.status,
                standing: calendar.standing(due: due, today: today), extended: false,
                filedLate: o.awaitsAnswer ? calendar.isFiledLate(o, request: r) : calendar.isDisputeFiledLate(o)
            ))
            fold(r)
        }
        func urgentFirst(_ a: QueueRow, _ b: QueueRow) -> Bool {
            let da = a.standing?.daysLeft ?? 0, db = b.standing?.daysLeft ?? 0
            return da != db ? da < db : (a.received != b.received ? a.received < b.received : a.number < b.number)
        }
        if folded {
            let order = rows.indices.sorted { urgentFirst(rows[$0], rows[$1]) }
            self.rows = order.map { rows[$0] }
            self.texts = order.map { texts[$0] }
        } else {
            rows.sort(by: urgentFirst)
            self.rows = rows
            self.texts = []
        }
    }

    /// The rows whose texts hold `needle` (folded already; empty holds every row, and only
    /// an empty one may be asked of rows made without folding), and with `urgentOnly` only
    /// those due soon or overdue.
    func rows(matching needle: String, urgentOnly: Bool) -> [QueueRow] {
        guard !needle.isEmpty || urgentOnly else { return rows }
        return rows.indices.compactMap { i in
            let row = rows[i]
            if urgentOnly, case .onTrack = row.standing { return nil }
            return needle.isEmpty || texts[i].contains(where: { $0.contains(needle) }) ? row : nil
        }
    }

    /// Whether a request's number, requester, subject or objection numbers hold `needle`.
    static func matches(_ r: Request, _ needle: String) -> Bool {
        needle.isEmpty || TextFolding.contains(r.number, needle) || TextFolding.contains(r.details.requesterName, needle)
            || TextFolding.contains(r.details.subject, needle) || r.objections.contains { TextFolding.contains($0.number, needle) }
    }
}
