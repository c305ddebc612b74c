import Foundation
import Testing
@testable import PPIDModel

/// Issue 14 item 8: what is overdue on a day, beside what was answered late.
@Suite struct OverdueTests {
    /// A: day 0 Tue 1 Oct 2019, deadline Tue 15 Oct, still open.
    /// B: the same day, answered Mon 7 Oct. C: day 0 Mon 28 Oct, deadline Mon 11 Nov, open.
    /// D: withdrawn. An objection to B filed Mon 14 Oct: answer due Mon 25 Nov.
    func ledger() throws -> Ledger {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00")))
        try ledger.apply(rec.record(registration("PPID-2019-002", "2019-10-01T10:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-002", outcome: .rejected, ground: .exception(.h), noticeOn: day("2019-10-07")))))
        try ledger.apply(rec.record(registration("PPID-2019-003", "2019-10-28T09:00:00+07:00")))
        try ledger.apply(rec.record(registration("PPID-2019-004", "2019-10-01T11:00:00+07:00")))
        try ledger.apply(rec.record(.requestWithdrawn(RequestWithdrawn(request: "PPID-2019-004", withdrawnAt: time("2019-10-02T09:00:00+07:00")))))
        try ledger.apply(rec.record(.objectionFiled(ObjectionFiled(request: "PPID-2019-002", objection: "KEB-2019-001", receivedAt: time("2019-10-14T10:00:00+07:00"), grounds: [.a]))))
        return ledger
    }

    @Test func openRequestsPastTheirDeadlineOnTheDay() throws {
        let ledger = try ledger()
        #expect(ledger.overdueRequests(receivedIn: 2019, today: day("2019-10-15")).isEmpty)
        #expect(ledger.overdueRequests(receivedIn: 2019, today: day("2019-10-16")).map(\.number) == ["PPID-2019-001"])
        #expect(ledger.overdueRequests(receivedIn: 2019, today: day("2019-11-12")).map(\.number) == ["PPID-2019-001", "PPID-2019-003"])
        #expect(ledger.overdueRequests(receivedIn: 2018, today: day("2019-11-12")).isEmpty)
        // The year's figures count answers only: nothing was answered late.
        #expect(ledger.figures(year: 2019).responseTimes.late == 0)
    }

    @Test func objectionsPastTheAnswerDeadlineOnTheDay() throws {
        let ledger = try ledger()
        #expect(ledger.overdueObjections(receivedIn: 2019, today: day("2019-11-25")).isEmpty)
        #expect(ledger.overdueObjections(receivedIn: 2019, today: day("2019-11-26")).map(\.objection.number) == ["KEB-2019-001"])
    }

    @Test func theDrillDownFiltersListThem() throws {
        let ledger = try ledger()
        var f = RecapFilter(year: 2019)
        f.overdueOn = day("2019-11-12")
        #expect(ledger.requests(matching: f).map(\.number) == ["PPID-2019-001", "PPID-2019-003"])
        f.month = 10
        #expect(ledger.requests(matching: f).map(\.number) == ["PPID-2019-001", "PPID-2019-003"])
        var o = RecapFilter(year: 2019)
        o.objectionOverdueOn = day("2019-11-26")
        #expect(ledger.requests(matching: o).map(\.number) == ["PPID-2019-002"])
        o.objectionOverdueOn = day("2019-11-25")
        #expect(ledger.requests(matching: o).isEmpty)
    }
}

/// Issue 14 item 12: the periods a summary covers.
@Suite struct ReportPeriodTests {
    @Test func periodsParseAndNameThemselves() throws {
        #expect(ReportPeriod(text: "2026")?.isWholeYear == true)
        #expect(ReportPeriod(text: "2026-Q3")?.months == 7...9)
        #expect(ReportPeriod(text: "2026-q1")?.months == 1...3)
        #expect(ReportPeriod(text: "2026-S2")?.months == 7...12)
        #expect(ReportPeriod(text: "2026-H1")?.months == 1...6)
        for bad in ["2026-Q5", "2026-S3", "26-Q1", "2026-Q", "2026-X1", "", "2026-Q10"] { #expect(ReportPeriod(text: bad) == nil, "\(bad)") }
        #expect(ReportPeriod(text: "2026-Q3")?.label.id == "Triwulan III 2026 (Juli–September)")
        #expect(ReportPeriod(text: "2026-S1")?.label.en == "Half 1 2026 (January–June)")
    }

    @Test func aPeriodsFiguresAreTheYearsRequestsOfItsMonths() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-02-04T09:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-02-06")))))
        try ledger.apply(rec.record(registration("PPID-2019-002", "2019-08-05T09:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-002", outcome: .rejected, ground: .unclassified, noticeOn: day("2019-08-30"), note: "rahasia dagang"))))
        let q1 = ledger.figures(try #require(ReportPeriod(text: "2019-Q1")))
        // Tue 5 February was Imlek: one working day.
        #expect(q1.responseTimes.days == [1] && q1.grounds.isEmpty)
        let q3 = ledger.figures(try #require(ReportPeriod(text: "2019-Q3")))
        #expect(q3.responseTimes.late == 1)
        #expect(q3.grounds.map(\.ground) == [.unclassified])
        // The whole year's recount equals the tally.
        #expect(ledger.figures(ReportPeriod(year: 2019)) == ledger.recountFigures(year: 2019))
        #expect(ledger.recapRows(try #require(ReportPeriod(text: "2019-Q3"))).total.requesters == 1)
    }
}

/// Issue 14 item 9: an imported decision's unclassified ground classified later by an event
/// naming the decision; the year's figures move with it.
@Suite struct GroundClassifiedTests {
    @Test func anUnclassifiedGroundIsClassifiedOnceAndTheFiguresFollow() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-08-05T09:00:00+07:00")))
        let decided = rec.record(.requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .rejected, ground: .unclassified, noticeOn: day("2019-08-07"), note: "rahasia dagang pelanggan")))
        try ledger.apply(decided)
        #expect(ledger.figures(year: 2019).grounds.map(\.ground) == [.unclassified])
        try ledger.apply(rec.record(.groundClassified(GroundClassified(request: "PPID-2019-001", decision: decided.id, ground: .exception(.b)))))
        let d = try #require(ledger.requests["PPID-2019-001"]?.decision?.decided)
        #expect(d.ground == .exception(.b))
        #expect(d.note == "rahasia dagang pelanggan", "the register's words stay")
        #expect(ledger.figures(year: 2019).grounds.map(\.ground) == [.exception(.b)])
        #expect(ledger.figures(year: 2019) == ledger.recountFigures(year: 2019))
        // Once classified, it is not classified again; nor to "unclassified".
        #expect(throws: LedgerError.groundNotToClassify("PPID-2019-001")) {
            try ledger.apply(rec.record(.groundClassified(GroundClassified(request: "PPID-2019-001", decision: decided.id, ground: .notHeld))))
        }
    }

    @Test func aDecisionWithAClassifiedGroundOrNoneCannotBeClassified() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-08-05T09:00:00+07:00")))
        #expect(throws: LedgerError.groundNotToClassify("PPID-2019-001")) {
            try ledger.apply(rec.record(.groundClassified(GroundClassified(request: "PPID-2019-001", decision: "x", ground: .notHeld))))
        }
        let decided = rec.record(.requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .rejected, ground: .unclassified, noticeOn: day("2019-08-07"), note: "x")))
        try ledger.apply(decided)
        #expect(throws: LedgerError.groundNotToClassify("PPID-2019-001")) {
            try ledger.apply(rec.record(.groundClassified(GroundClassified(request: "PPID-2019-001", decision: decided.id, ground: .unclassified))))
        }
    }
}
