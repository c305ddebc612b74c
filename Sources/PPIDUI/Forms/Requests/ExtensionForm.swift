import Foundation
import PPIDModel

/// `e`: the one extension of a request (Pasal 22(8)), with its written reason.
public struct ExtensionForm: FormSpec {
    public let number: String

    public init(number: String) { self.number = number }

    public enum Field: String, FormFieldName {
        case reason
    }

    public var title: Phrase { Phrase(id: "Perpanjangan \(number) (+7 hari kerja)", en: "Extend \(number) (+7 working days)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"), required: true)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        .extend(RequestExtended(request: number, reason: v[.reason]))
    }
}
