import Foundation
import Testing
@testable import PPIDModel

/// Working time counts service hours only: Mon–Thu 08–12 and 13–16, Fri 08–12 and 13.30–16.30,
/// no weekends, no holidays. Every expectation is worked out by hand in its comment.
@Suite struct WorkingTimeTests {
    func minutes(_ a: String, _ b: String, _ cal: WorkingCalendar = wib) -> Int {
        cal.workingMinutes(from: time(a), to: time(b))
    }

    @Test func acrossALunchBreak() {
        // Mon 14 Oct 2019: 11:50–12:00 and 13:00–13:10.
        #expect(minutes("2019-10-14T11:50:00+07:00", "2019-10-14T13:10:00+07:00") == 20)
        // Entirely inside the break: nothing.
        #expect(minutes("2019-10-14T12:05:00+07:00", "2019-10-14T12:55:00+07:00") == 0)
        #expect(wib.workingSeconds(from: time("2019-10-14T11:59:30+07:00"), to: time("2019-10-14T13:00:45+07:00")) == 75)
    }

    @Test func onAFridayAfternoon() {
        // Fri 18 Oct 2019: the counter reopens at 13.30, not 13.00: 11:50–12:00 and 13:30–13:40.
        #expect(minutes("2019-10-18T11:50:00+07:00", "2019-10-18T13:40:00+07:00") == 20)
        #expect(minutes("2019-10-18T13:00:00+07:00", "2019-10-18T13:30:00+07:00") == 0)
        // It closes at 16.30: 16:20–16:30 counts, 16:30–16:40 does not.
        #expect(minutes("2019-10-18T16:20:00+07:00", "2019-10-18T16:40:00+07:00") == 10)
        // Friday 16:00 to Monday 08:30: 30 minutes on Friday, none at the weekend, 30 on Monday.
        #expect(minutes("2019-10-18T16:00:00+07:00", "2019-10-21T08:30:00+07:00") == 60)
    }

    @Test func overAHoliday() {
        // Wed 29 May 2019 15:30 to Fri 31 May 08:30: Thursday 30 May (Ascension) counts nothing.
        #expect(minutes("2019-05-29T15:30:00+07:00", "2019-05-31T08:30:00+07:00") == 60)
        // Fri 31 May 16:00 to Mon 10 June 08:10: the Idul Fitri week (3–7 June: holidays and
        // cuti bersama) counts nothing: 30 + 10.
        #expect(minutes("2019-05-31T16:00:00+07:00", "2019-06-10T08:10:00+07:00") == 40)
        // A whole holiday is nothing.
        #expect(minutes("2019-05-30T08:00:00+07:00", "2019-05-30T16:00:00+07:00") == 0)
    }

    @Test func outsideServiceHoursAndBackwards() {
        #expect(minutes("2019-10-14T07:00:00+07:00", "2019-10-14T08:10:00+07:00") == 10)
        #expect(minutes("2019-10-14T16:30:00+07:00", "2019-10-14T23:00:00+07:00") == 0)
        #expect(minutes("2019-10-19T09:00:00+07:00", "2019-10-20T15:00:00+07:00") == 0)
        #expect(minutes("2019-10-14T10:00:00+07:00", "2019-10-14T09:00:00+07:00") == 0)
    }

    @Test func aWholeWorkingWeekIsFiveTimesSevenHours() {
        // Mon–Thu 4 + 3 hours, Fri 4 + 3 hours: 5 × 420 minutes.
        #expect(minutes("2019-10-14T08:00:00+07:00", "2019-10-18T16:30:00+07:00") == 2100)
        #expect(minutes("2019-10-14T00:00:00+07:00", "2019-10-21T00:00:00+07:00") == 2100)
    }

    @Test func inTheOfficesOwnZone() throws {
        let wita = WorkingCalendar(timeZone: try #require(TimeZone(identifier: "Asia/Makassar")), holidays: holidays2019)
        // 11:50–13:10 WITA is the lunch break in Makassar; the same instants are 10:50–12:10 WIB.
        #expect(minutes("2019-10-14T11:50:00+08:00", "2019-10-14T13:10:00+08:00", wita) == 20)
        #expect(minutes("2019-10-14T11:50:00+08:00", "2019-10-14T13:10:00+08:00", wib) == 70)
    }
}

/// The standard of each step, and each step's time against it.
@Suite struct SampleStandardTests {
    @Test func theStepsCoverTheProcedureOnceAndSumToItsStandards() {
        let covered = SampleStep.allCases.flatMap(\.procedureSteps)
        #expect(covered == Array(1...10))
        #expect(SampleStep.allCases.map(\.procedureStandardMinutes) == [0, 40, 5, 10, 5, 300, 15, 6])
        #expect(SampleStep.allCases.map(\.procedureStandardMinutes).reduce(0, +) == SampleStep.procedureMinutes.reduce(0, +))
        #expect(SampleStep.received.procedureStepsLabel == "1–2")
        #expect(SampleStep.resultIn.procedureStepsLabel == "7")
    }

    @Test func theAnalysisTimeIsSetPerCommodityOrParameter() {
        let standards = SampleStandards(analysisMinutes: ["Karet Remah": 420, "karet remah / PRI": 600, "karet remah/kadar abu": 480, "Minyak sawit": 240])
        func details(_ commodity: String, _ parameters: String) -> SampleDetails {
            SampleDetails(kind: .external, customer: Customer(name: "A"), commodity: commodity, parameters: parameters, quantity: "1")
        }
        #expect(standards.minutes(for: .resultIn, of: details("karet remah", "kadar kotoran")) == 420)
        #expect(standards.minutes(for: .resultIn, of: details("Karet remah", "kadar abu, PRI")) == 600, "the longest matching parameter")
        #expect(standards.minutes(for: .resultIn, of: details(" KARET REMAH ", "kadar abu")) == 480)
        #expect(standards.minutes(for: .resultIn, of: details("Minyak sawit", "FFA")) == 240)
        #expect(standards.minutes(for: .resultIn, of: details("Air limbah", "BOD")) == 300, "the procedure's when not set")
        #expect(standards.minutes(for: .reported, of: details("Karet remah", "PRI")) == 15, "only the analysis is set per commodity")
    }

    @Test func eachStepOfAWalkAgainstItsStandard() throws {
        var bench = SampleBench()
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        for (step, at) in fullWalk { try bench.step(n, step, at: at) }
        let times = bench.sample(n).stepTimes(calendar: wib, standards: SampleStandards(), now: time("2019-12-31T12:00:00+07:00"))
        #expect(times.map(\.step) == [.received, .billed, .paid, .withAnalyst, .resultIn, .reported, .handedOver])
        #expect(times.map(\.workingMinutes) == [30, 10, 5, 5, 250, 140, 5])
        #expect(times.map(\.standardMinutes) == [40, 5, 10, 5, 300, 15, 6])
        // Paying and collecting wait on the customer: not judged against the standard.
        #expect(times.map(\.metStandard) == [true, false, nil, true, true, false, nil])
        #expect(times.map(\.waitsOnCustomer) == [false, false, true, false, false, false, true])
        #expect(bench.sample(n).currentStepTime(calendar: wib, standards: SampleStandards(), now: time("2019-12-31T12:00:00+07:00")) == nil)
    }

    @Test func aStepMetOverTheLunchBreak() throws {
        // Letter 11:50, sample received 13:25: 95 minutes on the clock, 10 + 25 = 35 working.
        var bench = SampleBench()
        let n = try bench.register("2019-10-14T11:50:00+07:00")
        try bench.step(n, .received, at: "2019-10-14T13:25:00+07:00")
        let t = try #require(bench.sample(n).stepTimes(calendar: wib, standards: SampleStandards(), now: time("2019-10-14T13:25:00+07:00")).first)
        #expect(t.workingMinutes == 35)
        #expect(t.metStandard == true)
    }

    @Test func aStepInProgressIsLateAsSoonAsItPassesItsStandard() throws {
        var bench = SampleBench()
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        for (step, at) in fullWalk.prefix(4) { try bench.step(n, step, at: at) }
        let s = bench.sample(n)
        func current(_ now: String) throws -> StepTime {
            try #require(s.currentStepTime(calendar: wib, standards: SampleStandards(), now: time(now)))
        }
        // With the analyst since Mon 08:50. 300 working minutes: 190 to noon, 110 after 13:00.
        #expect(try current("2019-10-14T13:50:00+07:00").workingMinutes == 240)
        #expect(try current("2019-10-14T14:50:00+07:00").isLate == false)
        #expect(try current("2019-10-14T14:50:01+07:00").isLate == true, "late with no result yet")
        #expect(try current("2019-10-14T14:50:01+07:00").metStandard == nil, "not finished: no verdict on the standard")
        let overnight = try current("2019-10-15T09:00:00+07:00")
        #expect(overnight.step == .resultIn)
        #expect(overnight.workingMinutes == 190 + 180 + 60)
        #expect(overnight.started == time("2019-10-14T08:50:00+07:00"))
        // The same step's times list ends with it, still running.
        let list = s.stepTimes(calendar: wib, standards: SampleStandards(), now: time("2019-10-15T09:00:00+07:00"))
        #expect(list.last == overnight)
        #expect(list.count == 5)
    }

    @Test func theAnalysisStandardComesFromTheOfficeConfig() throws {
        var bench = SampleBench(policy: SamplePolicy(standards: SampleStandards(analysisMinutes: ["Karet remah": 420])))
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        for (step, at) in fullWalk.prefix(4) { try bench.step(n, step, at: at) }
        let t = try #require(bench.sample(n).currentStepTime(calendar: wib, standards: bench.ledger.samplePolicy.standards, now: time("2019-10-14T15:00:00+07:00")))
        #expect(t.standardMinutes == 420)
        #expect(t.workingMinutes == 310)
        #expect(!t.isLate)
    }

    @Test func aCancelledSamplesLastStepRunsToItsCancellation() throws {
        var bench = SampleBench()
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        try bench.run(.recordSample(.cancelled(SampleCancelled(sample: n, cancelledAt: time("2019-10-14T09:00:00+07:00"), reason: "Pelanggan membatalkan"))), at: "2019-10-14T09:00:00+07:00")
        let times = bench.sample(n).stepTimes(calendar: wib, standards: SampleStandards(), now: time("2019-10-20T09:00:00+07:00"))
        #expect(times.map(\.workingMinutes) == [30, 30])
        #expect(times.last?.ended == nil)
        #expect(bench.sample(n).currentStepTime(calendar: wib, standards: SampleStandards(), now: time("2019-10-20T09:00:00+07:00")) == nil)
    }
}
