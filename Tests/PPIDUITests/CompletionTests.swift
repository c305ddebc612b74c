import Foundation
import PPIDModel
import PPIDUI
import Testing

/// `i` and `c`: a request sent back as incomplete and declared complete (LAW §2, SOP), and the
/// extension letter's date (Pasal 22(8)), from the queue and the detail.
@Suite struct CompletionTests {
    @Test func incompleteThenCompleteFromTheQueueRestartsTheClock() throws {
        var s = Session()
        s.state.queue.selected = "PPID-2026-007"
        // Nothing to declare complete yet: the rules' words, before any form.
        s.press(.char("c"))
        #expect(s.state.overlays.isEmpty)
        #expect(s.state.status == StatusMessage(LedgerError.notAwaitingCompletion("PPID-2026-007").message, isError: true))

        s.press(.char("i"))
        #expect(s.form?.spec(as: ReturnIncompleteForm.self)?.number == "PPID-2026-007")
        #expect(s.lines[2].hasPrefix("┌─ Kembalikan PPID-2026-007: belum lengkap ─"))
        s.press(.function(2))
        #expect(s.form?[ReturnIncompleteForm.Field.missing]?.error == Phrase(id: "wajib diisi", en: "required"))
        s.type("Fotokopi KTP")
        s.press(.function(2))
        #expect(s.text.contains("Kembalikan PPID-2026-007 untuk dilengkapi: Fotokopi KTP"))
        #expect(s.press(.char("y")) == [.perform(.returnIncomplete(RequestReturnedIncomplete(request: "PPID-2026-007", missing: "Fotokopi KTP", on: s.env.today)))])
        try s.performPending()
        #expect(s.env.ledger.requests["PPID-2026-007"]?.missing == "Fotokopi KTP")

        // Sent back: a second return and a decision wait for completion.
        s.press(.char("i"))
        #expect(s.state.overlays.isEmpty)
        #expect(s.state.status == StatusMessage(LedgerError.awaitingCompletion("PPID-2026-007").message, isError: true))

        s.press(.enter)
        s.resize(320, 80)
        let waiting = s.lines
        #expect(waiting.contains { $0.contains("Perlu dilengkapi    Fotokopi KTP") })
        #expect(waiting.contains { $0.contains("Diterima 2026-11-21 10:00, dikembalikan untuk dilengkapi pada 2026-11-25 (kurang: Fotokopi KTP). Setelah dinyatakan lengkap (c), 10 hari kerja dihitung ulang sejak saat itu (SOP; config [deadlines] count_from_completion).") })
        s.resize(80, 24)

        // From the detail: `c` declares it complete, at a time the officer may move back.
        s.press(.char("c"))
        #expect(s.form?.spec(as: DeclareCompleteForm.self)?.number == "PPID-2026-007")
        #expect(s.form?.value(DeclareCompleteForm.Field.when) == "2026-11-25 10:00")
        s.press(.function(2))
        let due = s.env.calendar.adding(workingDays: 10, to: s.env.today)
        #expect(s.text.contains("batas waktu menjadi \(due)"))
        #expect(s.press(.char("y")) == [.perform(.declareComplete(RequestDeclaredComplete(request: "PPID-2026-007", completedAt: s.env.now)))])
        try s.performPending()

        let r = try #require(s.env.ledger.requests["PPID-2026-007"])
        #expect(r.missing == nil && r.completedAt == s.env.now)
        #expect(s.env.calendar.deadline(of: r).inForce == due)
        #expect(s.state.top == .detail(number: "PPID-2026-007", scroll: 0), "the detail stays open")
        // Wide and tall enough to read the whole detail unwrapped.
        s.resize(320, 80)
        let lines = s.lines
        #expect(lines.contains { $0.contains("Dikembalikan        2026-11-25 · Fotokopi KTP") })
        #expect(lines.contains { $0.contains("Dinyatakan lengkap  2026-11-25 10:00") })
        #expect(!lines.contains { $0.contains("Perlu dilengkapi") })
        #expect(lines.contains { $0.contains("Diterima 2026-11-21 10:00, dikembalikan untuk dilengkapi pada 2026-11-25 (kurang: Fotokopi KTP), dinyatakan lengkap 2026-11-25 10:00: jangka waktu dimulai ulang dari kelengkapan, karena permohonan yang belum lengkap belum dapat diproses (SOP; config [deadlines] count_from_completion).") })
        #expect(lines.contains { $0.contains("10 hari kerja → ") && $0.contains("\(due) (Pasal 22 ayat 7).") })
    }

    @Test func aReturnAfterTheOriginalDeadlineIsRefusedAtItsDate() throws {
        var s = Session()
        s.state.queue.selected = "PPID-2026-003"   // LEWAT 1 hari
        s.press(.char("i"))
        #expect(s.form?.value(ReturnIncompleteForm.Field.on) == "2026-11-25")
        s.type("Fotokopi KTP")
        s.press(.function(2))
        let form = try #require(s.form, "refused: the form stays")
        let deadline = s.env.calendar.deadlineDays(of: try #require(s.env.ledger.requests["PPID-2026-003"])).inForce
        #expect(form[ReturnIncompleteForm.Field.on]?.error == LedgerError.returnAfterDeadline("PPID-2026-003", deadline: deadline).message)
        #expect(form.fields[form.focus].id == ReturnIncompleteForm.Field.on.rawValue)
    }

    @Test func anExtensionLetterAfterTheOriginalDeadlineIsRefusedAtItsDate() throws {
        var s = Session()
        s.state.queue.selected = "PPID-2026-003"   // LEWAT 1 hari, not extended
        s.press(.char("e"))
        #expect(s.form?.value(ExtensionForm.Field.on) == "2026-11-25")
        s.type("Data di dua laboratorium")
        s.press(.function(2))
        let form = try #require(s.form, "refused: the form stays")
        let deadline = s.env.calendar.deadlineDays(of: try #require(s.env.ledger.requests["PPID-2026-003"])).inForce
        #expect(form[ExtensionForm.Field.on]?.error == LedgerError.extensionAfterDeadline("PPID-2026-003", on: s.env.today, deadline: deadline).message)
        #expect(form.fields[form.focus].id == ExtensionForm.Field.on.rawValue)
    }
}

/// `d` with several grounds, the body that holds the information, and what was blacked out
/// (issue 14 item 5; Pasal 17, 22(7)(b)(e)).
@Suite struct DecisionGroundsTests {
    @Test func aPartialGrantGivesSeveralGroundsTheHolderAndWhatWasBlackedOut() throws {
        var s = Session()
        _ = try s.record(.recordTest(deskTest(.h)))
        s.state.queue.selected = "PPID-2026-003"
        s.press(.char("d"))
        #expect(s.form?[DecisionForm.Field.moreGrounds]?.isVisible == false, "a full grant gives no ground")
        #expect(s.form?[DecisionForm.Field.redacted]?.isVisible == false)
        s.press(.right)   // Dikabulkan Sebagian
        #expect(s.form?.value(DecisionForm.Field.outcome) == "partial")
        #expect(s.form?[DecisionForm.Field.moreGrounds]?.isVisible == true)
        #expect(s.form?[DecisionForm.Field.redacted]?.isVisible == true, "a partial grant says what was blacked out")
        #expect(s.form?[DecisionForm.Field.heldBy]?.isVisible == false, "no ground is 'not held' yet")
        s.press(.tab)
        for _ in 0..<8 { s.press(.right) }   // Pasal 17 huruf h
        #expect(s.form?.value(DecisionForm.Field.ground) == "pasal17h")
        s.fill("moreGrounds", "tk")
        #expect(s.form?[DecisionForm.Field.heldBy]?.isVisible == true, "'not held' may name who holds it")
        s.fill("heldBy", "Dinas Lingkungan Hidup Provinsi Riau")
        s.fill("redacted", "Nama dan NIK pelanggan (Pasal 17 huruf h)")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else { Issue.record("no confirmation: \(s.text)"); return }
        #expect(c.summary.contains { $0.id == "Alasan lain: Informasi tidak dikuasai" })
        #expect(c.summary.contains { $0.id == "Informasi dikuasai oleh: Dinas Lingkungan Hidup Provinsi Riau" })
        #expect(c.summary.contains { $0.id == "Yang dihitamkan: Nama dan NIK pelanggan (Pasal 17 huruf h)" })
        s.press(.char("y"))
        try s.performPending()
        let d = try #require(s.env.ledger.requests["PPID-2026-003"]?.decision?.decided)
        #expect(d.grounds == [.exception(.h), .notHeld])
        #expect(d.tests == ["DIK-001"], "the form cites the DIK's test for Pasal 17 h")
        #expect(d.heldBy == "Dinas Lingkungan Hidup Provinsi Riau" && d.redacted == "Nama dan NIK pelanggan (Pasal 17 huruf h)")
    }

    @Test func aRepeatedOrUnknownGroundIsMarkedAtItsField() throws {
        var s = Session()
        s.state.queue.selected = "PPID-2026-003"
        s.press(.char("d"), .right, .right, .tab, .right)   // Ditolak, Pasal 17 huruf a
        s.fill("moreGrounds", "zz")
        s.press(.function(2))
        #expect(s.form?[DecisionForm.Field.moreGrounds]?.error?.id == "huruf a–j, tk, atau bd, mis. h, tk")
        s.fill("moreGrounds", "a")
        s.press(.function(2))
        let form = try #require(s.form, "refused: the form stays")
        #expect(form[DecisionForm.Field.moreGrounds]?.error == LedgerError.groundsRepeated("PPID-2026-003").message)
        #expect(form.fields[form.focus].id == DecisionForm.Field.moreGrounds.rawValue)
        #expect(form[DecisionForm.Field.redacted]?.isVisible == false, "a rejection blacks nothing out")
    }
}

/// Every form, built from its spec: each label with its " *" fits the 20 columns the form
/// gives it, in both languages, so none is cut ("Yang perlu dilengka…").
@Suite struct FormLabelTests {
    @Test func everyLabelFitsItsColumn() throws {
        let env = SampleDesk.environment()
        let (now, cal, today) = (env.now, env.calendar, env.today)
        let sample = try #require(env.ledger.samples["BPCU-2026-002"])
        var forms: [Form] = [
            Form(NewRequestForm(now: now, calendar: cal)), Form(DecisionForm(number: "N", today: today)), Form(ExtensionForm(number: "N", today: today)),
            Form(WithdrawalForm(number: "N", now: now, calendar: cal)), Form(HandOverForm(number: "N", today: today)),
            Form(ReturnIncompleteForm(number: "N", today: today)), Form(DeclareCompleteForm(number: "N", now: now, calendar: cal)),
            Form(ObjectionForm(number: "N", now: now, calendar: cal)), Form(ObjectionAnswerForm(request: "N", objection: "K", today: today)),
            Form(NewSampleForm(now: now, calendar: cal)), Form(SampleCancelForm(sample, now: now, calendar: cal)),
        ]
        forms += [DisputeStep.Kind.filed, .started, .settled, .courtFiled, .courtDecided, .cassationFiled, .cassationDecided, .carriedOut].map { Form(DisputeForm(request: "N", objection: "K", step: $0, today: today)) }
        forms += [SampleStep.received, .billed, .paid, .withAnalyst, .resultIn, .reported, .handedOver].map {
            Form.sampleStep(sample, $0, now: now, calendar: cal, expiryDays: 7, analysts: ["Sri"], tariff: 1)
        }
        for form in forms {
            for field in form.fields {
                for label in [field.label.id, field.label.en] {
                    #expect((label + (field.required ? " *" : "")).count <= 20, "\(form.title.en): \(label)")
                }
            }
        }
    }
}
