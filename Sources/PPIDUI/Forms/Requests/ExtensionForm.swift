import Foundation
import PPIDModel

/// `e`: the one extension of a request (Pasal 22(8)): the date of the extension letter and its
/// written reason. The rules refuse a letter dated after the original 10 days.
public struct ExtensionForm: FormSpec {
    public let number: String
    public let today: CivilDate

    public init(number: String, today: CivilDate) {
        self.number = number
        self.today = today
    }

    public enum Field: String, FormFieldName {
        case reason, on
    }

    public var title: Phrase { Phrase(id: "Perpanjangan \(number) (+7 hari kerja)", en: "Extend \(number) (+7 working days)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .on: .date(Phrase(id: "Tanggal surat", en: "Letter date"), today)
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"), required: true)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let on = v.date(.on, today: calendar.day(of: now)) else { return nil }
        return .extend(RequestExtended(request: number, reason: v[.reason], on: on))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .extensionAfterDeadline, .extensionBeforeReceipt, .dateInFuture: .on
        case .requiredFieldEmpty: .reason
        default: nil
        }
    }
}
