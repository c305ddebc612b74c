import Foundation
import PPIDModel

/// The sample the keys act on: the detail's, else the board's selected card.
func sampleAtHand(_ s: AppState, _ env: AppEnvironment) -> String? {
    if case .sampleDetail(let n, _)? = s.top { return n }
    return selectedSample(s, env)
}

/// Why `action` does not apply to the sample at hand now, in the rules' own words; nil when it does.
func sampleRefusal(_ action: SampleAction, _ s: AppState, _ env: AppEnvironment) -> Phrase? {
    guard let number = sampleAtHand(s, env) else {
        return Phrase(id: "Belum ada sampel yang dipilih", en: "No sample selected")
    }
    if let why = readOnlyRefusal(env) { return why }
    guard let sample = env.ledger.samples[number] else { return SampleError.unknownSample(number).message }
    return sample.refusal(of: action)?.message
}

/// Opens the form of `action` on the sample at hand; its binding's refusal has let it through.
func openSampleForm(_ action: SampleAction, _ s: inout AppState, _ env: AppEnvironment) {
    guard let number = sampleAtHand(s, env), let sample = env.ledger.samples[number] else { return }
    let policy = env.ledger.samplePolicy
    func open(_ step: SampleStep) {
        s.overlays.append(
            .form(
                .sampleStep(
                    sample, step, now: env.now, calendar: env.calendar, expiryDays: policy.billingExpiryDays,
                    analysts: env.forms.analysts,
                    tariff: policy.tariffs.amount(for: sample.details)
                )))
    }
    switch action {
    case .next:
        guard let next = sample.nextStep else { return }
        open(next)
        if next == .paid, let b = sample.billing, sample.billingExpired(at: env.now) {
            // A payment made while the billing was valid may be recorded later, with its real
            // time: the form opens, and its validity is judged at the time typed (issue 14 item 7).
            let until = FormDates.dateTime(b.expiresAt, env.calendar)
            s.status = StatusMessage(
                Phrase(
                    id:
                        "e-billing \(b.code) kedaluwarsa pada \(until): isi waktu bayar sebenarnya bila dibayar "
                            + "sebelumnya; bila belum dibayar, Esc lalu e untuk terbitkan ulang.",
                    en:
                        "e-billing \(b.code) expired on \(until): enter the real payment time if it was paid before "
                            + "then; if not paid, Esc then e to re-issue it."
                ))
        }
    case .handOver: open(.handedOver)
    case .bill: open(.billed)
    case .correctTime:
        s.overlays.append(.form(Form(StepTimeCorrectionForm(sample, now: env.now, calendar: env.calendar))))
    case .cancel: s.overlays.append(.form(Form(SampleCancelForm(sample, now: env.now, calendar: env.calendar))))
    }
}
