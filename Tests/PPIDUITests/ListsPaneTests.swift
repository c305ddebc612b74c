import Foundation
import PPIDModel
import PPIDUI
import Testing

/// Pane 4 (issue 22): the DIK and the DIP, each entry whole with its history, and the keys
/// that add, correct and revoke; the decision form's test; the new request's DIP suggestion.
@Suite struct ListsPaneTests {
    /// The desk with one test in force (DIK-001, Pasal 17 a) and one DIP entry.
    func session(width: Int = 80) throws -> Session {
        var s = Session(width: width)
        _ = try s.record(.recordTest(deskTest(.a)))
        _ = try s.record(.setPublicEntry(
            PublicEntry(number: "DIP-001", summary: "Jadwal kalibrasi timbangan", unit: "Seksi PJT", responsible: "Kasi PJT", madeWhen: "2026", madeWhere: "Pekanbaru", form: .electronic, retention: "2 tahun", kind: .anyTime),
            on: day("2026-11-02")))
        return s
    }

    @Test func pane4ListsTheDIKAndTheDIPAt80x24() throws {
        var s = try session()
        s.press(.char("4"))
        #expect(s.lines[1] == "  1 Antrian Permohonan   2 Papan Sampel   3 Rekap Bulanan   4 Daftar Informasi")
        #expect(s.lines[2] == " DIK, informasi yang dikecualikan: 1 uji berlaku")
        #expect(s.lines[3] == " No.      Dasar  Informasi                    Jangka waktu           Status")
        #expect(s.lines[4] == " DIK-001  17 a   Berkas penyidikan            kaji ulang 2027-11-02  berlaku")
        #expect(s.lines[23].contains("vDIK/DIP") && s.lines[23].contains("nBaru") && s.lines[23].contains("xCabut"))
        s.press(.char("v"))
        #expect(s.lines[2] == " DIP, informasi publik: 1 entri; belum ada keputusan PPID")
        #expect(s.lines[4] == " DIP-001  Setiap saat Jadwal kalibrasi timbangan  Seksi PJT          Elektronik")
        s.press(.char("L"))
        #expect(s.lines[4] == " DIP-001  Any time    Jadwal kalibrasi timbangan  Seksi PJT          Electronic")
    }

    @Test func enterShowsTheWholeTestAndItsHistory() throws {
        var s = try session()
        s.press(.char("4"), .enter)
        let text = s.text
        for want in ["Yang dikecualikan: Berita acara pemeriksaan", "Bila dibuka: Penyidikan terhambat", "Bila ditutup: Ringkasan perkara tetap terbuka",
                     "Kepentingan publik: Penegakan hukum lebih besar", "Keputusan PPID: UK-01/PPID/2026, 2026-11-02", "Riwayat"] {
            #expect(text.contains(want), "\(want)\n\(text)")
        }
    }

    @Test func cCorrectsFromTheTestAsItReadsAndXRevokesIt() throws {
        var s = try session()
        s.press(.char("4"), .char("c"))
        let form = try #require(s.form)
        #expect(form.spec(as: ConsequenceTestForm.self)?.correcting?.number == "DIK-001")
        #expect(form.value(ConsequenceTestForm.Field.withheld) == "Berita acara pemeriksaan")
        s.fill("withheld", "Berita acara pemeriksaan saksi")
        s.fill("reason", "Bagian dipersempit")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else { Issue.record("no confirmation: \(s.text)"); return }
        #expect(c.summary.first?.id == "Koreksi uji konsekuensi DIK-001: withheld")
        s.press(.char("y"))
        try s.performPending()
        #expect(s.env.ledger.exemption("DIK-001")?.test.withheld == "Berita acara pemeriksaan saksi")
        s.press(.char("x"))
        s.fill("decisionNumber", "UK-02/PPID/2026")
        s.fill("reason", "Perkara sudah diputus")
        s.press(.function(2), .char("y"))
        try s.performPending()
        #expect(s.env.ledger.exemption("DIK-001")?.revoked?.on == day("2026-11-25"))
        #expect(s.lines[4].hasSuffix("dicabut"))
        // A revoked test is not corrected or revoked again: the key says why.
        s.press(.char("x"))
        #expect(s.form == nil)
        #expect(s.text.contains("Uji konsekuensi DIK-001 sudah dicabut pada 2026-11-25."))
    }

    @Test func lMakesTheTestSheetAndTheDecisionOfTheTestAtHand() throws {
        var s = try session()
        s.press(.char("4"))
        #expect(s.press(.char("l")) == [.writeTestLetters("DIK-001")])
        s.press(.enter)
        #expect(s.press(.char("l")) == [.writeTestLetters("DIK-001")])
        s.press(.escape, .char("v"))
        #expect(s.press(.char("l")) == [])
        #expect(s.text.contains("l berlaku pada uji di DIK"), "\(s.text)")
    }

    @Test func pMovesATestToTheDIPInOneAction() throws {
        var s = try session()
        s.press(.char("4"), .char("p"))
        let form = try #require(s.form)
        #expect(form.value(MoveToPublicForm.Field.summary) == "Berkas penyidikan")
        #expect(form.value(MoveToPublicForm.Field.number) == "DIP-002")
        s.fill("responsible", "Kabag Hukum")
        s.fill("decisionNumber", "UK-03/PPID/2026")
        s.press(.function(2), .char("y"))
        try s.performPending()
        #expect(s.env.ledger.exemption("DIK-001")?.revoked?.decisionNumber == "UK-03/PPID/2026")
        #expect(s.env.ledger.publicList.map(\.number) == ["DIP-001", "DIP-002"])
        #expect(s.env.ledger.publicList.last?.summary == "Berkas penyidikan")
    }

    @Test func theDecisionFormOffersTheDIKsTestsAndARefusalWithoutOneIsRefused() throws {
        var s = try session()
        s.press(.char("d"), .right, .right, .tab)
        for _ in 0..<8 { s.press(.right) }   // Pasal 17 h: no test in force for it
        #expect(s.form?[DecisionForm.Field.test]?.isVisible == true)
        #expect(s.text.contains("otomatis: uji DIK yang berlaku untuk dasar itu"))
        s.press(.function(2))
        #expect(s.state.top.map { if case .form = $0 { true } else { false } } == true, "refused at the form")
        #expect(s.text.contains("harus menyebut uji konsekuensi yang berlaku (DIK)"), "\(s.text)")
        // The refusal is marked at the test field; back on the ground, Pasal 17 a: DIK-001 is cited.
        #expect(s.form?.fields[s.form?.focus ?? 0].id == "test")
        s.press(.backTab, .backTab)
        for _ in 0..<7 { s.press(.left) }
        #expect(s.form?.value(DecisionForm.Field.ground) == "pasal17a")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else { Issue.record("no confirmation: \(s.text)"); return }
        guard case .decide(let d) = c.command else { Issue.record("not a decision"); return }
        #expect(d.tests == ["DIK-001"])
    }

    @Test func aNewRequestMatchingADIPEntryIsToldItIsAlreadyPublic() throws {
        var s = try session()
        s.press(.char("n"))
        s.fill("name", "Ani Lestari")
        s.fill("address", "Jl. Ahmad Yani 1")
        s.fill("subject", "Jadwal kalibrasi timbangan 500 kg")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else { Issue.record("no confirmation: \(s.text)"); return }
        #expect(c.summary.first?.id == "ℹ Sudah publik, tersedia setiap saat (DIP-001): Jadwal kalibrasi timbangan — serahkan sekarang")
    }

    @Test func aRequestAnsweredFromTheDIPRecordsWhichEntry() throws {
        var s = try session()
        var details = RequestDetails(requesterName: "Ani", category: .individual, address: "Jl. A", topic: .other, subject: "Jadwal kalibrasi timbangan 2026")
        details.purpose = "Audit"
        let number = try s.record(.register(receivedAt: s.env.now, channel: .walkIn, details: details)).first?.event.request ?? ""
        s.state.queue.selected = number
        s.press(.char("d"))
        #expect(s.form?[DecisionForm.Field.publicEntry]?.isVisible == true)
        #expect(s.form?.value(DecisionForm.Field.publicEntry) == "DIP-001")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top, case .decide(let d) = c.command else { Issue.record("no confirmation: \(s.text)"); return }
        #expect(d.publicEntry == "DIP-001")
        #expect(c.summary.contains { $0.id == "Informasi publik, diberikan dari DIP DIP-001" })
    }

    @Test func aTestAtItsReviewDateIsOnTheBanner() throws {
        var s = Session()
        var t = deskTest(.b)
        t.reviewOn = day("2026-11-25")
        _ = try s.record(.recordTest(t))
        #expect(s.lines[2] == " DIK: uji DIK-001 sampai tanggal kaji ulang/berakhir — kaji ulang atau cabut di")
    }

    /// At 80 columns the queue's tab keeps its title and the others take their short words, so
    /// that pane 4's tab and the whole count both show; wider, the whole titles.
    @Test func onTheQueueAt80ColumnsTheCountKeepsItsRoomAndPane4ShowsWhereItFits() throws {
        let narrow = try session()
        #expect(narrow.lines[1] == "  1 Antrian Permohonan   2 Sampel   3 Rekap   4 DIP/DIK         6 baris terbuka")
        let wide = try session(width: 120)
        #expect(wide.lines[1].contains("1 Antrian Permohonan") && wide.lines[1].contains("4 Daftar Informasi") && wide.lines[1].hasSuffix("6 baris terbuka"))
        var english = try session()
        english.press(.char("L"))
        #expect(english.lines[1] == "  1 Intake queue   2 Samples   3 Months   4 Info lists              6 open rows")
    }
}
