import Foundation
import Testing
@testable import PPIDModel

/// Every period of LAW.md at its edge: the last day on time, the day after late (issue 22).
/// Dates counted by hand on the 2019 table: October–November 2019 have no weekday off,
/// 24–25 December and 1 January 2020 are off.
@Suite struct PeriodBoundaryTests {
    var rec = Recorder()
    var ledger = Ledger(calendar: wib)
    let n = "PPID-2019-001"

    init() throws {
        // Tue 1 Oct 2019 is day 0; day 10 is Tue 15 Oct.
        try ledger.apply(rec.record(registration(n, "2019-10-01T09:00:00+07:00"), at: time("2019-10-01T09:00:00+07:00")))
    }

    var request: Request { ledger.requests[n]! }
    var objection: Objection { request.objections[0] }

    func at(_ d: String) -> Date { time("\(d)T10:00:00+07:00") }

    mutating func decide(_ notice: String, outcome: Outcome = .granted, ground: Ground? = nil) throws {
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: n, outcome: outcome, ground: ground, noticeOn: day(notice))), at: at(notice)))
    }

    mutating func object(_ on: String, grounds: [Pasal35] = [.a]) throws {
        try ledger.apply(rec.record(.objectionFiled(ObjectionFiled(request: n, objection: "KEB-2019-001", receivedAt: at(on), grounds: grounds)), at: at(on)))
    }

    mutating func answer(_ on: String) throws {
        let e = ObjectionAnswered(request: n, objection: "KEB-2019-001", decision: .upheld, reasons: "Data pribadi", answeredOn: day(on), superiorName: "Fathullah", superiorPosition: "Kepala Balai")
        try ledger.apply(rec.record(.objectionAnswered(e), at: at(on)))
    }

    mutating func dispute(_ kind: DisputeStep.Kind, _ on: String, detail: String = "") throws {
        try ledger.apply(rec.record(.disputeStep(DisputeStep(request: n, objection: "KEB-2019-001", kind: kind, on: day(on), detail: detail)), at: at(on)))
    }

    // MARK: Pasal 22(7): 10 working days

    @Test(arguments: [("2019-10-15", true), ("2019-10-16", false)])
    mutating func theNoticeIsOnTimeOnDay10AndLateOnDay11(notice: String, onTime: Bool) throws {
        try decide(notice)
        #expect(ledger.calendar.deadlineDays(of: request).inForce == day("2019-10-15"))
        #expect(ledger.calendar.isOnTime(request) == onTime)
        #expect(ledger.responseTimes(year: 2019).late == (onTime ? 0 : 1))
    }

    // MARK: Pasal 22(8): one extension of 7 working days, given while the 10 run

    @Test(arguments: [("2019-10-24", true), ("2019-10-25", false)])
    mutating func theExtendedNoticeIsOnTimeOnDay17AndLateOnDay18(notice: String, onTime: Bool) throws {
        try ledger.apply(rec.record(.requestExtended(RequestExtended(request: n, reason: "Dokumen di gudang arsip", on: day("2019-10-15"))), at: at("2019-10-15")))
        #expect(ledger.calendar.deadlineDays(of: request).inForce == day("2019-10-24"))
        try decide(notice)
        #expect(ledger.calendar.isOnTime(request) == onTime)
    }

    @Test mutating func anExtensionIsRefusedTheDayAfterDay10() {
        let late = RequestExtended(request: n, reason: "Dokumen di gudang arsip", on: day("2019-10-16"))
        #expect(throws: LedgerError.extensionAfterDeadline(n, on: day("2019-10-16"), deadline: day("2019-10-15"))) {
            try ledger.apply(rec.record(.requestExtended(late), at: at("2019-10-16")))
        }
    }

    @Test mutating func aReturnAsIncompleteIsRefusedTheDayAfterDay10AndTakenOnDay10() throws {
        let late = RequestReturnedIncomplete(request: n, missing: "Fotokopi KTP", on: day("2019-10-16"))
        #expect(throws: LedgerError.returnAfterDeadline(n, deadline: day("2019-10-15"))) {
            try ledger.apply(rec.record(.requestReturnedIncomplete(late), at: at("2019-10-16")))
        }
        try ledger.apply(rec.record(.requestReturnedIncomplete(RequestReturnedIncomplete(request: n, missing: "Fotokopi KTP", on: day("2019-10-15"))), at: at("2019-10-16")))
        #expect(request.missing == "Fotokopi KTP")
    }

    // MARK: Day of receipt: closing time and days off

    @Test func theClosingMinuteStillCountsThatDayAndASecondLaterTheNext() {
        let cal = wib
        #expect(cal.deemedReceiptDay(of: time("2019-10-01T16:00:00+07:00")) == day("2019-10-01"))
        #expect(cal.deemedReceiptDay(of: time("2019-10-01T16:00:01+07:00")) == day("2019-10-02"))
        #expect(cal.deemedReceipt(of: time("2019-10-01T16:00:00+07:00")).day == day("2019-10-01"))
        #expect(cal.deemedReceipt(of: time("2019-10-01T16:00:01+07:00")).day == day("2019-10-02"))
        // Friday closes at 16.30.
        #expect(cal.deemedReceiptDay(of: time("2019-10-04T16:30:00+07:00")) == day("2019-10-04"))
        #expect(cal.deemedReceiptDay(of: time("2019-10-04T16:30:01+07:00")) == day("2019-10-07"))
    }

    @Test func aReceiptBeforeTheChristmasDaysOffCountsFrom26DecemberAndSkipsNewYear() {
        let cal = wib
        // Mon 23 Dec after closing → Tue 24 (cuti bersama) and Wed 25 (Natal) skipped → Thu 26.
        #expect(cal.deemedReceiptDay(of: time("2019-12-23T17:00:00+07:00")) == day("2019-12-26"))
        // 27, 30, 31 Dec, 2, 3, 6–10 Jan (1 Jan off) → Fri 10 Jan 2020.
        #expect(cal.deadline(receivedAt: time("2019-12-23T17:00:00+07:00")).inForce == day("2020-01-10"))
        #expect(cal.adding(workingDays: 1, to: day("2019-12-23")) == day("2019-12-26"))
    }

    // MARK: Pasal 36(1): 30 working days to object

    @Test(arguments: [("2019-11-19", false), ("2019-11-20", true)])
    mutating func anObjectionToANoticeIsOnTimeOnDay30AndLateOnDay31(filed: String, late: Bool) throws {
        try decide("2019-10-08", outcome: .rejected, ground: .exception(.h))
        try object(filed)
        #expect(ledger.calendar.objectionFilingWindow(for: request) == (day("2019-10-08"), day("2019-11-19")))
        #expect(ledger.calendar.isFiledLate(objection, request: request) == late)
    }

    /// Ground c: the deadline (15 Oct) passes at the end of its day, so the ground arises on
    /// Wed 16 Oct, day 1 of the 30; day 30 is Tue 26 Nov.
    @Test(arguments: [("2019-11-26", false), ("2019-11-27", true)])
    mutating func anObjectionToNoAnswerRunsFromTheDayAfterTheDeadline(filed: String, late: Bool) throws {
        try object(filed, grounds: [.c])
        let window = ledger.calendar.objectionFilingWindow(for: request)
        #expect(window.arose == day("2019-10-16"))
        #expect(window.last == day("2019-11-26"))
        #expect(ledger.calendar.isFiledLate(objection, request: request) == late)
    }

    // MARK: Pasal 36(2): 30 working days for the superior

    @Test(arguments: [("2019-11-25", false), ("2019-11-26", true)])
    mutating func theSuperiorsAnswerIsOnTimeOnDay30AndLateOnDay31(answered: String, late: Bool) throws {
        try decide("2019-10-08", outcome: .rejected, ground: .exception(.h))
        try object("2019-10-14")
        #expect(ledger.calendar.answerDeadline(of: objection) == day("2019-11-25"))
        #expect(ledger.calendar.isAnswerOverdue(objection, today: day("2019-11-25")) == false)
        #expect(ledger.calendar.isAnswerOverdue(objection, today: day("2019-11-26")) == true)
        try answer(answered)
        #expect(ledger.calendar.isAnsweredLate(objection) == late)
    }

    // MARK: Pasal 37(2): 14 working days to the Commission

    @Test(arguments: [("2019-11-21", false), ("2019-11-22", true)])
    mutating func theDisputeIsOnTimeOnDay14AfterTheAnswerAndLateOnDay15(filed: String, late: Bool) throws {
        try decide("2019-10-08", outcome: .rejected, ground: .exception(.h))
        try object("2019-10-14")
        try answer("2019-11-01")
        try dispute(.filed, filed)
        #expect(ledger.calendar.disputeFilingDeadline(of: objection) == day("2019-11-21"))
        #expect(ledger.calendar.isDisputeFiledLate(objection) == late)
    }

    /// With no answer the 14 days run from the answer deadline (25 Nov): day 14 is Fri 13 Dec;
    /// the dispute can be filed from the day after the answer deadline, not on it.
    @Test mutating func withNoAnswerTheDisputeWindowOpensTheDayAfterTheAnswerDeadline() throws {
        try decide("2019-10-08", outcome: .rejected, ground: .exception(.h))
        try object("2019-10-14")
        #expect(throws: LedgerError.disputeTooEarly("KEB-2019-001", until: day("2019-11-25"))) { try dispute(.filed, "2019-11-25") }
        try dispute(.filed, "2019-11-26")
        #expect(ledger.calendar.disputeFilingDeadline(of: objection) == day("2019-12-13"))
        #expect(ledger.calendar.isDisputeFiledLate(objection) == false)
    }

    @Test mutating func withNoAnswerADisputeOnDay15AfterTheAnswerDeadlineIsLate() throws {
        try decide("2019-10-08", outcome: .rejected, ground: .exception(.h))
        try object("2019-10-14")
        try dispute(.filed, "2019-12-16")
        #expect(ledger.calendar.isDisputeFiledLate(objection) == true)
    }

    // MARK: Pasal 38: 14 working days to start, 100 to settle

    @Test(arguments: [("2019-12-11", false), ("2019-12-12", true)])
    mutating func theCommissionStartsOnTimeOnDay14AndLateOnDay15(started: String, late: Bool) throws {
        try decide("2019-10-08", outcome: .rejected, ground: .exception(.h))
        try object("2019-10-14")
        try answer("2019-11-01")
        try dispute(.filed, "2019-11-21")
        #expect(ledger.calendar.commissionDeadlines(of: objection)?.start == day("2019-12-11"))
        try dispute(.started, started, detail: DisputeProcess.mediation.rawValue)
        #expect(ledger.calendar.isDisputeStartedLate(objection) == late)
    }

    /// 100 working days from Thu 21 Nov 2019, skipping 24–25 Dec and 1 Jan: Tue 14 Apr 2020.
    @Test(arguments: [("2020-04-14", false), ("2020-04-15", true)])
    mutating func theCommissionSettlesOnTimeOnDay100AndLateOnDay101(settled: String, late: Bool) throws {
        try decide("2019-10-08", outcome: .rejected, ground: .exception(.h))
        try object("2019-10-14")
        try answer("2019-11-01")
        try dispute(.filed, "2019-11-21")
        #expect(ledger.calendar.commissionDeadlines(of: objection)?.settle == day("2020-04-14"))
        rec.now = time("2020-05-01T10:00:00+07:00")
        try ledger.apply(rec.record(.disputeStep(DisputeStep(request: n, objection: "KEB-2019-001", kind: .settled, on: day(settled), detail: "Dikabulkan")), at: at(settled)))
        #expect(ledger.calendar.isDisputeSettledLate(objection) == late)
    }
}
