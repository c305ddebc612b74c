import Foundation
import PPIDModel

/// The sample is received, with its label (BPCU/BPCUI).
public struct SampleReceiveForm: SampleStepForm {
    public static let step = SampleStep.received
    public let sample: String
    let now: String

    public enum Field: String, SampleTimeField {
        case when, label
    }

    public var title: Phrase { Phrase(id: "Terima sampel \(sample) (BPCU/BPCUI)", en: "Receive sample \(sample) (BPCU/BPCUI)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu diterima", en: "Received at"), now)
        case .label: .text(Phrase(id: "Label sampel", en: "Sample label"), required: true, hint: Phrase(id: "kode pada label", en: "the code on the label"), maxLength: 40)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .recordSample(.received(SampleReceived(sample: sample, receivedAt: when, label: v[.label])))
    }
}
