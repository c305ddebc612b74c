import Foundation
import Testing
import PPIDModel
@testable import PPIDUI

/// The screen's cache is only a shortcut: what it gives equals the plain computation, before
/// and after keys, appends, a new day, and with closed requests and filters.
@Suite struct ViewCacheTests {
    /// The queue as it was computed before rows were made lazily: every row, materialized.
    func plainRows(_ ledger: Ledger, today: CivilDate, queue: QueueState) -> [QueueRow] {
        let calendar = ledger.calendar
        func fold(_ s: String) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let needle = fold(queue.filter.text)
        func matches(_ r: Request) -> Bool {
            needle.isEmpty || fold(r.number).contains(needle) || fold(r.details.requesterName).contains(needle) || fold(r.details.subject).contains(needle)
        }
        func row(_ r: Request, open: Bool) -> QueueRow {
            QueueRow(number: r.number, request: r.number, kind: .request, received: calendar.day(of: r.receivedAt), channel: r.channel,
                     requester: r.details.requesterName, topic: r.details.topic, subject: r.details.subject, status: r.status,
                     standing: open ? calendar.standing(due: calendar.deadline(of: r).inForce, today: today) : nil, extended: r.extensionGiven != nil)
        }
        var open = ledger.openNumbers.compactMap { ledger.requests[$0] }.filter(matches).map { row($0, open: true) }
        for (r, o) in ledger.objections where matches(r) || fold(o.number).contains(needle) {
            guard let due = calendar.pendingDeadline(of: o) else { continue }
            open.append(QueueRow(number: o.number, request: r.number, kind: o.awaitsAnswer ? .objection : .dispute,
                                 received: calendar.day(of: o.filed.receivedAt), channel: r.channel, requester: r.details.requesterName,
                                 topic: r.details.topic, subject: r.details.subject, status: r.status,
                                 standing: calendar.standing(due: due, today: today), extended: false))
        }
        if queue.urgentOnly { open = open.filter { if case .onTrack = $0.standing { false } else { true } } }
        open.sort { a, b in
            let da = a.standing?.daysLeft ?? 0, db = b.standing?.daysLeft ?? 0
            return da != db ? da < db : (a.received != b.received ? a.received < b.received : a.number < b.number)
        }
        guard queue.showClosed, !queue.urgentOnly else { return open }
        return open + ledger.numbers.reversed().compactMap { n in
            guard let r = ledger.requests[n], !r.status.isOpen, matches(r) else { return nil }
            return row(r, open: false)
        }
    }

    func expectSameRows(_ s: Session, sourceLocation: SourceLocation = #_sourceLocation) {
        let cached = s.env.queueRows(s.state.queue)
        let all = cached.all(in: s.env.ledger)
        #expect(all == plainRows(s.env.ledger, today: s.env.today, queue: s.state.queue), sourceLocation: sourceLocation)
        for (i, row) in all.enumerated() where row.kind == .request {
            #expect(cached.position(of: row.number, in: s.env.ledger) == i, sourceLocation: sourceLocation)
        }
        #expect(cached.position(of: "PPID-1999-001", in: s.env.ledger) == nil, sourceLocation: sourceLocation)
    }

    @Test func queueRowsEqualThePlainComputationThroughKeysAppendsAndFilters() throws {
        var s = Session()
        expectSameRows(s)
        s.press(.down, .down)
        expectSameRows(s)
        s.press(.char("a"))
        expectSameRows(s)
        s.press(.char("/"))
        s.type("é")
        expectSameRows(s)
        s.press(.backspace)
        s.type("UJI")
        expectSameRows(s)
        s.press(.escape)
        // An append changes the ledger: the cache must not answer from before it.
        _ = try s.record(.decide(RequestDecided(request: "PPID-2026-004", outcome: .granted, noticeOn: day("2026-11-25"))))
        expectSameRows(s)
        _ = try s.record(.fileObjection(request: "PPID-2026-001", receivedAt: s.env.now, grounds: [.c], agent: "", note: ""))
        expectSameRows(s)
        s.press(.char("t"))
        expectSameRows(s)
        // A new day moves every standing.
        s.env.now = s.env.now.addingTimeInterval(3 * 86_400)
        s.press(.char("t"))
        expectSameRows(s)
    }

    @Test func theFilterOverClosedRequestsFollowsCorrectionsAndNewRequests() throws {
        var s = Session()
        s.press(.char("a"), .char("/"))
        s.type("air")
        func numbers() -> [String] { s.env.queueRows(s.state.queue).all(in: s.env.ledger).map(\.number) }
        expectSameRows(s)
        #expect(numbers() == ["PPID-2026-008", "PPID-2026-001"])
        // The closed request's subject corrected: it no longer holds "air".
        let closed = try #require(s.env.ledger.requests["PPID-2026-001"])
        let fixed = RequestDetails(requesterName: "Budi Santoso", category: .individual, topic: .testing, subject: "Tarif pengujian tanah")
        try s.env.ledger.apply(EventRecord(id: "c1", at: s.env.now, by: "siti", event: .requestCorrected(RequestCorrected(
            request: "PPID-2026-001", corrects: closed.detailsEventID, receivedAt: closed.receivedAt, channel: closed.channel, details: fixed))))
        expectSameRows(s)
        #expect(numbers() == ["PPID-2026-008"])
        // A request registered and decided since: found by its requester's name, accents aside.
        let details = RequestDetails(requesterName: "Aïrlangga", category: .individual, topic: .other, subject: "Struktur organisasi")
        try s.env.ledger.apply(EventRecord(id: "c2", at: s.env.now, by: "siti", event: .requestRegistered(RequestRegistered(
            request: "PPID-2026-009", receivedAt: s.env.now, channel: .walkIn, details: details))))
        _ = try s.record(.decide(RequestDecided(request: "PPID-2026-009", outcome: .granted, noticeOn: day("2026-11-25"))))
        expectSameRows(s)
        #expect(numbers() == ["PPID-2026-008", "PPID-2026-009"])
    }

    @Test func theBoardEqualsThePlainComputationAfterAnAppend() throws {
        var s = Session()
        #expect(s.env.cache.board(s.env.ledger, year: 2026, today: s.env.today).items == monthBoardItems(s.env.ledger, year: 2026, today: s.env.today))
        _ = try s.record(.decide(RequestDecided(request: "PPID-2026-003", outcome: .rejected, ground: .notHeld, noticeOn: day("2026-11-25"))))
        #expect(s.env.cache.board(s.env.ledger, year: 2026, today: s.env.today).items == monthBoardItems(s.env.ledger, year: 2026, today: s.env.today))
        let filter = RecapFilter(year: 2026, end: .decided(.rejected))
        #expect(s.env.cache.drillRows(s.env.ledger, filter: filter) == s.env.ledger.requests(matching: filter))
        #expect(s.env.cache.drillRows(s.env.ledger, filter: filter).map(\.number) == ["PPID-2026-003"])
    }

    @Test func aRevisionTellsEveryStateApart() throws {
        var a = Desk.ledger()
        let b = a
        #expect(a.revision == b.revision, "a copy is the same state")
        var c = a
        let held = a.revision
        try a.apply(EventRecord(id: "x1", at: Desk.now, by: "siti", event: .requestExtended(RequestExtended(request: "PPID-2026-003", reason: "r", on: CivilDate(iso: "2026-11-20")!))))
        try c.apply(EventRecord(id: "x2", at: Desk.now, by: "siti", event: .requestExtended(RequestExtended(request: "PPID-2026-004", reason: "r"))))
        #expect(a.revision != held && c.revision != held && a.revision != c.revision, "copies that change differently differ")
        #expect(a.eventCount == c.eventCount)
        #expect(b.revision == held, "an untouched copy keeps its revision")
    }

    @Test func asciiFoldingIsFoundationFolding() {
        for s in ["PPID-2026-001", "Budi SANTOSO", "a-Z 0_9 !@#$%^&*()[]{};:'\",.<>/?\\|`~", ""] {
            #expect(TextFolding.fold(s) == s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        }
        #expect(TextFolding.contains("Andrés Pérez", TextFolding.fold("PEREZ")))
        // Folded a character at a time through a memo, as the search text is: the same bytes.
        var memo: [Character: String] = [:]
        for s in ["Andrés Pérez", "ANDRÉS", "Muñoz", "e\u{301}te", "Straße", "İstanbul", "ΣΊΣΥΦΟΣ σίσυφος", "ﬁne", "山田 漢子", "🇮🇩 Ñ", "a\r\nb", "Désirée", "ÆØÅ"] {
            var bytes: [UInt8] = []
            TextFolding.appendFolded(s, to: &bytes, memo: &memo)
            #expect(String(decoding: bytes, as: UTF8.self) == TextFolding.fold(s), "\(s)")
        }
        func foundation(_ h: String, _ n: String) -> Bool { h.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).contains(n) }
        for h in ["PPID-2026-001", "Budi Santoso (PT Maju)", "Tarif UJI air", "Andrés Pérez", "山田 漢子", "", "a"] {
            for typed in ["", "ppid-2026", "SANTOSO (pt", "uji a", "perez", "é", "漢", "x", "a", "2026-001 "] {
                let n = TextFolding.fold(typed)
                #expect(TextFolding.contains(h, n) == (n.isEmpty || foundation(h, n)), "\(h) / \(typed)")
            }
        }
    }
}
