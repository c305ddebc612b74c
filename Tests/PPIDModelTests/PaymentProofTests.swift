import Foundation
import Testing
@testable import PPIDModel

/// LAW §7: an NTPN proves one payment, so one billing code, NTPN or kuitansi releases one LHP;
/// the amount is the office's tariff unless a reason is given; a payment's validity is judged
/// at the moment it was paid, whenever it is recorded.
@Suite struct PaymentProofTests {
    @Test func aProofAlreadyUsedByAnotherSampleIsRefusedNamingIt() throws {
        var bench = SampleBench()
        let first = try bench.register("2019-10-14T08:00:00+07:00")
        let second = try bench.register("2019-10-14T08:05:00+07:00")
        for n in [first, second] { try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00") }
        try bench.step(first, .billed, at: "2019-10-14T08:40:00+07:00", code: "820191014000123")
        // The same billing code on the second sample: refused, naming the first.
        let sameCode = Command.recordSample(.billingIssued(BillingIssued(sample: second, issuedAt: time("2019-10-14T08:41:00+07:00"), code: "820191014000123", amount: 450_000, expiresAt: time("2019-10-21T08:41:00+07:00"))))
        #expect(bench.refusal(sameCode, at: "2019-10-14T08:41:00+07:00") == .sample(.proofUsed(.billingCode, "820191014000123", by: first)))
        try bench.step(second, .billed, at: "2019-10-14T08:42:00+07:00", code: "820191014000124")
        try bench.step(first, .paid, at: "2019-10-14T08:45:00+07:00", ntpn: "0A1B2C3D4E5F6G7H")
        // The same NTPN (in other letters' case) for the second: refused, naming the first.
        let sameNTPN = Command.recordSample(.paid(SamplePaid(sample: second, paidAt: time("2019-10-14T08:50:00+07:00"), ntpn: "0a1b2c3d4e5f6g7h", receiptNumber: "KW-2019-0113")))
        let refused = bench.refusal(sameNTPN, at: "2019-10-14T08:50:00+07:00")
        #expect(refused == .sample(.proofUsed(.ntpn, "0A1B2C3D4E5F6G7H", by: first)))
        #expect(refused?.message.id.contains(first) == true)
        // Its own NTPN but the first sample's kuitansi: refused too.
        let sameKuitansi = Command.recordSample(.paid(SamplePaid(sample: second, paidAt: time("2019-10-14T08:50:00+07:00"), ntpn: "9Z8Y7X6W5V4U3T2S", receiptNumber: "KW-2019-0112")))
        #expect(bench.refusal(sameKuitansi, at: "2019-10-14T08:50:00+07:00") == .sample(.proofUsed(.kuitansi, "KW-2019-0112", by: first)))
    }

    @Test func theAmountIsTheTariffUnlessAReasonIsGiven() throws {
        var bench = SampleBench(policy: SamplePolicy(tariffs: SampleTariffs(rupiah: ["Karet remah/kadar abu": 150_000, "karet remah/kadar kotoran": 300_000])))
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        #expect(bench.ledger.samplePolicy.tariffs.amount(for: bench.sample(n).details) == 450_000)
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        func billing(_ amount: Int, reason: String = "") -> Command {
            .recordSample(.billingIssued(BillingIssued(sample: n, issuedAt: time("2019-10-14T08:40:00+07:00"), code: "820191014000123", amount: amount, expiresAt: time("2019-10-21T08:40:00+07:00"), amountReason: reason)))
        }
        #expect(bench.refusal(billing(400_000), at: "2019-10-14T08:40:00+07:00") == .sample(.amountNotTariff(amount: 400_000, tariff: 450_000)))
        #expect(bench.refusal(billing(400_000, reason: "Diskon kerja sama BPPSI–PT RCR"), at: "2019-10-14T08:40:00+07:00") == nil)
        #expect(bench.refusal(billing(450_000), at: "2019-10-14T08:40:00+07:00") == nil)
    }

    @Test func aPaymentMadeWhileTheBillingWasValidIsRecordedWithItsRealTimeLater() throws {
        var bench = SampleBench()
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        try bench.step(n, .billed, at: "2019-10-14T08:40:00+07:00", expires: "2019-10-21T08:40:00+07:00")
        // Paid on the 18th, recorded on the 28th when the billing had long expired: accepted.
        let paid = Command.recordSample(.paid(SamplePaid(sample: n, paidAt: time("2019-10-18T10:00:00+07:00"), ntpn: "0A1B2C3D4E5F6G7H", receiptNumber: "KW-2019-0112")))
        #expect(bench.refusal(paid, at: "2019-10-28T09:00:00+07:00") == nil)
        // Paid on the 22nd, after expiry: refused whenever it is recorded.
        let late = Command.recordSample(.paid(SamplePaid(sample: n, paidAt: time("2019-10-22T10:00:00+07:00"), ntpn: "0A1B2C3D4E5F6G7H", receiptNumber: "KW-2019-0112")))
        if case .sample(.billingExpired)? = bench.refusal(late, at: "2019-10-28T09:00:00+07:00") {} else { Issue.record("a payment after expiry must be refused") }
    }
}
