import PPIDModel
import Testing
@testable import PPIDUI

/// `d` takes what the written notice must say beyond the ground (issue 21; Pasal 22(7)): the
/// material given and by when, the day a part not yet documented will be, the fee's parts.
@Suite struct DecisionNoticeFactsTests {
    @Test func aMixedDecisionRecordsItsMaterialItsDaysAndTheFeesParts() throws {
        var s = Session()
        _ = try s.record(.recordTest(deskTest(.h)))   // the Pasal 17 h refusal's test (DIK)
        s.state.queue.selected = "PPID-2026-003"
        s.press(.char("d"))
        #expect(s.form?[DecisionForm.Field.documentedBy]?.isVisible == false, "nothing is 'not yet documented'")
        #expect(s.form?[DecisionForm.Field.feeBreakdown]?.isVisible == false, "no fee, no breakdown")
        s.press(.right, .tab)   // Dikabulkan Sebagian
        for _ in 0..<8 { s.press(.right) }   // Pasal 17 huruf h
        s.fill("moreGrounds", "bd")
        #expect(s.form?[DecisionForm.Field.documentedBy]?.isVisible == true)
        s.fill("material", "Ringkasan hasil uji")
        s.fill("givenBy", "2026-12-02")
        s.fill("documentedBy", "2026-12-09")
        s.fill("fee", "12500")
        #expect(s.form?[DecisionForm.Field.feeBreakdown]?.isVisible == true)
        s.fill("feeBreakdown", "25 lembar x Rp 500")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else { Issue.record("no confirmation: \(s.text)"); return }
        #expect(c.summary.contains { $0.id == "Didokumentasikan paling lambat 2026-12-09" })
        s.press(.char("y"))
        try s.performPending()
        let d = try #require(s.env.ledger.requests["PPID-2026-003"]?.decision?.decided)
        #expect(d.material == "Ringkasan hasil uji" && d.feeBreakdown == "25 lembar x Rp 500")
        #expect(d.givenBy == CivilDate(iso: "2026-12-02") && d.documentedBy == CivilDate(iso: "2026-12-09"))
    }

    /// A day to give the material before the notice itself is marked at its field.
    @Test func aDayBeforeTheNoticeIsMarked() throws {
        var s = Session()
        s.state.queue.selected = "PPID-2026-003"
        s.press(.char("d"))
        s.fill("givenBy", "2026-11-01")
        s.press(.function(2))
        let form = try #require(s.form)
        #expect(form[DecisionForm.Field.givenBy]?.error?.id.hasPrefix("tidak sebelum tanggal pemberitahuan") == true)
    }
}
