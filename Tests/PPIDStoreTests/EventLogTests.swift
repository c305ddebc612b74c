import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// The log on disk: append and replay, a crash's torn tail, damage in the middle, a newer
/// schema, other processes' lines, permissions.
@Suite struct EventLogTests {
    /// A folder with three independent registrations (lines 1–3).
    func threeRegistrations(_ folder: DataFolder) throws -> Office {
        let office = try openOffice(folder)
        try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00", name: "Joko Nasution"))
        try append(office, registration("PPID-2019-002", "2019-01-10T09:00:00+07:00", name: "Désirée Muñoz"))
        try append(office, registration("PPID-2019-003", "2019-01-11T10:00:00+07:00", name: "Andi Saputra"))
        return office
    }

    /// What a ledger holds, for comparing a live one with a replayed one.
    struct Snapshot: Equatable {
        let requests: RequestTable
        let numbers: [String]
        let eventCount: Int
        let recaps: [MonthlyRecap]

        init(_ l: Ledger) {
            requests = l.requests
            numbers = l.numbers
            eventCount = l.eventCount
            recaps = l.years.map(l.recap(year:))
        }
    }

    // MARK: Append and replay

    @Test func appendThenReopenGivesTheSameLedger() throws {
        try withDataFolder { folder in
            let office = try threeRegistrations(folder)
            try append(office, dikTest(on: "2019-01-14"),
                .requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .partial, ground: .exception(.h), noticeOn: day("2019-01-14"), fee: 5000, payment: "tunai", note: "NIK dihitamkan", tests: ["DIK-001"])),
                .informationHandedOver(InformationHandedOver(request: "PPID-2019-001", handedOverOn: day("2019-01-15"))))
            try append(office, .requestWithdrawn(RequestWithdrawn(request: "PPID-2019-002", withdrawnAt: Timestamp.parse("2019-01-11T08:00:00+07:00")!, reason: "dicabut")))
            try append(office, .requestExtended(RequestExtended(request: "PPID-2019-003", reason: "dokumen di arsip pusat", on: day("2019-01-14"))))
            let live = Snapshot(office.ledger)
            #expect(live.eventCount == 8)

            let reopened = try openOffice(folder)
            #expect(reopened.log.problems.isEmpty)
            #expect(Snapshot(reopened.ledger) == live)
            let readOnly = try openOffice(folder, readOnly: true)
            #expect(Snapshot(readOnly.ledger) == live)
        }
    }

    @Test func appendAtAFractionalSecondThenReopenGivesTheSameLedger() throws {
        // The clock has sub-second precision; the log keeps whole seconds. What a process holds
        // after its own append must be what every other process replays from the file.
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let now = Date(timeIntervalSince1970: 1_700_000_000.734)
            try office.log.append(by: "Siti", at: now) { ledger in
                [.requestRegistered(RequestRegistered(
                    request: ledger.nextNumber(year: 2023), receivedAt: now.addingTimeInterval(-0.5), channel: .walkIn,
                    details: RequestDetails(requesterName: "Budi", category: .individual, topic: .testing, subject: "Tarif")
                ))]
            }
            let reopened = try openOffice(folder, readOnly: true)
            #expect(Snapshot(reopened.ledger) == Snapshot(office.ledger))
        }
    }

    @Test func appendReturnsTheRecordsWithIdsTimeAndOfficer() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let records = try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"), registration("PPID-2019-002", "2019-01-09T08:03:00+07:00"))
            #expect(records.count == 2)
            #expect(Set(records.map(\.id)).count == 2)
            #expect(records.allSatisfy { $0.by == "Siti" && $0.at == testNow && $0.version == 1 && UUID(uuidString: $0.id) != nil })
            let lines = splitLines(try readBytes(folder.logPath))
            #expect(lines.count == 3 && lines[2].isEmpty, "two lines, each ending in a newline")
        }
    }

    @Test func refusedEventsWriteNothing() throws {
        try withDataFolder { folder in
            let office = try threeRegistrations(folder)
            let before = try readBytes(folder.logPath)

            #expect(throws: StoreError.refused(.unknownRequest("PPID-2019-999"))) {
                try append(office, .requestExtended(RequestExtended(request: "PPID-2019-999", reason: "x")))
            }
            // A batch whose second event is refused: the first is not written either.
            #expect(throws: StoreError.refused(.duplicateNumber("PPID-2019-001"))) {
                try append(office, registration("PPID-2019-004", "2019-01-12T08:00:00+07:00"), registration("PPID-2019-001", "2019-01-12T08:00:00+07:00"))
            }
            #expect(throws: StoreError.refused(.groundRequired(.rejected))) {
                try append(office, .requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .rejected, noticeOn: day("2019-01-14"))))
            }
            #expect(throws: StoreError.refused(.receivedInFuture("PPID-2019-005"))) {
                try append(office, registration("PPID-2019-005", "2030-01-01T08:00:00+07:00"))
            }
            // `build` itself may refuse.
            #expect(throws: StoreError.refused(.negativeFee)) {
                try office.log.append(by: "Siti", at: testNow) { (_) throws(LedgerError) -> [Event] in throw .negativeFee }
            }
            #expect(try append(office).isEmpty, "no events, no write")
            #expect(try readBytes(folder.logPath) == before)
            #expect(office.ledger.eventCount == 3)
            #expect(office.ledger.requests["PPID-2019-004"] == nil)
            #expect(!office.log.isReadOnly, "a refusal does not lock the folder")
        }
    }

    @Test func aLineTheRulesWouldRefuseIsAFactWithAWarningInCheck() throws {
        // Written around ppid-tui (by hand or by another program): valid JSON, but the rules say no.
        try withDataFolder { folder in
            _ = try threeRegistrations(folder)
            let codec = EventCodec(timeZone: jakarta)
            let bad = EventRecord(id: "hand-made", at: testNow, by: "x", event: .requestExtended(RequestExtended(request: "PPID-2019-404", reason: "x")))
            try appendRaw(codec.encode(bad), to: folder.logPath)
            let office = try openOffice(folder)
            #expect(office.log.problems.isEmpty, "a replay never refuses a recorded line")
            #expect(office.ledger.eventCount == 4)
            #expect(office.ledger.requests.count == 3)
            #expect(!office.log.isReadOnly)
            let checked = try Office(folder: folder, readOnly: true, snapshots: false, audit: true)
            #expect(kinds(checked.log) == [.ruleWarning(.unknownRequest("PPID-2019-404"))])
            #expect(checked.log.problems.first?.line == 4)
            #expect(checked.log.problems.allSatisfy { $0.isWarning })
        }
    }

    // MARK: Torn tail

    /// The first `count` bytes of a fourth registration's line, no newline.
    func tornBytes(_ count: Int) -> [UInt8] {
        let line = EventCodec(timeZone: jakarta).encode(EventRecord(id: "torn", at: testNow, by: "Siti", event: registration("PPID-2019-004", "2019-01-12T08:00:00+07:00")))
        return Array(line.prefix(count))
    }

    @Test(arguments: [1, 57, 200])
    func aTornTailIsSetAsideIntoRecovery(_ length: Int) throws {
        try withDataFolder { folder in
            _ = try threeRegistrations(folder)
            let whole = try readBytes(folder.logPath)
            let torn = tornBytes(length)
            try appendRaw(torn, to: folder.logPath)

            let office = try openOffice(folder)
            let problems = office.log.problems
            try #require(problems.count == 1)
            #expect(problems[0].line == 4)
            guard case .tornTail(let bytes, let moved?) = problems[0].kind else {
                Issue.record("expected a torn tail moved aside, got \(problems[0].kind)")
                return
            }
            #expect(bytes == length)
            #expect(moved.hasPrefix(folder.recoveryPath + "/"))
            #expect(try readBytes(moved) == torn, "the recovery file holds exactly the torn bytes")
            #expect(try readBytes(folder.logPath) == whole, "the log is cut back to its last whole line")
            #expect(try readBytes(folder.logPath).last == 0x0A)
            #expect(office.ledger.eventCount == 3)
            #expect(!office.log.isReadOnly, "a torn tail set aside does not block writing")
            #expect(problems[0].message.en.contains("moved to \(moved)"))
            #expect(permissions(folder.recoveryPath) == 0o700)
            #expect(permissions(moved) == 0o600)

            // The next append goes on a fresh line and the folder is healthy again.
            try append(office, registration("PPID-2019-004", "2019-01-12T08:00:00+07:00"))
            let again = try openOffice(folder)
            #expect(again.log.problems.isEmpty)
            #expect(again.ledger.eventCount == 4)
        }
    }

    @Test func aTornTailWithNothingBeforeItLeavesAnEmptyLog() throws {
        try withDataFolder { folder in
            try folder.prepare()
            try writeBytes(tornBytes(30), to: folder.logPath)
            let office = try openOffice(folder)
            #expect(office.log.problems.count == 1)
            #expect(try readBytes(folder.logPath).isEmpty)
            #expect(office.ledger.eventCount == 0)
        }
    }

    @Test func aReadOnlyOpenReportsATornTailAndChangesNothing() throws {
        try withDataFolder { folder in
            _ = try threeRegistrations(folder)
            try appendRaw(tornBytes(80), to: folder.logPath)
            let before = try readBytes(folder.logPath)

            let office = try openOffice(folder, readOnly: true)
            #expect(kinds(office.log) == [.tornTail(bytes: 80, movedTo: nil)])
            #expect(office.log.problems.first?.line == 4)
            #expect(office.ledger.eventCount == 3)
            #expect(try readBytes(folder.logPath) == before)
            #expect(!FileManager.default.fileExists(atPath: folder.recoveryPath))
            #expect(throws: (any Error).self) { try append(office, registration("PPID-2019-004", "2019-01-12T08:00:00+07:00")) }

            // Looking again does not report it twice.
            try office.log.refresh()
            #expect(office.log.problems.count == 1)
            #expect(try readBytes(folder.logPath) == before)
        }
    }

    @Test func anAppendSetsAsideATornTailLeftSinceOpening() throws {
        // Another process crashed mid-write after this one opened the folder.
        try withDataFolder { folder in
            let office = try threeRegistrations(folder)
            let whole = try readBytes(folder.logPath)
            try appendRaw(tornBytes(40), to: folder.logPath)
            try office.log.refresh()
            #expect(office.log.problems.isEmpty, "without the lock a partial line may be a write in progress: left alone")
            try append(office, registration("PPID-2019-004", "2019-01-12T08:00:00+07:00"))
            #expect(kinds(office.log).count == 1)
            let after = try readBytes(folder.logPath)
            #expect(Array(after.prefix(whole.count)) == whole)
            #expect(splitLines(after).count == 5, "four whole lines and nothing after the last newline")
            #expect(try openOffice(folder).log.problems.isEmpty)
        }
    }

    // MARK: Damage in the middle

    enum Damage: String, CaseIterable, Sendable {
        case flippedByte, halfALine, invalidUTF8, emptyObject

        func apply(to line: [UInt8]) -> [UInt8] {
            var l = line
            switch self {
            case .flippedByte: l[0] ^= 0x20  // "{" becomes "["
            case .halfALine: l = Array(l.prefix(l.count / 2))
            case .invalidUTF8:
                let i = l.firstRange(of: Array("Désirée".utf8))!.lowerBound + 1
                l[i] = 0xC3; l[i + 1] = 0x28  // a lead byte without its continuation
            case .emptyObject: l = Array("{}".utf8)
            }
            return l
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedLineIsReportedByNumberAndNothingIsRewritten(_ damage: Damage) throws {
        try withDataFolder { folder in
            _ = try threeRegistrations(folder)
            var lines = splitLines(try readBytes(folder.logPath))
            lines[1] = damage.apply(to: lines[1])
            let damaged = Array(lines.joined(separator: [0x0A]))
            try writeBytes(damaged, to: folder.logPath)

            let office = try openOffice(folder)
            let problems = office.log.problems
            try #require(problems.count == 1, "\(problems)")
            #expect(problems[0].line == 2)
            #expect(problems[0].path == folder.logPath)
            guard case .damaged = problems[0].kind else { Issue.record("expected damage, got \(problems[0].kind)"); return }
            #expect(problems[0].message.en.hasPrefix("\(folder.logPath):2: damaged line, "))
            #expect(office.ledger.eventCount == 2)
            #expect(office.ledger.numbers == ["PPID-2019-001", "PPID-2019-003"])

            // Writing is refused, and says where the damage is.
            #expect(office.log.isReadOnly)
            let refusal = #expect(throws: StoreError.self) { try append(office, registration("PPID-2019-004", "2019-01-12T08:00:00+07:00")) }
            #expect(refusal.map { isReadOnly($0, mentioning: "\(folder.logPath):2 is damaged") } == true, "\(String(describing: refusal))")
            #expect(try readBytes(folder.logPath) == damaged, "the file is byte-identical")
            #expect(!FileManager.default.fileExists(atPath: folder.recoveryPath))

            // Read-only opens report the same.
            let look = try openOffice(folder, readOnly: true)
            #expect(look.log.problems.map(\.line) == [2])
        }
    }

    @Test func aDamagedLastLineWithItsNewlineIsDamageNotATornTail() throws {
        try withDataFolder { folder in
            _ = try threeRegistrations(folder)
            try appendRaw(Array(#"{"v":1,"id":"#.utf8) + [0x0A], to: folder.logPath)
            let before = try readBytes(folder.logPath)
            let office = try openOffice(folder)
            #expect(office.log.problems.map(\.line) == [4])
            #expect(office.log.isReadOnly)
            #expect(try readBytes(folder.logPath) == before)
        }
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        try withDataFolder { folder in
            _ = try threeRegistrations(folder)
            var lines = splitLines(try readBytes(folder.logPath))
            lines.insert([], at: 1)
            lines.insert(Array("  \r".utf8), at: 2)
            lines[4] = Damage.flippedByte.apply(to: lines[4])
            try writeBytes(Array(lines.joined(separator: [0x0A])), to: folder.logPath)
            let office = try openOffice(folder, readOnly: true)
            #expect(office.log.problems.map(\.line) == [5], "line numbers are those an editor shows")
        }
    }

    // MARK: Newer schema

    @Test func aNewerVersionLineIsReportedAndWritingIsRefusedWithTheUpgradeMessage() throws {
        try withDataFolder { folder in
            _ = try threeRegistrations(folder)
            let future = #"{"v":2,"id":"9b1c","at":"2031-01-02T08:00:00+07:00","by":"Siti","type":"request.escalated","request":"PPID-2031-001","level":{"to":"atasan"}}"#
            try appendRaw(Array(future.utf8) + [0x0A], to: folder.logPath)
            let before = try readBytes(folder.logPath)

            let office = try openOffice(folder)
            #expect(kinds(office.log) == [.newerVersion(2)])
            #expect(office.log.problems.first?.line == 4)
            #expect(office.log.problems.first?.message.en == "\(folder.logPath):4 was written by a newer ppid-tui (schema v2). Upgrade ppid-tui before writing to this folder.")
            #expect(office.ledger.eventCount == 3, "the lines it understands still load")
            let refusal = #expect(throws: StoreError.self) { try append(office, registration("PPID-2019-004", "2019-01-12T08:00:00+07:00")) }
            #expect(refusal.map { isReadOnly($0, mentioning: "upgrade ppid-tui") } == true, "\(String(describing: refusal))")
            let message = office.log.readOnlyReason.map { StoreError.readOnly(reason: $0).message }
            #expect(message?.en.contains("newer ppid-tui") == true)
            #expect(message?.id.contains("perbarui ppid-tui") == true)
            #expect(try readBytes(folder.logPath) == before)
        }
    }

    // MARK: Other processes' lines

    @Test func refreshPicksUpWhatAnotherInstanceAppendedReadingOnlyTheNewBytes() throws {
        try withDataFolder { folder in
            let counter = try threeRegistrations(folder)
            let head = try openOffice(folder)
            #expect(head.ledger.eventCount == 3)
            #expect(try head.log.refresh() == 0)

            try append(counter, registration("PPID-2019-004", "2019-01-12T08:00:00+07:00"))
            try append(counter, .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "arsip", on: day("2019-01-14"))))
            #expect(try head.log.refresh() == 2)
            // Had it re-read the old lines, the registrations would count twice and be refused as duplicates.
            #expect(head.ledger.eventCount == 5)
            #expect(head.log.problems.isEmpty)
            #expect(head.ledger.requests["PPID-2019-001"]?.extensionGiven?.reason == "arsip")
            #expect(Snapshot(head.ledger) == Snapshot(counter.ledger))
            #expect(try head.log.refresh() == 0)

            // And the other way: the counter sees the head's append when it appends next.
            try append(head, registration("PPID-2019-005", "2019-01-12T09:00:00+07:00"))
            let records = try counter.log.append(by: "Budi", at: testNow) { ledger in
                [registration(ledger.nextNumber(year: 2019), "2019-01-12T10:00:00+07:00")]
            }
            #expect(records.first?.event.request == "PPID-2019-006")
        }
    }

    @Test func aReadOnlyViewerOpenedBeforeTheFirstLinePicksItUp() throws {
        // The head's read-only screen may be opened before any counter has written.
        try withDataFolder { folder in
            let viewer = try openOffice(folder, readOnly: true)
            #expect(try viewer.log.refresh() == 0)
            let counter = try openOffice(folder)
            try append(counter, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            #expect(try viewer.log.refresh() == 1)
            #expect(viewer.ledger.requests["PPID-2019-001"] != nil)
            try append(counter, registration("PPID-2019-002", "2019-01-09T08:03:00+07:00"))
            #expect(try viewer.log.refresh() == 1)
            #expect(viewer.log.problems.isEmpty)
        }
    }

    @Test func refreshLeavesALineStillBeingWritten() throws {
        try withDataFolder { folder in
            let counter = try threeRegistrations(folder)
            let line = EventCodec(timeZone: jakarta).encode(EventRecord(id: "late", at: testNow, by: "Budi", event: registration("PPID-2019-004", "2019-01-12T08:00:00+07:00")))
            try appendRaw(Array(line.prefix(50)), to: folder.logPath)
            #expect(try counter.log.refresh() == 0)
            #expect(counter.log.problems.isEmpty)
            try appendRaw(Array(line.dropFirst(50)), to: folder.logPath)
            #expect(try counter.log.refresh() == 1)
            #expect(counter.ledger.requests["PPID-2019-004"] != nil)
            #expect(counter.log.problems.isEmpty)
        }
    }

    @Test func aLogCutShortBehindOurBackIsReported() throws {
        try withDataFolder { folder in
            let office = try threeRegistrations(folder)
            let bytes = try readBytes(folder.logPath)
            try writeBytes(Array(bytes.prefix(bytes.count / 2)), to: folder.logPath)
            try office.log.refresh()
            try office.log.refresh()
            #expect(kinds(office.log) == [.shrank], "reported once, however often it looks")
            #expect(office.log.isReadOnly)
        }
    }

    // MARK: Permissions

    @Test func newFilesAndFoldersAreReadableByTheirOwnerOnly() throws {
        try withScratch { base in
            let folder = DataFolder(path: base + "/nested/ppid")
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            #expect(permissions(folder.path) == 0o700)
            #expect(permissions(base + "/nested") == 0o700)
            #expect(permissions(folder.logPath) == 0o600)
            #expect(permissions(folder.configPath) == 0o600)
            #expect(String(decoding: try readBytes(folder.configPath), as: UTF8.self) == OfficeConfig.defaultText)
        }
    }

    @Test func aReadOnlyOpenOfAMissingFolderCreatesNothing() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder, readOnly: true)
            #expect(office.ledger.eventCount == 0)
            #expect(office.log.problems.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: folder.path))
            let refusal = #expect(throws: StoreError.self) { try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00")) }
            #expect(refusal.map { isReadOnly($0, mentioning: "--read-only") } == true)
        }
    }

    @Test(.disabled(if: geteuid() == 0, "root ignores permission bits; the unwritable-folder case runs as nobody in UnwritableFolderTests"))
    func aFolderWithoutWritePermissionIsRefusedUnlessReadOnly() throws {
        try withDataFolder { folder in
            _ = try threeRegistrations(folder)
            chmod(folder.path, 0o500)
            defer { chmod(folder.path, 0o700) }
            let refusal = #expect(throws: StoreError.self) { try openOffice(folder) }
            #expect(refusal?.message.en.contains("open with --read-only") == true, "\(String(describing: refusal))")
            let look = try openOffice(folder, readOnly: true)
            #expect(look.ledger.eventCount == 3)
        }
    }
}
