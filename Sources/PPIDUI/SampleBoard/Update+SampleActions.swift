import Foundation
import PPIDModel

/// `>`, `h`, `e`, `c` on a sample: opens the step's form, or says why not in the rules' words.
func sampleAction(_ s: inout AppState, _ key: Key, number: String, _ env: AppEnvironment) {
    guard writable(&s, env), let sample = env.ledger.samples[number] else { return }
    func refuse(_ e: SampleError) { s.status = StatusMessage(e.message, isError: true) }
    let policy = env.ledger.samplePolicy
    func open(_ step: SampleStep) {
        s.overlays.append(.form(.sampleStep(sample, step, now: env.now, calendar: env.calendar, expiryDays: policy.billingExpiryDays, analysts: env.forms.analysts,
                                            tariff: policy.standards.tariff(of: sample.details))))
    }
    switch key {
    case .char(">"):
        guard let next = sample.nextStep else { return refuse(.closed(number, sample.status)) }
        if let refused = sample.refusal(of: next) { return refuse(refused) }
        // An e-billing expired by now may still have been paid in time: the payment form opens,
        // saying so, and the rules judge its validity at the payment's real time (LAW §7).
        open(next)
    case .char("h"):
        if let refused = sample.refusal(of: .handedOver) { return refuse(refused) }
        open(.handedOver)
    case .char("e"):
        if let refused = sample.refusal(of: .billed) { return refuse(refused) }
        open(.billed)
    case .char("c"):
        guard sample.isOpen else { return refuse(.closed(number, sample.status)) }
        s.overlays.append(.form(Form(SampleCancelForm(sample, now: env.now, calendar: env.calendar))))
    default:
        break
    }
}

/// `s` on the queue: a testing request becomes a sample request, its requester filled in.
func sampleFromRequest(_ s: inout AppState, number: String, _ env: AppEnvironment) {
    guard writable(&s, env), let request = env.ledger.requests[number] else { return }
    guard request.details.topic == .testing else {
        s.status = StatusMessage(SampleError.notATestingRequest(number, request.details.topic).message, isError: true)
        return
    }
    s.overlays.append(.form(Form(NewSampleForm(now: env.now, calendar: env.calendar, from: request))))
}
