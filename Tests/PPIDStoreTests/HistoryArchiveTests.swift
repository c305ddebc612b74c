import Foundation
import PPIDTestSupport
import Testing
@testable import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// A ledger keeps each event's place in the log, not the event: histories, undos and resumed
/// imports read the lines back, live and after a reopen.
@Suite struct HistoryArchiveTests {
    func decided(_ number: String) -> Event {
        .requestDecided(RequestDecided(request: number, outcome: .granted, noticeOn: day("2019-01-15"), note: "Catatan é \"kutip\""))
    }

    @Test func theHistoryIsReadBackFromTheLogLiveAndAfterAReopen() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            var written = try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00", name: "Désirée Muñoz"))
            try append(office, registration("PPID-2019-002", "2019-01-10T08:02:00+07:00"))
            written += try append(office, .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "Data di bidang lain", on: day("2019-01-14"))))
            written += try append(office, decided("PPID-2019-001"))
            #expect(try office.log.history(of: "PPID-2019-001") == written)
            let reopened = try openOffice(folder, readOnly: true)
            #expect(try reopened.log.history(of: "PPID-2019-001") == written)
            #expect(try reopened.ledger.latestEffectiveEvent(of: "PPID-2019-001", reading: reopened.reader) == written.last)
            #expect(reopened.ledger.requests == office.ledger.requests)
        }
    }

    @Test func anUndoInTheLogIsReplayedFromTheLinesItReadsBack() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            let ext = try append(office, .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "Data di bidang lain", on: day("2019-01-14"))))
            let decision = try append(office, decided("PPID-2019-001"))
            try append(office, .eventUndone(EventUndone(request: "PPID-2019-001", undoes: decision[0].id, reason: "salah")))
            #expect(throws: StoreError.self) {
                try append(office, .eventUndone(EventUndone(request: "PPID-2019-001", undoes: decision[0].id)))
            }
            let reopened = try openOffice(folder, readOnly: true)
            #expect(reopened.log.problems.isEmpty)
            let r = try #require(reopened.ledger["PPID-2019-001"])
            #expect(r.status == .open)
            #expect(r.extensionGiven?.reason == "Data di bidang lain")
            #expect(try reopened.log.history(of: "PPID-2019-001").count == 4)
            #expect(try reopened.ledger.latestEffectiveEvent(of: "PPID-2019-001", reading: reopened.reader) == ext[0])
            #expect(reopened.ledger.requests == office.ledger.requests)
        }
    }

    /// The ledger reads nothing (issue 24 item 2): the store hands an undo's rules, its
    /// replay and `check`'s audit of it the request's events, read from the log.
    @Test func theStoreHandsAnUndoTheEventsItNeeds() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            let decision = try append(office, decided("PPID-2019-001"))
            // Through `decide`, as the screen's undo goes.
            try office.log.append(.undo(EventUndone(request: "PPID-2019-001", undoes: decision[0].id, reason: "salah")), by: "Siti", at: testNow)
            #expect(office.ledger["PPID-2019-001"]?.status == .open)
            let audited = try Office(folder: folder, readOnly: true, snapshots: false, audit: true)
            #expect(audited.log.problems.isEmpty, "no rule warning: the undo's check saw its request's events")
            #expect(audited.ledger["PPID-2019-001"]?.status == .open)
        }
    }

    @Test func aLogChangedBehindTheLedgersBackIsSaidSoNotMisread() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            try append(office, registration("PPID-2019-002", "2019-01-10T08:02:00+07:00"))
            // Someone swaps the two lines with an editor: same sizes, other requests.
            let lines = splitLines(try readBytes(folder.logPath))
            try writeBytes(lines[1] + [0x0A] + lines[0] + [0x0A], to: folder.logPath)
            #expect(throws: LedgerError.historyUnreadable("PPID-2019-001")) { try office.log.history(of: "PPID-2019-001") }
            try writeBytes([], to: folder.logPath)
            #expect(throws: LedgerError.historyUnreadable("PPID-2019-002")) { try office.log.history(of: "PPID-2019-002") }
        }
    }

    @Test func aRecordWithNoPlaceStaysInMemory() throws {
        var ledger = Ledger(calendar: WorkingCalendar(timeZone: jakarta, holidays: []))
        let r = EventRecord(id: "a", at: testNow, by: "siti", event: registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
        try ledger.apply(r)
        // A place beyond what a link holds (a line over 8 MB) keeps the record in memory too.
        let big = EventRecord(id: "b", at: testNow, by: "siti", event: .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "x")))
        ledger.evolve(big, placedAt: LogPlace(offset: 10, length: 1 << 24).packed, earlier: nil)
        #expect(try ledger.history(of: "PPID-2019-001") == [r, big])
    }
}

@Suite struct EventIDsTests {
    @Test func idsAreLowercaseVersionFourUUIDsAndDoNotRepeat() {
        var ids = EventIDs()
        var seen = Set<String>()
        for _ in 0..<50_000 {
            let id = ids.next()
            #expect(UUID(uuidString: id) != nil && id == id.lowercased())
            let b = Array(id.utf8)
            #expect(b[14] == UInt8(ascii: "4") && "89ab".utf8.contains(b[19]))
            #expect(seen.insert(id).inserted)
        }
        var other = EventIDs(), another = EventIDs()
        #expect(other.next() != another.next(), "each generator is seeded afresh")
    }
}

@Suite struct GroundTextTests {
    @Test func theRegistersWordingAndItsVariantsReadTheSame() {
        for p in Pasal17.allCases {
            for text in ["Pasal 17 huruf \(p.rawValue)", "Pasal 17 huruf \(p.rawValue.uppercased())", "pasal17\(p.rawValue)", "Pasal  17  huruf \(p.rawValue), data pribadi"] {
                #expect(GroundText.parse(text) == .exception(p), "\(text)")
            }
        }
        #expect(GroundText.parse("Pasal 17 huruf k") == nil)
        #expect(GroundText.parse("tidak dikuasai") == .notHeld)
    }

    /// Issue 14 item 9: a ground is read only where the text states it; nothing is guessed
    /// from a stray "17" or a letter.
    @Test func nothingIsGuessed() {
        for text in ["Data 2017 belum lengkap", "Sebagian data bersifat rahasia dagang pelanggan", "17h", "Article 17(c)", "Pasal 17", "huruf h", "unclassified", ""] {
            #expect(GroundText.parse(text) == nil, "\(text)")
        }
        #expect(GroundText.grounds(in: "Pasal 17 huruf h dan sebagian tidak dikuasai") == [.exception(.h), .notHeld])
    }

    /// A note is looked at word by word only when its bytes hold one of the words: any case,
    /// any separator between the words of "Pasal 17 huruf x", but a no-break space is no space.
    @Test func theWordsAreFoundInAnyCaseAndNothingElse() {
        #expect(GroundText.grounds(in: "Tidak Dikuasai; PASAL-17-HURUF-J") == [.notHeld, .exception(.j)])
        #expect(GroundText.grounds(in: "NOT HELD by the office, not yet documented") == [.notHeld, .notYetDocumented])
        #expect(GroundText.grounds(in: "not\u{00A0}held, Paşal 17 huruf a, tidakdikuasai").isEmpty)
        #expect(GroundText.grounds(in: "BELUM DIDOKUMENTASIKAN (pasal 17 huruf c)") == [.notYetDocumented, .exception(.c)])
    }

    /// Each column the import reads by place is the header name its case says.
    @Test func theImportsColumnsAreTheHeadersNames() {
        #expect(RegisterImport.Column.allCases.map(\.name) == RegisterImport.columns + RegisterImport.optionalColumns)
        for c in RegisterImport.Column.allCases {
            let words = c.name.split(separator: "_")
            #expect(String(describing: c) == String(words[0]) + words.dropFirst().map(\.capitalized).joined())
        }
    }
}

@Suite struct CSVWriterTests {
    @Test func fieldsAreQuotedWhenTheyHoldASeparatorAQuoteOrAnyLineBreak() {
        var w = CSVWriter()
        w.row(["plain", "a,b", "say \"hi\"", "two\r\nlines", "one\nline", "cr\ronly", "é,\u{301}", "", "=SUM(A1)", "+62 812", "-x", "@me", "-5"])
        #expect(w.text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"one\nline\",\"cr\ronly\",\"é,\u{301}\",,'=SUM(A1),'+62 812,'-x,'@me,-5\r\n", "a phone number is no plain number: a spreadsheet would compute +62 812")
        var semicolon = CSVWriter(separator: ";")
        semicolon.row(["a,b", "c;d"])
        #expect(semicolon.text == "a,b;\"c;d\"\r\n")
    }
}
