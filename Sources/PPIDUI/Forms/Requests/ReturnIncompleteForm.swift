import PPIDModel

/// `i`: the request goes back to the requester as incomplete, saying what is missing (SOP,
/// LAW §2), on the day it was sent back; where the office counts from completion, its 10 days
/// start again once it is declared complete (`c`). The rules refuse a return after the original
/// 10 days (`[deadlines] return_only_before_deadline`).
public typealias ReturnIncompleteForm = RequestDayForm<ReturnIncompleteStep>

public enum ReturnIncompleteStep: RequestDayStep {
    public enum Field: String, FormFieldName {
        case missing, on
    }

    public static func title(_ number: String) -> Phrase {
        Phrase(id: "Kembalikan \(number): belum lengkap", en: "Send \(number) back as incomplete")
    }

    public static func field(_ field: Field, today: CivilDate) -> FormField {
        switch field {
        case .missing:
            .text(
                Phrase(id: "Kekurangan", en: "What is missing"), required: true,
                hint: Phrase(
                    id: "mis. fotokopi KTP, rincian informasi",
                    en: "e.g. a copy of the ID card, details of the information"))
        case .on: .date(Phrase(id: "Tgl dikembalikan", en: "Sent back on"), today)
        }
    }

    public static func command(_ number: String, _ v: inout FormValues<Field>, today: CivilDate) -> Command? {
        guard let on = v.date(.on, today: today) else { return nil }
        return .returnIncomplete(RequestReturnedIncomplete(request: number, missing: v[.missing], on: on))
    }

    public static func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .requiredFieldEmpty: .missing
        case .returnAfterDeadline, .dateInFuture: .on
        default: nil
        }
    }
}
