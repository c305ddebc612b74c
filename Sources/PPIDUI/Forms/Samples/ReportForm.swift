import Foundation
import PPIDModel

/// The LHP (test report) is made; its number is given on saving.
public struct ReportForm: SampleStepForm {
    public static let step = SampleStep.reported
    public let sample: String
    let now: String

    public enum Field: String, SampleTimeField {
        case when, note
    }

    public var title: Phrase { Phrase(id: "Buat LHP \(sample) (nomor diberikan saat disimpan)", en: "Make the LHP of \(sample) (numbered on saving)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu LHP dibuat", en: "Made at"), now)
        case .note: .text(Phrase(id: "Catatan", en: "Note"), hint: Phrase(id: "opsional", en: "optional"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .makeReport(sample: sample, madeAt: when, note: v[.note])
    }
}
