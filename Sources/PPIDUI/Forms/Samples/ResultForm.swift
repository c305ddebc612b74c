import Foundation
import PPIDModel

/// The analyst's result is in.
public struct ResultForm: SampleStepForm {
    public static let step = SampleStep.resultIn
    public let sample: String
    let now: String

    public enum Field: String, SampleTimeField {
        case when, note
    }

    public var title: Phrase { Phrase(id: "Hasil analisa \(sample)", en: "Analysis result for \(sample)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu hasil masuk", en: "Result in at"), now)
        case .note: .text(Phrase(id: "Catatan hasil", en: "Note"), hint: Phrase(id: "opsional", en: "optional"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .recordSample(.resultIn(AnalysisResultIn(sample: sample, resultAt: when, note: v[.note])))
    }
}
