import Foundation

/// How each event changes a sample. Total: the rules were kept when the event was decided
/// (`Sample+Rules`); replaying a recorded fact only records it.
extension Sample {
    /// A new sample from its request letter.
    static func registered(_ record: EventRecord, _ e: SampleRegistered) -> Sample {
        Sample(registration: e)
    }

    /// The sample after `record`.
    func evolved(_ record: EventRecord, _ event: SampleEvent) -> Sample {
        var s = self
        switch event {
        case .registered: break
        case .received(let e): s.receipt = e
        case .billingIssued(let e): s.billings.append(e)
        case .paid(let e): s.payment = e
        case .assigned(let e): s.assignment = e
        case .resultIn(let e): s.result = e
        case .reportMade(let e): s.report = e
        case .handedOver(let e): s.handover = e
        case .cancelled(let e): s.cancellation = e
        case .stepCorrected(let e): s.setTime(of: e.step, to: e.time)
        }
        return s
    }

    /// Moves a recorded step to `time`; a step not recorded stays as it is.
    private mutating func setTime(of step: SampleStep, to time: Date) {
        switch step {
        case .requested: registration.receivedAt = time
        case .received: receipt?.receivedAt = time
        case .billed: if !billings.isEmpty { billings[0].issuedAt = time }
        case .paid: payment?.paidAt = time
        case .withAnalyst: assignment?.assignedAt = time
        case .resultIn: result?.resultAt = time
        case .reported: report?.madeAt = time
        case .handedOver: handover?.handedOverAt = time
        }
    }
}
