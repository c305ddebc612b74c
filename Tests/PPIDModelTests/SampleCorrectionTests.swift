import Foundation
import Testing
@testable import PPIDModel

/// A step recorded while the computer's clock ran ahead no longer blocks the sample: its time
/// is corrected by an event naming the step, with a reason; the first record stays.
@Suite struct SampleCorrectionTests {
    @Test func aStepRecordedWithTheClockAheadIsCorrectedAndTheNextStepGoesOn() throws {
        var bench = SampleBench()
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        // The clock ran ahead to 2030 when the receipt was recorded.
        try bench.step(n, .received, at: "2030-01-07T08:30:00+07:00")
        // Back in 2019, the next step is refused: before the previous one.
        let billing = Command.recordSample(.billingIssued(BillingIssued(sample: n, issuedAt: time("2019-10-14T08:40:00+07:00"), code: "820191014000123", amount: 450_000, expiresAt: time("2019-10-21T08:40:00+07:00"))))
        if case .sample(.beforePreviousStep)? = bench.refusal(billing, at: "2019-10-14T08:40:00+07:00") {} else { Issue.record("expected the wrong time to block the next step") }
        // The correction: a reason is required, the time not in the future, not before the letter.
        func fix(_ t: String, _ reason: String) -> Command {
            .recordSample(.stepCorrected(SampleStepCorrected(sample: n, step: .received, time: time(t), reason: reason)))
        }
        #expect(bench.refusal(fix("2019-10-14T08:30:00+07:00", " "), at: "2019-10-14T08:35:00+07:00") == .sample(.requiredFieldEmpty(Phrase(id: "Alasan koreksi", en: "The reason for the correction"))))
        if case .sample(.beforePreviousStep)? = bench.refusal(fix("2019-10-14T07:00:00+07:00", "jam komputer salah"), at: "2019-10-14T08:35:00+07:00") {} else { Issue.record("a step cannot move before the letter") }
        #expect(bench.refusal(fix("2019-10-14T08:30:00+07:00", "jam komputer salah"), at: "2019-10-14T08:35:00+07:00") == nil)
        try bench.run(fix("2019-10-14T08:30:00+07:00", "jam komputer salah"), at: "2019-10-14T08:35:00+07:00")
        #expect(bench.sample(n).time(of: .received) == time("2019-10-14T08:30:00+07:00"))
        try bench.step(n, .billed, at: "2019-10-14T08:40:00+07:00")
        #expect(bench.sample(n).lastStep == .billed)
        // A step not recorded yet has no time to correct; one cannot move past the next step.
        #expect(bench.refusal(.recordSample(.stepCorrected(SampleStepCorrected(sample: n, step: .paid, time: time("2019-10-14T08:41:00+07:00"), reason: "x"))), at: "2019-10-14T08:45:00+07:00") == .sample(.notYet(n, .paid, missing: .paid)))
        if case .sample(.afterNextStep)? = bench.refusal(fix("2019-10-14T08:50:00+07:00", "salah"), at: "2019-10-14T09:00:00+07:00") {} else { Issue.record("a corrected time cannot pass the next step") }
        // The history keeps both records.
        #expect(try bench.ledger.history(ofSample: n).count == 4)
    }
}
