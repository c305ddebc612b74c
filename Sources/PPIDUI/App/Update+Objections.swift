import PPIDModel

/// `o` files an objection; `b` records the superior's answer; `K` the next dispute step.
func objectionAction(_ s: inout AppState, _ key: Key, request r: Request, _ env: AppEnvironment) {
    if let refused = r.refusal(of: .fileObjection) {
        s.status = StatusMessage(refused.message, isError: true)
        return
    }
    switch key {
    case .char("o"):
        let due = env.calendar.deadline(of: r).inForce
        let periodEnds = r.status.isOpen && env.today <= due ? due : nil
        s.overlays.append(.form(Form(ObjectionForm(number: r.number, now: env.now, calendar: env.calendar, periodEnds: periodEnds))))
    case .char("b"):
        guard let o = r.objections.last(where: { $0.answer == nil }) else {
            s.status = StatusMessage(Phrase(id: "Tidak ada keberatan atas \(r.number) yang menunggu tanggapan", en: "No objection to \(r.number) is waiting for an answer"), isError: true)
            return
        }
        s.overlays.append(.form(Form(ObjectionAnswerForm(request: r.number, objection: o.number, today: env.today))))
    case .char("K"):
        guard let o = r.objections.last else {
            s.status = StatusMessage(Phrase(id: "Belum ada keberatan atas \(r.number); sengketa didahului keberatan (Pasal 37)", en: "No objection to \(r.number) yet; a dispute follows an objection (Art. 37)"), isError: true)
            return
        }
        let step: DisputeStep.Kind
        if o.disputeFiled == nil {
            step = .filed
        } else if o.disputeStarted == nil, o.disputeSettled == nil {
            step = .started
        } else if o.disputeSettled == nil {
            step = .settled
        } else {
            s.status = StatusMessage(Phrase(id: "Sengketa \(o.number) sudah diputus", en: "Dispute \(o.number) is already settled"), isError: true)
            return
        }
        s.overlays.append(.form(Form(DisputeForm(request: r.number, objection: o.number, step: step, today: env.today))))
    default:
        break
    }
}
