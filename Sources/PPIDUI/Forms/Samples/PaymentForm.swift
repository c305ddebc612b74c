import Foundation
import PPIDModel

/// The e-billing is paid: when it really was (its validity is judged then, LAW §7), the NTPN
/// and the kuitansi.
public struct PaymentForm: SampleStepForm {
    public static let step = SampleStep.paid
    public let sample: String
    let now: String

    init(sample: String, now: String) {
        self.sample = sample
        self.now = now
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
        case .sample(.proofUsed(let kind, _, _)): kind == PaymentProof.Kind.ntpn.name ? .ntpn : .receipt
        default: refusal.isAboutSampleTime ? .when : nil
        }
    }
}
