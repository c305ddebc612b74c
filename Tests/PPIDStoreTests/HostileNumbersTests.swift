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
            try append(office, registration("PPID-2025-9223372036854775807", "2025-01-09T08:02:00+07:00"))
            try append(office, registration("PPID-2025-999999999", "2025-01-10T08:02:00+07:00"))
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
}
