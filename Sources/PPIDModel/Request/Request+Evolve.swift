import Foundation

extension Request {
    /// A new request from its registration, or the reason it cannot be registered.
    static func registered(_ record: EventRecord, _ e: RequestRegistered) throws(LedgerError) -> Request {
        try validateFields(receivedAt: e.receivedAt, details: e.details, number: e.request, recordedAt: record.at)
        return Request(number: e.request, receivedAt: e.receivedAt, channel: e.channel, details: e.details, detailsEvent: record.compactID)
    }

    /// The request after `record`, or the reason the event is not allowed now. `earlier` holds
    /// the request's earlier events for an undo (no other event needs them).
    func applying(_ record: EventRecord, calendar: WorkingCalendar, earlier: [EventRecord]) throws(LedgerError) -> Request {
        var r = self
        try r.apply(record, calendar: calendar, earlier: earlier)
        return r
    }

    /// Applies `record` where the request lies, or throws leaving it as it was, so the ledger
    /// need not copy a request per event: every case below checks everything before it
    /// changes anything; an undo, which rebuilds, works on a copy.
    mutating func apply(_ record: EventRecord, calendar: WorkingCalendar, earlier: [EventRecord]) throws(LedgerError) {
        if case .eventUndone = record.event {
            var r = self
            try r.evolve(record, calendar: calendar, earlier: earlier)
            self = r
        } else {
            try evolve(record, calendar: calendar, earlier: [])
        }
    }

    /// Applies one event to the state.
    private mutating func evolve(_ record: EventRecord, calendar: WorkingCalendar, earlier history: [EventRecord] = []) throws(LedgerError) {
        let today = calendar.day(of: record.at)
        let received = calendar.day(of: receivedAt)
        switch record.event {
        case .requestRegistered(let e):
            throw .duplicateNumber(e.request)

        case .requestReturnedIncomplete(let e):
            try requireOpen()
            guard missing == nil else { throw .awaitingCompletion(number) }
            try require(e.missing, Phrase(id: "Kekurangan", en: "What is missing"))
            missing = e.missing

        case .requestDeclaredComplete(let e):
            try requireOpen()
            guard missing != nil else { throw .notAwaitingCompletion(number) }
            guard e.completedAt >= receivedAt, e.completedAt <= record.at else { throw .completedBeforeReceipt(number) }
            missing = nil
            completedAt = e.completedAt

        case .requestExtended(let e):
            try requireOpen()
            guard missing == nil else { throw .awaitingCompletion(number) }
            guard extensionGiven == nil else { throw .secondExtension(number) }
            try require(e.reason, Phrase(id: "Alasan perpanjangan", en: "The reason for the extension"))
            extensionGiven = Extension(reason: e.reason, by: record.by, recordedAt: record.at)

        case .requestDecided(let e):
            try requireOpen()
            guard missing == nil else { throw .awaitingCompletion(number) }
            if e.outcome.needsGround, e.ground == nil { throw .groundRequired(e.outcome) }
            guard e.fee >= 0 else { throw .negativeFee }
            guard e.noticeOn >= received else { throw .decisionBeforeReceipt(number, notice: e.noticeOn, received: received) }
            guard e.noticeOn <= today else { throw .dateInFuture(Phrase(id: "Tanggal pemberitahuan", en: "The notice date")) }
            decision = Decision(decided: e, by: record.by, recordedAt: record.at)

        case .groundClassified(let e):
            guard let d = decision, d.decided.ground == .unclassified, e.ground != .unclassified else { throw .groundNotToClassify(number) }
            var decided = d.decided
            decided.ground = e.ground
            decision = Decision(decided: decided, by: d.by, recordedAt: d.recordedAt)

        case .informationHandedOver(let e):
            guard !voided, withdrawal == nil else { throw .alreadyClosed(number, status) }
            guard let d = decision else { throw .notDecided(number) }
            guard d.decided.outcome != .rejected else { throw .nothingToHandOver(number) }
            guard handover == nil else { throw .alreadyHandedOver(number) }
            guard e.handedOverOn >= d.decided.noticeOn else { throw .handoverBeforeNotice(number) }
            guard e.handedOverOn <= today else { throw .dateInFuture(Phrase(id: "Tanggal penyerahan", en: "The hand-over date")) }
            handover = e

        case .requestWithdrawn(let e):
            try requireOpen()
            guard e.withdrawnAt >= receivedAt, e.withdrawnAt <= record.at else { throw .withdrawnBeforeReceipt(number) }
            withdrawal = e

        case .requestCorrected(let e):
            guard !voided else { throw .alreadyClosed(number, status) }
            guard e.corrects == detailsEventID else { throw .correctsWrongEvent(number) }
            try Request.validateFields(receivedAt: e.receivedAt, details: e.details, number: number, recordedAt: record.at)
            if let d = decision, d.decided.noticeOn < calendar.day(of: e.receivedAt) {
                throw .decisionBeforeReceipt(number, notice: d.decided.noticeOn, received: calendar.day(of: e.receivedAt))
            }
            receivedAt = e.receivedAt
            channel = e.channel
            details = e.details
            detailsEvent = record.compactID

        case .objectionFiled(let e):
            guard !voided else { throw .alreadyClosed(number, status) }
            guard !e.grounds.isEmpty else { throw .objectionGroundsRequired }
            guard e.receivedAt >= receivedAt, e.receivedAt <= record.at else { throw .objectionBeforeRequest(number) }
            guard !objections.contains(where: { $0.number == e.objection }) else { throw .duplicateObjectionNumber(e.objection) }
            objections.append(Objection(filed: e))

        case .objectionAnswered(let e):
            guard let i = objections.firstIndex(where: { $0.number == e.objection }) else { throw .unknownObjection(e.objection) }
            guard objections[i].answer == nil else { throw .objectionAlreadyAnswered(e.objection) }
            guard e.answeredOn >= calendar.day(of: objections[i].filed.receivedAt) else { throw .answerBeforeObjection(e.objection) }
            guard e.answeredOn <= today else { throw .dateInFuture(Phrase(id: "Tanggal tanggapan", en: "The answer date")) }
            try require(e.superiorName, Phrase(id: "Nama atasan PPID", en: "The superior's name"))
            if e.decision == .upheld { try require(e.reasons, Phrase(id: "Alasan atasan PPID (Pasal 36 ayat 3)", en: "The superior's reasons (Art. 36(3))")) }
            objections[i].answer = e

        case .disputeStep(let e):
            guard let i = objections.firstIndex(where: { $0.number == e.objection }) else { throw .unknownObjection(e.objection) }
            guard e.on <= today else { throw .dateInFuture(Phrase(id: "Tanggal sengketa", en: "The dispute date")) }
            try evolveDispute(&objections[i], e, calendar: calendar)

        case .sample:
            // The ledger gives a sample's events to the sample; one never belongs to a request.
            throw .unknownEvent(record.id)

        case .eventUndone(let e):
            let earlier = history
            guard earlier.contains(where: { $0.id == e.undoes }), !undone.contains(e.undoes) else { throw .unknownEvent(e.undoes) }
            guard effective(earlier).last?.id == e.undoes else { throw .notLatestEvent(number) }
            undone.insert(e.undoes)
            try rebuild(from: earlier, calendar: calendar)
        }
    }

    private func evolveDispute(_ o: inout Objection, _ e: DisputeStep, calendar: WorkingCalendar) throws(LedgerError) {
        func outOfOrder(_ id: String, _ en: String) -> LedgerError { .disputeStepOutOfOrder(o.number, Phrase(id: id, en: en)) }
        switch e.kind {
        case .filed:
            guard o.disputeFiled == nil else { throw outOfOrder("sudah diajukan", "already filed") }
            let answerDue = calendar.answerDeadline(of: o)
            guard o.answer != nil || e.on > answerDue else { throw .disputeTooEarly(o.number, until: answerDue) }
            guard e.on >= (o.answer?.answeredOn ?? calendar.day(of: o.filed.receivedAt)) else { throw outOfOrder("tanggal sebelum tanggapan atasan", "dated before the superior's answer") }
            o.disputeFiled = e
        case .started:
            guard let filed = o.disputeFiled else { throw outOfOrder("belum diajukan ke Komisi Informasi", "not filed with the Commission yet") }
            guard o.disputeStarted == nil, o.disputeSettled == nil else { throw outOfOrder("sudah dimulai", "already started") }
            guard DisputeProcess(rawValue: e.detail) != nil else { throw outOfOrder("pilih mediasi atau ajudikasi", "choose mediation or adjudication") }
            guard e.on >= filed.on else { throw outOfOrder("tanggal sebelum diajukan", "dated before it was filed") }
            o.disputeStarted = e
        case .settled:
            guard let filed = o.disputeFiled else { throw outOfOrder("belum diajukan ke Komisi Informasi", "not filed with the Commission yet") }
            guard o.disputeSettled == nil else { throw outOfOrder("sudah diputus", "already settled") }
            guard e.on >= filed.on else { throw outOfOrder("tanggal sebelum diajukan", "dated before it was filed") }
            try require(e.detail, Phrase(id: "Hasil penyelesaian sengketa", en: "The dispute's result"))
            o.disputeSettled = e
        }
    }

    /// Recomputes the state from the events still in force.
    private mutating func rebuild(from history: [EventRecord], calendar: WorkingCalendar) throws(LedgerError) {
        let effective = effective(history)
        guard let first = effective.first, case .requestRegistered(let reg) = first.event else {
            // The registration itself was undone: the request is void, its history kept.
            voided = true
            objections = []
            missing = nil
            completedAt = nil
            extensionGiven = nil
            decision = nil
            handover = nil
            withdrawal = nil
            return
        }
        var fresh = try Request.registered(first, reg)
        for record in effective.dropFirst() { try fresh.evolve(record, calendar: calendar) }
        fresh.undone = undone
        fresh.lastEvent = lastEvent
        self = fresh
    }

    private func requireOpen() throws(LedgerError) {
        guard status == .open else { throw .alreadyClosed(number, status) }
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

    private static func validateFields(receivedAt: Date, details: RequestDetails, number: String, recordedAt: Date) throws(LedgerError) {
        guard receivedAt <= recordedAt else { throw .receivedInFuture(number) }
        if isBlank(number) { throw .requiredFieldEmpty(Phrase(id: "Nomor pendaftaran", en: "Registration number")) }
        if isBlank(details.requesterName) { throw .requiredFieldEmpty(Phrase(id: "Nama pemohon", en: "Requester name")) }
        if isBlank(details.subject) { throw .requiredFieldEmpty(Phrase(id: "Informasi yang diminta", en: "Information requested")) }
    }
}
