import Foundation
import PPIDModel

/// `h` on the sample board: the LHP and the kuitansi are handed over.
public struct LHPHandOverForm: SampleStepForm {
    public static let step = SampleStep.handedOver
    public let sample: String
    let now: String

    public enum Field: String, SampleTimeField {
        case when, by
    }

    public var title: Phrase { Phrase(id: "Serahkan LHP dan kuitansi \(sample)", en: "Hand over the LHP and kuitansi of \(sample)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu diserahkan", en: "Handed over at"), now)
        case .by: .text(Phrase(id: "Diterima oleh", en: "Collected by"), hint: Phrase(id: "kosong bila pelanggan sendiri", en: "empty when the customer"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .recordSample(.handedOver(ReportHandedOver(sample: sample, handedOverAt: when, receivedBy: v[.by])))
    }
}
