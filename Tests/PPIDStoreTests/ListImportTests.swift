import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore

/// `import --dip` and `--dik` (issue 22): an office's lists from its spreadsheet, every problem
/// of every row named in one pass, nothing written while any remains; a second import of the
/// same file adds nothing.
@Suite struct ListImportTests {
    static let dikHeader = "number,title,withheld,ground,law,if_opened,if_closed,public_interest,until,review_on,unit,trigger,trigger_reference,decision_number,decided_on,participants"

    /// Row `n` of a 50-row DIK: letter h (no period needed), or c with a review date.
    static func dikRow(_ n: Int) -> String {
        let number = String(format: "DIK-%03d", n)
        let (ground, review) = n % 2 == 0 ? ("h", "") : ("Pasal 17 huruf c", "2027-06-01")
        return "\(number),\"Informasi \(n), \"\"rahasia\"\"\",Bagian \(n),\(ground),,Akibat dibuka \(n),Akibat ditutup \(n),Kepentingan \(n),,\(review),Unit \(n),,,UK-\(n)/PPID/2025,2025-06-02,\"PPID, Kasi\""
    }

    static func dipRow(_ n: Int) -> String {
        let kind = ["berkala", "Serta-merta", "Setiap saat"][n % 3]
        return String(format: "DIP-%03d", n) + ",Ringkasan informasi \(n),Seksi \(n),Kepala Seksi \(n),elektronik,\(kind),2025,Pekanbaru,5 tahun,2025-01-02"
    }
    static let dipHeader = "number,summary,unit,responsible,form,kind,made_when,made_where,retention,on"

    /// The problems an import refused with; none when it did not refuse.
    static func problems(_ body: () throws(StoreError) -> Void) -> [ImportProblem] {
        do throws(StoreError) {
            try body()
        } catch {
            if case .badImport(let p) = error { return p }
        }
        return []
    }

    private func write(_ lines: [String], _ folder: DataFolder) throws -> String {
        let file = folder.path + "/../list-\(UUID().uuidString).csv"
        try writeBytes(Array((lines.joined(separator: "\r\n") + "\r\n").utf8), to: file)
        return file
    }

    @Test func aFiftyRowDIKWithErrorsInSeveralRowsNamesThemAllAndWritesNothing() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            var rows = (1...50).map(Self.dikRow)
            rows[5] = rows[5].replacingOccurrences(of: ",h,", with: ",z,")                      // line 7: unknown ground
            rows[11] = rows[11].replacingOccurrences(of: "\"Informasi 12, \"\"rahasia\"\"\"", with: "")  // line 13: no title
            rows[19] = rows[19].replacingOccurrences(of: ",h,", with: ",c,")                    // line 21: c without a period (rule)
            rows[32] = rows[32].replacingOccurrences(of: "DIK-033", with: "DIK-032")            // line 34: number twice
            rows[46] = rows[46].replacingOccurrences(of: "2025-06-02", with: "2025-13-02")      // line 48: not a date
            let file = try write([Self.dikHeader] + rows, folder)
            let problems = Self.problems { () throws(StoreError) in _ = try ListImport.run(.dik, file: file, into: office.log, by: "Siti", now: testNow) }
            #expect(Set(problems.map(\.line)) == [7, 13, 21, 34, 48], "\(problems.map { $0.message.en })")
            let text = problems.map { $0.message.en }
            #expect(text.contains("line 7: ground \"z\" is not an Article 17 letter (a–j, e.g. h or \"Pasal 17 huruf h\")"))
            #expect(text.contains("line 13: title is empty"))
            #expect(text.contains("line 21: An exemption under Article 17(c) is not permanent (Art. 20): give an end date or a review date."))
            #expect(text.contains("line 34: number DIK-032 already on line 33"))
            #expect(text.contains("line 48: decided_on \"2025-13-02\" is not a YYYY-MM-DD date"))
            #expect(office.ledger.exemptionEntries.isEmpty, "nothing is written while a row is wrong")
        }
    }

    @Test func aGoodDIKImportsOnceAndTheSameFileAgainAddsNothing() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let file = try write([Self.dikHeader] + (1...50).map(Self.dikRow), folder)
            #expect(try ListImport.run(.dik, file: file, into: office.log, by: "Siti", now: testNow) == ListImport.Summary(added: 50, updated: 0, alreadyPresent: 0))
            #expect(office.ledger.exemptionList(on: day("2025-11-24")).count == 50)
            #expect(office.ledger.exemption("DIK-001")?.test.title == "Informasi 1, \"rahasia\"")
            #expect(office.ledger.exemption("DIK-001")?.test.ground == .c)
            let events = office.ledger.eventCount
            #expect(try ListImport.run(.dik, file: file, into: office.log, by: "Siti", now: testNow) == ListImport.Summary(added: 0, updated: 0, alreadyPresent: 50))
            #expect(office.ledger.eventCount == events)
            // A row that changed is refused: a test is corrected with its reason, in pane 4.
            var rows = (1...50).map(Self.dikRow)
            rows[1] = rows[1].replacingOccurrences(of: "Bagian 2", with: "Bagian dua")
            let changed = try write([Self.dikHeader] + rows, folder)
            #expect(throws: StoreError.self) { try ListImport.run(.dik, file: changed, into: office.log, by: "Siti", now: testNow) }
        }
    }

    @Test func aFiftyRowDIPNamesEveryBadRowThenImportsIdempotentlyAndUpdatesAChangedRow() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            var rows = (1...50).map(Self.dipRow)
            rows[2] = rows[2].replacingOccurrences(of: "elektronik", with: "lisan")   // line 4
            rows[9] = rows[9].replacingOccurrences(of: "Seksi 10,", with: ",")         // line 11: no unit
            rows[29] = rows[29].replacingOccurrences(of: "2025-01-02", with: "2027-01-04") // line 31: in the future
            let bad = try write([Self.dipHeader] + rows, folder)
            let problems = Self.problems { () throws(StoreError) in _ = try ListImport.run(.dip, file: bad, into: office.log, by: "Siti", now: testNow) }
            #expect(problems.map(\.line) == [4, 11, 31], "\(problems.map { $0.message.en })")
            #expect(office.ledger.publicListings.isEmpty)
            let good = try write([Self.dipHeader] + (1...50).map(Self.dipRow), folder)
            #expect(try ListImport.run(.dip, file: good, into: office.log, by: "Siti", now: testNow) == ListImport.Summary(added: 50, updated: 0, alreadyPresent: 0))
            #expect(office.ledger.publicList.map(\.kind).prefix(3) == [.immediate, .anyTime, .periodic])
            #expect(try ListImport.run(.dip, file: good, into: office.log, by: "Siti", now: testNow) == ListImport.Summary(added: 0, updated: 0, alreadyPresent: 50))
            var changed = (1...50).map(Self.dipRow)
            changed[0] = changed[0].replacingOccurrences(of: "Ringkasan informasi 1,", with: "Ringkasan baru,")
            let update = try write([Self.dipHeader] + changed, folder)
            #expect(try ListImport.run(.dip, file: update, into: office.log, by: "Siti", now: testNow) == ListImport.Summary(added: 0, updated: 1, alreadyPresent: 49))
            guard case .lists(.publicEntrySet(let s))? = office.ledger.publicListings.first?.history.last?.event else { Issue.record("no update"); return }
            #expect(s.changes == ["summary"])
            // The DIP as it read before the update, and now.
            #expect(office.ledger.publicList.first?.summary == "Ringkasan baru")
        }
    }

    @Test func anUnknownOrMissingColumnIsNamedOnTheHeader() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let file = try write(["number,summary,unit,form,kind,colour", "DIP-1,a,b,printed,berkala,red"], folder)
            let p = Self.problems { () throws(StoreError) in _ = try ListImport.run(.dip, file: file, into: office.log, by: "Siti", now: testNow) }
            do {
                #expect(p.map { $0.message.en } == [
                    "line 1: required columns missing: responsible",
                    "line 1: unknown columns: colour; known columns: number, summary, unit, responsible, form, kind, made_when, made_where, retention, on",
                ])
            }
        }
    }
}
