import Foundation
import PPIDModel
import PPIDUI

/// The sample counter on Wednesday 25 November 2026, 10:00 WIB: the desk's requests plus a
/// sample waiting before every step. Working minutes are counted by hand (Mon–Thu 08–12 and
/// 13–16, Fri 08–12 and 13.30–16.30), each against its step's standard:
///
/// | number         | waits for      | since            | working minutes                          | std  |
/// |----------------|----------------|------------------|------------------------------------------|------|
/// | BPCU-2026-001  | (handed over Tue 17 Nov)            |                                          |      |
/// | BPCU-2026-002  | payment, billing expired Tue 24 09:30 | Tue 17 09:30 | 330 + 5 × 420 + 120 = 2550 (42j30) | 10m |
/// | BPCU-2026-003  | result (Dedi)  | Mon 23 08:40     | 200 + 180 + 420 + 120 = 920 (15j20)      | 5j   |
/// | BPCU-2026-004  | LHP            | Wed 25 09:20     | 40                                       | 15m  |
/// | BPCU-2026-005  | hand-over      | Wed 25 09:56     | 4                                        | 6m   |
/// | BPCU-2026-006  | (cancelled Tue 24 11:00)            |                                          |      |
/// | BPCUI-2026-001 | result (Sri)   | Tue 24 15:00     | 60 + 120 = 180 (3j)                      | 5j   |
/// | BPCU-2026-007  | analyst        | Wed 25 09:58     | 2                                        | 5m   |
/// | BPCU-2026-008  | e-billing      | Wed 25 09:00     | 60 (1j)                                  | 5m   |
/// | BPCU-2026-009  | payment        | Wed 25 09:54     | 6                                        | 10m  |
/// | BPCU-2026-010  | the sample     | Wed 25 09:45     | 15 (letter; from request PPID-2026-008)  | 40m  |
enum SampleDesk {
    static func events() -> [EventRecord] {
        var log = Recorder()
        for r in Desk.events() { log.add(r.event, at: Timestamp.format(r.at, offsetSeconds: 7 * 3600)) }
        var s = SampleRecorder(log: log)
        // 001: walked to the hand-over on Mon 16 and Tue 17 November.
        s.register("2026-11-16T08:00", "Budi Santoso", "", "Air limbah", parameters: "BOD, COD")
        s.walk("BPCU-2026-001", ["2026-11-16T08:30", "2026-11-16T08:40", "2026-11-16T08:45", "2026-11-16T08:50", "2026-11-16T14:00", "2026-11-17T08:20", "2026-11-17T08:25"])
        // 002: its e-billing expired on Tue 24 November 09:30.
        s.register("2026-11-17T09:00", "Agus Salim", "CV Bata Merah Sejahtera", "Bata merah pejal")
        s.walk("BPCU-2026-002", ["2026-11-17T09:20", "2026-11-17T09:30"])
        s.register("2026-11-23T08:00", "Hendra Gunawan", "PT Riau Crumb Rubber", "Karet remah (SIR 20)")
        s.walk("BPCU-2026-003", ["2026-11-23T08:20", "2026-11-23T08:25", "2026-11-23T08:35", "2026-11-23T08:40"], analyst: "Dedi Kurniawan")
        s.register("2026-11-23T09:00", "Dewi Sartika", "Koperasi Madu Hutan Pelalawan", "Madu hutan")
        s.walk("BPCU-2026-004", ["2026-11-23T09:10", "2026-11-23T09:15", "2026-11-23T10:00", "2026-11-23T10:05", "2026-11-25T09:20"], analyst: "Sri Wahyuni")
        s.register("2026-11-23T10:00", "Maria Situmorang", "PT Tirta Siak", "Air minum dalam kemasan")
        s.walk("BPCU-2026-005", ["2026-11-23T10:10", "2026-11-23T10:15", "2026-11-23T10:30", "2026-11-23T10:40", "2026-11-24T15:00", "2026-11-25T09:56"])
        s.register("2026-11-24T10:00", "Nur Aisyah", "", "Kerupuk ikan")
        s.walk("BPCU-2026-006", ["2026-11-24T10:30"])
        s.log.add(.sample(.cancelled(SampleCancelled(sample: "BPCU-2026-006", cancelledAt: time("2026-11-24T11:00:00+07:00"), reason: "Pelanggan menarik permintaan"))), at: "2026-11-24T11:00:00+07:00")
        s.register("2026-11-24T13:00", "Seksi PJT", "BSPJI Pekanbaru", "Pupuk organik", kind: .internal)
        s.walk("BPCUI-2026-001", ["2026-11-24T13:30", "2026-11-24T15:00"], analyst: "Sri Wahyuni")
        s.register("2026-11-25T08:00", "Rina Wati", "UMKM Dodol Kedondong", "Dodol kedondong")
        s.walk("BPCU-2026-007", ["2026-11-25T08:10", "2026-11-25T08:15", "2026-11-25T09:58"])
        s.register("2026-11-25T08:30", "Yuliana", "UD Keripik Nenas Kampar", "Keripik nenas")
        s.walk("BPCU-2026-008", ["2026-11-25T09:00"])
        s.register("2026-11-25T09:10", "Fauzan Akbar", "PT Pakan Ternak Nusantara", "Pakan ayam")
        s.walk("BPCU-2026-009", ["2026-11-25T09:40", "2026-11-25T09:54"])
        s.register("2026-11-25T09:45", "Hendra", "", "Air sumur", parameters: "pH, E. coli", fromRequest: "PPID-2026-008")
        return s.log.records
    }

    static func ledger(_ more: [EventRecord] = []) -> Ledger {
        var ledger = Ledger(calendar: Desk.calendar)
        for record in events() + more {
            do { try ledger.apply(record) } catch { fatalError("fixture event refused: \(error.message.en)") }
        }
        return ledger
    }

    static func environment(_ ledger: Ledger = ledger(), readOnly: Phrase? = nil) -> AppEnvironment {
        AppEnvironment(ledger: ledger, now: Desk.now, officer: Desk.officer, officeName: Desk.office, readOnlyReason: readOnly)
    }
}

/// Registers samples with the numbers the ledger would give, and walks them step by step.
struct SampleRecorder {
    var log: Recorder
    private var counts: [SampleKind: Int] = [:]

    init(log: Recorder) { self.log = log }

    mutating func register(_ at: String, _ name: String, _ org: String, _ commodity: String, parameters: String = "kadar air", kind: SampleKind = .external, fromRequest: String? = nil) {
        counts[kind, default: 0] += 1
        let number = (kind == .external ? "BPCU-2026-" : "BPCUI-2026-") + String(format: "%03d", counts[kind] ?? 0)
        let details = SampleDetails(kind: kind, customer: Customer(name: name, organisation: org, contact: "0812-0000-0000"), commodity: commodity, parameters: parameters, quantity: "1 kemasan", fromRequest: fromRequest)
        log.add(.sample(.registered(SampleRegistered(sample: number, receivedAt: time(at + ":00+07:00"), details: details))), at: at + ":00+07:00")
    }

    /// Records the steps after the letter, in their order on the sample's route, at these times.
    mutating func walk(_ number: String, _ times: [String], analyst: String = "Rina Marlina") {
        let route: [SampleStep] = number.hasPrefix("BPCUI") ? [.received, .withAnalyst, .resultIn, .reported, .handedOver] : Array(SampleStep.allCases.dropFirst())
        for (step, at) in zip(route, times) {
            let t = time(at + ":00+07:00")
            let event: SampleEvent
            switch step {
            case .requested: continue
            case .received: event = .received(SampleReceived(sample: number, receivedAt: t, label: "L-" + number.suffix(3)))
            case .billed: event = .billingIssued(BillingIssued(sample: number, issuedAt: t, code: "8202611" + String(number.suffix(3)) + "00001", amount: 450_000, expiresAt: t.addingTimeInterval(7 * 86_400)))
            case .paid: event = .paid(SamplePaid(sample: number, paidAt: t, ntpn: "0A1B2C3D4E5F6" + String(number.suffix(3)), receiptNumber: "KW-" + number.suffix(3)))
            case .withAnalyst: event = .assigned(SampleAssigned(sample: number, assignedAt: t, analyst: analyst))
            case .resultIn: event = .resultIn(AnalysisResultIn(sample: number, resultAt: t))
            case .reported:
                event = .reportMade(ReportMade(sample: number, madeAt: t, lhp: "LHP-2026-" + String(number.suffix(3))))
            case .handedOver: event = .handedOver(ReportHandedOver(sample: number, handedOverAt: t))
            }
            log.add(.sample(event), at: at + ":00+07:00")
        }
    }
}
