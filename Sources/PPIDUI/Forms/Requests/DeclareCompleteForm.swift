import Foundation
import PPIDModel

/// `c`: a request sent back as incomplete is declared complete (*dinyatakan lengkap*); where
/// the office counts from completion (config), its 10 working days start again from then.
public struct DeclareCompleteForm: FormSpec {
    public let number: String
    /// Now, as the form shows it.
    public let now: String

    public init(number: String, now: Date, calendar: WorkingCalendar) {
        self.number = number
        self.now = FormDates.dateTime(now, calendar)
    }

    public enum Field: String, FormFieldName {
        case when
    }

    public var title: Phrase { Phrase(id: "Nyatakan \(number) lengkap", en: "Declare \(number) complete") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Dinyatakan lengkap", en: "Declared complete"), now)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .declareComplete(RequestDeclaredComplete(request: number, completedAt: when))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .completedBeforeReceipt, .dateInFuture: .when
        default: nil
        }
    }
}
