import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore

/// The folder's snapshot stands for the log's first lines only while they, the config and the
/// format still match; a ledger read from it and the lines after it equals a full replay.
@Suite struct SnapshotTests {
    /// A log with every kind of event on a few requests.
    func busyFolder(_ folder: DataFolder) throws -> Office {
        let office = try openOffice(folder)
        for i in 1...9 { try append(office, registration("PPID-2019-00\(i)", "2019-0\(i)-1\(i)T09:00:00+07:00", name: "Pemohon \(i) é")) }
        try append(office, .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "Data di bidang lain", on: day("2019-01-14"))))
        try append(office, dikTest(on: "2019-01-30"))
        try append(office, .requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .partial, ground: .exception(.h), noticeOn: day("2019-01-30"), fee: 5000, payment: "Tunai", note: "Sebagian", material: "Ringkasan", givenBy: day("2019-02-04"), documentedBy: day("2019-02-15"), feeBreakdown: "10 lembar x Rp 500", tests: ["DIK-001"])))
        try append(office, .informationHandedOver(InformationHandedOver(request: "PPID-2019-001", handedOverOn: day("2019-02-01"), note: "Email")))
        // The lists: a second test corrected then revoked, a DIP decision, an entry updated.
        try append(office, dikTest(.c, number: "DIK-002", on: "2019-02-01"))
        guard case .lists(.testRecorded(var corrected)) = dikTest(.c, number: "DIK-002", on: "2019-02-01") else { return office }
        corrected.withheld = "Denah gudang é"
        try append(office, .lists(.testCorrected(TestCorrected(test: corrected, changes: ["withheld"], reason: "Dipersempit"))))
        try append(office, .lists(.testRevoked(TestRevoked(test: "DIK-002", on: day("2019-03-01"), decisionNumber: "UK-02", reason: "Dibuka"))))
        try append(office, .lists(.publicListDecided(PublicListDecided(decisionNumber: "01/KEP/PPID/2019", on: day("2019-01-02")))))
        let entry = PublicEntry(number: "DIP-001", summary: "Tarif pengujian", unit: "Seksi PT", responsible: "Kasi", madeWhen: "2019", madeWhere: "Pekanbaru", form: .both, retention: "5 tahun", kind: .periodic)
        try append(office, .lists(.publicEntrySet(PublicEntrySet(entry: entry, on: day("2019-01-02")))))
        try append(office, .requestWithdrawn(RequestWithdrawn(request: "PPID-2019-002", withdrawnAt: Timestamp.parse("2019-02-13T10:00:00+07:00")!, reason: "Sudah dapat")))
        try append(office, .requestReturnedIncomplete(RequestReturnedIncomplete(request: "PPID-2019-003", missing: "KTP", on: day("2019-03-14"))))
        try append(office, .objectionFiled(ObjectionFiled(request: "PPID-2019-001", objection: "KEB-2019-001", receivedAt: Timestamp.parse("2019-02-05T09:00:00+07:00")!, grounds: [.a, .c], agent: "LBH", note: "")))
        try append(office, .objectionAnswered(ObjectionAnswered(request: "PPID-2019-001", objection: "KEB-2019-001", decision: .upheld, reasons: "Pasal 17", answeredOn: day("2019-02-20"), superiorName: "Kepala", superiorPosition: "Atasan")))
        try append(office, .disputeStep(DisputeStep(request: "PPID-2019-001", objection: "KEB-2019-001", kind: .filed, on: day("2019-03-01"), detail: "Reg. 1")))
        // The Commission, the courts after it, and the decisions carried out (issue 21).
        for (kind, on, detail) in [
            (DisputeStep.Kind.carriedOut, "2019-02-21", "Surat dikirim"), (.started, "2019-03-05", "adjudication"), (.settled, "2019-04-10", "Ditolak"),
            (.courtFiled, "2019-04-24", "PTUN Pekanbaru 1/G/KI/2019"), (.courtDecided, "2019-06-10", "Menguatkan"),
            (.cassationFiled, "2019-06-20", "1 K/TUN/2019"), (.cassationDecided, "2019-09-10", "Ditolak"), (.carriedOut, "2019-09-15", "Salinan diberikan"),
        ] {
            try append(office, .disputeStep(DisputeStep(request: "PPID-2019-001", objection: "KEB-2019-001", kind: kind, on: day(on), detail: detail)))
        }
        // Letters: one recorded before letters were numbered, one numbered (issue 21).
        try append(office, .letterMade(LetterMade(request: "PPID-2019-001", letter: "notice", file: "letters/PPID-2019-001-notice.docx")))
        try append(office, .letterMade(LetterMade(request: "PPID-2019-001", letter: "refusal", file: "letters/PPID-2019-001-refusal.docx", number: "007/PPID/II/2019", series: "2019", sequence: 7)))
        try append(office, .letterMade(LetterMade(request: "PPID-2019-001", letter: "notice", file: "letters/PPID-2019-001-notice.docx", number: "008/PPID/II/2019", series: "2019", sequence: 8)))
        let decision = try append(office, .requestDecided(RequestDecided(request: "PPID-2019-004", outcome: .granted, noticeOn: day("2019-04-20"))))
        try append(office, .eventUndone(EventUndone(request: "PPID-2019-004", undoes: decision[0].id, reason: "salah")))
        // A registration voided as spam (issue 23): the board counts it apart.
        let spam = try office.log.history(of: "PPID-2019-008")[0]
        try append(office, .eventUndone(EventUndone(request: "PPID-2019-008", undoes: spam.id, reason: "spam: iklan")))
        let registration = try office.log.history(of: "PPID-2019-005")[0]
        var fixed = try #require(office.ledger["PPID-2019-005"]).details
        fixed.topic = .research
        // Into 2018: refused by the rules since issue 20 (a number's year is its receipt
        // year), but an older log may hold it, and a snapshot must keep it.
        try appendUnchecked(office, .requestCorrected(RequestCorrected(request: "PPID-2019-005", corrects: registration.id, receivedAt: Timestamp.parse("2018-12-28T09:00:00+07:00")!, channel: .phone, details: fixed)))
        // A sample from a testing request, through a few of its steps: samples keep their
        // events whole, so a snapshot folds them again from their lines.
        let details = SampleDetails(kind: .external, letterNumber: "12/X", customer: Customer(name: "Ani é"), commodity: "Karet", parameters: "PRI", quantity: "1", fromRequest: "PPID-2019-006")
        try append(office, .sample(.registered(SampleRegistered(sample: "BPCU-2019-001", receivedAt: Timestamp.parse("2019-06-17T09:00:00+07:00")!, details: details))))
        try append(office, .sample(.received(SampleReceived(sample: "BPCU-2019-001", receivedAt: Timestamp.parse("2019-06-17T10:00:00+07:00")!, label: "L-1"))))
        return office
    }

    func save(_ office: Office) throws {
        try SnapshotJob(ledger: office.ledger, bytes: Int(fileSize(office.folder.logPath)), lines: office.ledger.eventCount, folder: office.folder).run()
    }

    func fileSize(_ path: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0 }

    /// Everything a ledger answers, compared between one read from a snapshot and a replay.
    func expectSame(_ a: Office, _ b: Office, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let codec = EventCodec(timeZone: jakarta)
        let lines = { (r: EventRecord) in codec.encode(r) }
        #expect(
            a.ledger.snapshot(encoding: lines, reading: a.reader) == b.ledger.snapshot(encoding: lines, reading: b.reader), "the same bytes",
            sourceLocation: sourceLocation)
        for n in b.ledger.numbers { #expect(try a.log.history(of: n) == b.log.history(of: n), sourceLocation: sourceLocation) }
        let june = Timestamp.parse("2019-06-20T09:00:00+07:00")!
        #expect(
            try a.ledger.letterNumber("receipt", request: "PPID-2019-009", objection: "", numbering: .standard, now: june, reading: a.reader)
                == b.ledger.letterNumber("receipt", request: "PPID-2019-009", objection: "", numbering: .standard, now: june, reading: b.reader),
            sourceLocation: sourceLocation)
        let (a, b) = (a.ledger, b.ledger)
        #expect(a.samples == b.samples && a.sampleNumbers == b.sampleNumbers && a.reportOwners == b.reportOwners, sourceLocation: sourceLocation)
        #expect(a.exemptionEntries == b.exemptionEntries && a.publicListings == b.publicListings && a.publicListDecisions == b.publicListDecisions, sourceLocation: sourceLocation)
        #expect(b.exemptionEntries.count == 2 && b.publicListings.count == 1, sourceLocation: sourceLocation)
        #expect(a.requests == b.requests && a.numbers == b.numbers && a.eventCount == b.eventCount, sourceLocation: sourceLocation)
        #expect(a.years == b.years, sourceLocation: sourceLocation)
        for y in [2018, 2019, 2020] {
            #expect(a.recap(year: y) == b.recap(year: y) && a.figures(year: y) == b.figures(year: y), sourceLocation: sourceLocation)
            #expect(a.requests(receivedIn: y) == b.requests(receivedIn: y) && a.nextNumber(year: y) == b.nextNumber(year: y), sourceLocation: sourceLocation)
            #expect(a.objections(receivedIn: y).map(\.objection) == b.objections(receivedIn: y).map(\.objection), sourceLocation: sourceLocation)
            #expect(a.nextObjectionNumber(year: y) == b.nextObjectionNumber(year: y), sourceLocation: sourceLocation)
        }
        #expect(a.objections.map(\.objection) == b.objections.map(\.objection), sourceLocation: sourceLocation)
        #expect(a.pendingObjections.map(\.objection) == b.pendingObjections.map(\.objection), sourceLocation: sourceLocation)
        #expect(a.openNumbers == b.openNumbers && a.closedPositions == b.closedPositions, sourceLocation: sourceLocation)
        for n in b.numbers { #expect(a.letterOnRecord("notice", of: n) == b.letterOnRecord("notice", of: n), sourceLocation: sourceLocation) }
        #expect(b.letterOnRecord("notice", of: "PPID-2019-001")?.number == "008/PPID/II/2019", sourceLocation: sourceLocation)
        #expect(a.spamVoided(ReportPeriod(year: 2019)) == 1 && b.spamVoided(ReportPeriod(year: 2019)) == 1, sourceLocation: sourceLocation)
    }

    @Test func aSnapshotAndTheLinesAfterItGiveTheReplaysLedger() throws {
        try withDataFolder { folder in
            let office = try busyFolder(folder)
            try save(office)
            let reopened = try openOffice(folder)
            #expect(reopened.log.snapshotBytes == fileSize(folder.logPath), "read from the snapshot")
            let replayed = try Office(folder: folder, readOnly: true, snapshots: false)
            #expect(replayed.log.snapshotBytes == 0)
            try expectSame(reopened, replayed)
            // Lines appended after the snapshot are replayed on top of it.
            try append(reopened, registration("PPID-2019-010", "2019-10-10T09:00:00+07:00"))
            try append(reopened, .requestDecided(RequestDecided(request: "PPID-2019-009", outcome: .rejected, ground: .notHeld, noticeOn: day("2019-10-01"))))
            let again = try openOffice(folder)
            #expect(again.log.snapshotBytes > 0 && again.log.snapshotBytes < fileSize(folder.logPath))
            try expectSame(again, try Office(folder: folder, readOnly: true, snapshots: false))
            try expectSame(again, reopened)
        }
    }

    @Test func aLogChangedInsideTheSnapshotsLinesIsReplayedInstead() throws {
        try withDataFolder { folder in
            let office = try busyFolder(folder)
            try save(office)
            // Same length, one letter of a name changed by hand.
            var bytes = try readBytes(folder.logPath)
            let at = try #require(bytes.firstRange(of: Array("Pemohon 3".utf8)))
            bytes[at.lowerBound] = UInt8(ascii: "Q")
            try writeBytes(bytes, to: folder.logPath)
            let reopened = try openOffice(folder, readOnly: true)
            #expect(reopened.log.snapshotBytes == 0)
            #expect(reopened.ledger["PPID-2019-003"]?.details.requesterName == "Qemohon 3 é")
        }
    }

    @Test func aShorterLogAnotherConfigOrADamagedSnapshotIsReplayedInstead() throws {
        try withDataFolder { folder in
            let office = try busyFolder(folder)
            try save(office)
            let snapshot = try readBytes(folder.snapshotPath)
            // The log cut short.
            let log = try readBytes(folder.logPath)
            try writeBytes(Array(log.prefix(log.count / 2)), to: folder.logPath)
            #expect(try openOffice(folder, readOnly: true).log.snapshotBytes == 0)
            try writeBytes(log, to: folder.logPath)
            #expect(try openOffice(folder, readOnly: true).log.snapshotBytes > 0)
            // A holiday added in the config moves deadlines: the snapshot no longer stands.
            let config = try String(contentsOfFile: folder.configPath, encoding: .utf8)
            try (config + "\n[[holidays]]\ndate = \"2019-02-04\"\nname = \"Tutup\"\nkind = \"office\"\n").write(toFile: folder.configPath, atomically: true, encoding: .utf8)
            #expect(try openOffice(folder, readOnly: true).log.snapshotBytes == 0)
            try config.write(toFile: folder.configPath, atomically: true, encoding: .utf8)
            // Damaged snapshots: cut short anywhere, or a byte changed in its ledger.
            for cut in [10, 44, 60, snapshot.count / 2, snapshot.count - 1] {
                try writeBytes(Array(snapshot.prefix(cut)), to: folder.snapshotPath)
                let o = try openOffice(folder, readOnly: true)
                #expect(o.log.snapshotBytes == 0 && o.ledger.eventCount == office.ledger.eventCount)
            }
            var flipped = snapshot
            flipped[snapshot.count - 40] ^= 0xFF
            try writeBytes(flipped, to: folder.snapshotPath)
            let o = try openOffice(folder, readOnly: true)
            #expect(o.log.snapshotBytes == 0, "the ledger's bytes carry their own hash")
            #expect(o.ledger.eventCount == office.ledger.eventCount)
        }
    }

    @Test func aSnapshotWithAnyByteChangedOrCutAnywhereIsRefusedBeforeItIsRead() throws {
        try withDataFolder { folder in
            let office = try busyFolder(folder)
            try save(office)
            let snapshot = try readBytes(folder.snapshotPath)
            let fd = open(folder.logPath, O_RDONLY)
            defer { close(fd) }
            let l = office.ledger
            func load() -> LogSnapshot? {
                LogSnapshot.load(folder, log: fd, calendar: l.calendar, numbering: l.numbering, objectionNumbering: l.objectionNumbering, samplePolicy: l.samplePolicy)
            }
            #expect(load() != nil, "the snapshot as saved is used")
            // Every byte changed (its top bit; the header's and the hash's low bit too): never
            // read as a ledger (a damaged ledger's bytes are not parsed at all: they are hashed
            // first). The top bit of the header's byte count once stopped the open with a trap.
            var used = 0
            for at in snapshot.indices {
                for change: UInt8 in at < 44 || at >= snapshot.count - 8 ? [0x80, 0x01] : [0x80] {
                    var damaged = snapshot
                    damaged[at] ^= change
                    try writeBytes(damaged, to: folder.snapshotPath)
                    if load() != nil { used += 1 }
                }
            }
            for cut in stride(from: 0, to: snapshot.count, by: max(1, snapshot.count / 500)) {
                try writeBytes(Array(snapshot.prefix(cut)), to: folder.snapshotPath)
                if load() != nil { used += 1 }
            }
            #expect(used == 0, "\(snapshot.count) bytes changed and cut at 500 places: none used")
        }
    }

    /// The hashes are worked out on another core while the bytes are read: a ledger is built
    /// from them (indexes, samples folded) only once they are known to be the ones written.
    @Test func aLedgerIsBuiltFromSnapshotBytesOnlyOnceTheyAreVerified() throws {
        try withDataFolder { folder in
            let office = try busyFolder(folder)
            let codec = EventCodec(timeZone: jakarta)
            let bytes = try #require(office.ledger.snapshot(encoding: { Array(codec.encode($0).dropLast()) }, reading: office.reader))
            func read(verified: Bool) throws -> Ledger {
                var asked = 0
                defer { #expect(asked == 1, "asked once, after every byte is read") }
                return try bytes.withUnsafeBytes { b in
                    try Ledger(snapshot: b, calendar: office.ledger.calendar, decoding: { line in line.withUnsafeBufferPointer { try? codec.decode($0) } },
                               verified: { asked += 1; return verified })
                }
            }
            #expect(throws: SnapshotError.self) { try read(verified: false) }
            #expect(try read(verified: true).eventCount == office.ledger.eventCount)
        }
    }

    @Test func theLogHashIsXXH64() {
        func h(_ s: String) -> UInt64 { Array(s.utf8).withUnsafeBytes { LogHash.xxh64($0) } }
        #expect(h("") == 0xEF46_DB37_51D8_E999)
        #expect(h("a") == 0xD24E_C4F1_A98C_6E5B)
        #expect(h("abc") == 0x44BC_2CF5_AD77_0999)
        #expect(h("Nobody inspects the spammish repetition") == 0xFBCE_A83C_8A37_8BF1)
        // Given piece by piece, the same.
        let text = Array((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let whole = text.withUnsafeBytes { LogHash.xxh64($0) }
        for cuts in [[1], [31, 33], [7, 64, 100, 4000], [32, 32, 32]] {
            var stream = LogHash.Stream()
            var at = 0
            for c in cuts + [text.count] where c > at {
                text.withUnsafeBytes { stream.update(UnsafeRawBufferPointer(rebasing: $0[at..<min(c, text.count)])) }
                at = min(c, text.count)
            }
            #expect(stream.digest() == whole, "\(cuts)")
        }
    }
}
