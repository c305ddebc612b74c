import PPIDModel
import PPIDUI
import Testing

/// The Commission's register number typed in the `K` form is in the confirmation's summary
/// (and so in the history's line), not only in the event.
@Suite struct DisputeNumberTests {
    @Test func theCommissionsNumberIsInTheSummaryAndTheHistory() throws {
        var s = Session()
        let number = try #require(s.state.queue.selected)
        _ = try s.record(.fileObjection(request: number, receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        let objection = try #require(s.env.ledger.requests[number]?.objections.last?.number)
        _ = try s.record(
            .answerObjection(
                ObjectionAnswered(
                    request: number, objection: objection, decision: .upheld, reasons: "Pasal 17",
                    answeredOn: day("2026-11-25"), superiorName: "Kepala", superiorPosition: "Kepala Balai")))
        s.state.queue.selected = objection
        s.press(.char("K"), .tab)
        s.type("KI-123/REG-PSI/XI/2026")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else {
            Issue.record("expected the confirmation, got \(String(describing: s.state.status))")
            return
        }
        #expect(c.summary.contains { $0.id.contains("No. register KI KI-123/REG-PSI/XI/2026") })
        #expect(c.summary.contains { $0.en.contains("Commission number KI-123/REG-PSI/XI/2026") })
        #expect(s.text.contains("KI-123/REG-PSI/XI/2026"))
    }
}

/// `K` after the Commission's adjudication opens the court case's form (Pasal 47), not "settled".
@Suite struct CourtStepKeyTests {
    @Test func kAfterAnAdjudicationOffersTheCourtCase() throws {
        var s = Session()
        let number = try #require(s.state.queue.selected)
        _ = try s.record(.fileObjection(request: number, receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        let objection = try #require(s.env.ledger.requests[number]?.objections.last?.number)
        _ = try s.record(
            .answerObjection(
                ObjectionAnswered(
                    request: number, objection: objection, decision: .upheld, reasons: "Pasal 17",
                    answeredOn: day("2026-11-25"), superiorName: "Kepala", superiorPosition: "Kepala Balai")))
        for (kind, detail) in [(DisputeStep.Kind.filed, "KI-1"), (.started, "adjudication"), (.settled, "Ditolak")] {
            _ = try s.record(.recordDispute(DisputeStep(request: number, objection: objection, kind: kind, on: day("2026-11-25"), detail: detail)))
        }
        s.state.queue.selected = number
        s.press(.char("K"))
        #expect(s.form?.spec(as: DisputeForm.self) == DisputeForm(request: number, objection: objection, step: .courtFiled, today: s.env.today))
    }
}
