import Foundation
import PPIDModel

/// A form that records one dated step on a request — the extension letter, the hand-over, the
/// return as incomplete: the request's number, and today, which its date field starts at. Each
/// of those forms is this with its own `Step` (title, fields, command), in its own file.
public struct RequestDayForm<Step: RequestDayStep>: FormSpec {
    public typealias Field = Step.Field

    public let number: String
    public let today: CivilDate

    public init(number: String, today: CivilDate) {
        self.number = number
        self.today = today
    }

    public var title: Phrase { Step.title(number) }

    public func field(_ field: Field) -> FormField { Step.field(field, today: today) }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        Step.command(number, &v, today: calendar.day(of: now))
    }

    public func field(for refusal: LedgerError) -> Field? { Step.field(for: refusal) }
}

/// One dated step on a request, as its `RequestDayForm` asks for it.
public protocol RequestDayStep: Sendable {
    associatedtype Field: FormFieldName

    static func title(_ number: String) -> Phrase
    /// What one field looks like when the form opens; the date starts at `today`.
    static func field(_ field: Field, today: CivilDate) -> FormField
    /// The command the values ask for, the date read against `today`; nil, with the bad field
    /// marked, otherwise.
    static func command(_ number: String, _ v: inout FormValues<Field>, today: CivilDate) -> Command?
    /// The field a refusal by the rules is about; nil: the focused one.
    static func field(for refusal: LedgerError) -> Field?
}
