import PPIDModel

/// The request the keys act on: the detail's, else the queue's selected row.
func requestAtHand(_ s: AppState, _ env: AppEnvironment) -> String? {
    if case .detail(let n, _)? = s.top { return n }
    return selectedRequest(s, env)
}

/// Why `action` does not apply to the request at hand now, in the rules' own words; nil when
/// it does. With no action, only whether there is a request at hand.
func requestRefusal(_ action: RequestAction?, _ s: AppState, _ env: AppEnvironment) -> Phrase? {
    guard let number = requestAtHand(s, env) else {
        return Phrase(id: "Belum ada permohonan yang dipilih", en: "No request selected")
    }
    guard let action else { return nil }
    if let why = objectionRowRefusal(action, s, env) { return why }
    if let why = readOnlyRefusal(env) { return why }
    guard let request = env.ledger.requests[number] else { return LedgerError.unknownRequest(number).message }
    if action == .recordCarriedOut, let o = rowObjection(s, env) { return o.carryOutRefusal?.message }
    return request.refusal(of: action)?.message
}

/// On a queue row of an objection (or its dispute), a key acts on that objection: the
/// superior's answer and the dispute's steps. Another action would answer about the request
/// objected to, which is not on screen: the row says where that one is acted on.
func objectionRowRefusal(_ action: RequestAction?, _ s: AppState, _ env: AppEnvironment) -> Phrase? {
    guard s.top == nil, let row = selectedQueueRow(s, env), row.kind != .request,
        action != .answerObjection, action != .recordDispute, action != .recordCarriedOut
    else { return nil }
    return Phrase(
        id: "\(row.number) adalah keberatan atas \(row.request): di barisnya berlaku b (tanggapan atasan), K (sengketa) dan X (pelaksanaan putusan); Enter membuka \(row.request) untuk tindakan lain",
        en: "\(row.number) is an objection to \(row.request): its row takes b (the superior's answer), K (dispute) and X (decision carried out); Enter opens \(row.request) for anything else")
}

/// The objection of the queue's selected row when it is an objection's (or its dispute's).
func rowObjection(_ s: AppState, _ env: AppEnvironment) -> Objection? {
    guard s.top == nil, let row = selectedQueueRow(s, env), row.kind != .request else { return nil }
    return env.ledger.requests[row.request]?.objections.first { $0.number == row.number }
}

/// Opens the form of `action` on the request at hand; its binding's refusal has let it through.
func openRequestForm(_ action: RequestAction, _ s: inout AppState, _ env: AppEnvironment) {
    guard let number = requestAtHand(s, env), let r = env.ledger.requests[number] else { return }
    let form: Form? =
        switch action {
        case .decide:
            Form(DecisionForm(
                number: number, today: env.today, tests: env.ledger.exemptionTests(on: env.today, matching: r.details.subject),
                publicEntries: env.ledger.requests[number].map { env.ledger.publicEntries(matching: $0.details.subject) } ?? []))
        case .extend: Form(ExtensionForm(number: number, today: env.today))
        case .returnIncomplete: Form(ReturnIncompleteForm(number: number, today: env.today))
        case .declareComplete: Form(DeclareCompleteForm(number: number, now: env.now, calendar: env.calendar))
        case .withdraw: Form(WithdrawalForm(number: number, now: env.now, calendar: env.calendar))
        case .handOver: Form(HandOverForm(number: number, today: env.today))
        case .fileObjection: objectionForm(r, env)
        case .answerObjection: answerForm(r, env)
        case .recordDispute: disputeForm(r, env)
        case .recordCarriedOut: carriedOutForm(r, on: rowObjection(s, env), env)
        case .makeSample: Form(NewSampleForm(now: env.now, calendar: env.calendar, from: r))
        }
    if let form { s.overlays.append(.form(form)) }
}

/// Why `l` does not apply to the request at hand: a read-only folder, or the rule on a
/// letter's record (`Command.recordLetter`), asked with the letter still to be named.
@Sendable func letterRefusal(_ s: AppState, _ env: AppEnvironment) -> Phrase? {
    guard let number = requestAtHand(s, env) else { return requestRefusal(nil, s, env) }
    if let why = readOnlyRefusal(env) { return why }
    let letter = LetterMade(request: number, letter: "", file: "")
    return refusal(of: .recordLetter(letter), env.ledger, now: env.now, by: env.officer)?.message
}

/// What `u` would undo, asked first: the newest action this running app recorded that is
/// still the one an undo may name on its request — never another counter's, even under the
/// same officer's name; work in between (a sample's step, an action on another request) does
/// not hide it. Else why there is nothing to undo.
func undoConfirmation(_ s: AppState, _ env: AppEnvironment) -> Result<Confirmation, Refused> {
    if let why = readOnlyRefusal(env) { return .failure(Refused(why)) }
    for action in s.appendedHere.reversed() {
        guard let record = try? env.ledger.undoableEvent(of: action.request, reading: env.reader), record.id == action.event,
            record.by == env.officer
        else { continue }
        let command = Command.undo(
            EventUndone(request: action.request, undoes: record.id, reason: "dibatalkan oleh petugas"))
        let at = FormDates.dateTime(record.at, env.calendar)
        return .success(
            Confirmation(
                command: command,
                summary: summary(of: command, env) + [
                    Phrase(
                        id: "Tindakan yang dibatalkan: \(describe(record.event).id) (\(at))",
                        en: "Action undone: \(describe(record.event).en) (\(at))")
                ]))
    }
    // Nothing of this app's: say why when the request at hand ends in this officer's action.
    if let n = requestAtHand(s, env), let last = try? env.ledger.undoableEvent(of: n, reading: env.reader), last.by == env.officer {
        return .failure(
            Refused(
                Phrase(
                    id:
                        "Tindakan terakhir atas nama \(env.officer) pada \(n) dicatat di penghitung lain atau "
                            + "sebelum aplikasi ini dibuka; batalkan di sana",
                    en:
                        "The last action under \(env.officer) on \(n) was recorded at another counter or before "
                            + "this app was opened; undo it there"
                )))
    }
    return .failure(
        Refused(Phrase(id: "Tidak ada tindakan Anda yang dapat dibatalkan", en: "You have no action to undo")))
}

/// Why a key does not apply, as an error for `Result`.
struct Refused: Error {
    let why: Phrase
    init(_ why: Phrase) { self.why = why }
}

extension Result where Failure == Refused {
    /// The refusal's words, or nil on success.
    var failureWhy: Phrase? {
        if case .failure(let refused) = self { refused.why } else { nil }
    }
}
