import PPIDModel
import PPIDUI
import Testing

/// `X` on an objection's row records how the body carried out the decision in force (the
/// superior's answer, the Commission's, a court's): the model says when there is none yet.
@Suite struct CarriedOutKeyTests {
    @Test func xOnAnObjectionRowRecordsTheCarryingOutOnceThereIsADecision() throws {
        var s = Session()
        let number = try #require(s.state.queue.selected)
        _ = try s.record(.fileObjection(request: number, receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        let objection = try #require(s.env.ledger.requests[number]?.objections.last?.number)
        s.state.queue.selected = objection
        // Awaiting the superior's answer: nothing to carry out yet, and the key says so.
        s.press(.char("X"))
        #expect(s.state.top == nil)
        let why = try #require(s.state.status)
        #expect(why.isError)
        #expect(why.text.id.contains("belum ada tanggapan atasan atau putusan yang dilaksanakan"))
        _ = try s.record(
            .answerObjection(
                ObjectionAnswered(
                    request: number, objection: objection, decision: .overturned, reasons: "Informasi diberikan",
                    answeredOn: day("2026-11-25"), superiorName: "Kepala", superiorPosition: "Kepala Balai")))
        s.state.queue.selected = objection
        s.press(.char("X"))
        #expect(s.form?.spec(as: DisputeForm.self) == DisputeForm(request: number, objection: objection, step: .carriedOut, today: s.env.today))
        s.press(.tab)
        s.type("Salinan diberikan")
        s.press(.function(2))
        guard case .confirm = s.state.top else {
            Issue.record("expected the confirmation, got \(String(describing: s.state.status))")
            return
        }
        #expect(s.press(.char("y")) == [.perform(.recordDispute(DisputeStep(request: number, objection: objection, kind: .carriedOut, on: s.env.today, detail: "Salinan diberikan")))])
    }

    /// In the request's details (the objection's row gone once its windows closed) `X` acts on
    /// the latest objection with a decision.
    @Test func xInTheDetailsActsOnTheLatestDecidedObjection() throws {
        var s = Session()
        let number = try #require(s.state.queue.selected)
        s.press(.enter)
        s.press(.char("X"))
        #expect(s.state.status?.text == LedgerError.noObjectionYet(number).message)
        _ = try s.record(.fileObjection(request: number, receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        let objection = try #require(s.env.ledger.requests[number]?.objections.last?.number)
        _ = try s.record(
            .answerObjection(
                ObjectionAnswered(
                    request: number, objection: objection, decision: .upheld, reasons: "Pasal 17",
                    answeredOn: day("2026-11-25"), superiorName: "Kepala", superiorPosition: "Kepala Balai")))
        s.press(.char("X"))
        #expect(s.form?.spec(as: DisputeForm.self) == DisputeForm(request: number, objection: objection, step: .carriedOut, today: s.env.today))
    }
}
