import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore

/// Numbers and settings chosen to break the app: huge running numbers in a log or a snapshot,
/// formats that overlap, a pattern of absurd width, no service hours, typos in key names.
@Suite struct HostileNumbersTests {
    @Test func aHugeRunningNumberInTheLogDoesNotCrashTheNextRegistration() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            // Written around ppid-tui (by hand, or an older import that did not check numbers).
            try appendUnchecked(office, registration("PPID-2025-9223372036854775807", "2025-01-09T08:02:00+07:00"))
            try appendUnchecked(office, registration("PPID-2025-999999997", "2025-01-10T08:02:00+07:00"))
            let reopened = try openOffice(folder)
            for _ in 0..<2 {
                try reopened.log.append(by: "Siti", at: testNow) { ledger in
                    [.requestRegistered(RequestRegistered(
                        request: ledger.nextNumber(year: 2025), receivedAt: testNow, channel: .walkIn,
                        details: RequestDetails(requesterName: "Budi", category: .individual, topic: .testing, subject: "Tarif")
                    ))]
                }
            }
            let numbers = reopened.ledger.numbers
            #expect(numbers.count == 4)
            #expect(Set(numbers).count == 4, "a number given twice: \(numbers)")
        }
    }

    @Test func nextNumbersNeverOverflowWhateverTheHighestHeld() {
        #expect(RegistrationNumbering.following(nil) == 1)
        #expect(RegistrationNumbering.following(41) == 42)
        #expect(RegistrationNumbering.following(Int.max) == RegistrationNumbering.maxSequence + 1)
        #expect(RegistrationNumbering.following(Int.min) == 1)
    }

    @Test func numbersBeyondTheBoundsAreNotOfTheFormat() {
        let n = RegistrationNumbering.standard
        #expect(n.parse("PPID-2026-9223372036854775807") == nil)
        #expect(n.parse("PPID-2026-1000000000") == nil)
        #expect(n.parse("PPID-99999-001") == nil)
        #expect(n.parse("PPID-2026-999999999")! == (2026, 999_999_999))
    }

    @Test func aPatternWiderThanNineDigitsIsRefused() {
        #expect(RegistrationNumbering(pattern: "P-{year}-{seq:9}") != nil)
        #expect(RegistrationNumbering(pattern: "P-{year}-{seq:10}") == nil)
        #expect(RegistrationNumbering(pattern: "P-{year}-{seq:99999999999999999999}") == nil)
        #expect(RegistrationNumbering(pattern: "P-{year}-{seq:0}") == nil)
    }

    func detail(_ text: String) -> String? {
        do {
            _ = try OfficeConfig.parse(text, path: "/x/config.toml")
            return nil
        } catch {
            guard case .badConfig(_, let detail) = error else { return "not badConfig: \(error)" }
            return detail
        }
    }

    @Test(arguments: [
        ("[numbers]\nobjection = \"PPID-{year}-{seq:3}\"", "numbers.objection: ", "must differ from numbers.request"),
        ("[numbers]\nrequest = \"N-{year}-{seq:3}\"\nobjection = \"N-{year}-{seq:4}\"", "numbers.objection: ", "must differ from numbers.request"),
        ("[numbers]\nlhp = \"KEB-{year}-{seq:3}\"", "numbers.lhp: ", "must differ from numbers.objection"),
        ("[numbers]\nbpcui = \"PPID-{year}-{seq:3}\"", "numbers.bpcui: ", "must differ from numbers.request"),
        ("[numbers]\nbpcu = \"BPCUI-{year}-{seq:3}\"", "numbers.bpcui: ", "must differ from numbers.bpcu"),
        ("[numbers]\nrequest = \"PPID-{year}-{seq:12}\"", "numbers.request: ", "the pattern needs {year} and {seq:N} (N 1–9)"),
    ])
    func overlappingOrAbsurdFormatsAreRefused(_ text: String, _ key: String, _ english: String) {
        let found = detail(text) ?? "accepted"
        #expect(found.hasPrefix(key), "\(found)")
        #expect(found.contains(english), "\(found)")
    }

    @Test func distinctFormatsAreAccepted() throws {
        let c = try OfficeConfig.parse("[numbers]\nrequest = \"{seq:4}/PPID/{year}\"\nobjection = \"{seq:4}/KEB/{year}\"")
        #expect(c.numbering.pattern == "{seq:4}/PPID/{year}")
    }

    @Test func aConfigWithNoServiceHoursAtAllIsRefused() {
        let none = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { "\($0) = []" }.joined(separator: "\n")
        #expect(detail("[service_hours]\n" + none)?.contains("no service hours at all") == true)
        #expect(detail("[service_hours]\nmonday = []\nsaturday = [\"08:00-12:00\"]") == nil)
    }

    @Test func unknownKeysAndSectionsAreNamedInAWarning() throws {
        let c = try OfficeConfig.parse("[office]\nnmae = \"PPID X\"\n[numbres]\nrequest = \"A-{year}-{seq:3}\"\n[[holidays]]\ndate = \"2026-01-02\"\nname = \"Cuti\"\nknd = \"office\"", path: "/x/config.toml")
        let en = c.warnings.map(\.en)
        #expect(en.count == 3)
        #expect(en.contains("/x/config.toml: unknown key office.nmae is ignored (a typo?)"))
        #expect(en.contains { $0.contains("unknown key numbres ") })
        #expect(en.contains { $0.contains("unknown key holidays[0].knd ") })
        #expect(c.warnings.allSatisfy { $0.id.contains("tidak dikenal") })
    }

    @Test func theDefaultConfigHasNoWarnings() throws {
        #expect(try OfficeConfig.parse(OfficeConfig.defaultText).warnings.isEmpty)
    }

    // MARK: Issue 20: a number is exactly what its format writes, of the year of receipt

    @Test(arguments: [
        "PPID-2026-5", "PPID-2026-0005", "PPID-2026-0000000005", "PPID-2026-+5", "PPID-2026-+05", "PPID-+2026-005",
        "PPID-2026--0", "PPID-2026--01", "PPID-02026-005", "PPID-0-001", "PPID-2026-000", "PPID-2026-00a", "PPID-2026- 05", "PPID-2026-٠٠٥",
    ])
    func aNumberNotWrittenExactlyAsItsFormatIsRefused(_ number: String) throws {
        #expect(!RegistrationNumbering.standard.isExact(number, year: 2026))
        #expect(RegistrationNumbering.standard.refusal(of: number, receivedIn: 2026) == .numberNotOfFormat(number, pattern: "PPID-{year}-{seq:3}", example: "PPID-2026-001"))
        try expectRegistration(number, "2026-03-02T09:00:00+07:00", refusedWith: .numberNotOfFormat(number, pattern: "PPID-{year}-{seq:3}", example: "PPID-2026-001"))
    }

    @Test func exactNumbersAreAcceptedWiderOnlyPastTheWidth() {
        let n = RegistrationNumbering.standard
        #expect(n.isExact("PPID-2026-005", year: 2026))
        #expect(n.isExact("PPID-2026-1000", year: 2026))
        #expect(!n.isExact("PPID-2026-0999", year: 2026))
        let wide = RegistrationNumbering(pattern: "{seq:4}/PPID/{year}")!
        #expect(wide.isExact("0042/PPID/2026", year: 2026))
        #expect(!wide.isExact("042/PPID/2026", year: 2026))
    }

    @Test func aNumberOfAnotherYearThanItsReceiptIsRefused() throws {
        try expectRegistration("PPID-1999-001", "2026-03-02T09:00:00+07:00", refusedWith: .numberOfAnotherYear("PPID-1999-001", year: 1999, received: 2026))
        // 1 January 2026 00:30 in WIB is still 2025 in UTC: the office's time zone decides.
        try expectRegistration("PPID-2025-099", "2026-01-01T00:30:00+07:00", refusedWith: .numberOfAnotherYear("PPID-2025-099", year: 2025, received: 2026))
        try expectRegistration("PPID-2026-099", "2026-01-01T00:30:00+07:00", refusedWith: nil)
    }

    @Test func anObjectionNumberIsExactlyOfItsFormatAndYearToo() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let at = Timestamp.parse("2026-06-01T09:00:00+07:00")!
            try append(office, registration("PPID-2026-001", "2026-03-02T09:00:00+07:00"), at: at)
            func filed(_ number: String) -> EventRecord {
                EventRecord(id: "o", at: at, by: "Siti", event: .objectionFiled(ObjectionFiled(
                    request: "PPID-2026-001", objection: number, receivedAt: Timestamp.parse("2026-04-01T09:00:00+07:00")!, grounds: [.a]
                )))
            }
            #expect(throws: LedgerError.numberOfAnotherYear("KEB-2019-001", year: 2019, received: 2026)) { try office.ledger.check([filed("KEB-2019-001")]) }
            #expect(throws: LedgerError.numberNotOfFormat("KEB-2026-1", pattern: "KEB-{year}-{seq:3}", example: "KEB-2026-001")) { try office.ledger.check([filed("KEB-2026-1")]) }
            try office.ledger.check([filed("KEB-2026-001")])
        }
    }

    /// A number an older import let in (of another year, or not exactly of its format) stays a
    /// fact, and `ppid-tui check` names it as a warning, not damage.
    @Test func checkWarnsOfLoggedNumbersNotOfTheirFormatOrYear() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let office = try openOffice(folder)
            try appendUnchecked(office, registration("PPID-2025-099", "2026-01-01T00:30:00+07:00"), registration("PPID-2026-5", "2026-01-02T09:00:00+07:00"), at: Timestamp.parse("2026-06-01T09:00:00+07:00")!)
            let run = try Binary.run("ppid-tui", ["check", "--data", folder.path], environment: ["PPID_NOW": "2026-11-25T10:00:00+07:00"], scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Number PPID-2025-099 has the year 2025 but was received in 2026"), "\(run.stdout)")
            #expect(run.stdout.contains("Number \"PPID-2026-5\" does not match the format PPID-{year}-{seq:3}"), "\(run.stdout)")
            #expect(try openOffice(folder, readOnly: true).ledger.numbers.count == 2, "both replayed")
        }
    }

    /// What `decide` (through `check`) says of registering `number` received at `receivedAt`.
    func expectRegistration(_ number: String, _ receivedAt: String, refusedWith expected: LedgerError?) throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let record = EventRecord(id: "x", at: Timestamp.parse("2026-06-01T09:00:00+07:00")!, by: "Siti", event: registration(number, receivedAt))
            var found: LedgerError?
            do throws(LedgerError) { try office.ledger.check([record]) } catch { found = error }
            #expect(found == expected, "\(number) received \(receivedAt)")
        }
    }

    @Test func aCorrectionMayNotMoveTheReceiptOutOfItsNumbersYear() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let at = Timestamp.parse("2026-06-01T09:00:00+07:00")!
            let registered = try append(office, registration("PPID-2026-001", "2026-01-02T09:00:00+07:00"), at: at)
            func correction(_ receivedAt: String) -> EventRecord {
                EventRecord(id: "c", at: at, by: "Siti", event: .requestCorrected(RequestCorrected(
                    request: "PPID-2026-001", corrects: registered[0].id, receivedAt: Timestamp.parse(receivedAt)!, channel: .walkIn,
                    details: RequestDetails(requesterName: "Siti", category: .individual, topic: .testing, subject: "Tarif")
                )))
            }
            #expect(throws: LedgerError.numberOfAnotherYear("PPID-2026-001", year: 2026, received: 2025)) { try office.ledger.check([correction("2025-12-31T23:30:00+07:00")]) }
            try office.ledger.check([correction("2026-01-01T08:00:00+07:00")])
        }
    }

    // MARK: Issue 20: amounts have a sane range, and sums never overflow

    @Test func amountsAreReadOnlyAsWholeRupiahBelowATrillion() {
        #expect(Rupiah.parse("15000") == 15_000)
        #expect(Rupiah.parse("15.000") == 15_000)
        #expect(Rupiah.parse("999.999.999.999") == 999_999_999_999)
        #expect(Rupiah.parse("0") == 0)
        for bad in ["", "1.000.000.000.000", "9.223.372.036.854.775.807", "99999999999999999999999", "1.2.3", "15.00", "+5", "-5", " 5", "5.", ".5", "1,5"] {
            #expect(Rupiah.parse(bad) == nil, "\(bad)")
        }
        #expect(Rupiah.sum([Int.max, 1]) == nil)
        #expect(Rupiah.sum([1, 2, 3]) == 6)
    }

    @Test func aFeeOfATrillionOrMoreIsRefusedByTheRules() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2025-001", "2025-11-03T09:00:00+07:00"))
            func decided(_ fee: Int) -> EventRecord {
                EventRecord(id: "d", at: testNow, by: "Siti", event: .requestDecided(RequestDecided(request: "PPID-2025-001", outcome: .granted, noticeOn: day("2025-11-04"), fee: fee)))
            }
            #expect(throws: LedgerError.feeBeyondLimit(Int.max)) { try office.ledger.check([decided(Int.max)]) }
            #expect(throws: LedgerError.feeBeyondLimit(Rupiah.limit)) { try office.ledger.check([decided(Rupiah.limit)]) }
            try office.ledger.check([decided(Rupiah.limit - 1)])
        }
    }

    @Test func tariffsSummingPastIntMaxGiveNoTariffRatherThanTrap() {
        let tariffs = SampleTariffs(rupiah: ["air/bod": Int.max, "air/cod": Int.max])
        let details = SampleDetails(kind: .external, customer: Customer(name: "PT X"), commodity: "Air", parameters: "BOD, COD", quantity: "1 L")
        #expect(tariffs.amount(for: details) == nil)
        let sane = SampleTariffs(rupiah: ["air/bod": 150_000, "air/cod": 200_000])
        #expect(sane.amount(for: details) == 350_000)
    }

    @Test(arguments: [
        ("[forms]\nfee_max = 9223372036854775807", "forms.fee_max: "),
        ("[forms]\nbilling_max = 1000000000000", "forms.billing_max: "),
        ("[samples.tariffs]\n\"air/bod\" = 9223372036854775807", "samples.tariffs.\"air/bod\": "),
        ("[[report.budget]]\nyear = 2026\nlines = [{ name = \"Honor\", amount = 1000000000000 }]", "report.budget 2026: \"Honor\": "),
        ("[[report.budget]]\nyear = 2026\nlines = [{ name = \"A\", amount = 999999999999 }, { name = \"B\", amount = 999999999999 }]", "report.budget 2026: jumlah baris / the lines' total: "),
        (
            "[[report.budget]]\nyear = 2026\nlines = [{ name = \"A\", amount = 9223372036854775807 }, { name = \"B\", amount = 9223372036854775807 }]",
            "report.budget 2026: \"A\": "
        ),
    ])
    func configAmountsPastATrillionAreRefused(_ text: String, _ key: String) {
        let found = detail(text) ?? "accepted"
        #expect(found.hasPrefix(key), "\(found)")
        #expect(found.contains("rupiah from 0 to below 1.000.000.000.000"), "\(found)")
    }

    @Test func anyLoggedAmountIsWrittenAsRupiahWithoutATrap() {
        #expect(PaymentCodes.rupiah(Int.min) == "-9.223.372.036.854.775.808")
        #expect(PaymentCodes.rupiah(Int.max) == "9.223.372.036.854.775.807")
    }

    /// Minutes past Int.max / 60 trapped the sample board (minutes × 60 seconds).
    @Test func analysisMinutesAreBounded() {
        #expect(detail("[samples.analysis_minutes]\n\"air\" = 9223372036854775807") == "samples.analysis_minutes.\"air\": menit 1 sampai 1000000 / minutes from 1 to 1000000")
        #expect(detail("[samples.analysis_minutes]\n\"air\" = 1000000") == nil)
    }

    @Test func aBudgetSumThatWouldOverflowHasNoTotal() {
        #expect(ReportFacts.Budget(year: 2026, source: "", lines: [("A", Int.max), ("B", 1)]).total == nil)
        #expect(ReportFacts.Budget(year: 2026, source: "", lines: [("A", 2), ("B", 3)]).total == 5)
    }

    /// A fee past Int.max written to the log by another program: replay keeps it, and no
    /// command traps on it (the workbook once died: "Double value cannot be converted to Int").
    @Test(arguments: [["--format", "xlsx"], ["--format", "register"], ["--format", "report"], ["--format", "docx"]], [Int.max, Int.min])
    func aHugeFeeInTheLogCrashesNoExport(_ format: [String], _ fee: Int) throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let office = try openOffice(folder)
            try append(office, registration("PPID-2025-001", "2025-11-03T09:00:00+07:00"))
            try appendUnchecked(office, .requestDecided(RequestDecided(request: "PPID-2025-001", outcome: .granted, noticeOn: day("2025-11-04"), fee: fee)))
            #expect(try openOffice(folder, readOnly: true).ledger.requests["PPID-2025-001"]?.decision?.decided.fee == fee, "replayed as written")
            // The report is made only for an office whose identity is set (issue 21).
            var identity = OfficeIdentity()
            (identity.name, identity.city, identity.ppidName, identity.ppidNIP) = ("Balai X", "Kota Y", "Nama PPID", "1970")
            try identity.save(in: folder)
            let run = try Binary.run("ppid-tui", ["export", "--year", "2025", "--data", folder.path, "--out", scratch + "/out"] + format, environment: ["PPID_NOW": "2025-11-24T09:00:00+07:00"], scratch: scratch)
            #expect(!run.signaled, "\(run.stderr)")
            #expect(run.status == 0, "\(run.stderr)")
        }
    }

    /// Config amounts whose sum passes Int.max once crashed `export --format report|samples`;
    /// they are refused with the key to fix.
    @Test(arguments: [
        ("[[report.budget]]\nyear = 2025\nlines = [{ name = \"A\", amount = 9223372036854775807 }, { name = \"B\", amount = 9223372036854775807 }]\n", "report", "report.budget 2025"),
        ("[samples.tariffs]\n\"air/bod\" = 9223372036854775807\n\"air/cod\" = 9223372036854775807\n", "samples", "samples.tariffs"),
    ])
    func configAmountsPastIntMaxCrashNoExport(_ config: String, _ format: String, _ key: String) throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let office = try openOffice(folder)
            try append(office, .sample(.registered(SampleRegistered(
                sample: "BPCU-2025-001", receivedAt: Timestamp.parse("2025-11-03T09:00:00+07:00")!,
                details: SampleDetails(kind: .external, customer: Customer(name: "PT X"), commodity: "Air", parameters: "BOD, COD", quantity: "1 L")
            ))))
            try writeBytes(Array(config.utf8), to: folder.configPath)
            let run = try Binary.run("ppid-tui", ["export", "--year", "2025", "--format", format, "--data", folder.path], environment: ["PPID_NOW": "2025-11-24T09:00:00+07:00"], scratch: scratch)
            #expect(!run.signaled, "\(run.stderr)")
            #expect(run.stderr.contains(key) && run.stderr.contains("below 1.000.000.000.000"), "\(run.stderr)")
        }
    }
}
