import Foundation
import PPIDModel

/// The e-billing is paid: when it really was (its validity is judged then, LAW §7), the NTPN
/// and the kuitansi.
public struct PaymentForm: SampleStepForm {
    public static let step = SampleStep.paid
    public let sample: String
    let now: String
    /// Until when its e-billing is payable, if it has one.
    let payableUntil: String?

    init(_ s: Sample, now: Date, calendar: WorkingCalendar) {
        sample = s.number
        self.now = FormDates.dateTime(now, calendar)
        payableUntil = s.billing.map { FormDates.dateTime($0.expiresAt, calendar) }
    }

    public enum Field: String, FormFieldName {
        case when, ntpn, receipt
    }

    public var title: Phrase { Phrase(id: "Pembayaran \(sample)", en: "Payment for \(sample)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when:
            // Validity is judged at the payment's own time, which may be before now.
            FormField(label: Phrase(id: "Waktu bayar", en: "Paid at"), kind: .text(LineEditor(text: now, maxLength: 500)), required: true,
                      hint: payableUntil.map { Phrase(id: "waktu sebenarnya; e-billing berlaku s.d. \($0)", en: "the real time; the e-billing is payable until \($0)") } ?? FormDates.dateTimeHint)
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
        case .sample(.proofUsed(let kind, _, _)): kind == .ntpn ? .ntpn : .receipt
        default: refusal.isAboutSampleTime ? .when : nil
        }
    }
}
