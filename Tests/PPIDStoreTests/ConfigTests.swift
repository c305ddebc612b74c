import Foundation
import PPIDTestSupport
import Testing
import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// `config.toml`: the commented default, the office's own holidays, and errors that name the key.
@Suite struct ConfigTests {
    /// Writes `text` as the folder's config (creating the folder).
    func folder(withConfig text: String, in scratch: String) throws -> DataFolder {
        let folder = DataFolder(path: scratch + "/data")
        try folder.prepare()
        try writeBytes(Array(text.utf8), to: folder.configPath)
        return folder
    }

    func detail(_ text: String) -> String? {
        do {
            _ = try OfficeConfig.parse(text, path: "/x/config.toml")
            return nil
        } catch {
            guard case .badConfig(let path, let detail) = error else { return "not badConfig: \(error)" }
            #expect(path == "/x/config.toml")
            return detail
        }
    }

    @Test func theDefaultTextParsesToTheDefaults() throws {
        let parsed = try OfficeConfig.parse(OfficeConfig.defaultText)
        let defaults = OfficeConfig()
        #expect(parsed.officeName == defaults.officeName)
        // A new folder names no office: none borrows the seed office's name (issue 21).
        #expect(parsed.officeName == "")
        #expect(parsed.identity == OfficeIdentity())
        #expect(parsed.identity.missing == ["office.name", "office.city", "ppid.name", "ppid.nip"])
        #expect(!OfficeConfig.defaultText.contains("BPPSI"))
        #expect(parsed.letterNumbering == .standard)
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.timeZone.identifier == "Asia/Jakarta")
        #expect(parsed.timeZone.identifier == defaults.timeZone.identifier)
        #expect(parsed.serviceHours == defaults.serviceHours)
        #expect(parsed.serviceHours == .standard)
        #expect(parsed.afterHoursCountsNextDay == defaults.afterHoursCountsNextDay)
        #expect(parsed.countsFromCompletion == defaults.countsFromCompletion)
        #expect(parsed.numbering == defaults.numbering)
        #expect(parsed.numbering.format(year: 2019, sequence: 7) == "PPID-2019-007")
        #expect(parsed.officer == "")
        #expect(parsed.language == .indonesian)
        #expect(parsed.extraHolidays.isEmpty)
    }

    @Test func aMissingConfigGivesTheDefaults() throws {
        try withDataFolder { folder in
            let config = try OfficeConfig.load(from: folder)
            #expect(config.timeZone.identifier == "Asia/Jakarta")
            #expect(config.serviceHours == .standard)
            #expect(!FileManager.default.fileExists(atPath: folder.path), "loading creates nothing")

            try folder.prepare()
            try FileManager.default.removeItem(atPath: folder.configPath)
            let office = try openOffice(folder, readOnly: true)
            #expect(office.config.numbering == .standard)
            #expect(!FileManager.default.fileExists(atPath: folder.configPath))
        }
    }

    @Test func aPartialConfigKeepsTheOtherDefaults() throws {
        let c = try OfficeConfig.parse("[office]\nname = \"PPID Balai Makassar\"\n[service_hours]\nfriday = [\"08.00-11.30\"]\n")
        #expect(c.officeName == "PPID Balai Makassar")
        #expect(c.timeZone.identifier == "Asia/Jakarta")
        #expect(c.serviceHours.spans(weekday: 5) == [ServiceHours.Span(start: 8 * 60, end: 11 * 60 + 30)])
        #expect(c.serviceHours.spans(weekday: 1) == ServiceHours.standard.spans(weekday: 1))
        #expect(c.serviceHours.spans(weekday: 6).isEmpty)
    }

    @Test func aHolidayAddedInConfigMovesTheDeadline() throws {
        try withScratch { scratch in
            // 2028 is past the bundled table: the office adds its days off itself.
            let folder = try folder(withConfig: OfficeConfig.defaultText, in: scratch)
            let now = Timestamp.parse("2028-01-03T11:00:00+07:00")!
            let office = try openOffice(folder)
            try append(office, registration("PPID-2028-001", "2028-01-03T10:00:00+07:00"), at: now)
            let request = try #require(office.ledger.requests["PPID-2028-001"])
            #expect(office.calendar.deadline(of: request).inForce == day("2028-01-17"))

            let withHoliday = OfficeConfig.defaultText + """
            [[holidays]]
            date = "2028-01-10"
            name = "Rapat kerja kantor"
            kind = "office"

            """
            try writeBytes(Array(withHoliday.utf8), to: folder.configPath)
            let reopened = try openOffice(folder)
            let moved = try #require(reopened.ledger.requests["PPID-2028-001"])
            let deadline = reopened.calendar.deadline(of: moved)
            #expect(deadline.inForce == day("2028-01-18"))
            let office10 = Holiday(date: day("2028-01-10"), name: "Rapat kerja kantor", kind: .office, source: .config)
            #expect(deadline.skipped.contains(Deadline.SkippedDay(date: day("2028-01-10"), reason: .holiday(office10))))
            // And the register shows the moved deadline.
            let register = ExportFormat.register.render(reopened.ledger, year: 2028, officeName: "")
            #expect(register.contains(",2028-01-18,"))
        }
    }

    @Test func anotherZoneCountsTheMonthAndWritesTheOffsetOfThatZone() throws {
        try withScratch { scratch in
            let folder = try folder(withConfig: "[office]\ntime_zone = \"Asia/Makassar\"\n", in: scratch)
            let office = try openOffice(folder)
            // 2019-01-31 23:30 WIB is 2019-02-01 00:30 WITA: February for a WITA office.
            try append(office, registration("PPID-2019-001", "2019-01-31T23:30:00+07:00"))
            #expect(office.ledger.recap(year: 2019).months[1].requesters == 1)
            let line = String(decoding: try readBytes(folder.logPath), as: UTF8.self)
            #expect(line.contains(#""received_at":"2019-02-01T00:30:00+08:00""#))
            #expect(line.contains(#""at":"2025-11-24T10:00:00+08:00""#))
        }
    }

    @Test func serviceHoursFromConfigDecideTheDeemedReceiptDay() throws {
        let c = try OfficeConfig.parse("[service_hours]\nfriday = [\"08:00-11:00\"]\n")
        let calendar = try c.calendar()
        // Friday 2019-03-08 at 11:30 is after the configured closing: counted from Monday 03-11.
        let deemed = calendar.deemedReceipt(of: Timestamp.parse("2019-03-08T11:30:00+07:00")!)
        #expect(deemed.day == day("2019-03-11"))
        #expect(deemed.reason == .afterClosing(closingMinute: 11 * 60))
        let standard = try OfficeConfig().calendar().deemedReceipt(of: Timestamp.parse("2019-03-08T11:30:00+07:00")!)
        #expect(standard.day == day("2019-03-08"))
    }

    @Test func theNextDayRuleCanBeSwitchedOff() throws {
        let c = try OfficeConfig.parse("[deadlines]\nafter_hours_counts_next_day = false\ncount_from_completion = false\n")
        #expect(!c.afterHoursCountsNextDay && !c.countsFromCompletion)
        let deemed = try c.calendar().deemedReceipt(of: Timestamp.parse("2019-03-09T10:00:00+07:00")!)
        #expect(deemed.reason == .ruleOff)
        #expect(deemed.day == day("2019-03-09"))
    }

    @Test func anotherNumberPatternNumbersNewRequests() throws {
        try withScratch { scratch in
            let folder = try folder(withConfig: "[numbers]\nrequest = \"{seq:4}/PPID/{year}\"\n", in: scratch)
            let office = try openOffice(folder)
            let records = try office.log.append(by: "Siti", at: testNow) { ledger in [registration(ledger.nextNumber(year: 2025), "2025-11-24T08:30:00+07:00")] }
            #expect(records.first?.event.request == "0001/PPID/2025")
            let next = try office.log.append(by: "Siti", at: testNow) { ledger in [registration(ledger.nextNumber(year: 2025), "2025-11-24T08:31:00+07:00")] }
            #expect(next.first?.event.request == "0002/PPID/2025")
        }
    }

    // MARK: Errors name the key

    @Test(arguments: [
        ("[office]\ntime_zone = \"Asia/Pekanbaru\"\n", "office.time_zone"),
        ("[office]\ntime_zone = \"Asia/Pekanbaru\"\n", "Asia/Pekanbaru"),
        ("[office]\nlanguage = \"jv\"\n", "office.language"),
        ("[numbers]\nrequest = \"PPID-{seq:3}\"\n", "numbers.request"),
        ("[numbers]\nrequest = \"{year}{seq:3}\"\n", "numbers.request"),
        ("[service_hours]\nmonday = [\"8-12\"]\n", "service_hours.monday"),
        ("[service_hours]\nmonday = [\"08:00-12:00\", \"13:00\"]\n", "service_hours.monday"),
        ("[service_hours]\ntuesday = [\"16:00-08:00\"]\n", "service_hours.tuesday"),
        ("[service_hours]\nwednesday = [\"08:75-12:00\"]\n", "service_hours.wednesday"),
        ("[service_hours]\nfunday = [\"08:00-12:00\"]\n", "service_hours.funday"),
        ("[[holidays]]\ndate = \"2028-02-30\"\nname = \"x\"\n", "holidays"),
        ("[[holidays]]\ndate = \"2028-02-03\"\nname = \"x\"\nkind = \"national\"\n", "holidays"),
        ("[service_hours]\nthursday = [\"08:00-24:30\"]\n", "service_hours.thursday"),
        ("[service_hours]\nfriday = [\"25:00-26:00\"]\n", "service_hours.friday"),
        ("[office]\ntime_zone = 7\n", "office.time_zone"),
        ("[service_hours]\nmonday = \"08:00-12:00\"\n", "service_hours.monday"),
        ("[[holidays]]\ndate = \"2028-01-10\"\n", "holidays 2028-01-10: name harus diisi / name is required"),
        ("[[holidays]]\ndate = \"2027-03-10\"\nremove = true\nname = \"x\"\n", "holidays 2027-03-10: remove = true tidak memakai name/kind"),
        ("[[holidays]]\ndate = \"2028-01-10\"\nname = \"a\"\n[[holidays]]\ndate = 2028-01-11\nname = \"b\"\n", "holidays[1].date: tidak ada"),
        ("[[holidays]]\ndate = \"2028-01-10\"\nname = \"x\"\nkind = 1\n", "holidays[0].kind: tidak ada, atau bukan teks dalam tanda kutip"),
        ("[deadlines]\nafter_hours_counts_next_day = \"ya\"\n", "deadlines.after_hours_counts_next_day"),
    ])
    func aBadValueIsABadConfigNamingItsKey(_ text: String, _ named: String) {
        let d = detail(text)
        #expect(d?.contains(named) == true, "\(d ?? "accepted")")
    }

    /// Issue 14 item 6: a revised SKB moves 2027's estimated Idul Fitri (10–11 March) a day
    /// earlier, and renames a bundled day; the config removes, adds and corrects, and each day
    /// keeps where it came from. 2028 is covered once the config lists its public holidays.
    @Test func theConfigRemovesAndCorrectsBundledDays() throws {
        let c = try OfficeConfig.parse("""
        [[holidays]]
        date = "2027-03-10"
        remove = true
        [[holidays]]
        date = "2027-03-11"
        name = "Hari Raya Idul Fitri"
        kind = "public"
        [[holidays]]
        date = "2027-03-09"
        name = "Cuti Bersama Hari Raya Idul Fitri"
        kind = "collective_leave"
        """)
        #expect(c.removedHolidays == [day("2027-03-10")])
        let cal = try c.calendar()
        #expect(cal.isWorkingDay(day("2027-03-10")))
        #expect(!cal.isWorkingDay(day("2027-03-09")))
        guard case .holiday(let corrected)? = cal.dayOff(day("2027-03-11")) else { Issue.record("11 March is not a day off"); return }
        #expect(corrected == Holiday(date: day("2027-03-11"), name: "Hari Raya Idul Fitri", kind: .public, source: .config))
        guard case .holiday(let bundled)? = cal.dayOff(day("2027-01-01")) else { Issue.record("1 January is not a day off"); return }
        #expect(bundled.source == .bundled)
        // The bundled table covers 2015–2027; 2028 only once the config lists its days.
        #expect(cal.uncoveredYears(from: day("2027-12-20"), to: day("2028-01-04")) == [2028])
        let with2028 = try OfficeConfig.parse("[[holidays]]\ndate = \"2028-01-01\"\nname = \"Tahun Baru Masehi\"\nkind = \"public\"\n").calendar()
        #expect(with2028.uncoveredYears(from: day("2027-12-20"), to: day("2028-01-04")).isEmpty)
        // An office closure alone does not cover a year.
        let closure = try OfficeConfig.parse("[[holidays]]\ndate = \"2028-01-05\"\nname = \"Rapat kerja\"\n").calendar()
        #expect(closure.uncoveredYears(from: day("2027-12-20"), to: day("2028-01-10")) == [2028])
    }

    @Test func aSpanMayEndAtMidnight() throws {
        let c = try OfficeConfig.parse("[service_hours]\nsaturday = [\"20:00-24:00\"]\n")
        #expect(c.serviceHours.spans(weekday: 6) == [ServiceHours.Span(start: 20 * 60, end: 24 * 60)])
    }

    @Test func aTOMLSyntaxErrorNamesTheLine() {
        let d = detail("[office]\nname = \"PPID\n[numbers]\n")
        #expect(d?.contains("(2:") == true, "\(d ?? "accepted")")
    }

    @Test func anOfficeWithABadConfigIsNotOpened() throws {
        try withScratch { scratch in
            let folder = try folder(withConfig: "[office]\ntime_zone = \"Mars/Olympus\"\n", in: scratch)
            let error = #expect(throws: StoreError.self) { try openOffice(folder) }
            guard case .badConfig(let path, let detail)? = error else { Issue.record("\(String(describing: error))"); return }
            #expect(path == folder.configPath)
            #expect(detail.contains("office.time_zone"))
            #expect(error?.message.en.hasPrefix("The config file \(folder.configPath) cannot be read: office.time_zone") == true)
            #expect(!FileManager.default.fileExists(atPath: folder.logPath), "nothing was created")
        }
    }

    @Test func aConfigThatIsNotUTF8IsRefused() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            try folder.prepare()
            try writeBytes([0x5B, 0x6F, 0xFF, 0x5D], to: folder.configPath)
            let error = #expect(throws: StoreError.self) { try OfficeConfig.load(from: folder) }
            #expect(error == .badConfig(path: folder.configPath, detail: "bukan UTF-8 / not UTF-8"))
        }
    }
}

extension ConfigTests {
    @Test func formsSetTheRangesTheDaysAndTheAnalysts() throws {
        let c = try OfficeConfig.parse("""
            [forms]
            fee_max = 500000
            billing_min = 5000
            billing_max = 2000000
            receipt_days_back = 3
            analysts = ["Dedi Kurniawan", " Sri Wahyuni ", ""]
            """)
        #expect(c.forms.feeRange == 0...500_000)
        #expect(c.forms.billingRange == 5_000...2_000_000)
        #expect(c.forms.receiptDaysBack == 3)
        #expect(c.forms.analysts == ["Dedi Kurniawan", "Sri Wahyuni"])
        #expect(OfficeConfig().forms == FormPolicy())
        #expect(detail("[forms]\nbilling_min = 10\nbilling_max = 5") == "forms.billing_min/billing_max: 1 ≤ min ≤ max rupiah")
    }
}

/// Issue 20: what the TOML parser is handed is bounded (it recursed once per part of a dotted
/// key: 200,000 parts crashed every command with SIGSEGV), and unknown keys are named at
/// every depth.
extension ConfigTests {
    static func dotted(_ parts: Int) -> String { Array(repeating: "a", count: parts).joined(separator: ".") }

    @Test(arguments: [
        ("[office]\n\(dotted(33)) = 1", "baris 2: kunci dengan 33 bagian bertitik, paling banyak 32 / line 2: a key of 33 dotted parts, at most 32"),
        ("[\(dotted(40))]\nb = 1", "baris 1: kunci dengan 40 bagian bertitik, paling banyak 32 / line 1: a key of 40 dotted parts, at most 32"),
        ("[[report.budget]]\nyear = 2026\nlines = [{ \(dotted(33)) = 1 }]", "baris 3: kunci dengan 33 bagian bertitik, paling banyak 32 / line 3: a key of 33 dotted parts, at most 32"),
        ("[office]\nname = \"\(String(repeating: "x", count: 20_000))\"", "baris 2: lebih dari 16384 bita / line 2: longer than 16384 bytes"),
    ])
    func aKeyTooDeepOrALineTooLongIsRefusedWithItsLine(_ text: String, _ expected: String) {
        #expect(detail(text) == expected)
    }

    @Test func dotsInValuesStringsAndCommentsAreNoKeyParts() throws {
        let many = Array(repeating: "1.5", count: 40).joined(separator: ".")
        let c = try OfficeConfig.parse("""
            [office]
            name = "\(many)"   # \(many) = 1
            officer = \"\"\"
            \(many) = 1
            \"\"\"
            [samples.tariffs]
            "\(many)" = 5000
            """)
        #expect(c.officeName == many)
        #expect(c.warnings.isEmpty, "\(c.warnings.map(\.en))")
    }

    @Test func aDottedKeyOfTwoHundredThousandPartsCrashesNoCommand() throws {
        try withScratch { scratch in
            let folder = try folder(withConfig: "[office]\n\(Self.dotted(200_000)) = 1\n", in: scratch)
            let run = try Binary.run("ppid-tui", ["export", "--format", "csv", "--year", "2019", "--data", folder.path], scratch: scratch)
            #expect(!run.signaled, "\(run.stderr.prefix(300))")
            #expect(run.status == 1)
            #expect(run.stderr.contains("line 2: longer than 16384 bytes"), "\(run.stderr.prefix(300))")
        }
    }

    @Test func unknownKeysInsideKnownTablesAreNamedAtEveryDepth() throws {
        let c = try OfficeConfig.parse("""
            [report]
            efective = "2018"
            procedures = [{ code = "PK.1", name = "Layanan", efective = "2018-10-17" }]
            [[report.budget]]
            year = 2026
            sourc = "DIPA"
            lines = [{ name = "Honor", amount = 5000 }, { name = "ATK", amout = 7000, amount = 1 }]
            [samples.tariffs]
            "air/bod" = 150000
            [service_hours]
            monday = ["08:00-12:00"]
            """, path: "/x/config.toml")
        #expect(c.warnings.map(\.en) == [
            "/x/config.toml: unknown key report.budget[0].lines[1].amout is ignored (a typo?)",
            "/x/config.toml: unknown key report.budget[0].sourc is ignored (a typo?)",
            "/x/config.toml: unknown key report.efective is ignored (a typo?)",
            "/x/config.toml: unknown key report.procedures[0].efective is ignored (a typo?)",
        ])
    }
}
