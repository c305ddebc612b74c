import Foundation
import PPIDModel

extension Form {
    /// The command the form's values ask for; or nil, with an error marked at each bad field.
    public mutating func command(now: Date, calendar: WorkingCalendar) -> Command? {
        clearErrors()
        for i in fields.indices where fields[i].isVisible && fields[i].required && fields[i].value.isEmpty {
            fields[i].error = Phrase(id: "wajib diisi", en: "required")
        }
        let command = build(now: now, calendar: calendar)
        if fields.contains(where: { $0.error != nil && $0.isVisible }) {
            focusFirstError()
            return nil
        }
        return command
    }

    mutating func dateTime(_ id: String, now: Date, calendar: WorkingCalendar) -> Date? {
        let text = value(id)
        guard !text.isEmpty else { return nil }
        guard let d = FormDates.parseDateTime(text, calendar, now: now) else {
            setError(id, Phrase(id: "tulis seperti \(FormDates.dateTime(now, calendar))", en: "write it like \(FormDates.dateTime(now, calendar))"))
            return nil
        }
        // Minutes are what the form shows: "now" rounded down to the minute is not the future.
        guard d.timeIntervalSince(now) < 60 else {
            setError(id, Phrase(id: "tidak boleh di masa depan", en: "cannot be in the future"))
            return nil
        }
        return min(d, now)
    }

    private mutating func date(_ id: String, today: CivilDate) -> CivilDate? {
        let text = value(id)
        guard !text.isEmpty else { return nil }
        guard let d = CivilDate(iso: text) else {
            setError(id, Phrase(id: "tulis seperti \(today)", en: "write it like \(today)"))
            return nil
        }
        guard d <= today else {
            setError(id, Phrase(id: "tidak boleh di masa depan", en: "cannot be in the future"))
            return nil
        }
        return d
    }

    private mutating func build(now: Date, calendar: WorkingCalendar) -> Command? {
        let today = calendar.day(of: now)
        switch purpose {
        case .register:
            let received = dateTime("received", now: now, calendar: calendar)
            guard let received, let channel = Channel(rawValue: value("channel")),
                  let category = RequesterCategory(rawValue: value("category")), let topic = Topic(rawValue: value("topic")) else { return nil }
            let details = RequestDetails(
                requesterName: value("name"), category: category, address: value("address"), contact: value("contact"),
                occupation: value("occupation"), identityNumber: value("nik"), topic: topic, subject: value("subject"),
                purpose: value("purpose"), accessKind: AccessKind(rawValue: value("access")), medium: Medium(rawValue: value("medium")),
                delivery: Delivery(rawValue: value("delivery"))
            )
            return .register(receivedAt: received, channel: channel, details: details)
        case .decide(let number):
            let notice = date("notice", today: today)
            var fee = 0
            if !value("fee").isEmpty {
                guard let f = Int(value("fee").filter { $0 != "." }), f >= 0 else {
                    setError("fee", Phrase(id: "angka rupiah tanpa koma, mis. 5000", en: "whole rupiah, e.g. 5000"))
                    return nil
                }
                fee = f
            }
            guard let outcome = Outcome(rawValue: value("outcome")), let notice else { return nil }
            let ground = outcome.needsGround ? Ground(code: value("ground")) : nil
            return .decide(RequestDecided(request: number, outcome: outcome, ground: ground, noticeOn: notice, fee: fee, payment: value("payment"), note: value("note")))
        case .extend(let number):
            return .extend(RequestExtended(request: number, reason: value("reason")))
        case .returnIncomplete(let number):
            return .returnIncomplete(RequestReturnedIncomplete(request: number, missing: value("missing")))
        case .declareComplete(let number):
            guard let when = dateTime("when", now: now, calendar: calendar) else { return nil }
            return .declareComplete(RequestDeclaredComplete(request: number, completedAt: when))
        case .withdraw(let number):
            guard let when = dateTime("when", now: now, calendar: calendar) else { return nil }
            return .withdraw(RequestWithdrawn(request: number, withdrawnAt: when, reason: value("reason")))
        case .handOver(let number):
            guard let d = date("date", today: today) else { return nil }
            return .handOver(InformationHandedOver(request: number, handedOverOn: d, note: value("note")))
        case .fileObjection(let number):
            let received = dateTime("received", now: now, calendar: calendar)
            let grounds = Form.grounds(value("grounds"))
            if grounds == nil, !value("grounds").isEmpty {
                setError("grounds", Phrase(id: "huruf a sampai g, mis. a,c", en: "letters a to g, e.g. a,c"))
            }
            guard let received, let grounds else { return nil }
            return .fileObjection(request: number, receivedAt: received, grounds: grounds, agent: value("agent"), note: value("note"))
        case .answerObjection(let request, let objection):
            let d = date("date", today: today)
            guard let decision = ObjectionDecision(rawValue: value("decision")) else { return nil }
            if decision == .upheld, value("reasons").isEmpty {
                setError("reasons", Phrase(id: "wajib bila menguatkan putusan (Pasal 36 ayat 3)", en: "required when upheld (Art. 36(3))"))
            }
            guard let d else { return nil }
            return .answerObjection(ObjectionAnswered(request: request, objection: objection, decision: decision, reasons: value("reasons"), answeredOn: d, superiorName: value("name"), superiorPosition: value("position")))
        case .dispute(let request, let objection, let step):
            guard let d = date("date", today: today) else { return nil }
            return .recordDispute(DisputeStep(request: request, objection: objection, kind: step, on: d, detail: value("detail")))
        case .sample(let purpose):
            return sampleCommand(purpose, now: now, calendar: calendar)
        }
    }
}
