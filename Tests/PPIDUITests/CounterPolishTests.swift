import Foundation
import PPIDModel
import PPIDUI
import Testing

/// Issue 15's smaller items: escape sequences, undo after sample work, finding by every
/// number, the header, the first row, checks before the confirmation, the receipt again.
@Suite struct CounterPolishTests {
    /// Feeds `bytes` to the decoder as the terminal would after an Escape.
    func after(_ text: String) -> (EscapeSequence.Outcome, rest: String) {
        var scalars = Array(text.unicodeScalars)
        let outcome = EscapeSequence.after { scalars.isEmpty ? nil : scalars.removeFirst().value }
        return (outcome, String(String.UnicodeScalarView(scalars)))
    }

    @Test func unknownEscapeSequencesAreReadWholeAndDropped() {
        #expect(after("[4~abc") == (.discarded, "abc"), "End under tmux: nothing of it typed")
        #expect(after("[1~") == (.discarded, ""), "Home: its 1 never switches panes")
        #expect(after("[1;5C") == (.discarded, ""))
        #expect(after("OF") == (.discarded, ""))
        #expect(after("") == (.escape, ""))
        #expect(after("x") == (.escapeThen(UInt32(("x" as Unicode.Scalar).value)), ""))
    }

    @Test func uStillOffersTheRequestsLastActionAfterSampleWork() {
        // The sample desk: the same officer's extension of 002, then a day of sample steps.
        let env = SampleDesk.environment(SampleDesk.ledger())
        var s = Session(env: env)
        // Recorded from this running app (u never undoes another counter's action).
        s.state.appendedHere = ((try? env.ledger.history(of: "PPID-2026-002")) ?? []).map {
            AppendedAction(request: "PPID-2026-002", event: $0.id)
        }
        s.state.queue.selected = "PPID-2026-002"
        s.press(.char("u"))
        guard case .confirm(let c)? = s.state.top, case .undo(let undo) = c.command else {
            Issue.record("expected the undo to be offered, got \(String(describing: s.state.status))")
            return
        }
        #expect(undo.request == "PPID-2026-002")
        #expect(c.summary.contains { $0.id.hasPrefix("Tindakan yang dibatalkan: Diperpanjang 7 hari kerja") })
        // Another officer: the request's last action is not theirs, so nothing is offered.
        s.press(.escape)
        s.env.officer = "budi"
        s.press(.char("u"))
        #expect(s.state.top == nil)
        #expect(s.state.status?.text.id == "Tidak ada tindakan Anda yang dapat dibatalkan")
    }

    @Test func slashFindsAnObjectionByItsNumber() throws {
        var s = Session()
        _ = try s.record(
            .fileObjection(request: "PPID-2026-007", receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        s.press(.char("/"))
        s.type("keb-2026-001")
        let numbers = s.lines.compactMap {
            $0.hasPrefix(" PPID-") || $0.hasPrefix(" KEB-") ? $0.split(separator: " ").first.map(String.init) : nil
        }
        #expect(numbers.contains("PPID-2026-007"))
        #expect(numbers.contains("KEB-2026-001"))
        #expect(!numbers.contains("PPID-2026-003"))
    }

    @Test func slashFindsASampleByItsBillingCode() throws {
        let ledger = SampleDesk.ledger()
        let code = try #require(ledger.samples["BPCU-2026-009"]?.billing?.code)
        var s = Session(env: SampleDesk.environment(ledger))
        s.press(.char("2"), .char("/"))
        s.type(code)
        s.press(.enter)
        #expect(s.state.samples.selected == "BPCU-2026-009")
        #expect(sampleCards(ledger, now: Desk.now, board: s.state.samples).map(\.number) == ["BPCU-2026-009"])
    }

    @Test func theOfficeNameIsWholeWhenTheRightSideCanGiveWay() {
        var env = Desk.environment()
        env.officeName = "Balai Standardisasi Industri Pekanbaru"
        let s = Session(env: env)
        #expect(s.lines[0].hasPrefix(" Balai Standardisasi Industri Pekanbaru "))
        #expect(s.lines[0].hasSuffix("25 Nov 2026 10:00 WIB │ BUKA │ siti"))
    }

    @Test func theTopRowIsSelectedBeforeAnyKeyOrResize() {
        var state = AppState(language: .indonesian)
        let env = Desk.environment()
        let screen = render(state, env)
        let y = 3
        #expect(screen.lines[y].hasPrefix(" PPID-2026-003"))
        #expect(screen[x: 1, y: y].style.reverse, "the first row is highlighted on the first screen")
        _ = update(&state, .key(.enter), env)
        #expect(state.top == .detail(number: "PPID-2026-003", scroll: 0))
    }

    @Test func aNoticeDateBeforeTheReceiptIsMarkedAtItsFieldBeforeTheSummary() {
        var s = Session()
        s.press(.char("d"), .tab)
        s.press(.ctrl("u"))
        s.type("2026-11-02")
        s.press(.function(2))
        #expect(
            s.form?[DecisionForm.Field.notice]?.error?.id
                == "Tanggal pemberitahuan 2026-11-02 lebih awal dari tanggal diterima 2026-11-09 (PPID-2026-003).")
        #expect(s.form.map { $0.fields[$0.focus].id } == DecisionForm.Field.notice.rawValue)
        guard case .form? = s.state.top else { Issue.record("a summary opened"); return }
        #expect(s.text.contains("← Tanggal pemberitahuan 2026-11-02 lebih awal"))
    }

    @Test func pReprintsTheReceiptFromTheDetailAndItScrollsAt80x24() {
        var s = Session()
        s.press(.enter, .char("p"))
        #expect(s.state.top == .receipt("PPID-2026-003", scroll: 0))
        #expect(s.text.contains("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK"))
        #expect(!s.lines.contains { $0.hasPrefix(" │ Petugas: siti") }, "the end is below at 80×24")
        for _ in 0..<10 { s.press(.down) }
        #expect(s.lines.contains { $0.hasPrefix(" │ Petugas: siti") })
        #expect(s.press(.char("p")) == [.writeReceipt("PPID-2026-003")])
    }

    @Test func aReceiptWrittenInTheDataFolderIsShownRelativeToIt() {
        var env = Desk.environment()
        env.dataFolder = "/home/siti/.local/share/ppid"
        var s = Session(env: env)
        s.send(.receiptWritten(.success("/home/siti/.local/share/ppid/receipts/PPID-2026-003.txt")))
        #expect(s.state.status?.text.id == "Tanda bukti ditulis ke receipts/PPID-2026-003.txt di folder data (lihat ?)")
    }

    @Test func theUndoConfirmationDoesNotSpeakOfAForm() {
        var s = Session()
        // The desk's extension of 002, recorded from this app.
        s.state.appendedHere = [AppendedAction(request: "PPID-2026-002", event: "e11")]
        s.state.queue.selected = "PPID-2026-002"
        s.press(.char("u"))
        #expect(s.text.contains("n / Esc = kembali tanpa mencatat"))
        #expect(!s.text.contains("kembali ke isian"))
    }
}

/// Forms: choices by letter, the objection's grounds, plausibility from config.
@Suite struct FormPlausibilityTests {
    @Test func aLetterReachesEveryOptionWithIt() {
        let env = Desk.environment()
        var form = Form(NewSampleForm(now: env.now, calendar: env.calendar))
        #expect(form.focus == 0 && form.value(NewSampleForm.Field.kind) == "bpcu")
        #expect(form.perform(.type(.char("i")), language: .indonesian) == .edited)
        #expect(form.value(NewSampleForm.Field.kind) == "bpcui", "i: a word of “BPCUI (internal, …)”")
        _ = form.perform(.type(.char("b")), language: .indonesian)
        #expect(form.value(NewSampleForm.Field.kind) == "bpcu")
        _ = form.perform(.type(.char("b")), language: .indonesian)
        #expect(form.value(NewSampleForm.Field.kind) == "bpcui", "a second b reaches BPCUI")
    }

    @Test func theObjectionFormListsTheGroundsAndFlagsCWithinThePeriod() {
        var s = Session()
        s.state.queue.selected = "PPID-2026-007"  // due 7 December: still in its period
        s.press(.char("o"))
        #expect(s.text.contains("Alasan keberatan, Pasal 35 ayat 1 (tulis hurufnya):"))
        #expect(s.text.contains("a  penolakan berdasarkan Pasal 17"))
        #expect(s.text.contains("c  permintaan tidak ditanggapi — belum berlaku: jangka waktu sampai"))
        #expect(s.text.contains("2026-12-07"))
        #expect(s.text.contains("g  penyampaian melebihi waktu yang diatur"))
        s.press(.tab)
        s.type("c")
        s.press(.function(2))
        #expect(
            s.form?[ObjectionForm.Field.grounds]?.error?.id
                == "huruf c (tidak ditanggapi) belum berlaku: jangka waktu sampai 2026-12-07; berlaku mulai 2026-12-08")
        guard case .form? = s.state.top else { Issue.record("the summary opened"); return }
    }

    @Test func aNIKIsSixteenDigits() {
        var s = Session()
        s.press(.char("n"))
        s.fill("name", "Budi")
        s.fill("address", "Jl. Sudirman")
        s.fill("subject", "Tarif")
        s.fill("nik", "1471-0212")
        s.press(.function(2))
        #expect(s.form?[NewRequestForm.Field.nik]?.error?.id == "NIK 16 angka (kosongkan bila tidak ada)")
        s.fill("nik", "1471021201900001")
        s.press(.function(2))
        guard case .confirm? = s.state.top else { Issue.record("expected the summary"); return }
    }

    @Test func aFeeOutsideTheConfigsRangeIsMarked() {
        var env = Desk.environment()
        env.forms.feeRange = 0...100_000
        var s = Session(env: env)
        s.press(.char("d"))
        s.fill("fee", "150000")
        s.press(.function(2))
        #expect(s.form?[DecisionForm.Field.fee]?.error?.id == "di luar Rp 0–Rp 100.000 (config [forms] fee_max)")
        s.fill("fee", "15000")
        s.press(.function(2))
        #expect(s.text.contains("Biaya: Rp 15.000"))
    }

    /// Issue 20: a fee is whole rupiah below a trillion, dots only between thousands, whatever
    /// range the config allows.
    @Test(arguments: ["999999999999999", "1000000000000", "1.2.3", "15.00", "+5000"])
    func aFeeOfATrillionOrMisWrittenIsRefusedByTheForm(_ fee: String) {
        var env = Desk.environment()
        env.forms.feeRange = 0...999_999_999_999
        var s = Session(env: env)
        s.press(.char("d"))
        s.fill("fee", fee)
        s.press(.function(2))
        #expect(s.form?[DecisionForm.Field.fee]?.error?.id == "angka rupiah tanpa koma, di bawah 1 triliun, mis. 5000")
        s.fill("fee", "15.000")
        s.press(.function(2))
        #expect(s.text.contains("Biaya: Rp 15.000"))
    }

    @Test func aReceiptLongAgoAndANewAnalystAreAskedAboutInTheSummary() throws {
        var s = Session()
        s.press(.char("n"))
        s.fill("received", "2026-11-02 09:00")
        s.fill("name", "Budi")
        s.fill("address", "Jl. Sudirman")
        s.fill("subject", "Tarif")
        s.press(.function(2))
        #expect(s.text.contains("⚠ Waktu diterima 23 hari yang lalu (lebih dari 7): benarkah"))
        var env = SampleDesk.environment(SampleDesk.ledger())
        env.forms.analysts = ["Dedi Kurniawan", "Sri Wahyuni"]
        var b = Session(env: env)
        b.press(.char("2"))
        b.state.samples.selected = "BPCU-2026-007"
        b.press(.char(">"))
        #expect(b.text.contains("Analis (config): Dedi Kurniawan, Sri Wahyuni — nama baru boleh, ditandai"))
        b.fill("analyst", "Rina")
        b.press(.function(2))
        #expect(b.text.contains("⚠ Analis baru: Rina tidak ada di daftar analis"))
    }
}
