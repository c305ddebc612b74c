import Foundation

/// The time one step of a sample took, or has taken so far, against its standard.
public struct StepTime: Sendable, Equatable {
    public let step: SampleStep
    /// When the step before it happened: the clock starts.
    public let started: Date
    /// When the step happened; nil while the sample still waits for it (or was cancelled
    /// waiting for it).
    public let ended: Date?
    /// Service-hour seconds from `started` to `ended`, or to now / the cancellation.
    public let workingSeconds: Int
    public let standardMinutes: Int

    public var workingMinutes: Int { workingSeconds / 60 }

    /// Waiting on the customer (paying, collecting the LHP) rather than on the office.
    public var waitsOnCustomer: Bool { step.waitsOnCustomer }

    /// Late as soon as the elapsed time passes the standard, finished or not; never for a
    /// step that waits on the customer.
    public var isLate: Bool { !waitsOnCustomer && workingSeconds > standardMinutes * 60 }

    /// Whether a finished office step met its standard; nil while it has not finished, and
    /// for a step that waits on the customer.
    public var metStandard: Bool? { ended == nil || waitsOnCustomer ? nil : !isLate }
}

extension Sample {
    /// Each step on the route that has started, in order: the finished ones with the time they
    /// took, then the one the sample waits for with its time so far (to `now`, or to the
    /// cancellation).
    public func stepTimes(calendar: WorkingCalendar, standards: SampleStandards, now: Date) -> [StepTime] {
        var out: [StepTime] = []
        var started = registration.receivedAt
        for step in route.dropFirst() {
            let standard = standards.minutes(for: step, of: details)
            guard let ended = time(of: step) else {
                let until = cancellation?.cancelledAt ?? now
                out.append(StepTime(step: step, started: started, ended: nil, workingSeconds: calendar.workingSeconds(from: started, to: until), standardMinutes: standard))
                break
            }
            out.append(StepTime(step: step, started: started, ended: ended, workingSeconds: calendar.workingSeconds(from: started, to: ended), standardMinutes: standard))
            started = ended
        }
        return out
    }

    /// The step the sample waits for, with its time so far; nil once handed over or cancelled.
    public func currentStepTime(calendar: WorkingCalendar, standards: SampleStandards, now: Date) -> StepTime? {
        guard let next = nextStep, let previous = previous(next), let started = time(of: previous) else { return nil }
        let standard = standards.minutes(for: next, of: details)
        return StepTime(step: next, started: started, ended: nil, workingSeconds: calendar.workingSeconds(from: started, to: now), standardMinutes: standard)
    }
}
