import Foundation
import PPIDModel

/// A form of one step of a sample: its time, and only that step's document. Each step's form is
/// its own type, in its own file beside this one.
public protocol SampleStepForm: FormSpec {
    /// The sample's number.
    var sample: String { get }
    /// The step the form records.
    static var step: SampleStep { get }
}

extension SampleStepForm {
    public var step: SampleStep { Self.step }
}

/// The fields of a sample's form that has a `when`: a refusal about the step's time (before
/// the previous step, in the future) marks it.
public protocol SampleTimeField: FormFieldName {
    static var when: Self { get }
}

extension FormSpec where Field: SampleTimeField {
    public func field(for refusal: LedgerError) -> Field? { refusal.isAboutSampleTime ? .when : nil }
}

extension LedgerError {
    /// A refusal about the time a sample form records (its `when`).
    var isAboutSampleTime: Bool {
        switch self {
        case .sample(.beforePreviousStep), .sample(.inFuture), .dateInFuture: true
        default: false
        }
    }
}

extension Form {
    /// `>`, `e`, `h` on the sample board: the form of `step` of `s`.
    /// `analysts`: the config's list, offered by the analyst's step (a new name is allowed);
    /// `tariff`: the config's tariff of this sample, which the e-billing starts with.
    public static func sampleStep(_ s: Sample, _ step: SampleStep, now: Date, calendar: WorkingCalendar, expiryDays: Int, analysts: [String] = [], tariff: Int? = nil) -> Form {
        let at = FormDates.dateTime(now, calendar)
        return switch step {
        case .requested, .received: Form(SampleReceiveForm(sample: s.number, now: at))
        case .billed: Form(BillingForm(s, now: at, expiryDays: expiryDays, tariff: tariff))
        case .paid: Form(PaymentForm(s, now: now, calendar: calendar))
        case .withAnalyst: Form(AnalystForm(s, now: at, analysts: analysts))
        case .resultIn: Form(ResultForm(sample: s.number, now: at))
        case .reported: Form(ReportForm(sample: s.number, now: at))
        case .handedOver: Form(LHPHandOverForm(sample: s.number, now: at))
        }
    }
}
