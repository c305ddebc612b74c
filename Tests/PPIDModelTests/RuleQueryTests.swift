import Foundation
import Testing

@testable import PPIDModel

/// Issue 24 item 1: what a screen (or the web) asks before it offers an action comes from the
/// model, the same rules `decide` keeps; and every event has a command that makes it.
@Suite struct RuleQueryTests {
    var rec = Recorder()
    var ledger = Ledger(calendar: wib)
    let number = "PPID-2019-001"

    init() throws {
        try ledger.apply(rec.record(registration(number, "2019-10-10T09:00:00+07:00")))
    }

    mutating func apply(_ event: Event) throws(LedgerError) -> EventRecord {
        let r = rec.record(event)
        try ledger.apply(r)
        return r
    }

    var request: Request { ledger.requests[number]! }

    @Test mutating func theEventAnUndoMayNamePassesOverALetter() throws {
        let decision = try apply(
            .requestDecided(RequestDecided(request: number, outcome: .granted, noticeOn: day("2019-10-15"))))
        _ = try apply(.letterMade(LetterMade(request: number, letter: "notice", file: "letters/n.docx")))
        #expect(try ledger.undoableEvent(of: number)?.id == decision.id)
        #expect(request.undoableEvent(in: try ledger.history(of: number))?.id == decision.id)
        // Undone, the registration is next; a letter alone is never the one.
        _ = try apply(.eventUndone(EventUndone(request: number, undoes: decision.id)))
        #expect(try ledger.undoableEvent(of: number)?.id == "e1")
    }

    @Test mutating func theDisputeStepsComeInOrderAndEndWhenSettled() throws {
        #expect(request.refusal(of: .recordDispute) == .noObjectionYet(number))
        #expect(request.refusal(of: .answerObjection) == .noObjectionAwaitingAnswer(number))
        _ = try apply(
            .objectionFiled(
                ObjectionFiled(
                    request: number, objection: "KEB-2019-001", receivedAt: time("2019-11-01T09:00:00+07:00"),
                    grounds: [.a])))
        #expect(request.refusal(of: .answerObjection) == nil)
        #expect(request.objectionAwaitingAnswer?.number == "KEB-2019-001")
        _ = try apply(
            .objectionAnswered(
                ObjectionAnswered(
                    request: number, objection: "KEB-2019-001", decision: .upheld, reasons: "Pasal 17",
                    answeredOn: day("2019-11-05"), superiorName: "Kepala", superiorPosition: "Kepala Balai")))
        #expect(request.refusal(of: .answerObjection) == .noObjectionAwaitingAnswer(number))
        var steps: [DisputeStep.Kind] = []
        while let step = request.objections.last?.nextDisputeStep {
            steps.append(step)
            let detail = step == .started ? DisputeProcess.mediation.rawValue : "Dikabulkan"
            _ = try apply(
                .disputeStep(
                    DisputeStep(
                        request: number, objection: "KEB-2019-001", kind: step, on: day("2019-11-2\(steps.count)"),
                        detail: detail)))
        }
        #expect(steps == [.filed, .started, .settled])
        #expect(request.refusal(of: .recordDispute) == .disputeSettled("KEB-2019-001"))
    }

    @Test mutating func onlyATestingRequestBecomesASample() throws {
        #expect(request.refusal(of: .makeSample) == nil)
        var other = details()
        other.topic = .calibration
        _ = try apply(
            .requestRegistered(
                RequestRegistered(
                    request: "PPID-2019-002", receivedAt: time("2019-10-10T10:00:00+07:00"), channel: .walkIn,
                    details: other)))
        #expect(
            ledger.requests["PPID-2019-002"]?.refusal(of: .makeSample)
                == .sample(.notATestingRequest("PPID-2019-002", .calibration)))
    }

    @Test func aLetterAndAClassifiedGroundAreDecidedLikeAnyCommand() throws {
        let at = time("2019-10-16T09:00:00+07:00")
        let letter = LetterMade(request: number, letter: "receipt", file: "letters/r.docx")
        #expect(try decide(.recordLetter(letter), ledger, now: at, by: "siti") == [.letterMade(letter)])
        let unknown = LetterMade(request: "PPID-2019-404", letter: "receipt", file: "letters/x.docx")
        #expect(refusal(of: .recordLetter(unknown), ledger, now: at, by: "siti") == .unknownRequest("PPID-2019-404"))
        let ground = GroundClassified(request: number, decision: "e1", ground: .notHeld)
        #expect(refusal(of: .classifyGround(ground), ledger, now: at, by: "siti") == .groundNotToClassify(number))
    }
}

/// The sample's actions, asked of the model before a form opens.
@Suite struct SampleActionTests {
    var bench = SampleBench()

    @Test mutating func eachActionIsRefusedInTheRulesWords() throws {
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        let s = bench.sample(n)
        #expect(s.refusal(of: SampleAction.next) == nil)
        #expect(s.refusal(of: SampleAction.handOver) == .notPaid(n))
        #expect(s.refusal(of: SampleAction.bill) == .notYet(n, .billed, missing: .received))
        #expect(s.refusal(of: SampleAction.cancel) == nil)
        let cancelled = SampleCancelled(sample: n, cancelledAt: time("2019-10-14T08:30:00+07:00"), reason: "salah")
        _ = try bench.run(.recordSample(.cancelled(cancelled)), at: "2019-10-14T08:45:00+07:00")
        for action in [SampleAction.next, .handOver, .bill, .cancel] {
            #expect(bench.sample(n).refusal(of: action) == .closed(n, .cancelled), "\(action)")
        }
    }
}
