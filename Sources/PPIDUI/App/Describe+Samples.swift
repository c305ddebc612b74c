import Foundation
import PPIDModel

/// A short name for what a sample's event did, for the history and the status line.
public func describe(_ e: SampleEvent) -> Phrase {
    switch e {
    case .registered(let r):
        let from = r.details.fromRequest.map { Phrase(id: " dari permohonan \($0)", en: " from request \($0)") } ?? Phrase(id: "", en: "")
        return Phrase(id: "Surat permintaan diterima\(from.id): \(r.details.commodity)", en: "Request letter received\(from.en): \(r.details.commodity)")
    case .received(let r):
        return Phrase(id: "Sampel diterima, label \(r.label)", en: "Sample received, label \(r.label)")
    case .billingIssued(let b):
        let reason = b.amountReason.isEmpty ? Phrase(id: "", en: "") : Phrase(id: " (bukan tarif: \(b.amountReason))", en: " (not the tariff: \(b.amountReason))")
        return Phrase(id: "e-billing \(b.code) diterbitkan, Rp \(PaymentCodes.rupiah(b.amount))\(reason.id)", en: "e-billing \(b.code) issued, Rp \(PaymentCodes.rupiah(b.amount))\(reason.en)")
    case .paid(let p):
        return Phrase(id: "Dibayar: NTPN \(p.ntpn), kuitansi \(p.receiptNumber)", en: "Paid: NTPN \(p.ntpn), kuitansi \(p.receiptNumber)")
    case .assigned(let a):
        return Phrase(id: "Diserahkan ke analis \(a.analyst)", en: "With the analyst \(a.analyst)")
    case .resultIn(let r):
        return Phrase(id: "Hasil analisa masuk" + (r.note.isEmpty ? "" : ": \(r.note)"), en: "Analysis result in" + (r.note.isEmpty ? "" : ": \(r.note)"))
    case .reportMade(let r):
        // The number says LHP already: "LHP-2026-004 dibuat", not "LHP LHP-2026-004".
        return Phrase(id: "\(r.lhp) dibuat", en: "\(r.lhp) made")
    case .handedOver(let h):
        let by = h.receivedBy.isEmpty ? Phrase(id: "", en: "") : Phrase(id: " kepada \(h.receivedBy)", en: " to \(h.receivedBy)")
        return Phrase(id: "LHP dan kuitansi diserahkan\(by.id)", en: "LHP and kuitansi handed over\(by.en)")
    case .cancelled(let c):
        return Phrase(id: "Dibatalkan: \(c.reason)", en: "Cancelled: \(c.reason)")
    case .stepCorrected(let c):
        return Phrase(id: "Waktu \(c.step.label.id) dikoreksi: \(c.reason)", en: "Time of \(c.step.label.en) corrected: \(c.reason)")
    }
}

/// What registering a sample will record, line by line, for its confirmation.
func registerSampleSummary(receivedAt: Date, _ d: SampleDetails, _ env: AppEnvironment) -> [Phrase] {
    let at = FormDates.dateTime(receivedAt, env.calendar)
    let kind = d.kind == .external ? "BPCU" : "BPCUI"
    var lines = [
        Phrase(id: "Mendaftarkan sampel baru (nomor \(kind) diberikan saat disimpan)", en: "Register a new sample (its \(kind) number is given on saving)"),
        Phrase(id: "Jenis: \(d.kind.label.id)", en: "Kind: \(d.kind.label.en)"),
        Phrase(id: "Surat permintaan diterima: \(at)" + (d.letterNumber.isEmpty ? "" : ", No. \(d.letterNumber)"),
               en: "Request letter received: \(at)" + (d.letterNumber.isEmpty ? "" : ", No. \(d.letterNumber)")),
        Phrase(id: "Pelanggan: \(customerLine(d.customer))", en: "Customer: \(customerLine(d.customer))"),
        Phrase(id: "Komoditas: \(d.commodity); parameter: \(d.parameters); jumlah: \(d.quantity)", en: "Commodity: \(d.commodity); parameters: \(d.parameters); quantity: \(d.quantity)"),
    ]
    if let from = d.fromRequest { lines.append(Phrase(id: "Dari permohonan informasi \(from)", en: "From information request \(from)")) }
    return lines
}

/// What making a sample's LHP will record.
func reportSummary(sample: String, madeAt: Date, note: String, _ env: AppEnvironment) -> [Phrase] {
    let at = FormDates.dateTime(madeAt, env.calendar)
    var lines = [Phrase(id: "LHP untuk \(sample) dibuat \(at) (nomor LHP diberikan saat disimpan)", en: "LHP for \(sample) made \(at) (its number is given on saving)")]
    if !note.isEmpty { lines.append(Phrase(id: "Catatan: \(note)", en: "Note: \(note)")) }
    return lines
}

/// What any other step of a sample, or its cancellation, will record.
func sampleEventSummary(_ e: SampleEvent, _ env: AppEnvironment) -> [Phrase] {
    func at(_ d: Date) -> String { FormDates.dateTime(d, env.calendar) }
    var lines = [Phrase(id: "\(e.sample): \(describe(e).id)", en: "\(e.sample): \(describe(e).en)")]
    switch e {
    case .stepCorrected(let c):
        lines.append(Phrase(id: "Waktu \(c.step.label.id) menjadi \(at(c.time)); catatan pertama tetap di riwayat", en: "The time of \(c.step.label.en) becomes \(at(c.time)); the first record stays in the history"))
    case .cancelled:
        lines.append(Phrase(id: "Dibatalkan pada \(at(e.time)); sampel keluar dari papan, nomornya tidak dipakai lagi", en: "Cancelled at \(at(e.time)); the sample leaves the board, its number is never reused"))
    case .billingIssued(let b):
        lines.append(Phrase(id: "Waktu: \(at(e.time))", en: "Time: \(at(e.time))"))
        lines.append(Phrase(id: "Berlaku sampai \(at(b.expiresAt))", en: "Payable until \(at(b.expiresAt))"))
        if let sample = env.ledger.samples[b.sample], let tariff = env.ledger.samplePolicy.tariffs.amount(for: sample.details) {
            lines.append(b.amount == tariff
                ? Phrase(id: "Sesuai tarif Rp \(PaymentCodes.rupiah(tariff))", en: "The tariff, Rp \(PaymentCodes.rupiah(tariff))")
                : Phrase(id: "Tarif Rp \(PaymentCodes.rupiah(tariff)); alasan beda: \(b.amountReason)", en: "Tariff Rp \(PaymentCodes.rupiah(tariff)); why another amount: \(b.amountReason)"))
        }
        if env.ledger.samples[b.sample]?.billing != nil {
            lines.append(Phrase(id: "Menggantikan e-billing sebelumnya", en: "Replaces the earlier e-billing"))
        }
    case .handedOver:
        lines.append(Phrase(id: "Waktu: \(at(e.time))", en: "Time: \(at(e.time))"))
        if let s = env.ledger.samples[e.sample] {
            if let p = s.payment {
                lines.append(Phrase(id: "Pembayaran terverifikasi: NTPN \(p.ntpn), kuitansi \(p.receiptNumber)", en: "Payment verified: NTPN \(p.ntpn), kuitansi \(p.receiptNumber)"))
            }
            if let r = s.report { lines.append(Phrase(id: r.lhp, en: r.lhp)) }
        }
    case .registered, .received, .paid, .assigned, .resultIn, .reportMade:
        lines.append(Phrase(id: "Waktu: \(at(e.time))", en: "Time: \(at(e.time))"))
    }
    return lines
}

/// "Name · Organisation · contact", leaving out what is empty.
func customerLine(_ c: Customer) -> String {
    [c.name, c.organisation, c.contact].filter { !$0.isEmpty }.joined(separator: " · ")
}
