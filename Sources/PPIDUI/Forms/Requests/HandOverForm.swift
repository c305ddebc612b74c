import Foundation
import PPIDModel

/// `h`: the information is handed over to the requester.
public struct HandOverForm: FormSpec {
    public let number: String
    public let today: CivilDate

    public init(number: String, today: CivilDate) {
        self.number = number
        self.today = today
    }

    public enum Field: String, FormFieldName {
        case date, note
    }

    public var title: Phrase { Phrase(id: "Penyerahan informasi \(number)", en: "Hand-over of \(number)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .date: .date(Phrase(id: "Tanggal", en: "Date"), today)
        case .note: .text(Phrase(id: "Catatan", en: "Note"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let d = v.date(.date, today: calendar.day(of: now)) else { return nil }
        return .handOver(InformationHandedOver(request: number, handedOverOn: d, note: v[.note]))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .handoverBeforeNotice, .dateInFuture: .date
        default: nil
        }
    }
}
