import Foundation
import PPIDModel

/// The e-billing of a sample (or its re-issue): code, amount, and how many days it is payable.
/// The amount starts at the config's tariff when one applies; another amount asks why.
public struct BillingForm: SampleStepForm {
    public static let step = SampleStep.billed
    public let sample: String
    let now: String
    /// The amount of the billing it re-issues, if any, and its reason.
    let amount: Int?
    let amountReason: String
    /// The config's tariff for this sample (`[samples.tariffs]`), if one applies.
    let tariff: Int?
    let expiryDays: Int

    init(_ s: Sample, now: String, expiryDays: Int, tariff: Int?) {
        sample = s.number
        self.now = now
        amount = s.billing?.amount
        amountReason = s.billing?.amountReason ?? ""
        self.tariff = tariff
        self.expiryDays = expiryDays
    }

    public enum Field: String, FormFieldName {
        case when, code, amount, reason, days
    }

    public var title: Phrase {
        amount == nil ? Phrase(id: "e-billing \(sample)", en: "e-billing for \(sample)") : Phrase(id: "Terbitkan ulang e-billing \(sample)", en: "Re-issue the e-billing of \(sample)")
    }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu terbit", en: "Issued at"), now)
        case .code: .text(Phrase(id: "Kode billing", en: "Billing code"), required: true, hint: Phrase(id: "15 angka, diawali 7, 8, atau 9", en: "15 digits starting 7, 8 or 9"), maxLength: 24)
        case .amount: .text(Phrase(id: "Jumlah (Rp)", en: "Amount (Rp)"), value: (amount ?? tariff).map(String.init) ?? "", required: true,
                            hint: tariff.map { Phrase(id: "tarif Rp \(PaymentCodes.rupiah($0))", en: "tariff Rp \(PaymentCodes.rupiah($0))") }, maxLength: 15)
        case .reason: .text(Phrase(id: "Alasan beda tarif", en: "Why not the tariff"), value: amountReason, required: true,
                            hint: Phrase(id: "wajib bila jumlah bukan tarif", en: "required when the amount is not the tariff"), maxLength: 200)
        case .days: .text(Phrase(id: "Berlaku (hari)", en: "Payable (days)"), value: String(expiryDays), required: true, maxLength: 3)
        }
    }

    /// The reason shows only while the amount typed is not the tariff.
    public func shows(_ field: Field, _ v: FormValues<Field>) -> Bool {
        guard field == .reason else { return true }
        guard let tariff else { return false }
        return Rupiah.parse(v[.amount]) != tariff
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
        let reason = shows(.reason, v) ? v[.reason] : ""
        if let tariff, shows(.reason, v), reason.isEmpty {
            v.setError(.reason, Phrase(id: "wajib: jumlah berbeda dari tarif Rp \(PaymentCodes.rupiah(tariff))", en: "required: the amount differs from the tariff, Rp \(PaymentCodes.rupiah(tariff))"))
        }
        guard let when, let amount, let days, (1...90).contains(days), PaymentCodes.isBillingCode(code) else { return nil }
        return .recordSample(.billingIssued(BillingIssued(sample: sample, issuedAt: when, code: code, amount: amount,
                                                          expiresAt: when.addingTimeInterval(Double(days) * 86_400), amountReason: reason)))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .sample(.invalidBillingCode): .code
        case .sample(.invalidAmount): .amount
        case .sample(.expiryNotAfterIssue): .days
        case .sample(.proofUsed): .code
        case .sample(.amountNotTariff): .reason
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
