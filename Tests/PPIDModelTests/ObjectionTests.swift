import Foundation
import Testing
@testable import PPIDModel

/// Objections and disputes (LAW §4), deadlines worked out by hand against the holiday table.
@Suite struct ObjectionTests {
    var rec = Recorder()
    var ledger: Ledger

    init() throws {
        let spring2020 = [
            Holiday(date: day("2020-03-25"), name: "Hari Suci Nyepi", kind: .public),
            Holiday(date: day("2020-04-10"), name: "Wafat Yesus Kristus", kind: .public),
        ]
        ledger = Ledger(calendar: WorkingCalendar(timeZone: jakarta, holidays: holidays2019 + spring2020))
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00"), at: time("2019-10-01T09:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .rejected, ground: .exception(.h), noticeOn: day("2019-10-08"))), at: time("2019-10-08T10:00:00+07:00")))
    }

    mutating func file(at: String = "2019-10-14T10:00:00+07:00") throws(LedgerError) -> String {
        let events = Command.fileObjection(request: "PPID-2019-001", receivedAt: time(at), grounds: [.a], agent: "", note: "").events(in: ledger)
        try ledger.apply(rec.record(events[0], at: time(at)))
        guard case .objectionFiled(let e) = events[0] else { return "" }
        return e.objection
    }

    var objection: Objection { ledger.requests["PPID-2019-001"]!.objections[0] }

    @Test mutating func anObjectionGetsItsOwnNumberAndA30DayAnswerDeadline() throws {
        let number = try file()
        #expect(number == "KEB-2019-001")
        #expect(ledger.nextObjectionNumber(year: 2019) == "KEB-2019-002")
        // Day 0 Mon 14 Oct 2019; 30 working days → Mon 25 Nov (9 Nov is a Saturday holiday).
        #expect(ledger.calendar.answerDeadline(of: objection) == day("2019-11-25"))
        #expect(ledger.calendar.pendingDeadline(of: objection) == day("2019-11-25"))
        #expect(ledger.calendar.isFiledLate(objection, request: ledger.requests["PPID-2019-001"]!) == false)
    }

    @Test mutating func anObjectionNeedsAGround() {
        let e = Event.objectionFiled(ObjectionFiled(request: "PPID-2019-001", objection: "KEB-2019-001", receivedAt: time("2019-10-14T10:00:00+07:00"), grounds: []))
        #expect(throws: LedgerError.objectionGroundsRequired) { try ledger.apply(rec.record(e, at: time("2019-10-14T10:00:00+07:00"))) }
    }

    @Test mutating func anUpheldAnswerNeedsReasonsAndComesOnce() throws {
        let number = try file()
        let noReasons = ObjectionAnswered(request: "PPID-2019-001", objection: number, decision: .upheld, reasons: "", answeredOn: day("2019-11-01"), superiorName: "Fathullah", superiorPosition: "Kepala Balai")
        #expect(throws: LedgerError.requiredFieldEmpty(Phrase(id: "Alasan atasan PPID (Pasal 36 ayat 3)", en: "The superior's reasons (Art. 36(3))"))) {
            try ledger.apply(rec.record(.objectionAnswered(noReasons), at: time("2019-11-01T10:00:00+07:00")))
        }
        var answer = noReasons
        answer.reasons = "Informasi pribadi pihak ketiga"
        try ledger.apply(rec.record(.objectionAnswered(answer), at: time("2019-11-01T10:00:00+07:00")))
        #expect(throws: LedgerError.objectionAlreadyAnswered(number)) {
            try ledger.apply(rec.record(.objectionAnswered(answer), at: time("2019-11-01T11:00:00+07:00")))
        }
        // 14 working days after Fri 1 Nov → Thu 21 Nov to take it to the Commission.
        #expect(ledger.calendar.disputeFilingDeadline(of: objection) == day("2019-11-21"))
        #expect(ledger.calendar.pendingDeadline(of: objection) == nil)
    }

    @Test mutating func aDisputeWaitsForTheAnswerOrItsDeadline() throws {
        let number = try file()
        let early = DisputeStep(request: "PPID-2019-001", objection: number, kind: .filed, on: day("2019-11-20"))
        #expect(throws: LedgerError.disputeTooEarly(number, until: day("2019-11-25"))) {
            try ledger.apply(rec.record(.disputeStep(early), at: time("2019-11-20T10:00:00+07:00")))
        }
        // No answer by 25 Nov: the requester may go to the Commission on the 26th.
        let late = DisputeStep(request: "PPID-2019-001", objection: number, kind: .filed, on: day("2019-11-26"))
        try ledger.apply(rec.record(.disputeStep(late), at: time("2019-11-26T10:00:00+07:00")))
        #expect(objection.disputeOpen)
    }

    @Test mutating func theCommissionStartsWithin14AndSettlesWithin100WorkingDays() throws {
        let number = try file()
        let answer = ObjectionAnswered(request: "PPID-2019-001", objection: number, decision: .upheld, reasons: "Pasal 17 huruf h", answeredOn: day("2019-11-01"), superiorName: "Fathullah", superiorPosition: "Kepala Balai")
        try ledger.apply(rec.record(.objectionAnswered(answer), at: time("2019-11-01T10:00:00+07:00")))
        let settledTooSoon = DisputeStep(request: "PPID-2019-001", objection: number, kind: .settled, on: day("2019-11-20"), detail: "x")
        #expect(throws: LedgerError.disputeStepOutOfOrder(number, Phrase(id: "belum diajukan ke Komisi Informasi", en: "not filed with the Commission yet"))) {
            try ledger.apply(rec.record(.disputeStep(settledTooSoon), at: time("2019-11-20T10:00:00+07:00")))
        }
        try ledger.apply(rec.record(.disputeStep(DisputeStep(request: "PPID-2019-001", objection: number, kind: .filed, on: day("2019-11-20"))), at: time("2019-11-20T10:00:00+07:00")))
        let deadlines = try #require(ledger.calendar.commissionDeadlines(of: objection))
        #expect(deadlines.start == day("2019-12-10"))
        // 100 working days skip Christmas, New Year, Nyepi (25 Mar) and Good Friday (10 Apr 2020).
        #expect(deadlines.settle == day("2020-04-15"))
        #expect(ledger.calendar.pendingDeadline(of: objection) == day("2019-12-10"))
        let wrongProcess = DisputeStep(request: "PPID-2019-001", objection: number, kind: .started, on: day("2019-12-02"), detail: "sidang")
        #expect(throws: LedgerError.disputeStepOutOfOrder(number, Phrase(id: "pilih mediasi atau ajudikasi", en: "choose mediation or adjudication"))) {
            try ledger.apply(rec.record(.disputeStep(wrongProcess), at: time("2019-12-02T10:00:00+07:00")))
        }
        try ledger.apply(rec.record(.disputeStep(DisputeStep(request: "PPID-2019-001", objection: number, kind: .started, on: day("2019-12-02"), detail: "mediation")), at: time("2019-12-02T10:00:00+07:00")))
        #expect(ledger.calendar.pendingDeadline(of: objection) == day("2020-04-15"))
        try ledger.apply(rec.record(.disputeStep(DisputeStep(request: "PPID-2019-001", objection: number, kind: .settled, on: day("2020-01-20"), detail: "Mediasi berhasil")), at: time("2020-01-20T10:00:00+07:00")))
        #expect(!objection.disputeOpen)
        #expect(ledger.calendar.pendingDeadline(of: objection) == nil)
    }

    @Test mutating func aDuplicateObjectionNumberIsRefused() throws {
        let number = try file()
        let again = Event.objectionFiled(ObjectionFiled(request: "PPID-2019-001", objection: number, receivedAt: time("2019-10-15T10:00:00+07:00"), grounds: [.c]))
        #expect(throws: LedgerError.duplicateObjectionNumber(number)) { try ledger.apply(rec.record(again, at: time("2019-10-15T10:00:00+07:00"))) }
    }

    @Test mutating func yearFiguresCountRejectionsByGround() throws {
        let figures = ledger.figures(year: 2019)
        #expect(figures.grounds.count == 1)
        #expect(figures.grounds.first?.ground == .exception(.h))
        #expect(figures.responseTimes.days == [5])
        #expect(ledger.requests(matching: RecapFilter(year: 2019, month: 10, end: .decided(.rejected))).map(\.number) == ["PPID-2019-001"])
        #expect(ledger.requests(matching: RecapFilter(year: 2019, month: 9)).isEmpty)
    }
}
