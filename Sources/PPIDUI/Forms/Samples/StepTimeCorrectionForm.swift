import Foundation
import PPIDModel

/// `t` on a sample: the wrong time of a step already recorded (a clock that ran ahead, a slip
/// of the keys) corrected, with a reason; the first record stays in the history.
public struct StepTimeCorrectionForm: FormSpec {
    public let sample: String
    /// The steps recorded so far, the latest first (the one most often wrong).
    let steps: [RecordedStep]
    let now: String

    public init(_ s: Sample, now: Date, calendar: WorkingCalendar) {
        sample = s.number
        steps = s.route.filter { s.time(of: $0) != nil }.reversed().compactMap { RecordedStep(rawValue: "\($0.rawValue)") }
        self.now = FormDates.dateTime(now, calendar)
    }

    public enum Field: String, FormFieldName {
        case step, when, reason
    }

    public var title: Phrase { Phrase(id: "Koreksi waktu langkah \(sample)", en: "Correct a step's time, \(sample)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .step: .choice(Phrase(id: "Langkah", en: "Step"), steps, selected: steps.first, required: true)
        case .when: .dateTime(Phrase(id: "Waktu sebenarnya", en: "The real time"), now)
        case .reason: .text(Phrase(id: "Alasan koreksi", en: "Reason"), required: true, hint: Phrase(id: "mis. jam komputer salah", en: "e.g. the computer's clock was wrong"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let step = v.choice(.step, as: RecordedStep.self)?.step, let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .recordSample(.stepCorrected(SampleStepCorrected(sample: sample, step: step, time: when, reason: v[.reason])))
    }

    public func field(for refusal: LedgerError) -> Field? {
        if case .sample(.afterNextStep) = refusal { return .when }
        if case .sample(.requiredFieldEmpty) = refusal { return .reason }
        return refusal.isAboutSampleTime ? .when : nil
    }
}

/// A sample's step as the correction form offers it.
struct RecordedStep: RawRepresentable, Labelled, Hashable, Sendable {
    let step: SampleStep
    var rawValue: String { "\(step.rawValue)" }
    var label: Phrase { step.label }

    init?(rawValue: String) {
        guard let n = Int(rawValue), let step = SampleStep(rawValue: n) else { return nil }
        self.step = step
    }
}
