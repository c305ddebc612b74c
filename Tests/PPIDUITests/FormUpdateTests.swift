import Foundation
import PPIDModel
import PPIDUI
import Testing

/// Registering a request by keys: given the desk, when these keys, then this state and these effects.
@Suite struct FormUpdateTests {
    /// The details the form below records.
    static let details = RequestDetails(
        requesterName: "Andrés Pérez", category: .individual, address: "Jl. Melati 3, Pekanbaru", contact: "", occupation: "",
        identityNumber: "", topic: .testing, subject: "Tarif uji air", purpose: "", accessKind: .view, medium: .softcopy, delivery: .pickUp
    )
    static let register = Command.register(receivedAt: Desk.now, channel: .walkIn, details: details)

    /// `n`, then the three required text fields filled in.
    func filledForm() -> Session {
        var s = Session()
        s.press(.char("n"), .tab, .tab)
        s.type("Andrés Pérez")
        s.press(.tab, .tab)
        s.type("Jl. Melati 3, Pekanbaru")
        for _ in 0..<5 { s.press(.tab) }
        s.type("Tarif uji air")
        return s
    }

    @Test func nOpensTheNewRequestFormReceivedNow() throws {
        var s = Session()
        #expect(s.press(.char("n")) == [])
        let form = try #require(s.form)
        #expect(form.spec(as: NewRequestForm.self) != nil)
        #expect(form.focus == 0)
        #expect(form.value(NewRequestForm.Field.channel) == "walk_in")
        #expect(form.value(NewRequestForm.Field.received) == "2026-11-25 10:00")
        #expect(!form.isDirty)
        #expect(s.lines[2].hasPrefix("┌─ Permohonan Baru ─"))
        #expect(s.lines[23] == "TabPindah ←→Pilih F2Simpan EscBatal F10Keluar")
    }

    @Test func tabAndArrowsMoveTypingEdits() throws {
        var s = Session()
        s.press(.char("n"))
        s.press(.right)
        #expect(s.form?.value(NewRequestForm.Field.channel) == "online")
        s.type("t")
        #expect(s.form?.value(NewRequestForm.Field.channel) == "phone", "a letter chooses the option that starts with it")
        s.press(.tab, .down)
        #expect(s.form?.focus == 2)
        s.type("Andres")
        s.press(.left, .backspace)
        s.type("é")
        #expect(s.form?.value(NewRequestForm.Field.name) == "Andrés")
        s.press(.backTab)
        #expect(s.form?.focus == 1)
        s.press(.up)
        #expect(s.form?.focus == 0)
        s.press(.backTab)
        #expect(s.form?.focus == 13, "Shift-Tab from the first field goes to the last")
        s.press(.tab)
        #expect(s.form?.focus == 0)
        s.press(.enter)
        #expect(s.form?.focus == 1, "Enter moves on")
        #expect(s.form?.isDirty == true)
        #expect(s.state.overlays.count == 1)
        #expect(s.text.contains("│  Nama pemohon *       Andrés"))
    }

    @Test func f2WithEmptyRequiredFieldsMarksThemAndKeepsTheInput() throws {
        var s = Session()
        s.press(.char("n"))
        for _ in 0..<4 { s.press(.tab) }
        s.type("Jl. Melati 3")
        #expect(s.press(.function(2)) == [])
        let form = try #require(s.form)
        #expect(form[NewRequestForm.Field.name]?.error == Phrase(id: "wajib diisi", en: "required"))
        #expect(form[NewRequestForm.Field.subject]?.error == Phrase(id: "wajib diisi", en: "required"))
        #expect(form[NewRequestForm.Field.address]?.error == nil)
        #expect(form.value(NewRequestForm.Field.address) == "Jl. Melati 3")
        #expect(form.value(NewRequestForm.Field.received) == "2026-11-25 10:00")
        #expect(form.focus == 2, "the focus goes to the first marked field")
        #expect(s.state.status?.text.id.hasPrefix("Periksa isian yang ditandai — ") == true)
        #expect(s.lines[5].hasSuffix("← wajib diisi│"))
        #expect(s.lines[7] == "│  Alamat *             Jl. Melati 3                                           │")
        // Typing into a marked field clears its mark, not the others.
        s.type("Siti")
        #expect(s.form?[NewRequestForm.Field.name]?.error == nil)
        #expect(s.form?[NewRequestForm.Field.subject]?.error != nil)
    }

    @Test func aCompleteFormIsConfirmedThenYRecordsIt() throws {
        var s = filledForm()
        s.press(.function(2))
        guard case .confirm(let confirmation)? = s.state.top else {
            Issue.record("expected the confirmation, got \(String(describing: s.state.top))")
            return
        }
        #expect(confirmation.command == Self.register)
        for line in [
            "│ Mendaftarkan permohonan baru (nomor diberikan saat disimpan) │",
            "│ Pemohon: Andrés Pérez (Perorangan)                           │",
            "│ Batas waktu: 2026-12-09 (10 hari kerja dari 2026-11-25)      │",
            "│ y = catat     n / Esc = kembali ke isian                     │",
        ] {
            #expect(s.lines.contains { $0.contains(line) }, "confirmation shows \(line)")
        }
        #expect(s.lines[23] == "yCatat nKembali")
        // Another key only says what the keys are; n goes back to the form as it was.
        #expect(s.press(.char("x")) == [])
        #expect(s.state.status?.text.id == "Tekan y untuk mencatat, n atau Esc untuk kembali")
        s.press(.char("n"))
        #expect(s.form?.value(NewRequestForm.Field.name) == "Andrés Pérez")
        s.press(.function(2))
        #expect(s.press(.char("y")) == [.perform(Self.register)])
        #expect(s.state.isSaving)
        #expect(s.state.overlays.count == 1, "the form stays until the store answers")
        #expect(s.lines[22] == " ✓ Menyimpan…")
    }

    @Test func successClosesTheFormAndShowsTheReceipt() throws {
        var s = filledForm()
        s.press(.function(2), .char("y"))
        try s.performPending()
        #expect(s.state.overlays == [.receipt("PPID-2026-009", scroll: 0)])
        #expect(!s.state.isSaving)
        #expect(s.state.queue.selected == "PPID-2026-009")
        #expect(s.lines[22] == " ✓ Permohonan PPID-2026-009 terdaftar")
        for line in [
            "│ TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK",
            "│ Nomor pendaftaran : PPID-2026-009",
            "│ Nama pemohon      : Andrés Pérez",
            "│ Pemberitahuan tertulis paling lambat: Rabu, 2026-12-09",
            "│ Petugas: siti",
        ] {
            #expect(s.lines.contains { $0.contains(line) }, "receipt shows \(line)")
        }
        #expect(s.press(.char("p")) == [.writeReceipt("PPID-2026-009")])
        s.send(.receiptWritten(.success("/data/tanda-bukti/PPID-2026-009.txt")))
        #expect(s.lines[22] == " ✓ Tanda bukti ditulis ke /data/tanda-bukti/PPID-2026-009.txt")
        s.press(.escape)
        #expect(s.state.overlays.isEmpty)
        let row = try #require(s.lines.firstIndex { $0.hasPrefix(" PPID-2026-009") })
        #expect(s.lines[row].hasSuffix("Pengujian   10 hari"))
        #expect(s.screen[x: 1, y: row].style.reverse, "the new request is selected")
    }

    @Test func failureKeepsTheFormAndItsInputAndSaysWhy() throws {
        var s = filledForm()
        s.press(.function(2), .char("y"))
        let why = Phrase(id: "Folder data tidak dapat ditulis: disk penuh", en: "The data folder cannot be written: disk full")
        #expect(s.send(.performed(Self.register, .failure(CommandFailure(why)))) == [])
        #expect(!s.state.isSaving)
        let form = try #require(s.form)
        #expect(s.state.overlays.count == 1)
        #expect(form.value(NewRequestForm.Field.name) == "Andrés Pérez")
        #expect(form.value(NewRequestForm.Field.address) == "Jl. Melati 3, Pekanbaru")
        #expect(form.value(NewRequestForm.Field.subject) == "Tarif uji air")
        #expect(s.lines[22] == " ✗ Folder data tidak dapat ditulis: disk penuh")
        #expect(s.env.ledger.requests["PPID-2026-009"] == nil)
        // Saving again asks again and sends the same command.
        s.press(.function(2))
        #expect(s.press(.char("y")) == [.perform(Self.register)])
    }

    @Test func escOnAFormWithInputAsksBeforeDiscarding() throws {
        var s = Session()
        s.press(.char("n"), .tab, .tab)
        s.type("Siti Aminah")
        s.press(.escape)
        #expect(s.state.top == .discardForm)
        #expect(s.text.contains("Buang isian?"))
        #expect(s.text.contains("y = buang     n / Esc = kembali ke isian"))
        s.press(.char("n"))
        #expect(s.form?.value(NewRequestForm.Field.name) == "Siti Aminah")
        s.press(.escape, .escape)
        #expect(s.form?.value(NewRequestForm.Field.name) == "Siti Aminah", "Esc on the question goes back too")
        s.press(.escape, .char("y"))
        #expect(s.state.overlays.isEmpty)
        // An untouched form closes at once.
        s.press(.char("n"), .tab, .escape)
        #expect(s.state.overlays.isEmpty)
    }

    @Test func f10InAFormAsksFirst() {
        var s = Session()
        s.press(.char("n"), .function(10))
        #expect(s.state.top == .quit)
        #expect(s.press(.char("y")) == [.quit])
        var dirty = Session()
        dirty.press(.char("n"), .tab, .tab)
        dirty.type("x")
        dirty.press(.function(10))
        #expect(dirty.state.top == .discardForm)
    }

    @Test func readOnlyFolderRefusesTheForm() {
        var s = Session(env: Desk.environment(readOnly: Phrase(id: "folder milik pengguna lain", en: "folder owned by another user")))
        s.press(.char("n"))
        #expect(s.state.overlays.isEmpty)
        #expect(s.state.status == StatusMessage(Phrase(id: "Hanya-baca: folder milik pengguna lain", en: "Read-only: folder owned by another user"), isError: true))
        #expect(s.lines[2] == " HANYA-BACA — folder milik pengguna lain")
    }
}
