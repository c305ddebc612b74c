import PPIDModel

// The forms of `o`, `b`, `K` and `X`; the rules (`Request.refusal(of:)`) said first whether they apply.

/// `o`: an objection to the request, noting when its period ends while it still runs.
func objectionForm(_ r: Request, _ env: AppEnvironment) -> Form {
    let due = env.calendar.deadline(of: r).inForce
    let periodEnds = r.status.isOpen && env.today <= due ? due : nil
    return Form(ObjectionForm(number: r.number, now: env.now, calendar: env.calendar, periodEnds: periodEnds))
}

/// `b`: the superior's answer to the objection still waiting for one.
func answerForm(_ r: Request, _ env: AppEnvironment) -> Form? {
    r.objectionAwaitingAnswer.map {
        Form(ObjectionAnswerForm(
            request: r.number, objection: $0.number, today: env.today, superiorName: env.identity[.superiorName] ?? "",
            superiorPosition: env.identity[.superiorPosition] ?? ""))
    }
}

/// `K`: the next step of the dispute over the latest objection.
func disputeForm(_ r: Request, _ env: AppEnvironment) -> Form? {
    guard let o = r.objections.last, let step = o.nextDisputeStep else { return nil }
    return Form(DisputeForm(request: r.number, objection: o.number, step: step, today: env.today))
}

/// `X`: how the body carried out the decision in force on the row's objection, else on the
/// latest objection with a decision (recorded as often as it acts).
func carriedOutForm(_ r: Request, on row: Objection?, _ env: AppEnvironment) -> Form? {
    (row ?? r.objectionToCarryOut).map {
        Form(DisputeForm(request: r.number, objection: $0.number, step: .carriedOut, today: env.today))
    }
}
