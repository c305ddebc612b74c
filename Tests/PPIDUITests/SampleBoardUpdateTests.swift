import Foundation
import PPIDModel
@testable import PPIDUI
import Testing

extension Form {
    /// The sample and step a sample step's form records, as "BPCU-2026-002 paid".
    var sampleStep: String? { (spec as? any SampleStepForm).map { "\($0.sample) \($0.step)" } }
}

extension Session {
    /// Moves the form's focus to field `id`, clears it and types `text`.
    mutating func fill(_ id: String, _ text: String) {
        guard let target = form?.fields.firstIndex(where: { $0.id == id }) else { return }
        while let focus = form?.focus, focus != target { press(.tab) }
        press(.ctrl("u"))
        type(text)
    }

    /// Selects a sample on the board by moving to it with the arrow keys.
    mutating func select(sample number: String) {
        for _ in 0..<12 {
            if state.samples.selected == number { return }
            let before = state.samples.selected
            press(.down)
            if state.samples.selected == before { press(.right, .home) }
        }
    }

    /// Saves the form, confirms with y, and lets the store record it.
    mutating func saveAndConfirm() throws {
        press(.function(2))
        guard case .confirm? = state.top else { throw SessionError("no confirmation: \(state.top.map { "\($0)" } ?? "nothing") — \(text)") }
        press(.char("y"))
        try performPending()
    }
}

/// Keys on the sample board: given the sample desk, when these keys, then this state, these
/// effects and these words.
@Suite struct SampleBoardUpdateTests {
    func board(_ ledger: Ledger = SampleDesk.ledger(), readOnly: Phrase? = nil) -> Session {
        var s = Session(env: SampleDesk.environment(ledger, readOnly: readOnly))
        s.press(.char("2"))
        return s
    }

    @Test func paneTwoSelectsTheFirstCardAndArrowsMoveAcrossColumns() {
        var s = board()
        #expect(s.state.pane == .samples)
        #expect(s.state.samples.selected == "BPCU-2026-010")
        s.press(.down)
        #expect(s.state.samples.selected == "BPCU-2026-010", "the column has one card")
        s.press(.right)
        #expect(s.state.samples.selected == "BPCU-2026-002")
        s.press(.down, .down)
        #expect(s.state.samples.selected == "BPCU-2026-009")
        s.press(.right)
        #expect(s.state.samples.selected == "BPCU-2026-007", "same place on screen in the next column")
        s.press(.right, .right, .right)
        #expect(s.state.samples.selected == "BPCU-2026-005")
        #expect(s.state.samples.column == 4)
        s.press(.left)
        #expect(s.state.samples.selected == "BPCU-2026-004")
        s.press(.char("g"))
        #expect(s.state.samples.selected == "BPCU-2026-004")
    }

    @Test func nRegistersALetterAndTheBoardSelectsIt() throws {
        var s = board()
        s.press(.char("n"))
        #expect(s.form?.spec(as: NewSampleForm.self)?.fromRequest == .some(nil))
        #expect(s.form?.fields.map(\.id) == ["kind", "when", "letter", "name", "organisation", "contact", "commodity", "parameters", "quantity"])
        s.press(.function(2))
        #expect(s.form?[NewSampleForm.Field.name]?.error == Phrase(id: "wajib diisi", en: "required"))
        #expect(s.form?[NewSampleForm.Field.commodity]?.error != nil && s.form?[NewSampleForm.Field.parameters]?.error != nil && s.form?[NewSampleForm.Field.quantity]?.error != nil)
        s.fill("name", "Joko Santoso")
        s.fill("organisation", "PT Beton Riau Perkasa")
        s.fill("commodity", "Semen portland")
        s.fill("parameters", "kuat tekan")
        s.fill("quantity", "2 kantong")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else { Issue.record("no confirmation"); return }
        #expect(c.summary.first?.id == "Mendaftarkan sampel baru (nomor BPCU diberikan saat disimpan)")
        #expect(c.summary.contains { $0.id == "Pelanggan: Joko Santoso · PT Beton Riau Perkasa" })
        #expect(s.press(.char("y")) == [.perform(.registerSample(receivedAt: Desk.now, details: SampleDetails(
            kind: .external, customer: Customer(name: "Joko Santoso", organisation: "PT Beton Riau Perkasa"),
            commodity: "Semen portland", parameters: "kuat tekan", quantity: "2 kantong"
        )))])
        try s.performPending()
        #expect(s.env.ledger.samples["BPCU-2026-011"] != nil)
        #expect(s.state.samples.selected == "BPCU-2026-011")
        #expect(s.state.overlays.isEmpty)
        #expect(s.lines[22] == " ✓ Sampel BPCU-2026-011 terdaftar; > mencatat penerimaan sampel")
        #expect(s.lines[2].hasPrefix(" Permintaan 2 "))
    }

    @Test func anInternalLetterGetsABPCUINumber() throws {
        var s = board()
        s.press(.char("n"), .right)
        #expect(s.form?.value(NewSampleForm.Field.kind) == "bpcui")
        s.fill("name", "Seksi PJT")
        s.fill("commodity", "Air")
        s.fill("parameters", "pH")
        s.fill("quantity", "1 L")
        try s.saveAndConfirm()
        #expect(s.state.samples.selected == "BPCUI-2026-002")
    }

    /// Walks a new sample from the letter to the hand-over with `>`, each form asking only for
    /// its step's document, trying the hand-over before payment on the way.
    @Test func aSampleWalksEveryStepToTheHandOver() throws {
        var s = board()
        s.press(.char("n"))
        s.fill("name", "Joko Santoso")
        s.fill("commodity", "Semen portland")
        s.fill("parameters", "kuat tekan")
        s.fill("quantity", "2 kantong")
        try s.saveAndConfirm()
        let n = "BPCU-2026-011"
        let documents: [(SampleStep, [String], [(String, String)])] = [
            (.received, ["when", "label"], [("label", "L-0499")]),
            (.billed, ["when", "code", "amount", "reason", "days"], [("code", "820261125000499"), ("amount", "1.150.000")]),
            (.paid, ["when", "ntpn", "receipt"], [("ntpn", "b5c8d1e4f7g0h3j6"), ("receipt", "KW-0499")]),
            (.withAnalyst, ["when", "analyst"], [("analyst", "Sri Wahyuni")]),
            (.resultIn, ["when", "note"], []),
            (.reported, ["when", "note"], []),
            (.handedOver, ["when", "by"], []),
        ]
        for (step, fields, values) in documents {
            if step == .paid {
                // Handing over before payment is refused, in the rules' words.
                s.press(.char("h"))
                #expect(s.state.top == nil)
                // Wrapped, not cut: the whole message on screen.
                #expect(s.lines[21] == " ✗ LHP BPCU-2026-011 tidak dapat diserahkan: pembayaran belum diverifikasi (NTPN")
                #expect(s.lines[22] == "   dan kuitansi belum dicatat).")
                #expect(s.state.status?.text.id == "LHP BPCU-2026-011 tidak dapat diserahkan: pembayaran belum diverifikasi (NTPN dan kuitansi belum dicatat).")
            }
            #expect(s.state.samples.selected == n, "the selection follows the sample")
            s.press(.char(">"))
            #expect(s.form?.sampleStep == "\(n) \(step)", "\(step)")
            #expect(s.form?.fields.map(\.id) == fields, "\(step)")
            for (id, value) in values { s.fill(id, value) }
            try s.saveAndConfirm()
            #expect(s.env.ledger.samples[n]?.lastStep == step)
        }
        let done = try #require(s.env.ledger.samples[n])
        #expect(done.status == .handedOver)
        #expect(done.billing?.amount == 1_150_000)
        #expect(done.billing?.expiresAt == Desk.now.addingTimeInterval(7 * 86_400), "7 days by default")
        #expect(done.payment?.ntpn == "B5C8D1E4F7G0H3J6", "the NTPN is kept in capitals")
        #expect(done.report?.lhp == "LHP-2026-006", "after the desk's highest, LHP-2026-005")
        #expect(s.lines[22] == " ✓ Tercatat BPCU-2026-011: LHP dan kuitansi diserahkan")
        #expect(!s.lines[2..<22].joined().contains(n), "a handed-over sample leaves the board")
        s.press(.char("a"))
        #expect(s.state.samples.listView)
        #expect(s.text.contains("BPCU-2026-011  Joko Santoso        Semen portland Selesai"))
    }

    /// Issue 14 item 7: a payment made while the billing was valid but recorded after it
    /// expired is entered with its real time; one made after the expiry is refused.
    @Test func anExpiredBillingTakesAPaymentMadeWhileValidWithItsRealTime() throws {
        var s = board()
        s.select(sample: "BPCU-2026-002")
        s.press(.char(">"))
        #expect(s.form?.sampleStep == "BPCU-2026-002 paid")
        #expect(s.state.status == StatusMessage(Phrase(
            id: "e-billing 820261100200001 kedaluwarsa pada 2026-11-24 09:30: isi waktu bayar sebenarnya bila dibayar sebelumnya; bila belum dibayar, Esc lalu e untuk terbitkan ulang.",
            en: "e-billing 820261100200001 expired on 2026-11-24 09:30: enter the real payment time if it was paid before then; if not paid, Esc then e to re-issue it."
        )))
        #expect(s.form?.fields.first?.hint?.id == "waktu sebenarnya; e-billing berlaku s.d. 2026-11-24 09:30")
        s.fill("ntpn", "0A1B2C3D4E5F6G7H")
        s.fill("receipt", "KW-2026-0002")
        // Paid now, after the expiry: refused in the rules' words, at the time's field, before any summary.
        s.press(.function(2))
        #expect(s.state.top.map { if case .confirm = $0 { true } else { false } } == false)
        #expect(s.env.ledger.samples["BPCU-2026-002"]?.payment == nil)
        #expect(s.form?[PaymentForm.Field.when]?.error?.id.contains("kedaluwarsa pada 2026-11-24 09:30") == true, "\(String(describing: s.form?[PaymentForm.Field.when]?.error))")
        // The form keeps its input; paid on Monday, while it was valid: recorded with that time.
        #expect(s.form?.value(PaymentForm.Field.ntpn) == "0A1B2C3D4E5F6G7H")
        s.fill("when", "2026-11-23 14:00")
        try s.saveAndConfirm()
        let paid = try #require(s.env.ledger.samples["BPCU-2026-002"]?.payment)
        #expect(paid.paidAt == time("2026-11-23T14:00:00+07:00"))
    }

    /// Issue 14 item 7: the e-billing form offers the tariff; another amount needs its reason,
    /// which the billing keeps.
    @Test func theBillingFormOffersTheTariffAndAnotherAmountNeedsAReason() throws {
        var ledger = Ledger(calendar: Desk.calendar, samplePolicy: SamplePolicy(tariffs: SampleTariffs(rupiah: ["keripik nenas": 300_000])))
        for r in SampleDesk.events() { try ledger.apply(r) }
        var s = board(ledger)
        s.select(sample: "BPCU-2026-008")
        s.press(.char(">"))
        #expect(s.form?.title.id == "e-billing BPCU-2026-008")
        #expect(s.form?.value(BillingForm.Field.amount) == "300000")
        #expect(s.form?[BillingForm.Field.reason]?.isVisible == false, "no reason asked for the tariff itself")
        s.fill("code", "820261125000008")
        s.fill("amount", "250000")
        #expect(s.form?[BillingForm.Field.reason]?.isVisible == true, "another amount asks why")
        s.press(.function(2))
        #expect(s.form?[BillingForm.Field.reason]?.error == Phrase(id: "wajib: jumlah berbeda dari tarif Rp 300.000", en: "required: the amount differs from the tariff, Rp 300.000"))
        s.fill("reason", "Potongan UMKM binaan")
        try s.saveAndConfirm()
        let billing = try #require(s.env.ledger.samples["BPCU-2026-008"]?.billing)
        #expect(billing.amount == 250_000 && billing.amountReason == "Potongan UMKM binaan")
    }

    /// Issue 14 item 7: one payment proof must not release two LHPs. Recording refuses a
    /// billing code, NTPN or kuitansi another sample used, naming it; a log that already holds
    /// one still replays.
    @Test func aPaymentProofAlreadyUsedIsRefusedNamingItsSample() throws {
        var s = board()
        let first = try #require(s.env.ledger.samples["BPCU-2026-001"])
        let ntpn = try #require(first.payment?.ntpn)
        let receipt = try #require(first.payment?.receiptNumber)
        let code = try #require(first.billing?.code)
        let at = time("2026-11-25T10:00:00+07:00")
        let usedNTPN = Command.recordSample(.paid(SamplePaid(sample: "BPCU-2026-009", paidAt: at, ntpn: ntpn, receiptNumber: "KW-NEW")))
        #expect(throws: LedgerError.sample(.proofUsed(.ntpn, ntpn, by: "BPCU-2026-001"))) { try s.record(usedNTPN) }
        let usedReceipt = Command.recordSample(.paid(SamplePaid(sample: "BPCU-2026-009", paidAt: at, ntpn: "ZZ11YY22XX33WW44", receiptNumber: receipt)))
        #expect(throws: LedgerError.sample(.proofUsed(.kuitansi, receipt, by: "BPCU-2026-001"))) { try s.record(usedReceipt) }
        let usedCode = Command.recordSample(.billingIssued(BillingIssued(sample: "BPCU-2026-008", issuedAt: at, code: code, amount: 100_000, expiresAt: at.addingTimeInterval(86_400))))
        #expect(throws: LedgerError.sample(.proofUsed(.billingCode, code, by: "BPCU-2026-001"))) { try s.record(usedCode) }
        #expect(LedgerError.sample(.proofUsed(.ntpn, ntpn, by: "BPCU-2026-001")).message.id
            == "NTPN \(ntpn) sudah dipakai untuk sampel BPCU-2026-001; satu bukti bayar hanya untuk satu sampel (satu LHP).")
        // Its own new proof is recorded.
        _ = try s.record(.recordSample(.paid(SamplePaid(sample: "BPCU-2026-009", paidAt: at, ntpn: "ZZ11YY22XX33WW44", receiptNumber: "KW-NEW"))))
        #expect(s.env.ledger.samples["BPCU-2026-009"]?.payment?.ntpn == "ZZ11YY22XX33WW44")
        // Replay is not a recording: a log already holding a reused proof still folds.
        var replay = SampleDesk.ledger()
        replay.evolve(EventRecord(id: "dup", at: at, by: "siti", event: .sample(.paid(SamplePaid(sample: "BPCU-2026-009", paidAt: at, ntpn: ntpn, receiptNumber: "KW-X")))))
        #expect(replay.samples["BPCU-2026-009"]?.payment?.ntpn == ntpn)
    }

    @Test func eReissuesAnExpiredBilling() throws {
        var s = board()
        s.select(sample: "BPCU-2026-002")
        s.press(.char("e"))
        #expect(s.form?.title.id == "Terbitkan ulang e-billing BPCU-2026-002")
        #expect(s.form?.value(BillingForm.Field.amount) == "450000", "the amount of the billing it replaces")
        s.fill("code", "820261125000002")
        try s.saveAndConfirm()
        let sample = try #require(s.env.ledger.samples["BPCU-2026-002"])
        #expect(sample.billings.count == 2)
        #expect(!sample.billingExpired(at: Desk.now))
        #expect(!s.text.contains("KEDALUWARSA"))
        s.press(.char(">"))
        #expect(s.form?.sampleStep == "BPCU-2026-002 paid")
    }

    @Test func aPaymentProofOfAnotherSampleIsRefusedAtItsField() throws {
        var s = board()
        let used = try #require(s.env.ledger.samples["BPCU-2026-001"]?.payment)
        s.select(sample: "BPCU-2026-009")
        s.press(.char(">"))
        s.fill("ntpn", used.ntpn)
        s.fill("receipt", "KW-0909")
        s.press(.function(2))
        let form = try #require(s.form, "refused: the form stays")
        #expect(form[PaymentForm.Field.ntpn]?.error?.id.contains("sudah dipakai untuk sampel BPCU-2026-001") == true)
        #expect(form.fields[form.focus].id == PaymentForm.Field.ntpn.rawValue)
    }

    @Test func theBillingAndPaymentFormsCheckTheirNumbers() throws {
        var s = board()
        s.select(sample: "BPCU-2026-008")
        s.press(.char(">"))
        #expect(s.form?.title.id == "e-billing BPCU-2026-008")
        s.fill("code", "12345")
        s.fill("amount", "0")
        s.fill("days", "0")
        s.press(.function(2))
        #expect(s.form?[BillingForm.Field.code]?.error == Phrase(id: "15 angka diawali 7, 8, atau 9", en: "15 digits starting 7, 8 or 9"))
        #expect(s.form?[BillingForm.Field.amount]?.error?.id == "rupiah tanpa koma, lebih dari 0, di bawah 1 triliun, mis. 450000")
        #expect(s.form?[BillingForm.Field.days]?.error?.id == "1 sampai 90")
        #expect(s.state.status?.text.id == "Periksa isian yang ditandai — Kode billing: 15 angka diawali 7, 8, atau 9 (dan 2 isian lain)")
        s.press(.escape, .char("y"))
        s.select(sample: "BPCU-2026-009")
        s.press(.char(">"))
        s.fill("ntpn", "0A1B-2C3D")
        s.press(.function(2))
        #expect(s.form?[PaymentForm.Field.ntpn]?.error?.id == "16 huruf dan angka")
        #expect(s.form?[PaymentForm.Field.receipt]?.error?.id == "wajib diisi")
    }

    @Test func aStepTheRulesRefuseKeepsTheFormAndSaysWhy() throws {
        var s = board()
        s.select(sample: "BPCU-2026-009")
        s.press(.char(">"))
        s.fill("when", "2026-11-25 09:50")
        s.fill("ntpn", "0A1B2C3D4E5F6G7H")
        s.fill("receipt", "KW-9")
        // The rules' check is made before the summary, and marked at the time's field.
        s.press(.function(2))
        #expect(s.state.top.map { if case .form = $0 { true } else { false } } == true, "no confirmation: the form stays to be corrected")
        #expect(s.form?[PaymentForm.Field.when]?.error?.id == "BPCU-2026-009: waktu dibayar (ntpn, kuitansi) tidak boleh sebelum langkah sebelumnya (2026-11-25 09:54).")
        #expect(s.state.status?.isError == true)
        #expect(s.state.status?.text.id.hasPrefix("Periksa isian yang ditandai — Waktu bayar: BPCU-2026-009: waktu dibayar") == true)
    }

    @Test func handOverAndEBillingSayWhyNot() {
        var s = board()
        s.select(sample: "BPCU-2026-003")
        s.press(.char("h"))
        #expect(s.state.status?.text.id == "BPCU-2026-003: LHP dan kuitansi diserahkan belum dapat dicatat — hasil analisa belum masuk.")
        s.press(.char("e"))
        #expect(s.state.status?.text.id == "BPCU-2026-003: langkah “e-billing diterbitkan” sudah tercatat.")
        s.select(sample: "BPCUI-2026-001")
        s.press(.char("e"))
        #expect(s.state.status?.text.id == "BPCUI-2026-001 adalah sampel internal (BPCUI): tanpa e-billing dan pembayaran.")
        s.select(sample: "BPCU-2026-005")
        s.press(.char("h"))
        #expect(s.form?.sampleStep == "BPCU-2026-005 handedOver")
    }

    @Test func cNeedsAReasonAndTheSampleLeavesTheBoard() throws {
        var s = board()
        s.select(sample: "BPCU-2026-010")
        s.press(.char("c"))
        #expect(s.form?.title.id == "Batalkan sampel BPCU-2026-010")
        s.press(.function(2))
        #expect(s.form?[SampleCancelForm.Field.reason]?.error?.id == "wajib diisi")
        s.fill("reason", "Sampel tidak jadi dikirim")
        try s.saveAndConfirm()
        #expect(s.env.ledger.samples["BPCU-2026-010"]?.status == .cancelled)
        #expect(s.lines[2].hasPrefix(" Permintaan 0 "))
        #expect(s.state.samples.selected != "BPCU-2026-010")
    }

    @Test func enterOpensTheHistoryAndItsKeysActOnTheSample() {
        var s = board()
        s.press(.enter)
        #expect(s.state.top == .sampleDetail(number: "BPCU-2026-010", scroll: 0))
        #expect(s.lines[2] == " BPCU-2026-010 — menunggu: sampel belum diterima (BPCU/BPCUI)")
        #expect(s.text.contains("Dari permohonan     PPID-2026-008"))
        #expect(s.lines[23] == "↑↓Gulir EscKembali >Lanjut cBatalkan tKoreksi ?Bantuan")
        s.press(.down, .down, .down, .down, .down)
        #expect(s.state.top == .sampleDetail(number: "BPCU-2026-010", scroll: 4), "24 lines in 20 (the note on the customer's steps takes two): four to scroll")
        #expect(s.lines[21].hasPrefix("     PPID-2026-008: Air sumur"), "the end of the history")
        s.press(.char(">"))
        #expect(s.form?.sampleStep == "BPCU-2026-010 received")
        s.press(.escape)
        #expect(s.state.top == .sampleDetail(number: "BPCU-2026-010", scroll: 4))
        s.press(.escape)
        #expect(s.state.overlays.isEmpty)
    }

    @Test func slashFiltersAndVSwitchesToTheList() {
        var s = board()
        s.press(.char("/"))
        #expect(s.state.samples.isFiltering)
        s.type("karet")
        #expect(s.lines[2] == " Cari: karet")
        #expect(s.lines[3].hasPrefix(" Permintaan 0 "))
        #expect(s.lines[4].contains("│ BPCU-2026-003 │"))
        #expect(s.state.samples.selected == "BPCU-2026-003")
        s.press(.enter)
        #expect(!s.state.samples.isFiltering)
        s.press(.char("v"))
        #expect(s.lines[4].hasPrefix(" BPCU-2026-003  PT Riau Crumb Rubb… Karet remah (… Analis: Dedi   ! 15j20 / 5j"))
        s.press(.escape)
        #expect(s.state.samples.filter.text.isEmpty)
        #expect(s.lines.filter { $0.hasPrefix(" BPCU") }.count == 9)
        #expect(s.state.samples.selected == "BPCU-2026-003", "the selection stays")
        s.press(.char("j"))
        #expect(s.state.samples.selected == "BPCUI-2026-001")
    }

    @Test func aReadOnlyFolderRefusesEveryRecordingKey() {
        var s = board(readOnly: Phrase(id: "dibuka dengan --read-only", en: "opened with --read-only"))
        for key in [Key.char("n"), .char(">"), .char("h"), .char("e"), .char("c")] {
            s.press(key)
            #expect(s.state.overlays.isEmpty, "\(key)")
            #expect(s.state.status == StatusMessage(Phrase(id: "Hanya-baca: dibuka dengan --read-only", en: "Read-only: opened with --read-only"), isError: true))
        }
        s.press(.enter)
        #expect(s.state.top == .sampleDetail(number: "BPCU-2026-010", scroll: 0), "reading is fine")
    }

    @Test func uSaysSampleStepsAreNotUndone() {
        var s = board()
        #expect(s.press(.char("u")) == [])
        #expect(s.state.overlays.isEmpty)
        #expect(s.state.status?.text.en == "A sample's steps cannot be undone; correct a wrong time with t, cancel a wrong sample with c.")
    }

    @Test func sOnTheQueueStartsASampleFromATestingRequest() throws {
        var s = Session(env: SampleDesk.environment())
        // 003 is about calibration: refused.
        s.press(.char("s"))
        #expect(s.state.overlays.isEmpty)
        #expect(s.state.status?.text.id == "Permohonan PPID-2026-003 bertopik Kalibrasi; hanya permohonan pengujian yang menjadi permintaan uji sampel.")
        // 008 (Hendra) is about testing: the form is filled in with the requester.
        s.press(.end)
        #expect(s.state.queue.selected == "PPID-2026-008")
        s.press(.char("s"))
        #expect(s.form?.spec(as: NewSampleForm.self)?.fromRequest == "PPID-2026-008")
        #expect(s.form?.title.id == "Permintaan uji dari PPID-2026-008")
        #expect(s.form?.value(NewSampleForm.Field.name) == "Hendra")
        #expect(s.form?.value(NewSampleForm.Field.contact) == "0812-7000-1234")
        s.fill("commodity", "Air sumur")
        s.fill("parameters", "E. coli")
        s.fill("quantity", "1 botol")
        try s.saveAndConfirm()
        #expect(s.state.pane == .samples)
        #expect(s.state.samples.selected == "BPCU-2026-011")
        #expect(s.env.ledger.samples["BPCU-2026-011"]?.details.fromRequest == "PPID-2026-008")
    }
}

/// Every sample form with a time marks that field when the rules refuse the time, and no
/// field for a refusal about something else.
@Suite struct SampleFormTimeFieldTests {
    @Test func aRefusalAboutTheTimeMarksTheTimeField() throws {
        let timeRefusals: [LedgerError] = [.sample(.inFuture("BPCU-2026-001")), .dateInFuture(Phrase(id: "besok", en: "tomorrow"))]
        let other = LedgerError.unknownRequest("PPID-2026-099")
        let sample = try #require(SampleDesk.ledger().samples.values.first)
        var forms = [SampleStep.received, .withAnalyst, .resultIn, .reported, .handedOver].map {
            Form.sampleStep(sample, $0, now: Desk.now, calendar: Desk.calendar, expiryDays: 1)
        }
        forms.append(Form(NewSampleForm(now: Desk.now, calendar: Desk.calendar)))
        for form in forms {
            for refusal in timeRefusals { #expect(form.spec.fieldName(for: refusal) == "when", "\(form.title.en)") }
            #expect(form.spec.fieldName(for: other) == nil, "\(form.title.en)")
        }
    }
}
