import Foundation
import PPIDModel

/// The sample goes to an analyst: a name from the config's list, or a new one.
public struct AnalystForm: SampleStepForm {
    public static let step = SampleStep.withAnalyst
    public let sample: String
    let now: String
    let analyst: String
    /// The config's analysts, offered under the field.
    let analysts: [String]

    init(_ s: Sample, now: String, analysts: [String]) {
        sample = s.number
        self.now = now
        analyst = s.assignment?.analyst ?? ""
        self.analysts = analysts
    }

    public enum Field: String, SampleTimeField {
        case when, analyst
    }

    public var title: Phrase { Phrase(id: "Serahkan \(sample) ke analis", en: "Hand \(sample) to the analyst") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu diserahkan", en: "Handed at"), now)
        case .analyst: .text(Phrase(id: "Nama analis", en: "Analyst"), value: analyst, required: true,
                             hint: analysts.isEmpty ? nil : Phrase(id: "nama dari daftar di bawah, atau nama baru", en: "a name from the list below, or a new one"))
        }
    }

    public var notes: [Phrase] {
        analysts.isEmpty ? [] : [Phrase(id: "Analis (config): \(analysts.joined(separator: ", ")) — nama baru boleh, ditandai baru",
                                        en: "Analysts (config): \(analysts.joined(separator: ", ")) — a new name is allowed, marked new")]
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .recordSample(.assigned(SampleAssigned(sample: sample, assignedAt: when, analyst: v[.analyst])))
    }
}
