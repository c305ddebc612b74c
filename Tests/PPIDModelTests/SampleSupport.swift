import Foundation
@testable import PPIDModel

/// A counter taking samples through PK.TU-PJT.02 in 2019: commands turned into events by the
/// ledger (numbers included), each recorded at the moment given.
struct SampleBench {
    var rec = Recorder()
    var ledger: Ledger

    init(policy: SamplePolicy = .standard) {
        ledger = Ledger(calendar: wib, samplePolicy: policy)
    }

    /// Runs a command recorded at `at`; returns its records.
    @discardableResult
    mutating func run(_ command: Command, at: String) throws(LedgerError) -> [EventRecord] {
        let now = time(at)
        let records = try decide(command, ledger, now: now, by: rec.by).map { rec.record($0, at: now) }
        for r in records { ledger.evolve(r) }
        return records
    }

    /// Registers a sample whose letter came in at `at`; returns its number.
    @discardableResult
    mutating func register(_ at: String, kind: SampleKind = .external, commodity: String = "Karet remah", parameters: String = "kadar abu, kadar kotoran", fromRequest: String? = nil) throws(LedgerError) -> String {
        let details = SampleDetails(
            kind: kind, letterNumber: "12/RCR/X/2019", customer: Customer(name: "Hendra Gunawan", organisation: "PT Riau Crumb Rubber", contact: "0761-556677"),
            commodity: commodity, parameters: parameters, quantity: "3 bal × 1 kg", fromRequest: fromRequest
        )
        let records = try run(.registerSample(receivedAt: time(at), details: details), at: at)
        return records.first?.event.subject.number ?? ""
    }

    /// Records one step of `sample` happening, and recorded, at `at`.
    /// The payment documents default to the first sample's (code 820191014000123, NTPN
    /// 0A1B2C3D4E5F6G7H, kuitansi KW-2019-0112) and differ for each later sample, as one
    /// payment proof may serve one sample only.
    mutating func step(_ sample: String, _ step: SampleStep, at: String, code: String? = nil, expires: String? = nil, ntpn: String? = nil, kuitansi: String? = nil) throws(LedgerError) {
        let t = time(at)
        let seq = Int(sample.suffix(3)) ?? 1
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        let code = code ?? (seq == 1 ? "820191014000123" : "8201910140" + pad(seq, 5))
        let ntpn = ntpn ?? (seq == 1 ? "0A1B2C3D4E5F6G7H" : "0A1B2C3D4E5F" + pad(seq, 4))
        let receipt = kuitansi ?? (seq == 1 ? "KW-2019-0112" : "KW-2019-" + pad(111 + seq, 4))
        switch step {
        case .requested: break
        case .received: try run(.recordSample(.received(SampleReceived(sample: sample, receivedAt: t, label: "L-0412"))), at: at)
        case .billed:
            let until = expires.map(time) ?? t.addingTimeInterval(7 * 86_400)
            try run(.recordSample(.billingIssued(BillingIssued(sample: sample, issuedAt: t, code: code, amount: 450_000, expiresAt: until))), at: at)
        case .paid: try run(.recordSample(.paid(SamplePaid(sample: sample, paidAt: t, ntpn: ntpn, receiptNumber: receipt))), at: at)
        case .withAnalyst: try run(.recordSample(.assigned(SampleAssigned(sample: sample, assignedAt: t, analyst: "Rina Marlina"))), at: at)
        case .resultIn: try run(.recordSample(.resultIn(AnalysisResultIn(sample: sample, resultAt: t, note: "Sesuai SNI"))), at: at)
        case .reported: try run(.makeReport(sample: sample, madeAt: t, note: ""), at: at)
        case .handedOver: try run(.recordSample(.handedOver(ReportHandedOver(sample: sample, handedOverAt: t))), at: at)
        }
    }

    /// The error `command` gets at `at`, checking the ledger is left as it was.
    func refusal(_ command: Command, at: String) -> LedgerError? {
        let before = ledger.samples
        var copy = self
        do {
            try copy.run(command, at: at)
            return nil
        } catch {
            precondition(ledger.samples == before)
            return error
        }
    }

    func sample(_ n: String) -> Sample { ledger.samples[n]! }
}

/// The walk of BPCU-2019-001 on Monday 14 and Tuesday 15 October 2019, with each step's
/// working minutes against its standard worked out by hand:
///
/// | step         | at              | minutes                              | standard |
/// |--------------|-----------------|--------------------------------------|----------|
/// | letter       | Mon 08:00       |                                      |          |
/// | received     | Mon 08:30       | 30                                   | 40       |
/// | billed       | Mon 08:40       | 10                                   | 5 LATE   |
/// | paid         | Mon 08:45       | 5                                    | 10       |
/// | with analyst | Mon 08:50       | 5                                    | 5        |
/// | result in    | Mon 14:00       | 190 (08:50–12:00) + 60 (13:00–14:00) = 250 | 300 |
/// | LHP          | Tue 08:20       | 120 (14:00–16:00) + 20 = 140         | 15 LATE  |
/// | handed over  | Tue 08:25       | 5                                    | 6        |
let fullWalk: [(SampleStep, String)] = [
    (.received, "2019-10-14T08:30:00+07:00"),
    (.billed, "2019-10-14T08:40:00+07:00"),
    (.paid, "2019-10-14T08:45:00+07:00"),
    (.withAnalyst, "2019-10-14T08:50:00+07:00"),
    (.resultIn, "2019-10-14T14:00:00+07:00"),
    (.reported, "2019-10-15T08:20:00+07:00"),
    (.handedOver, "2019-10-15T08:25:00+07:00"),
]
