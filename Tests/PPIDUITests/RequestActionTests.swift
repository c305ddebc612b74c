import Foundation
import PPIDModel
import PPIDUI
import Testing

/// Keys on a chosen request: decide, extend, undo, and what is refused with its reason.
@Suite struct RequestActionTests {
    func selecting(_ number: String, in s: inout Session) {
        s.state.queue.selected = number
        #expect(s.state.queue.selected == number)
    }

    @Test func dOpensTheDecisionAndRejectedNeedsItsGround() throws {
        var s = Session()
        _ = try s.record(.recordTest(deskTest(.a)))
        #expect(s.state.queue.selected == "PPID-2026-003", "the most urgent row is selected at start")
        s.press(.char("d"))
        var form = try #require(s.form)
        #expect(form.spec(as: DecisionForm.self)?.number == "PPID-2026-003")
        #expect(form.value(DecisionForm.Field.outcome) == "granted")
        #expect(form[DecisionForm.Field.ground]?.isVisible == false)
        #expect(!s.text.contains("Alasan"), "a full grant has no ground to give")
        #expect(s.lines[2].hasPrefix("┌─ Keputusan PPID-2026-003 ─"))

        s.press(.right, .right)
        form = try #require(s.form)
        #expect(form.value(DecisionForm.Field.outcome) == "rejected")
        #expect(form[DecisionForm.Field.ground]?.isVisible == true)
        #expect(form[DecisionForm.Field.ground]?.required == true)
        #expect(s.lines[3] == "│▶ Keputusan *          ◀ Ditolak ▶                                            │")
        #expect(s.lines[4] == "│  Alasan *             ◀ pilih ▶                                              │")

        #expect(s.press(.function(2)) == [])
        form = try #require(s.form)
        #expect(form[DecisionForm.Field.ground]?.error == Phrase(id: "wajib diisi", en: "required"))
        #expect(form.focus == 1)
        #expect(s.lines[4] == "│▶ Alasan *             ◀ pilih ▶                                 ← wajib diisi│")
        #expect(s.lines[22] == " ✗ Periksa isian yang ditandai — Alasan: wajib diisi")

        s.press(.right)
        #expect(s.lines[4] == "│▶ Alasan *             ◀ Pasal 17 huruf a: menghambat proses penegakan hukum ▶│")
        s.press(.function(2))
        // The refusal on Pasal 17 a cites the DIK's test for it (issue 22).
        let decision = RequestDecided(request: "PPID-2026-003", outcome: .rejected, ground: .exception(.a), noticeOn: day("2026-11-25"), tests: ["DIK-001"])
        guard case .confirm(let c)? = s.state.top else {
            Issue.record("expected the confirmation")
            return
        }
        #expect(c.command == .decide(decision))
        #expect(s.text.contains("│ Keputusan atas PPID-2026-003: Ditolak"))
        #expect(s.text.contains("│ Alasan: Pasal 17 huruf a: menghambat proses penegakan hukum"))
        #expect(s.text.contains("│ Berdasar uji konsekuensi DIK-001: Berkas penyidikan"))
        #expect(s.press(.char("y")) == [.perform(.decide(decision))])
        try s.performPending()
        #expect(s.state.overlays.isEmpty)
        // The request's number comes first, so a long decision cannot push it off the line.
        #expect(s.lines[21] == " ✓ Tercatat PPID-2026-003: Diputuskan: Ditolak — Pasal 17 huruf a: menghambat")
        #expect(s.lines[22] == "   proses penegakan hukum")
        #expect(!s.lines.contains { $0.hasPrefix(" PPID-2026-003") }, "a decided request leaves the open queue")
    }

    @Test func aFormIsReadByItsOwnFieldNamesOnly() throws {
        var s = Session()
        s.press(.char("d"))
        let form = try #require(s.form)
        #expect(form.fields.map(\.id) == DecisionForm.Field.allCases.map(\.rawValue), "the enum is the fields, in screen order")
        #expect(form[DecisionForm.Field.notice]?.value == s.env.today.description)
        // Another form's field of the same name is not this form's.
        #expect(form[HandOverForm.Field.note] == nil)
        #expect(form.spec(as: HandOverForm.self) == nil)
    }

    @Test func backToAFullGrantHidesTheGroundAgain() throws {
        var s = Session()
        s.press(.char("d"), .right)
        #expect(s.form?[DecisionForm.Field.ground]?.isVisible == true)
        s.press(.left)
        #expect(s.form?.value(DecisionForm.Field.outcome) == "granted")
        #expect(s.form?[DecisionForm.Field.ground]?.isVisible == false)
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top, case .decide(let d) = c.command else {
            Issue.record("expected a decision to confirm")
            return
        }
        #expect(d.outcome == .granted && d.ground == nil)
    }

    @Test func extendingTwiceIsRefusedWithTheReason() throws {
        var s = Session()
        selecting("PPID-2026-005", in: &s)
        s.press(.char("e"))
        #expect(s.form?.spec(as: ExtensionForm.self)?.number == "PPID-2026-005")
        s.press(.function(2))
        #expect(s.form?[ExtensionForm.Field.reason]?.error != nil, "the reason is required")
        s.type("Data di dua laboratorium")
        s.press(.function(2))
        #expect(s.text.contains("│ Batas waktu menjadi 2026-12-08 (semula 2026-11-27)"))
        #expect(s.text.contains("│ Tanggal surat perpanjangan: 2026-11-25"))
        let command = Command.extend(RequestExtended(request: "PPID-2026-005", reason: "Data di dua laboratorium", on: s.env.today))
        #expect(s.press(.char("y")) == [.perform(command)])
        try s.performPending()
        let row = try #require(s.lines.first { $0.hasPrefix(" PPID-2026-005") })
        #expect(row.hasSuffix("Magang      9 hari +7"))

        s.press(.char("e"))
        #expect(s.state.overlays.isEmpty, "no second extension form")
        let refusal = LedgerError.secondExtension("PPID-2026-005").message
        #expect(s.state.status == StatusMessage(refusal, isError: true))
        // Wrapped over two lines at 80 columns, so nothing is cut.
        #expect(s.lines[21] == " ✗ Permohonan PPID-2026-005 sudah pernah diperpanjang; perpanjangan hanya boleh")
        #expect(s.lines[22] == "   sekali (Pasal 22 ayat 8).")
        s.resize(120, 24)
        #expect(s.lines[22] == " ✗ " + refusal.id, "the whole reason where the line is wide enough")
    }

    @Test func extendingTheDesksExtendedRequestIsRefusedFromTheDetailToo() {
        var s = Session(language: .english)
        selecting("PPID-2026-002", in: &s)
        s.press(.enter, .char("e"))
        #expect(s.state.overlays == [.detail(number: "PPID-2026-002", scroll: 0)])
        #expect(s.state.status?.text == LedgerError.secondExtension("PPID-2026-002").message)
        #expect(s.lines[21].hasPrefix(" ✗ Request PPID-2026-002 was already extended; only one extension is allowed"))
    }

    @Test func undoAsksFirstThenRecordsTheUndo() throws {
        var s = Session()
        // The officer's last action on the desk was the extension of 002, recorded from this
        // running app.
        s.state.appendedHere = [AppendedAction(request: "PPID-2026-002", event: "e11")]
        s.press(.char("u"))
        guard case .confirm(let c)? = s.state.top else {
            Issue.record("expected the undo to be confirmed first")
            return
        }
        let undo = Command.undo(EventUndone(request: "PPID-2026-002", undoes: "e11", reason: "dibatalkan oleh petugas"))
        #expect(c.command == undo)
        #expect(s.text.contains("│ Membatalkan tindakan terakhir Anda pada PPID-2026-002; riwayat menyimpan"))
        #expect(s.text.contains("│ Tindakan yang dibatalkan: Diperpanjang 7 hari kerja: Data tersebar di tiga"))
        #expect(s.press(.escape) == [])
        #expect(s.state.overlays.isEmpty, "Esc leaves nothing recorded")

        s.press(.char("u"))
        #expect(s.press(.char("y")) == [.perform(undo)])
        try s.performPending()
        let row = try #require(s.lines.first { $0.hasPrefix(" PPID-2026-002") })
        #expect(row.hasSuffix("Penelitian  LEWAT 2 hari"), "without its extension 002 was due on 23 November")
        // The history keeps both, the undone one marked.
        selecting("PPID-2026-002", in: &s)
        s.resize(80, 50)
        s.press(.enter)
        #expect(s.lines.contains("   2026-11-20 09:00  siti        Diperpanjang 7 hari kerja: Data tersebar di"))
        #expect(s.lines.contains("     tiga bidang [dibatalkan]"))
        // The undo says in words what it undid, never an internal id.
        #expect(s.lines.contains("   2026-11-25 10:00  siti        Membatalkan: Diperpanjang 7 hari kerja: Data"))
        #expect(!s.text.contains("e11"))
        // Nothing this app recorded is left to undo; the registration before it was not made here.
        s.press(.escape, .char("u"))
        #expect(s.state.overlays.isEmpty)
        #expect(s.state.status?.text.id.hasPrefix("Tindakan terakhir atas nama siti pada PPID-2026-002 dicatat di penghitung lain atau sebelum aplikasi ini dibuka") == true)
    }

    @Test func undoRefusesAnActionThisAppDidNotRecordEvenUnderTheSameName() throws {
        var s = Session(language: .english)
        // The desk's extension of 002 (e11) was recorded by "siti" at another counter.
        selecting("PPID-2026-002", in: &s)
        #expect(try s.env.ledger.latestEffectiveEvent(of: "PPID-2026-002")?.id == "e11")
        s.press(.char("u"))
        #expect(s.state.overlays.isEmpty, "nothing offered to undo")
        #expect(s.state.status?.text.en == "The last action under siti on PPID-2026-002 was recorded at another counter or before this app was opened; undo it there")
        #expect(s.state.status?.isError == true)
        let row = try #require(s.lines.first { $0.hasPrefix(" PPID-2026-002") })
        #expect(!row.contains("LEWAT") && !row.contains("OVERDUE"), "002 keeps its extension")
    }

    @Test func undoOffersWhatThisAppJustRecorded() throws {
        var s = Session(language: .english)
        selecting("PPID-2026-005", in: &s)
        s.press(.char("e"))
        #expect(s.form?.spec(as: ExtensionForm.self)?.number == "PPID-2026-005")
        s.type("Arsip di gudang")
        s.press(.function(2), .char("y"))
        try s.performPending()
        let recorded = try #require(s.state.appendedHere.first?.event)
        s.press(.char("u"))
        guard case .confirm(let c)? = s.state.top else {
            Issue.record("expected the undo of this app's own action: \(s.state.status?.text.en ?? "")")
            return
        }
        #expect(c.command == Command.undo(EventUndone(request: "PPID-2026-005", undoes: recorded, reason: "dibatalkan oleh petugas")))
    }

    @Test func closedRequestsRefuseDecisionsAndHandOverNeedsADecision() {
        var s = Session()
        s.press(.char("a"))
        selecting("PPID-2026-006", in: &s)
        s.press(.char("d"))
        #expect(s.state.overlays.isEmpty)
        #expect(s.lines[22] == " ✗ Permohonan PPID-2026-006 sudah dicabut; tidak dapat diubah lagi.")
        selecting("PPID-2026-004", in: &s)
        s.press(.char("h"))
        #expect(s.state.overlays.isEmpty)
        #expect(s.state.status?.text == LedgerError.notDecided("PPID-2026-004").message)
        selecting("PPID-2026-001", in: &s)
        s.press(.char("h"))
        #expect(s.form?.spec(as: HandOverForm.self)?.number == "PPID-2026-001")
    }
}

/// Issue 14 item 2 (its keys): `i` sends a request back as incomplete with what is missing,
/// `c` declares it complete; the deadline then counts from completion.
@Suite struct IncompleteCompleteKeyTests {
    @Test func iSendsBackAndCDeclaresComplete() throws {
        var s = Session()
        s.state.queue.selected = "PPID-2026-007"
        s.press(.char("c"))
        #expect(s.state.status?.isError == true, "nothing to declare complete yet")
        s.press(.char("i"))
        #expect(s.form?.spec(as: ReturnIncompleteForm.self)?.number == "PPID-2026-007")
        s.press(.function(2))
        #expect(s.form?[ReturnIncompleteForm.Field.missing]?.error != nil, "what is missing is required")
        s.type("Fotokopi KTP")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else { Issue.record("no confirmation"); return }
        #expect(c.summary.contains { $0.id == "Kembalikan PPID-2026-007 untuk dilengkapi: Fotokopi KTP" })
        s.press(.char("y"))
        try s.performPending()
        #expect(s.env.ledger.requests["PPID-2026-007"]?.missing == "Fotokopi KTP")
        s.press(.char("i"))
        #expect(s.state.status?.isError == true, "already waiting for completion")

        s.press(.char("c"))
        #expect(s.form?.spec(as: DeclareCompleteForm.self)?.number == "PPID-2026-007")
        #expect(s.form?.value(DeclareCompleteForm.Field.when) == "2026-11-25 10:00")
        s.press(.function(2))
        s.press(.char("y"))
        try s.performPending()
        let r = try #require(s.env.ledger.requests["PPID-2026-007"])
        #expect(r.missing == nil && r.completedAt == time("2026-11-25T10:00:00+07:00"))
        // Day 0 is Wed 25 November: ten working days to Wed 9 December.
        #expect(s.env.calendar.deadlineDays(of: r).inForce == day("2026-12-09"))
        s.press(.enter)
        let flat = s.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(flat.contains("Diterima 2026-11-21 10:00, dikembalikan untuk dilengkapi pada 2026-11-25 (kurang: Fotokopi KTP), dinyatakan lengkap 2026-11-25 10:00: jangka waktu dimulai ulang dari kelengkapan"), "\(s.text)")
        #expect(flat.contains("Dinyatakan lengkap Rabu 2026-11-25 10:00: hari ke-0 adalah Rabu 2026-11-25."))
    }
}
