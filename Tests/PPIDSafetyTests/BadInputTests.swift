import Foundation
import Testing
import PPIDModel
import PPIDTestSupport
@testable import PPIDStore

/// Bad input wherever a file can bring it, through the real `ppid-tui import`: each bad row is
/// named by line and column in words, nothing is written, and no message can drive the
/// terminal it is printed on.
@Suite struct BadInputTests {
    static let header = RegisterFile.header
    static let good = "PPID-2019-001,2019-01-09T08:02:00+07:00,walk_in,Joko Nasution,individual,testing,Tarif uji air,granted,2019-01-09T15:00:00+07:00,"

    /// A good row with one column replaced (as it appears in the file).
    static func row(_ column: String, _ value: String, number: String = "PPID-2019-002") -> String {
        var fields = good.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[0] = number
        if let i = RegisterImport.columns.firstIndex(of: column) { fields[i] = value }
        return fields.joined(separator: ",")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        /// What the message must say about line 3 (the bad row's line).
        let says: String
        var testDescription: String { name }

        init(_ name: String, row: String, says: String) {
            self.init(name, bytes: Array(([BadInputTests.header, BadInputTests.good, row, BadInputTests.row("subject", "baris baik", number: "PPID-2019-099")].joined(separator: "\n") + "\n").utf8), says: says)
        }

        init(_ name: String, bytes: [UInt8], says: String) {
            self.name = name
            self.bytes = bytes
            self.says = says
        }

        /// The good file with `bytes` put in place of the bad row's subject.
        static func rawSubject(_ name: String, _ bytes: [UInt8], says: String) -> Case {
            let parts = row("subject", "@@").components(separatedBy: "@@")
            let file = Array((header + "\n" + good + "\n" + parts[0]).utf8) + bytes + Array((parts[1] + "\n").utf8)
            return Case(name, bytes: file, says: says)
        }
    }

    static let esc = "\u{1B}"
    static let cases: [Case] = [
        Case("too few columns", row: "PPID-2019-002,2019-01-09T08:02:00+07:00,walk_in", says: "line 3: 3 columns, expected 10"),
        Case("too many columns", row: row("note", "a,b,c"), says: "line 3: 12 columns, expected 10"),
        Case("a day that does not exist", row: row("received_at", "2019-02-30T08:00:00+07:00"), says: "line 3: received_at \"2019-02-30T08:00:00+07:00\" is not an ISO 8601 time with offset"),
        Case("a date in words", row: row("received_at", "kemarin sore"), says: "line 3: received_at \"kemarin sore\" is not an ISO 8601 time"),
        Case("an unknown channel", row: row("channel", "fax"), says: "line 3: channel \"fax\" is unknown; use one of: walk_in, online, social_media, phone"),
        Case("an empty name", row: row("requester_name", ""), says: "line 3: requester_name is empty"),
        Case("an empty number", row: row("reg_no", "", number: ""), says: "line 3: reg_no is empty"),
        Case("a NUL byte", row: row("subject", "Tarif\u{0}uji"), says: "line 3: contains a NUL character"),
        Case.rawSubject("invalid UTF-8", [0x54, 0xC3, 0x28], says: "line 3: column 7 is not valid UTF-8"),
        Case.rawSubject("a 10 MB field", Array(repeating: 0x61, count: 10 << 20), says: "line 3: subject is too long (10485760 bytes; at most 4000 characters)"),
        Case.rawSubject("a 10 MB quoted field with line breaks", [0x22] + Array(repeating: Array("ab\n".utf8), count: (10 << 20) / 3).joined() + [0x22], says: "line 3: subject is too long"),
        Case("a title-setting sequence as the channel", row: row("channel", "\(esc)]0;DIRETAS\u{07}"), says: "line 3: channel \"␛]0;DIRETAS␇\" is unknown"),
        Case("a clear-screen sequence as the date", row: row("received_at", "\(esc)[2J\(esc)[H"), says: "line 3: received_at \"␛[2J␛[H\" is not an ISO 8601 time"),
        Case("a clipboard sequence as the outcome", row: row("outcome", "\(esc)]52;c;cm0gLXJmIH4=\u{07}"), says: "line 3: outcome \"␛]52;c;cm0gLXJmIH4=␇\" is unknown"),
        Case("a bare CR and a bidi override as the category", row: row("requester_category", "ngo\rindividual\u{202E}"), says: "line 3: requester_category \"ngo␍individual\u{FFFD}\" is unknown"),
        Case("an 8-bit CSI as the topic", row: row("topic", "\u{9B}31mmerah"), says: "line 3: topic \"\u{FFFD}31mmerah\" is unknown"),
    ]

    @Test(arguments: cases)
    func aBadRowIsNamedByLineAndNothingIsWritten(_ bad: Case) throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            _ = try SampleLog.build(folder, requests: 2)
            let before = try readBytes(folder.logPath)
            let file = scratch + "/register.csv"
            try writeBytes(bad.bytes, to: file)
            let started = Date()
            let run = try Binary.run("ppid-tui", ["import", file, "--data", folder.path], scratch: scratch)
            #expect(Date().timeIntervalSince(started) < 20, "a bad file is refused in reasonable time")
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("ppid-tui: 1 bad rows; nothing was written.\n"), "\(run.stderr.prefix(300))")
            #expect(run.stderr.contains(bad.says), "\(run.stderr.prefix(300))")
            #expect(run.stderr.utf8.count < 1000, "the message does not repeat a huge field")
            expectInert(run.stderr)
            #expect(try readBytes(folder.logPath) == before, "nothing is written")
            let indonesian = try Binary.run("ppid-tui", ["import", file, "--data", folder.path], environment: ["PPID_LANG": "id"], scratch: scratch)
            #expect(indonesian.stderr.hasPrefix("ppid-tui: 1 baris bermasalah; tidak ada yang ditulis.\nbaris 3: "), "\(indonesian.stderr.prefix(300))")
            expectInert(indonesian.stderr)
        }
    }

    @Test func aThousandGoodRowsAndOneBadOneWriteNothing() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let file = scratch + "/register.csv"
            let goodRows = RegisterFile.text(rows: 1000, year: 2018)
            try writeBytes(Array((goodRows + Self.row("channel", "fax") + "\n").utf8), to: file)
            let run = try Binary.run("ppid-tui", ["import", file, "--data", folder.path], scratch: scratch)
            #expect(run.status == 1)
            let line = goodRows.utf8.filter { $0 == 0x0A }.count + 1
            #expect(run.stderr == "ppid-tui: 1 bad rows; nothing was written.\nline \(line): channel \"fax\" is unknown; use one of: walk_in, online, social_media, phone\n", "\(run.stderr)")
            #expect(try readBytes(folder.logPath).isEmpty)
            Safety.report("bad input", "\(Self.cases.count) kinds of bad register rows (column counts, dates, codes, empty fields, NUL, invalid UTF-8, 10 MB fields, escape sequences) and a bad row after 1,000 good ones: each named by line, nothing written, every message inert")
        }
    }

    @Test func checkShowsALineFromAnotherProgramWithoutObeyingItsEscapes() throws {
        // Valid JSON whose values hold escape sequences, written by some other program.
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            _ = try SampleLog.build(folder, requests: 2)
            let line = #"{"v":1,"id":"x","at":"2019-01-01T08:00:00+07:00","by":"\u001b]0;DIRETAS\u0007","type":"\u001b[2J\u009b31m\u202e","request":"R"}"#
            try appendRaw(Array(line.utf8) + [0x0A], to: folder.logPath)
            let run = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(run.status == 2)
            #expect(run.stdout.contains(":7: damaged line, field \"type\": unknown \"␛[2J\u{FFFD}31m\u{FFFD}\""), "\(run.stdout)")
            expectInert(run.stdout)
            expectInert(run.stderr)
        }
    }

    /// Nothing in `text` a terminal would act on: no C0 control but the newline, no DEL, no
    /// C1 control, no bidirectional control.
    func expectInert(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let active = text.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value) || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
        #expect(active.isEmpty, "a terminal would act on: \(active.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }
}
