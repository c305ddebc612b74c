import Foundation
import Testing
@testable import PPIDModel

/// After the Commission (LAW §4, Pasal 47–50): the court case and its cassation, each through
/// `decide` in order, and how the body carried out each decision then in force.
@Suite struct CourtStageTests {
    var rec = Recorder()
    var ledger = Ledger(calendar: WorkingCalendar(timeZone: jakarta, holidays: holidays2019))
    let request = "PPID-2019-001"

    init() throws {
        try ledger.apply(rec.record(registration(request, "2019-08-01T09:00:00+07:00"), at: time("2019-08-01T09:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: request, outcome: .rejected, ground: .exception(.h), noticeOn: day("2019-08-08"))), at: time("2019-08-08T10:00:00+07:00")))
    }

    /// Decides `command` at the end of `on` and applies its events, as the store does.
    mutating func run(_ command: Command, on: String) throws(LedgerError) {
        let now = time(on + "T15:00:00+07:00")
        for e in try decide(command, ledger, now: now, by: "siti") { try ledger.apply(rec.record(e, at: now)) }
    }

    mutating func step(_ kind: DisputeStep.Kind, _ on: String, _ detail: String) throws(LedgerError) {
        try run(.recordDispute(DisputeStep(request: request, objection: "KEB-2019-001", kind: kind, on: day(on), detail: detail)), on: on)
    }

    var objection: Objection { ledger.requests[request]!.objections[0] }

    @Test mutating func theCourtCaseFollowsTheCommissionInOrderAndEachDecisionIsCarriedOut() throws {
        try run(.fileObjection(request: request, receivedAt: time("2019-08-12T10:00:00+07:00"), grounds: [.a], agent: "", note: "Menolak penolakan"), on: "2019-08-12")
        try run(.answerObjection(ObjectionAnswered(request: request, objection: "KEB-2019-001", decision: .upheld, reasons: "Pasal 17 huruf h", answeredOn: day("2019-08-20"), superiorName: "Fathullah", superiorPosition: "Kepala Balai")), on: "2019-08-20")
        try step(.filed, "2019-08-26", "031/KI-Riau-PS/2019")
        // No court case before the Commission has decided.
        #expect(throws: LedgerError.disputeStepOutOfOrder("KEB-2019-001", Phrase(id: "langkah sebelumnya belum dicatat (putusan Komisi Informasi, gugatan, putusan pengadilan, kasasi)", en: "the step before is not recorded yet (Commission decision, court filing, court decision, cassation)"))) {
            try step(.courtFiled, "2019-09-02", "PTUN Pekanbaru 12/G/KI/2019/PTUN.PBR")
        }
        try step(.started, "2019-08-30", "adjudication")
        try step(.settled, "2019-10-15", "Permohonan dikabulkan sebagian")
        try step(.courtFiled, "2019-10-29", "PTUN Pekanbaru 12/G/KI/2019/PTUN.PBR")
        #expect(throws: LedgerError.self) { try step(.courtFiled, "2019-10-30", "again") }
        #expect(throws: LedgerError.self) { try step(.cassationFiled, "2019-11-05", "12 K/TUN/KI/2019") }
        #expect(throws: LedgerError.requiredFieldEmpty(Phrase(id: "Putusan pengadilan", en: "The court's decision"))) { try step(.courtDecided, "2019-11-20", " ") }
        try step(.courtDecided, "2019-11-20", "Menguatkan putusan Komisi Informasi")
        try step(.cassationFiled, "2019-12-02", "12 K/TUN/KI/2019")
        try step(.cassationDecided, "2019-12-30", "Kasasi ditolak")
        try step(.carriedOut, "2019-12-31", "Salinan diberikan kepada pemohon")
        let o = objection
        #expect(o.courtFiled?.detail == "PTUN Pekanbaru 12/G/KI/2019/PTUN.PBR")
        #expect(o.courtDecided?.on == day("2019-11-20"))
        #expect(o.cassationFiled?.detail == "12 K/TUN/KI/2019")
        #expect(o.cassationDecided?.detail == "Kasasi ditolak")
        #expect(o.carriedOut.map(\.detail) == ["Salinan diberikan kepada pemohon"])
        #expect(o.decisionInForce(on: day("2019-12-31")) == .cassation)
        #expect(o.decisionInForce(on: day("2019-10-20")) == .commission)
        #expect(o.decisionInForce(on: day("2019-08-21")) == .superior)
    }

    /// The form's next step walks the court case after an adjudication; a mediation's
    /// settlement is final (Pasal 39): no court case follows it.
    @Test mutating func theNextStepFollowsTheCourtCaseOnlyAfterAnAdjudication() throws {
        try run(.fileObjection(request: request, receivedAt: time("2019-08-12T10:00:00+07:00"), grounds: [.a], agent: "", note: ""), on: "2019-08-12")
        try run(.answerObjection(ObjectionAnswered(request: request, objection: "KEB-2019-001", decision: .upheld, reasons: "Pasal 17 huruf h", answeredOn: day("2019-08-20"), superiorName: "Fathullah", superiorPosition: "Kepala Balai")), on: "2019-08-20")
        var steps: [DisputeStep.Kind] = []
        var day = 10
        while let next = objection.nextDisputeStep {
            steps.append(next)
            try step(next, "2019-10-\(day)", next == .started ? "adjudication" : "Putusan \(steps.count)")
            day += 1
        }
        #expect(steps == [.filed, .started, .settled, .courtFiled, .courtDecided, .cassationFiled, .cassationDecided])
        #expect(ledger.requests[request]!.refusal(of: .recordDispute) == .disputeSettled("KEB-2019-001"))
    }

    /// `X` asks this first: a carrying out needs an objection with a decision (the superior's
    /// answer, or the Commission's before any court), and goes to the latest such objection.
    @Test mutating func aCarryingOutWaitsForADecisionOnTheLatestObjectionThatHasOne() throws {
        var r: Request { ledger.requests[request]! }
        #expect(r.refusal(of: .recordCarriedOut) == .noObjectionYet(request))
        try run(.fileObjection(request: request, receivedAt: time("2019-08-12T10:00:00+07:00"), grounds: [.a], agent: "", note: ""), on: "2019-08-12")
        #expect(r.refusal(of: .recordCarriedOut) == .disputeStepOutOfOrder("KEB-2019-001", Phrase(id: "belum ada tanggapan atasan atau putusan yang dilaksanakan", en: "no answer or decision to carry out")))
        #expect(r.objectionToCarryOut == nil)
        try run(.answerObjection(ObjectionAnswered(request: request, objection: "KEB-2019-001", decision: .overturned, reasons: "", answeredOn: day("2019-08-20"), superiorName: "Fathullah", superiorPosition: "Kepala Balai")), on: "2019-08-20")
        #expect(r.refusal(of: .recordCarriedOut) == nil)
        // A second objection still waiting: the first one's answer is the one carried out.
        try run(.fileObjection(request: request, receivedAt: time("2019-08-22T10:00:00+07:00"), grounds: [.e], agent: "", note: ""), on: "2019-08-22")
        #expect(r.objectionToCarryOut?.number == "KEB-2019-001")
        #expect(r.refusal(of: .recordCarriedOut) == nil)
    }

    @Test mutating func aMediationsSettlementGoesToNoCourt() throws {
        try run(.fileObjection(request: request, receivedAt: time("2019-08-12T10:00:00+07:00"), grounds: [.a], agent: "", note: ""), on: "2019-08-12")
        try run(.answerObjection(ObjectionAnswered(request: request, objection: "KEB-2019-001", decision: .upheld, reasons: "Pasal 17 huruf h", answeredOn: day("2019-08-20"), superiorName: "Fathullah", superiorPosition: "Kepala Balai")), on: "2019-08-20")
        try step(.filed, "2019-08-26", "031/KI-Riau-PS/2019")
        try step(.started, "2019-08-27", "mediation")
        try step(.settled, "2019-09-02", "Mediasi berhasil")
        #expect(objection.nextDisputeStep == nil)
        #expect(throws: LedgerError.disputeStepOutOfOrder("KEB-2019-001", Phrase(id: "penyelesaian melalui mediasi bersifat final dan mengikat (Pasal 39)", en: "a settlement by mediation is final and binding (Art. 39)"))) {
            try step(.courtFiled, "2019-09-10", "PTUN Pekanbaru 1/G/KI/2019")
        }
    }

    @Test mutating func nothingIsCarriedOutBeforeADecisionAndTheSuperiorsAnswerCanBe() throws {
        try run(.fileObjection(request: request, receivedAt: time("2019-08-12T10:00:00+07:00"), grounds: [.a], agent: "", note: ""), on: "2019-08-12")
        #expect(throws: LedgerError.self) { try step(.carriedOut, "2019-08-13", "Salinan diberikan") }
        try run(.answerObjection(ObjectionAnswered(request: request, objection: "KEB-2019-001", decision: .overturned, reasons: "", answeredOn: day("2019-08-20"), superiorName: "Fathullah", superiorPosition: "Kepala Balai")), on: "2019-08-20")
        #expect(throws: LedgerError.requiredFieldEmpty(Phrase(id: "Pelaksanaan tanggapan atasan PPID", en: "How the superior's answer was carried out"))) { try step(.carriedOut, "2019-08-22", "") }
        try step(.carriedOut, "2019-08-22", "Salinan diberikan 22 Agustus")
        #expect(objection.carriedOut.count == 1)
        #expect(objection.decisionInForce(on: day("2019-08-22")) == .superior)
    }
}
