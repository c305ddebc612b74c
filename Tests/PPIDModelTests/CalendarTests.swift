import Foundation
import Testing
@testable import PPIDModel

@Suite struct CivilDateTests {
    @Test func ordinalRoundTripsAndWeekdays() {
        #expect(day("1970-01-01").ordinal == 0)
        #expect(CivilDate(ordinal: 18_000).description == "2019-04-14")
        #expect(day("2019-04-14").ordinal == 18_000)
        #expect(day("2019-06-05").weekday == 3)  // Wednesday
        #expect(day("2019-03-09").isWeekend)
        #expect(CivilDate(year: 2019, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2020, month: 2, day: 29) != nil)
        for o in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(CivilDate(ordinal: o).ordinal == o)
            // The text is the ISO date, zero-padded, and reads back as the same day.
            let (y, m, d) = CivilDate(ordinal: o).components
            #expect(CivilDate(ordinal: o).description == "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))")
            if y >= 0 { #expect(CivilDate(iso: CivilDate(ordinal: o).description)?.ordinal == o) }
        }
        #expect(CivilDate(year: 987, month: 3, day: 4)?.description == "0987-03-04")
    }

    @Test func timestampsParseAnyOffsetAndFormatInTheOfficeZone() throws {
        let a = try #require(Timestamp.parse("2019-07-31T16:40:00Z"))
        let b = try #require(Timestamp.parse("2019-07-31T23:40:00+07:00"))
        let c = try #require(Timestamp.parse("2019-08-01T00:40:00+0800"))
        #expect(a == b && b == c)
        #expect(Timestamp.format(a, offsetSeconds: 7 * 3600) == "2019-07-31T23:40:00+07:00")
        #expect(Timestamp.parse("2019-07-31 23:40", defaultOffsetSeconds: 25_200) == b)
        #expect(Timestamp.parse("2019-07-31T23:40") == nil)
        #expect(Timestamp.parse("2019-02-30T10:00:00Z") == nil)
        #expect(Timestamp.parse("2019-07-31T24:00:00Z") == nil)
        #expect(Timestamp.parse("garbage") == nil)
        #expect(Timestamp.parse("2019-07-31T23:40:00.250+07:00")?.timeIntervalSince(b) == 0.25)
    }

    @Test func anOffsetWithSecondsIsWrittenInWholeMinutesAndReadsBackToTheSameMoment() throws {
        // Before 1924 Jakarta kept Batavia mean time, +07:07:12; the text offset has no seconds.
        // (Found by fuzzing the log-line reader: each write and read moved such a time 12 s.)
        let batavia = 7 * 3600 + 7 * 60 + 12
        let t = try #require(Timestamp.parse("1900-06-28T02:45:00Z"))
        let text = Timestamp.format(t, offsetSeconds: batavia)
        #expect(text == "1900-06-28T09:52:00+07:07")
        #expect(Timestamp.parse(text) == t)
        #expect(Timestamp.format(t, offsetSeconds: -batavia) == "1900-06-27T19:38:00-07:07")
        #expect(Timestamp.parse(Timestamp.format(t, offsetSeconds: -batavia)) == t)
    }
}

/// Deadlines worked out by hand from LAW §1 against the 2019 holiday table.
@Suite struct DeadlineTests {
    @Test func acrossTheIdulFitriCutiBersama() {
        // Tue 28 May 2019 10:00 WIB is day 0. Thu 30 May (Ascension), 3–7 June (cuti bersama and
        // Idul Fitri) and weekends are skipped: 29, 31 May; 10–14, 17–19 June.
        let d = wib.deadline(receivedAt: time("2019-05-28T10:00:00+07:00"))
        #expect(d.start.day == day("2019-05-28"))
        #expect(d.start.reason == .receivedInHours)
        #expect(d.original == day("2019-06-19"))
        #expect(d.extended == nil)
        #expect(d.skipped.map(\.date.description) == [
            "2019-05-30", "2019-06-01", "2019-06-02", "2019-06-03", "2019-06-04", "2019-06-05",
            "2019-06-06", "2019-06-07", "2019-06-08", "2019-06-09", "2019-06-15", "2019-06-16",
        ])
        let names = d.skipped.compactMap { if case .holiday(let h) = $0.reason { h.name } else { nil } }
        #expect(names.filter { $0 == "Cuti Bersama Hari Raya Idul Fitri" }.count == 3)
        #expect(names.contains("Hari Raya Idul Fitri"))
    }

    @Test func receivedOnASaturdayCountsFromMonday() {
        let d = wib.deadline(receivedAt: time("2019-03-09T09:00:00+07:00"))
        #expect(d.start.day == day("2019-03-11"))
        #expect(d.start.reason == .dayOff(.saturday))
        #expect(d.original == day("2019-03-25"))
    }

    @Test func receivedOnAHolidayCountsFromTheNextWorkingDay() {
        // Wed 17 April 2019 was election day; Fri 19 April and Wed 1 May are holidays too.
        let d = wib.deadline(receivedAt: time("2019-04-17T10:00:00+07:00"))
        #expect(d.start.day == day("2019-04-18"))
        guard case .dayOff(.holiday(let h)) = d.start.reason else {
            Issue.record("expected a holiday, got \(d.start.reason)")
            return
        }
        #expect(h.name == "Hari Pemilihan Umum")
        #expect(d.original == day("2019-05-06"))
    }

    @Test func afterClosingOnThursdayButInHoursOnFriday() {
        // Monday–Thursday close at 16.00, Friday at 16.30.
        let thursday = wib.deadline(receivedAt: time("2019-10-10T16:10:00+07:00"))
        #expect(thursday.start.day == day("2019-10-11"))
        #expect(thursday.start.reason == .afterClosing(closingMinute: 16 * 60))
        #expect(thursday.original == day("2019-10-25"))

        let thursdayInHours = wib.deadline(receivedAt: time("2019-10-10T15:50:00+07:00"))
        #expect(thursdayInHours.start.day == day("2019-10-10"))
        #expect(thursdayInHours.original == day("2019-10-24"))

        let friday = wib.deadline(receivedAt: time("2019-10-11T16:10:00+07:00"))
        #expect(friday.start.day == day("2019-10-11"))
        #expect(friday.start.reason == .receivedInHours)
        #expect(friday.original == day("2019-10-25"))
    }

    @Test func receivedExactlyAtClosingCountsThatDay() {
        // Issue 14 item 3: 16:00:00 on a Thursday is still that day; one second later is not.
        let atClosing = wib.deadline(receivedAt: time("2019-10-10T16:00:00+07:00"))
        #expect(atClosing.start.day == day("2019-10-10"))
        #expect(atClosing.start.reason == .receivedInHours)
        #expect(atClosing.original == day("2019-10-24"))
        #expect(wib.deemedReceiptDay(of: time("2019-10-10T16:00:00+07:00")) == day("2019-10-10"))

        let justAfter = wib.deadline(receivedAt: time("2019-10-10T16:00:01+07:00"))
        #expect(justAfter.start.day == day("2019-10-11"))
        #expect(justAfter.start.reason == .afterClosing(closingMinute: 16 * 60))
        #expect(wib.deemedReceiptDay(of: time("2019-10-10T16:00:01+07:00")) == day("2019-10-11"))

        // Friday closes at 16.30.
        #expect(wib.deemedReceiptDay(of: time("2019-10-11T16:30:00+07:00")) == day("2019-10-11"))
        #expect(wib.deemedReceiptDay(of: time("2019-10-11T16:30:59+07:00")) == day("2019-10-14"))
    }

    @Test func lateEveningOnTheLastDayOfAMonthGivenInUTC() {
        // 16:40Z is 23:40 WIB on Wed 31 July: after closing, so day 0 is Thu 1 August; the
        // request still belongs to July.
        let instant = time("2019-07-31T16:40:00Z")
        #expect(wib.day(of: instant) == day("2019-07-31"))
        let d = wib.deadline(receivedAt: instant)
        #expect(d.start.day == day("2019-08-01"))
        #expect(d.original == day("2019-08-15"))
    }

    @Test func anExtensionAcrossChristmasAndNewYear() {
        // Mon 9 Dec 2019: 10 working days to Mon 23 Dec; 7 more skip 24–25 Dec and 1 Jan.
        let d = wib.deadline(receivedAt: time("2019-12-09T09:00:00+07:00"), extended: true)
        #expect(d.original == day("2019-12-23"))
        #expect(d.extended == day("2020-01-06"))
        #expect(d.inForce == day("2020-01-06"))
        #expect(d.skipped.map(\.date.description).contains("2019-12-24"))
        #expect(d.skipped.map(\.date.description).contains("2020-01-01"))
    }

    @Test func aHolidayAddedInConfigMovesAnOpenDeadline() {
        let received = time("2019-10-10T16:10:00+07:00")
        #expect(wib.deadline(receivedAt: received).original == day("2019-10-25"))
        let closure = Holiday(date: day("2019-10-15"), name: "Kantor tutup: pemadaman listrik", kind: .office)
        let moved = WorkingCalendar(timeZone: jakarta, holidays: holidays2019 + [closure])
        let d = moved.deadline(receivedAt: received)
        #expect(d.original == day("2019-10-28"))
        #expect(d.skipped.map(\.reason).contains(.holiday(closure)))
    }

    @Test func theNextDayRuleCanBeSwitchedOff() {
        let literal = WorkingCalendar(timeZone: jakarta, holidays: holidays2019, afterHoursCountsNextDay: false)
        let d = literal.deadline(receivedAt: time("2019-10-10T16:10:00+07:00"))
        #expect(d.start.day == day("2019-10-10"))
        #expect(d.start.reason == .ruleOff)
        #expect(d.original == day("2019-10-24"))
    }

    @Test func anotherOfficeZoneShiftsTheDay() {
        // 08:30 WITA (UTC+8) on Monday is 07:30 WIB: same day in both.
        let makassar = WorkingCalendar(timeZone: TimeZone(identifier: "Asia/Makassar")!, holidays: holidays2019)
        let instant = time("2019-10-14T16:30:00+07:00")  // 17:30 WITA, after closing there
        #expect(makassar.deadline(receivedAt: instant).start.day == day("2019-10-15"))
        #expect(wib.deadline(receivedAt: instant).start.day == day("2019-10-15"))
        let early = time("2019-10-14T15:30:00+07:00")  // 16:30 WITA: closed there, open in WIB
        #expect(makassar.deadline(receivedAt: early).start.day == day("2019-10-15"))
        #expect(wib.deadline(receivedAt: early).start.day == day("2019-10-14"))
    }

    @Test func workingDaysCountBothWays() {
        #expect(wib.workingDays(from: day("2019-10-10"), to: day("2019-10-24")) == 10)
        #expect(wib.workingDays(from: day("2019-10-24"), to: day("2019-10-10")) == -10)
        #expect(wib.workingDays(from: day("2019-10-11"), to: day("2019-10-13")) == 0)
    }

    @Test func serviceHoursTellWhetherTheCounterIsOpen() {
        #expect(wib.isOpen(at: time("2019-10-10T08:00:00+07:00")))
        #expect(!wib.isOpen(at: time("2019-10-10T12:30:00+07:00")))  // lunch
        #expect(!wib.isOpen(at: time("2019-10-11T13:15:00+07:00")))  // Friday prayers
        #expect(wib.isOpen(at: time("2019-10-11T16:15:00+07:00")))
        #expect(!wib.isOpen(at: time("2019-10-12T10:00:00+07:00")))  // Saturday
        #expect(!wib.isOpen(at: time("2019-12-25T10:00:00+07:00")))  // Christmas
    }
}
