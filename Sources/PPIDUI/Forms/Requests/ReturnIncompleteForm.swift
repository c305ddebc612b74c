import Foundation
import PPIDModel

/// `i`: the request goes back to the requester as incomplete, saying what is missing (SOP,
/// LAW §2). Its clock waits until it is declared complete (`c`).
public struct ReturnIncompleteForm: FormSpec {
    public let number: String

    public init(number: String) { self.number = number }

    public enum Field: String, FormFieldName {
        case missing
    }

    public var title: Phrase { Phrase(id: "Kembalikan \(number): belum lengkap", en: "Send \(number) back as incomplete") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .missing: .text(Phrase(id: "Yang perlu dilengkapi", en: "What is missing"), required: true,
                             hint: Phrase(id: "mis. fotokopi KTP, rincian informasi", en: "e.g. a copy of the ID card, details of the information"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        .returnIncomplete(RequestReturnedIncomplete(request: number, missing: v[.missing]))
    }

    public func field(for refusal: LedgerError) -> Field? {
        if case .requiredFieldEmpty = refusal { .missing } else { nil }
    }
}
