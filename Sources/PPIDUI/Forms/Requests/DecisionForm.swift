import Foundation
import PPIDModel

/// `d`: the written notice of a request (Pasal 22(7)); a ground only where the outcome needs one.
public struct DecisionForm: FormSpec {
    public let number: String
    public let today: CivilDate

    public init(number: String, today: CivilDate) {
        self.number = number
        self.today = today
    }

    public enum Field: String, FormFieldName {
        case outcome, ground, notice, fee, payment, note
    }

    public var title: Phrase { Phrase(id: "Keputusan \(number)", en: "Decision on \(number)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .outcome: .choice(Phrase(id: "Keputusan", en: "Decision"), Outcome.allCases, selected: .granted, required: true)
        case .ground: FormField(label: Phrase(id: "Alasan", en: "Ground"), kind: .choice(Ground.allCases.map { .init(code: $0.code, label: $0.label) }, selected: nil), required: true)
        case .notice: .date(Phrase(id: "Tgl pemberitahuan", en: "Notice date"), today)
        case .fee: .text(Phrase(id: "Biaya (Rp)", en: "Fee (Rp)"), value: "0", maxLength: 15)
        case .payment: .text(Phrase(id: "Cara pembayaran", en: "How to pay"))
        case .note: .text(Phrase(id: "Catatan", en: "Note"), hint: Phrase(id: "bagian yang dihitamkan dan alasannya", en: "what was blacked out and why"))
        }
    }

    /// The ground shows only where the outcome needs one (a refusal, in part or whole).
    public func shows(_ field: Field, _ v: FormValues<Field>) -> Bool {
        field != .ground || v.choice(.outcome, as: Outcome.self)?.needsGround == true
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        let notice = v.date(.notice, today: calendar.day(of: now))
        var fee = 0
        if !v[.fee].isEmpty {
            guard let f = Int(v[.fee].filter { $0 != "." }), f >= 0 else {
                v.setError(.fee, Phrase(id: "angka rupiah tanpa koma, mis. 5000", en: "whole rupiah, e.g. 5000"))
                return nil
            }
            fee = f
        }
        guard let outcome = v.choice(.outcome, as: Outcome.self), let notice else { return nil }
        let ground = outcome.needsGround ? Ground(code: v[.ground]) : nil
        return .decide(RequestDecided(request: number, outcome: outcome, ground: ground, noticeOn: notice, fee: fee, payment: v[.payment], note: v[.note]))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .decisionBeforeReceipt, .dateInFuture: .notice
        case .groundRequired: .ground
        case .negativeFee: .fee
        default: nil
        }
    }

    /// A fee outside the config's range is allowed by the rules but doubted at the counter.
    public func plausibility(_ command: Command, _ v: inout FormValues<Field>, _ env: AppEnvironment) {
        guard case .decide(let e) = command, !env.forms.feeRange.contains(e.fee) else { return }
        let r = env.forms.feeRange
        func rupiah(_ n: Int) -> String { "Rp " + PaymentCodes.rupiah(n) }
        v.setError(.fee, Phrase(id: "di luar \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms] fee_max)",
                                en: "outside \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms] fee_max)"))
    }
}
