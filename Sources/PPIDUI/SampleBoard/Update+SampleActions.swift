import Foundation
import PPIDModel

/// `>`, `h`, `e`, `t`, `c` on a sample: opens the step's form, or says why not in the rules' words.
func sampleAction(_ s: inout AppState, _ key: Key, number: String, _ env: AppEnvironment) {
    guard writable(&s, env), let sample = env.ledger.samples[number] else { return }
    func refuse(_ e: SampleError) { s.status = StatusMessage(e.message, isError: true) }
    let policy = env.ledger.samplePolicy
    func open(_ step: SampleStep) {
        s.overlays.append(.form(.sampleStep(
            sample, step, now: env.now, calendar: env.calendar, expiryDays: policy.billingExpiryDays, analysts: env.forms.analysts,
            tariff: policy.tariffs.amount(for: sample.details)
        )))
    }
    switch key {
    case .char(">"):
        guard let next = sample.nextStep else { return refuse(.closed(number, sample.status)) }
        if let refused = sample.refusal(of: next) { return refuse(refused) }
        open(next)
        if next == .paid, let b = sample.billing, sample.billingExpired(at: env.now) {
            // A payment made while the billing was valid may be recorded later, with its real
            // time: the form opens, and its validity is judged at the time typed (issue 14 item 7).
            let until = FormDates.dateTime(b.expiresAt, env.calendar)
            s.status = StatusMessage(Phrase(
                id: "e-billing \(b.code) kedaluwarsa pada \(until): isi waktu bayar sebenarnya bila dibayar sebelumnya; bila belum dibayar, Esc lalu e untuk terbitkan ulang.",
                en: "e-billing \(b.code) expired on \(until): enter the real payment time if it was paid before then; if not paid, Esc then e to re-issue it."
            ))
        }
    case .char("h"):
        if let refused = sample.refusal(of: .handedOver) { return refuse(refused) }
        open(.handedOver)
    case .char("e"):
        if let refused = sample.refusal(of: .billed) { return refuse(refused) }
        open(.billed)
    case .char("t"):
        s.overlays.append(.form(Form(StepTimeCorrectionForm(sample, now: env.now, calendar: env.calendar))))
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
