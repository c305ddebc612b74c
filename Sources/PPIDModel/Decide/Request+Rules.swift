import Foundation

/// What an officer may do to a request, before a form says how: the part of each rule that
/// depends only on where the request stands.
public enum RequestAction: Sendable, Hashable {
    case returnIncomplete, declareComplete, extend, decide, handOver, withdraw, fileObjection
    /// The superior's answer to the objection still waiting for one.
    case answerObjection
    /// The next step of the dispute over the latest objection.
    case recordDispute
    /// How the body carried out the decision in force on an objection (recorded as often as it acts).
    case recordCarriedOut
    /// A testing request becomes a sample request.
    case makeSample
}

/// The rules a request's event must keep (UU KIP Pasal 22, 35–38 and the office's SOP),
/// checked when the event is decided, never when it is replayed: a recorded event is a fact.
extension Request {
    /// Why `action` cannot be taken on this request as it stands, whatever the form says; nil
    /// when it can. The screen asks this before it opens a form, so the officer reads the same
    /// words the rules would give on saving.
    public func refusal(of action: RequestAction) -> LedgerError? {
        switch action {
        case .returnIncomplete, .extend, .decide:
            guard status == .open else { return .alreadyClosed(number, status) }
            guard missing == nil else { return .awaitingCompletion(number) }
            if action == .extend, extensionGiven != nil { return .secondExtension(number) }
            return nil
        case .declareComplete:
            guard status == .open else { return .alreadyClosed(number, status) }
            return missing == nil ? .notAwaitingCompletion(number) : nil
        case .withdraw:
            return status == .open ? nil : .alreadyClosed(number, status)
        case .handOver:
            guard !voided, withdrawal == nil else { return .alreadyClosed(number, status) }
            guard let d = decision else { return .notDecided(number) }
            guard d.decided.outcome != .rejected else { return .nothingToHandOver(number) }
            return handover == nil ? nil : .alreadyHandedOver(number)
        case .fileObjection:
            return voided ? .alreadyClosed(number, status) : nil
        case .answerObjection:
            guard !voided else { return .alreadyClosed(number, status) }
            return objectionAwaitingAnswer == nil ? .noObjectionAwaitingAnswer(number) : nil
        case .recordDispute:
            guard !voided else { return .alreadyClosed(number, status) }
            guard let o = objections.last else { return .noObjectionYet(number) }
            return o.nextDisputeStep == nil ? .disputeSettled(o.number) : nil
        case .recordCarriedOut:
            guard !voided else { return .alreadyClosed(number, status) }
            guard let o = objectionToCarryOut ?? objections.last else { return .noObjectionYet(number) }
            return o.carryOutRefusal
        case .makeSample:
            return details.topic == .testing ? nil : .sample(.notATestingRequest(number, details.topic))
        }
    }

    /// The objection the superior's answer is for: the latest one not answered yet.
    public var objectionAwaitingAnswer: Objection? {
        objections.last { $0.answer == nil }
    }

    /// The objection whose decision a carrying out is recorded for: the latest with one.
    public var objectionToCarryOut: Objection? {
        objections.last { $0.carryOutRefusal == nil }
    }

    /// The one event an undo may name in `history` (the request's events in log order): the
    /// latest in force, passing over a letter's record, which is not an action.
    public func undoableEvent(in history: [EventRecord]) -> EventRecord? {
        effective(history).last { if case .letterMade = $0.event { false } else { true } }
    }

    /// Why `record` may not happen to this request as it stands, or nil when it may.
    /// `earlier` holds the request's earlier events, which only an undo reads.
    func refusal(of record: EventRecord, calendar: WorkingCalendar, earlier: [EventRecord]) -> LedgerError? {
        do throws(LedgerError) {
            try check(record, calendar: calendar, earlier: earlier)
            return nil
        } catch {
            return error
        }
    }

    /// Why a request may not be registered with these fields, or nil.
    static func refusal(ofRegistration e: RequestRegistered, recordedAt: Date) -> LedgerError? {
        do throws(LedgerError) {
            try validateFields(receivedAt: e.receivedAt, details: e.details, number: e.request, recordedAt: recordedAt)
            return nil
        } catch {
            return error
        }
    }

    private func check(_ record: EventRecord, calendar: WorkingCalendar, earlier: [EventRecord]) throws(LedgerError) {
        let today = calendar.day(of: record.at)
        let received = calendar.day(of: receivedAt)
        switch record.event {
        case .requestRegistered(let e):
            throw .duplicateNumber(e.request)

        case .requestReturnedIncomplete(let e):
            try allow(.returnIncomplete)
            // SOP: only while the original period runs, or the return would restart the clock late.
            let on = e.on ?? today
            guard on <= today else { throw .dateInFuture(Phrase(id: "Tanggal dikembalikan", en: "The return date")) }
            let original = calendar.deadlineDays(of: self, on: nil).inForce
            if calendar.returnOnlyBeforeDeadline, on > original {
                throw .returnAfterDeadline(number, deadline: original)
            }
            try require(e.missing, Phrase(id: "Kekurangan", en: "What is missing"))

        case .requestDeclaredComplete(let e):
            try allow(.declareComplete)
            guard e.completedAt >= receivedAt, e.completedAt <= record.at else { throw .completedBeforeReceipt(number) }

        case .requestExtended(let e):
            try allow(.extend)
            try require(e.reason, Phrase(id: "Alasan perpanjangan", en: "The reason for the extension"))
            let on = e.on ?? today
            guard on <= today else {
                throw .dateInFuture(Phrase(id: "Tanggal surat perpanjangan", en: "The extension letter's date"))
            }
            guard on >= received else { throw .extensionBeforeReceipt(number, on: on, received: received) }
            // Pasal 22(8): the period may be extended while it runs, not after it ended.
            let original = calendar.deadlineDays(of: self, on: nil).inForce
            guard on <= original else { throw .extensionAfterDeadline(number, on: on, deadline: original) }

        case .requestDecided(let e):
            try allow(.decide)
            if e.outcome.needsGround, e.ground == nil { throw .groundRequired(e.outcome) }
            guard e.ground != nil || e.moreGrounds.isEmpty, Set(e.grounds).count == e.grounds.count else {
                throw .groundsRepeated(number)
            }
            // A grant in full withholds nothing: a ground would put a refusal in the register.
            if !e.outcome.needsGround, !e.grounds.isEmpty { throw .groundOnGrant(number) }
            guard e.fee >= 0 else { throw .negativeFee }
            guard Rupiah.isPlausible(e.fee) else { throw .feeBeyondLimit(e.fee) }
            guard e.noticeOn >= received else {
                throw .decisionBeforeReceipt(number, notice: e.noticeOn, received: received)
            }
            guard e.noticeOn <= today else {
                throw .dateInFuture(Phrase(id: "Tanggal pemberitahuan", en: "The notice date"))
            }

        case .informationHandedOver(let e):
            try allow(.handOver)
            guard let d = decision else { throw .notDecided(number) }
            guard e.handedOverOn >= d.decided.noticeOn else { throw .handoverBeforeNotice(number) }
            guard e.handedOverOn <= today else {
                throw .dateInFuture(Phrase(id: "Tanggal penyerahan", en: "The hand-over date"))
            }

        case .requestWithdrawn(let e):
            try allow(.withdraw)
            guard e.withdrawnAt >= receivedAt, e.withdrawnAt <= record.at else { throw .withdrawnBeforeReceipt(number) }

        case .requestCorrected(let e):
            guard !voided else { throw .alreadyClosed(number, status) }
            guard e.corrects == detailsEventID else { throw .correctsWrongEvent(number) }
            try Request.validateFields(
                receivedAt: e.receivedAt, details: e.details, number: number, recordedAt: record.at)
            if let d = decision, d.decided.noticeOn < calendar.day(of: e.receivedAt) {
                throw .decisionBeforeReceipt(
                    number, notice: d.decided.noticeOn, received: calendar.day(of: e.receivedAt))
            }

        case .objectionFiled(let e):
            try allow(.fileObjection)
            guard !e.grounds.isEmpty else { throw .objectionGroundsRequired }
            guard e.receivedAt >= receivedAt, e.receivedAt <= record.at else { throw .objectionBeforeRequest(number) }
            guard !objections.contains(where: { $0.number == e.objection }) else {
                throw .duplicateObjectionNumber(e.objection)
            }

        case .objectionAnswered(let e):
            guard let o = objections.first(where: { $0.number == e.objection }) else {
                throw .unknownObjection(e.objection)
            }
            guard o.answer == nil else { throw .objectionAlreadyAnswered(e.objection) }
            guard e.answeredOn >= calendar.day(of: o.filed.receivedAt) else {
                throw .answerBeforeObjection(e.objection)
            }
            guard e.answeredOn <= today else {
                throw .dateInFuture(Phrase(id: "Tanggal tanggapan", en: "The answer date"))
            }
            try require(e.superiorName, Phrase(id: "Nama atasan PPID", en: "The superior's name"))
            if e.decision == .upheld {
                try require(
                    e.reasons,
                    Phrase(id: "Alasan atasan PPID (Pasal 36 ayat 3)", en: "The superior's reasons (Art. 36(3))"))
            }

        case .disputeStep(let e):
            guard let o = objections.first(where: { $0.number == e.objection }) else {
                throw .unknownObjection(e.objection)
            }
            guard e.on <= today else { throw .dateInFuture(Phrase(id: "Tanggal sengketa", en: "The dispute date")) }
            try checkDispute(o, e, calendar: calendar)

        case .groundClassified(let e):
            guard let d = decision, d.decided.ground == .unclassified, e.ground != .unclassified else {
                throw .groundNotToClassify(number)
            }

        case .letterMade:
            guard !voided else { throw .alreadyClosed(number, status) }

        case .sample, .lists:
            // A sample's or a list's event never belongs to a request.
            throw .unknownEvent(record.id)

        case .eventUndone(let e):
            guard earlier.contains(where: { $0.id == e.undoes }), !undone.contains(e.undoes) else {
                throw .unknownEvent(e.undoes)
            }
            // A letter's record is not an action: the latest action may be undone past it.
            guard undoableEvent(in: earlier)?.id == e.undoes else { throw .notLatestEvent(number) }
        }
    }

    /// Objections by the order their dispute may take: filed, then mediation or adjudication
    /// started, then settled (a settlement may also come straight after filing).
    private func checkDispute(_ o: Objection, _ e: DisputeStep, calendar: WorkingCalendar) throws(LedgerError) {
        func outOfOrder(_ id: String, _ en: String) -> LedgerError {
            .disputeStepOutOfOrder(o.number, Phrase(id: id, en: en))
        }
        switch e.kind {
        case .filed:
            guard o.disputeFiled == nil else { throw outOfOrder("sudah diajukan", "already filed") }
            let answerDue = calendar.answerDeadline(of: o)
            guard o.answer != nil || e.on > answerDue else { throw .disputeTooEarly(o.number, until: answerDue) }
            guard e.on >= (o.answer?.answeredOn ?? calendar.day(of: o.filed.receivedAt)) else {
                throw outOfOrder("tanggal sebelum tanggapan atasan", "dated before the superior's answer")
            }
        case .started:
            guard let filed = o.disputeFiled else {
                throw outOfOrder("belum diajukan ke Komisi Informasi", "not filed with the Commission yet")
            }
            guard o.disputeStarted == nil, o.disputeSettled == nil else {
                throw outOfOrder("sudah dimulai", "already started")
            }
            guard DisputeProcess(rawValue: e.detail) != nil else {
                throw outOfOrder("pilih mediasi atau ajudikasi", "choose mediation or adjudication")
            }
            guard e.on >= filed.on else { throw outOfOrder("tanggal sebelum diajukan", "dated before it was filed") }
        case .settled:
            guard let filed = o.disputeFiled else {
                throw outOfOrder("belum diajukan ke Komisi Informasi", "not filed with the Commission yet")
            }
            guard o.disputeSettled == nil else { throw outOfOrder("sudah diputus", "already settled") }
            guard e.on >= filed.on else { throw outOfOrder("tanggal sebelum diajukan", "dated before it was filed") }
            try require(e.detail, Phrase(id: "Hasil penyelesaian sengketa", en: "The dispute's result"))
        case .courtFiled, .courtDecided, .cassationFiled, .cassationDecided:
            try checkCourt(o, e)
        case .carriedOut:
            guard let stage = o.decisionInForce(on: e.on) else {
                throw outOfOrder("\(Objection.nothingToCarryOut.id) pada tanggal itu", "\(Objection.nothingToCarryOut.en) by that date")
            }
            func lowerFirst(_ s: String) -> String { s.prefix(1).lowercased() + s.dropFirst() }
            try require(e.detail, Phrase(id: "Pelaksanaan \(lowerFirst(stage.label.id))", en: "How \(lowerFirst(stage.label.en)) was carried out"))
        }
    }

    /// The court case after the Commission (Pasal 47–50): filed after the Commission's
    /// decision, decided, then cassation filed and decided, each once and in that order.
    private func checkCourt(_ o: Objection, _ e: DisputeStep) throws(LedgerError) {
        func outOfOrder(_ id: String, _ en: String) -> LedgerError {
            .disputeStepOutOfOrder(o.number, Phrase(id: id, en: en))
        }
        let (before, own, field): (DisputeStep?, DisputeStep?, Phrase) = switch e.kind {
        case .courtFiled: (o.disputeSettled, o.courtFiled, Phrase(id: "Pengadilan dan nomor perkara", en: "The court and case number"))
        case .courtDecided: (o.courtFiled, o.courtDecided, Phrase(id: "Putusan pengadilan", en: "The court's decision"))
        case .cassationFiled: (o.courtDecided, o.cassationFiled, Phrase(id: "Nomor perkara kasasi", en: "The cassation case number"))
        default: (o.cassationFiled, o.cassationDecided, Phrase(id: "Putusan Mahkamah Agung", en: "The Supreme Court's decision"))
        }
        guard let before else {
            throw outOfOrder("langkah sebelumnya belum dicatat (putusan Komisi Informasi, gugatan, putusan pengadilan, kasasi)", "the step before is not recorded yet (Commission decision, court filing, court decision, cassation)")
        }
        if e.kind == .courtFiled, !o.mayGoToCourt {
            throw outOfOrder("penyelesaian melalui mediasi bersifat final dan mengikat (Pasal 39)", "a settlement by mediation is final and binding (Art. 39)")
        }
        guard own == nil else { throw outOfOrder("sudah dicatat", "already recorded") }
        guard e.on >= before.on else { throw outOfOrder("tanggal sebelum langkah sebelumnya (\(before.on))", "dated before the step before (\(before.on))") }
        try require(e.detail, field)
    }

    private func allow(_ action: RequestAction) throws(LedgerError) {
        if let refused = refusal(of: action) { throw refused }
    }

    private func require(_ text: String, _ field: Phrase) throws(LedgerError) {
        if Request.isBlank(text) { throw .requiredFieldEmpty(field) }
    }

    /// Whether every character is whitespace (an empty text is blank), looking at bytes first:
    /// an ASCII byte that is not a space starts a character that is not whitespace.
    static func isBlank(_ text: String) -> Bool {
        var onlyASCIISpace = true
        for b in text.utf8 {
            if b >= 0x80 { onlyASCIISpace = false; continue }
            if b != 0x20, !(0x09...0x0D).contains(b) { return false }
        }
        return onlyASCIISpace || text.allSatisfy(\.isWhitespace)
    }

    private static func validateFields(
        receivedAt: Date, details: RequestDetails, number: String, recordedAt: Date
    ) throws(LedgerError) {
        guard receivedAt <= recordedAt else { throw .receivedInFuture(number) }
        if isBlank(number) { throw .requiredFieldEmpty(Phrase(id: "Nomor pendaftaran", en: "Registration number")) }
        if isBlank(details.requesterName) {
            throw .requiredFieldEmpty(Phrase(id: "Nama pemohon", en: "Requester name"))
        }
        if isBlank(details.subject) {
            throw .requiredFieldEmpty(Phrase(id: "Informasi yang diminta", en: "Information requested"))
        }
    }
}

extension Ledger {
    /// The event of request `number` an undo may name now (its history read through
    /// `reader`); nil when none is in force.
    public func undoableEvent(of number: String, reading reader: RecordReader = .none) throws(LedgerError) -> EventRecord? {
        guard let r = self[number] else { throw .unknownRequest(number) }
        return r.undoableEvent(in: try history(of: number, reading: reader))
    }
}
