import Foundation
import PPIDModel

/// The e-billing of a sample (or its re-issue): code, amount, and how many days it is payable.
public struct BillingForm: SampleStepForm {
    public static let step = SampleStep.billed
    public let sample: String
    let now: String
    /// The amount of the billing it re-issues, if any.
    let amount: Int?
    let expiryDays: Int

    init(_ s: Sample, now: String, expiryDays: Int) {
        sample = s.number
        self.now = now
        amount = s.billing?.amount
        self.expiryDays = expiryDays
    }

    public enum Field: String, FormFieldName {
        case when, code, amount, days
    }

    public var title: Phrase {
        amount == nil ? Phrase(id: "e-billing \(sample)", en: "e-billing for \(sample)") : Phrase(id: "Terbitkan ulang e-billing \(sample)", en: "Re-issue the e-billing of \(sample)")
    }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu terbit", en: "Issued at"), now)
        case .code: .text(Phrase(id: "Kode billing", en: "Billing code"), required: true, hint: Phrase(id: "15 angka, diawali 7, 8, atau 9", en: "15 digits starting 7, 8 or 9"), maxLength: 24)
        case .amount: .text(Phrase(id: "Jumlah (Rp)", en: "Amount (Rp)"), value: amount.map(String.init) ?? "", required: true, maxLength: 15)
        case .days: .text(Phrase(id: "Berlaku (hari)", en: "Payable (days)"), value: String(expiryDays), required: true, maxLength: 3)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        let when = v.dateTime(.when, now: now, calendar: calendar)
        let code = v[.code].filter { !$0.isWhitespace }
        if !code.isEmpty, !PaymentCodes.isBillingCode(code) {
            v.setError(.code, Phrase(id: "15 angka diawali 7, 8, atau 9", en: "15 digits starting 7, 8 or 9"))
        }
        let amount = v.rupiah(.amount)
        let days = Int(v[.days])
        if !v[.days].isEmpty, !(1...90).contains(days ?? 0) { v.setError(.days, Phrase(id: "1 sampai 90", en: "1 to 90")) }
        guard let when, let amount, let days, (1...90).contains(days), PaymentCodes.isBillingCode(code) else { return nil }
        return .recordSample(.billingIssued(BillingIssued(sample: sample, issuedAt: when, code: code, amount: amount, expiresAt: when.addingTimeInterval(Double(days) * 86_400))))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .sample(.invalidBillingCode): .code
        case .sample(.invalidAmount): .amount
        case .sample(.expiryNotAfterIssue): .days
        default: refusal.isAboutSampleTime ? .when : nil
        }
    }

    /// An amount outside the config's range is allowed by the rules but doubted at the counter.
    public func plausibility(_ command: Command, _ v: inout FormValues<Field>, _ env: AppEnvironment) {
        guard case .recordSample(.billingIssued(let b)) = command, !env.forms.billingRange.contains(b.amount) else { return }
        let r = env.forms.billingRange
        func rupiah(_ n: Int) -> String { "Rp " + PaymentCodes.rupiah(n) }
        v.setError(.amount, Phrase(id: "di luar \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms])",
                                   en: "outside \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms])"))
    }
}
