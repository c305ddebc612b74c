import Foundation
import PPIDModel

/// The sample register of a year: one row per sample whose request letter came in that year,
/// with its documents and, for each step of PK.TU-PJT.02, the working minutes it took against
/// its standard (*Mutu Baku*) and whether it met it; the steps that wait on the customer
/// (paying, collecting the LHP) are reported as the customer's time, apart from the office's.
public enum SampleExport {
    /// The steps with a time of their own, in order.
    static let timedSteps = Array(SampleStep.allCases.dropFirst())

    /// Short step names for the column headers.
    static func columnName(_ step: SampleStep) -> String {
        switch step {
        case .requested: "Surat Permintaan"
        case .received: "Penerimaan Sampel"
        case .billed: "e-Billing"
        case .paid: "Pembayaran"
        case .withAnalyst: "Ke Analis"
        case .resultIn: "Analisa"
        case .reported: "Penyusunan LHP"
        case .handedOver: "Penyerahan LHP"
        }
    }

    public static var header: [String] {
        [
            "No. BPCU/BPCUI", "Jenis", "Surat Diterima", "No. Surat", "Pelanggan", "Organisasi", "Kontak", "Komoditas",
            "Parameter", "Jumlah Sampel", "Dari Permohonan", "Label", "Kode Billing", "Tagihan (Rp)", "Berlaku Sampai",
            "NTPN", "No. Kuitansi", "Analis", "No. LHP", "Status", "Selesai", "Alasan Batal",
        ] + timedSteps.flatMap { step -> [String] in
            let name = "\(columnName(step)) (langkah \(step.procedureStepsLabel))"
            return ["\(name) Menit Kerja", "\(name) Mutu Baku", "\(name) Memenuhi"]
        } + ["Total Menit Kerja", "Menit Kerja Kantor", "Menit Menunggu Pelanggan", "Langkah Kantor Memenuhi Mutu Baku", "Tarif (Rp)", "Alasan Beda Tarif"]
    }

    /// The CSV. A step still running counts to `now` ("Berjalan" while within its standard);
    /// without `now`, only finished steps are filled in. `publicVariant` reduces the customer's
    /// name to initials and leaves out the contact.
    public static func csv(_ ledger: Ledger, year: Int, now: Date?, separator: Character = ",", publicVariant: Bool = false) -> String {
        var w = CSVWriter(separator: separator)
        w.row(header)
        for s in ledger.samples(receivedIn: year) {
            w.row(row(s, ledger: ledger, now: now, publicVariant: publicVariant))
        }
        return w.text
    }

    /// The sample register's rows as text, header first, without the CSV's formula guard.
    public static func rows(_ ledger: Ledger, year: Int, now: Date?) -> [[String]] {
        [header] + ledger.samples(receivedIn: year).map { row($0, ledger: ledger, now: now, publicVariant: false) }
    }

    static func row(_ s: Sample, ledger: Ledger, now: Date?, publicVariant: Bool) -> [String] {
        let cal = ledger.calendar
        func at(_ d: Date?) -> String {
            guard let d else { return "" }
            let t = cal.local(d)
            return "\(t.date) \(t.clock)"
        }
        let d = s.details
        let status: String
        switch s.status {
        case .open(let next): status = "Menunggu: \(next.label.id)"
        case .handedOver: status = "Selesai"
        case .cancelled: status = "Dibatalkan"
        }
        // Past every step, so that with no `now` a running step is left out.
        let times = s.stepTimes(calendar: cal, standards: ledger.samplePolicy.standards, now: now ?? .distantPast)
        var stepCells: [String] = []
        var total = 0
        var customer = 0
        var met = 0
        var finished = 0
        for step in timedSteps {
            guard let t = times.first(where: { $0.step == step }), t.ended != nil || now != nil || s.cancellation != nil else {
                stepCells += ["", "", ""]
                continue
            }
            total += t.workingMinutes
            let verdict: String
            if t.waitsOnCustomer {
                // The customer's time (paying, collecting): reported apart, not judged.
                customer += t.workingMinutes
                verdict = t.ended != nil ? "Pelanggan" : (s.cancellation != nil ? "Dibatalkan" : "Menunggu pelanggan")
                stepCells += [String(t.workingMinutes), String(t.standardMinutes), verdict]
                continue
            }
            switch t.metStandard {
            case true?: verdict = "Ya"; met += 1; finished += 1
            case false?: verdict = "Tidak"; finished += 1
            case nil: verdict = s.cancellation != nil ? "Dibatalkan" : (t.isLate ? "Tidak (berjalan)" : "Berjalan")
            }
            stepCells += [String(t.workingMinutes), String(t.standardMinutes), verdict]
        }
        return [
            s.number,
            s.kind == .external ? "BPCU" : "BPCUI",
            at(s.registration.receivedAt),
            d.letterNumber,
            publicVariant ? RegisterExport.initials(d.customer.name) : d.customer.name,
            d.customer.organisation,
            publicVariant ? "" : d.customer.contact,
            d.commodity,
            d.parameters,
            d.quantity,
            d.fromRequest ?? "",
            s.receipt?.label ?? "",
            s.billing?.code ?? "",
            s.billing.map { String($0.amount) } ?? "",
            at(s.billing?.expiresAt),
            s.payment?.ntpn ?? "",
            s.payment?.receiptNumber ?? "",
            s.assignment?.analyst ?? "",
            s.report?.lhp ?? "",
            status,
            at(s.handover?.handedOverAt ?? s.cancellation?.cancelledAt),
            s.cancellation?.reason ?? "",
        ] + stepCells + [
            String(total), String(total - customer), String(customer), finished == 0 ? "" : "\(met)/\(finished)",
            ledger.samplePolicy.tariffs.amount(for: d).map(String.init) ?? "", s.billing?.amountReason ?? "",
        ]
    }
}
