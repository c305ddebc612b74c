import Foundation
import PPIDModel
import PPIDUI
import Testing

/// A status message longer than a line takes the lines it needs from the view above, which
/// shrinks: nothing of the message is cut, and the view's last line can still be scrolled to.
@Suite struct StatusRoomTests {
    /// What `x` writes for a year: eight files, four lines at 80 columns.
    static let yearFiles = [
        "rekap-2026.csv", "rekap-2026.md", "register-2026.csv", "keberatan-2026.csv", "laporan-2026.md",
        "sampel-2026.csv", "laporan-2026.docx", "buku-kerja-2026.xlsx",
    ].map { "/data/exports/" + $0 }

    @Test func xOnTheMonthBoardNamesEveryFileAt80x24() {
        var s = Session()
        s.press(.char("3"))
        s.send(.exported(.success(Self.yearFiles)))
        let text = s.lines.joined(separator: "\n")
        for file in Self.yearFiles.map({ "exports/" + $0.split(separator: "/").last! }) {
            #expect(text.contains(file), "\(file) not on the screen:\n\(text)")
        }
        // The footer keeps its line; the message sits right above it, under the board.
        #expect(s.lines[23].hasPrefix("?Bantuan"))
        #expect(s.lines[22].contains("buku-kerja-2026.xlsx"))
        #expect(s.lines.contains { $0.hasPrefix("Jumlah") })
    }

    @Test func lettersMessageAndTheLastHistoryLineAreBothReadableAt80x24() {
        var s = Session()
        s.state.queue.selected = "PPID-2026-003"
        s.press(.enter)
        let letters = ["receipt", "notice", "refusal"].map { "/data/letters/PPID-2026-003-\($0).docx" }
        s.send(.lettersWritten(.success(letters)))
        // Scrolled to the end: the history's last line sits above the message, not under it.
        for _ in 0..<40 { s.press(.down) }
        let text = s.lines.joined(separator: "\n")
        for file in ["receipt", "notice", "refusal"] {
            #expect(text.contains("letters/PPID-2026-003-\(file).docx"), "\(file) not on the screen:\n\(text)")
        }
        let status = s.lines.firstIndex { $0.contains("Surat ditulis") } ?? 0
        #expect(s.lines[status - 1].contains("Didaftarkan (Telepon)"), "\(text)")
    }

    @Test func aMessageLongerThanHalfTheScreenEndsInAnEllipsis() {
        var s = Session()
        let many = (1...40).map { "/data/letters/PPID-2026-0\($0)-receipt.docx" }
        s.send(.lettersWritten(.success(many)))
        let statusLines = s.lines.filter { $0.contains("letters/") }
        #expect(statusLines.count == 10)
        #expect(statusLines.last?.hasSuffix("…") == true)
        #expect(s.lines[23].hasPrefix("?Bantuan"))
    }
}
