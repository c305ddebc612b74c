import Foundation
import PPIDModel

/// The demo's samples: at least one waiting in every step of PK.TU-PJT.02, some within their
/// standard time and some over it, an expired e-billing, an internal BPCUI sample, one handed
/// over and one cancelled. Times are set in working minutes before `now`, so the board shows
/// the same picture whenever the demo is opened.
enum DemoSamples {
    /// Appends the demo samples, the one started from an intake request linked to `testingRequest`.
    static func add(to office: Office, now: Date, testingRequest: String?) throws(StoreError) {
        let cal = office.calendar
        for (i, demo) in all.sorted(by: { $0.letter > $1.letter }).enumerated() {
            func at(_ minutesAgo: Int) -> Date { instant(workingMinutes: minutesAgo, before: now, cal) }
            var details = demo.details
            if demo.fromRequest { details.fromRequest = testingRequest }
            let records = try office.log.append(.registerSample(receivedAt: at(demo.letter), details: details), by: "demo", at: now)
            guard let number = records.first?.event.subject.number else { continue }
            for (step, minutesAgo) in demo.steps {
                let t = at(minutesAgo)
                let command: Command
                switch step {
                case .requested: continue
                case .received: command = .recordSample(.received(SampleReceived(sample: number, receivedAt: t, label: "L-\(pad(412 + i))")))
                case .billed:
                    let code = "8" + pad(20_261_100_000_000 + 137 * (i + 1), 14)
                    command = .recordSample(.billingIssued(BillingIssued(sample: number, issuedAt: t, code: code, amount: demo.amount, expiresAt: t.addingTimeInterval(Double(office.config.samplePolicy.billingExpiryDays) * 86_400))))
                case .paid: command = .recordSample(.paid(SamplePaid(sample: number, paidAt: t, ntpn: String(ntpns[i % ntpns.count].prefix(12)) + pad(i + 1, 4), receiptNumber: "KW-\(pad(i + 101, 4))")))
                case .withAnalyst: command = .recordSample(.assigned(SampleAssigned(sample: number, assignedAt: t, analyst: demo.analyst)))
                case .resultIn: command = .recordSample(.resultIn(AnalysisResultIn(sample: number, resultAt: t)))
                case .reported: command = .makeReport(sample: number, madeAt: t, note: "")
                case .handedOver: command = .recordSample(.handedOver(ReportHandedOver(sample: number, handedOverAt: t)))
                }
                try office.log.append(command, by: "demo", at: now)
            }
            if let (minutesAgo, reason) = demo.cancelled {
                let event = SampleEvent.cancelled(SampleCancelled(sample: number, cancelledAt: at(minutesAgo), reason: reason))
                try office.log.append(.recordSample(event), by: "demo", at: now)
            }
        }
    }

    /// The moment `minutes` of service hours before `now` (`now` itself for 0).
    static func instant(workingMinutes minutes: Int, before now: Date, _ cal: WorkingCalendar) -> Date {
        var remaining = minutes * 60
        guard remaining > 0 else { return now }
        let t = cal.local(now)
        let offset = cal.offset(at: now)
        var day = t.date
        var second = t.secondOfDay
        while true {
            if cal.isWorkingDay(day) {
                for span in cal.serviceHours.spans(weekday: day.weekday).reversed() {
                    let end = min(second, span.end * 60), start = span.start * 60
                    guard end > start else { continue }
                    if end - start >= remaining {
                        return Date(timeIntervalSince1970: Double(day.ordinal * 86_400 + end - remaining - offset))
                    }
                    remaining -= end - start
                }
            }
            day = day.adding(days: -1)
            second = 86_400
        }
    }

    private static func pad(_ n: Int, _ width: Int = 4) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// NTPN prefixes; each sample's NTPN ends in its own index, as one payment proves one sample.
    private static let ntpns = ["0A1B2C3D4E5F6G7H", "7K2M9P4Q1R8S3T6U", "B5C8D1E4F7G0H3J6", "Q9W8E7R6T5Y4U3I2", "M1N2B3V4C5X6Z7L8"]

    private struct Demo {
        let details: SampleDetails
        /// Working minutes before now the request letter came in.
        let letter: Int
        /// The steps done, each with its working minutes before now (decreasing).
        let steps: [(SampleStep, Int)]
        var amount = 350_000
        var analyst = "Rina Marlina"
        var fromRequest = false
        var cancelled: (Int, String)?
    }

    private static func sample(_ kind: SampleKind = .external, _ name: String, _ org: String, _ contact: String, _ commodity: String, _ parameters: String, _ quantity: String) -> SampleDetails {
        SampleDetails(kind: kind, letterNumber: "", customer: Customer(name: name, organisation: org, contact: contact), commodity: commodity, parameters: parameters, quantity: quantity)
    }

    /// Registered oldest letter first, so the numbers follow the letters. Each comment: where
    /// it waits, its time in that step against the standard.
    private static let all: [Demo] = [
        // Handed over two working days ago.
        Demo(details: sample(.external, "Joko Santoso", "PT Beton Riau Perkasa", "0761-884422", "Semen portland", "kuat tekan mortar, kehalusan", "2 kantong × 5 kg"),
             letter: 4_200, steps: [(.received, 4_170), (.billed, 4_160), (.paid, 4_100), (.withAnalyst, 4_090), (.resultIn, 3_500), (.reported, 3_480), (.handedOver, 840)],
             amount: 1_150_000, analyst: "Sri Wahyuni"),
        // Cancelled after the sample came in.
        Demo(details: sample(.external, "Nur Aisyah", "", "@nuraisyah.pku", "Kerupuk ikan patin", "kadar air, kadar protein", "3 bungkus × 250 g"),
             letter: 3_600, steps: [(.received, 3_560)], cancelled: (3_500, "Pelanggan menarik permintaan sebelum e-billing terbit")),
        // Waiting for payment, its e-billing expired (issued about seven working days ago).
        Demo(details: sample(.external, "Agus Salim", "CV Bata Merah Sejahtera", "0813-6543-2100", "Bata merah pejal", "kuat tekan, penyerapan air", "10 buah"),
             letter: 3_000, steps: [(.received, 2_970), (.billed, 2_960)], amount: 600_000),
        // LHP made long ago; the customer has not come for it: hand-over over its 6 minutes.
        Demo(details: sample(.external, "Maria Situmorang", "PT Tirta Siak", "maria@tirtasiak.co.id", "Air minum dalam kemasan", "pH, TDS, E. coli", "6 botol × 600 mL"),
             letter: 2_400, steps: [(.received, 2_380), (.billed, 2_370), (.paid, 2_300), (.withAnalyst, 2_290), (.resultIn, 1_900), (.reported, 900)],
             amount: 850_000, analyst: "Sri Wahyuni"),
        // With the analyst for 700 minutes against 300: late.
        Demo(details: sample(.external, "Hendra Gunawan", "PT Riau Crumb Rubber", "0761-556677", "Karet remah (SIR 20)", "kadar kotoran, kadar abu, PRI", "3 bal × 1 kg"),
             letter: 1_000, steps: [(.received, 980), (.billed, 975), (.paid, 760), (.withAnalyst, 700)], amount: 1_250_000, analyst: "Dedi Kurniawan"),
        // Internal (BPCUI): with the analyst for 120 of 300 minutes, never billed.
        Demo(details: sample(.internal, "Seksi Pengembangan Jasa Teknis", "BSPJI Pekanbaru", "ext. 214", "Pupuk organik (uji banding)", "C-organik, N total", "2 kantong × 1 kg"),
             letter: 400, steps: [(.received, 380), (.withAnalyst, 120)], analyst: "Dedi Kurniawan"),
        // Result in 40 minutes ago; the LHP (15 minutes) is late.
        Demo(details: sample(.external, "Dewi Sartika", "Koperasi Madu Hutan Pelalawan", "0812-7788-9900", "Madu hutan", "kadar air, HMF, gula pereduksi", "3 botol × 500 g"),
             letter: 900, steps: [(.received, 870), (.billed, 865), (.paid, 600), (.withAnalyst, 590), (.resultIn, 40)], amount: 700_000),
        // With the analyst for 200 of 300 minutes.
        Demo(details: sample(.external, "Rahmat Hidayat", "PT Sawit Makmur Abadi", "0811-7530-246", "Minyak sawit mentah (CPO)", "asam lemak bebas, kadar air", "2 botol × 1 L"),
             letter: 320, steps: [(.received, 300), (.billed, 296), (.paid, 210), (.withAnalyst, 200)], amount: 450_000),
        // LHP made 4 minutes ago: ready, within its 6.
        Demo(details: sample(.external, "Bambang Purnomo", "PT Kertas Siak Lestari", "0761-334455", "Air limbah industri", "BOD, COD, TSS, pH", "2 jeriken × 2 L"),
             letter: 760, steps: [(.received, 740), (.billed, 735), (.paid, 640), (.withAnalyst, 630), (.resultIn, 20), (.reported, 4)], amount: 950_000, analyst: "Sri Wahyuni"),
        // Waiting for the e-billing for 95 minutes against 5: late.
        Demo(details: sample(.external, "Yuliana", "UD Keripik Nenas Kampar", "0852-6677-1122", "Keripik nenas", "kadar air, angka lempeng total", "5 bungkus × 250 g"),
             letter: 130, steps: [(.received, 95)]),
        // Paid 3 minutes ago: to the analyst, within 5.
        Demo(details: sample(.external, "Rina Wati", "UMKM Dodol Kedondong", "0823-1111-2345", "Dodol kedondong", "kadar air, kadar gula", "4 kotak × 250 g"),
             letter: 90, steps: [(.received, 60), (.billed, 55), (.paid, 3)], amount: 300_000),
        // The sample from the intake request about testing: letter 75 minutes ago, no sample yet (40): late.
        Demo(details: sample(.external, "Siti Rahmawati", "CV Tenun Melayu", "0812-7601-1122", "Kain songket", "kadar air, ketahanan luntur warna", "2 lembar × 50 cm"),
             letter: 75, steps: [], fromRequest: true),
        // e-billing issued 6 minutes ago, unpaid: within 10.
        Demo(details: sample(.external, "Fauzan Akbar", "PT Pakan Ternak Nusantara", "0761-998877", "Pakan ayam", "kadar protein, kadar air, aflatoksin", "1 kantong × 2 kg"),
             letter: 60, steps: [(.received, 25), (.billed, 6)], amount: 1_500_000),
        // Letter 15 minutes ago: the sample is expected within 40.
        Demo(details: sample(.external, "Andi Saputra", "", "0812-6000-7788", "Kopi bubuk", "kadar air, kadar abu, kafein", "2 bungkus × 200 g"),
             letter: 15, steps: []),
    ]
}
