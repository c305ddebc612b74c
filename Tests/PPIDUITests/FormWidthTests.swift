import PPIDModel
import PPIDUI
import Testing

/// A form's fields use the width the terminal has, show the start of a text once left, and
/// the whole of a choice's option while it is focused.
@Suite struct FormWidthTests {
    static let longName = "Menguji lebar isian yang sangat panjang sekali untuk nama pemohon di loket ini"

    /// Types the long name into the new-request form and moves on to the next field.
    func leftAfterALongName(width: Int, height: Int) -> Session {
        var s = Session(width: width, height: height)
        s.press(.char("n"), .tab, .tab)
        s.type(Self.longName)
        s.press(.tab)
        return s
    }

    @Test func aLeftFieldShowsTheStartOfItsTextAt80Columns() throws {
        let s = leftAfterALongName(width: 80, height: 24)
        let line = try #require(s.lines.first { $0.contains("Nama pemohon") })
        #expect(line == "│  Nama pemohon *       Menguji lebar isian yang sangat panjang sekali untuk n…│")
    }

    @Test func theFieldUsesTheWidthAWideTerminalHas() throws {
        let s = leftAfterALongName(width: 120, height: 40)
        let line = try #require(s.lines.first { $0.contains("Nama pemohon") })
        #expect(line.contains(Self.longName))
    }

    @Test func whileEditedTheFieldShowsWhereTheCursorIs() throws {
        var s = leftAfterALongName(width: 80, height: 24)
        s.press(.backTab)
        let line = try #require(s.lines.first { $0.contains("Nama pemohon") })
        #expect(line.contains("di loket ini"))
    }

    /// A ground whose label is longer than the field: whole, wrapped, while it is chosen;
    /// cut with "…" once the focus moves on.
    @Test func aFocusedChoiceShowsItsWholeOptionWrapped() {
        var s = Session()
        s.state.queue.selected = "PPID-2026-003"
        s.press(.char("d"), .right, .tab, .right, .right)
        let text = s.lines.joined(separator: "\n")
        #expect(text.contains("│▶ Alasan *             ◀ Pasal 17 huruf b: mengganggu hak kekayaan intelektual│"))
        #expect(text.contains("│                         dan persaingan usaha tidak sehat ▶                   │"))
        // The fields below move down to make room, none is lost.
        #expect(text.contains("Alasan lain"))
        s.press(.tab)
        let cut = s.lines.joined(separator: "\n")
        #expect(!cut.contains("usaha tidak sehat ▶"))
        let ground = s.lines.first { $0.contains("Alasan *") } ?? ""
        #expect(ground.contains("◀ Pasal 17 huruf b: mengganggu hak kekayaan") && ground.hasSuffix("…│"))
    }
}
