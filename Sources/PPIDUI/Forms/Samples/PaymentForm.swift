import Foundation
import PPIDModel

/// The e-billing is paid: when it really was (its validity is judged then, LAW §7), the NTPN
/// and the kuitansi.
public struct PaymentForm: SampleStepForm {
    public static let step = SampleStep.paid
    public let sample: String
    let now: String
    /// The e-billing's code and when it expired, when that is already past.
    let expired: (code: String, at: String)?

    init(_ s: Sample, now: Date, calendar: WorkingCalendar) {
        sample = s.number
        self.now = FormDates.dateTime(now, calendar)
        expired = s.billing.flatMap { b in s.billingExpired(at: now) ? (b.code, FormDates.dateTime(b.expiresAt, calendar)) : nil }
    }

    public static func == (a: PaymentForm, b: PaymentForm) -> Bool {
        a.sample == b.sample && a.now == b.now && a.expired?.code == b.expired?.code && a.expired?.at == b.expired?.at
    }

    /// An expired e-billing: a payment made before it expired is entered with its real time;
    /// otherwise the e-billing is re-issued first.
    public var notes: [Phrase] {
        guard let expired else { return [] }
        return [
            Phrase(id: "e-billing \(expired.code) kedaluwarsa pada \(expired.at).", en: "e-billing \(expired.code) expired on \(expired.at)."),
            Phrase(id: "Bila pelanggan membayar sebelum itu, isi waktu bayar sebenarnya (bukti bayar). Bila belum, Esc lalu e untuk menerbitkan ulang e-billing.",
                   en: "If the customer paid before then, enter the real payment time (from the receipt). If not, Esc, then e to re-issue the e-billing."),
        ]
    }

    public enum Field: String, FormFieldName {
        case when, ntpn, receipt
    }

    public var title: Phrase { Phrase(id: "Pembayaran \(sample)", en: "Payment for \(sample)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu bayar", en: "Paid at"), now)
        case .ntpn: .text(Phrase(id: "NTPN", en: "NTPN"), required: true, hint: Phrase(id: "16 huruf dan angka", en: "16 letters and digits"), maxLength: 24)
        case .receipt: .text(Phrase(id: "No. kuitansi", en: "Kuitansi number"), required: true, maxLength: 60)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        let when = v.dateTime(.when, now: now, calendar: calendar)
        let ntpn = v[.ntpn].filter { !$0.isWhitespace }.uppercased()
        if !ntpn.isEmpty, !PaymentCodes.isNTPN(ntpn) { v.setError(.ntpn, Phrase(id: "16 huruf dan angka", en: "16 letters and digits")) }
        guard let when, PaymentCodes.isNTPN(ntpn) else { return nil }
        return .recordSample(.paid(SamplePaid(sample: sample, paidAt: when, ntpn: ntpn, receiptNumber: v[.receipt])))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .sample(.invalidNTPN): .ntpn
        case .sample(.billingExpired): .when
        case .sample(.proofUsed(let kind, _, _)): kind == PaymentProof.Kind.ntpn.name ? .ntpn : .receipt
        default: refusal.isAboutSampleTime ? .when : nil
        }
    }
}
