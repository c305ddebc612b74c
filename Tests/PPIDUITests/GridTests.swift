import PPIDUI
import Testing

@Suite struct GridTests {
    @Test func wideAndAccentedTextLinesUp() {
        var grid = Grid(width: 16, height: 4)
        let rows = [("Nama", "Status"), ("Siti", "baru"), ("José", "selesai"), ("漢字太郎", "ditolak")]
        for (y, (name, status)) in rows.enumerated() {
            let x = grid.put(name.padded(toWidth: 8), x: 0, y: y)
            grid.put("|" + status, x: x, y: y)
        }
        #expect(grid.text == """
            Nama    |Status
            Siti    |baru
            José    |selesai
            漢字太郎|ditolak
            """)
    }

    @Test func wideCharacterTakesACellAndAContinuation() {
        var grid = Grid(width: 4, height: 1)
        #expect(grid.put("漢a", x: 0, y: 0) == 3)
        #expect(grid[x: 0, y: 0].character == "漢")
        #expect(grid[x: 1, y: 0].isContinuation)
        #expect(grid[x: 2, y: 0].character == "a")
        #expect(grid.lines == ["漢a"])
    }

    @Test func decomposedAccentStaysInOneCell() {
        var grid = Grid(width: 4, height: 1)
        grid.put("e\u{301}x", x: 0, y: 0)
        #expect(grid[x: 0, y: 0].character == "e\u{301}")
        #expect(grid[x: 1, y: 0].character == "x")
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("ab漢字", x: 0, y: 0, style: Style(reverse: true)) == 5)
        #expect(grid.lines == ["ab漢"])
        #expect(grid[x: 4, y: 0] == Cell(" ", style: Style(reverse: true)))
    }

    @Test func maxWidthClipsInsideTheGrid() {
        var grid = Grid(width: 10, height: 1)
        #expect(grid.put("Permohonan", x: 2, y: 0, maxWidth: 4) == 6)
        grid.put("漢字", x: 6, y: 0, maxWidth: 3)
        #expect(grid.lines == ["  Perm漢"])
    }

    @Test func textLeftOfTheGridIsClipped() {
        var grid = Grid(width: 4, height: 1)
        grid.put("漢abc", x: -1, y: 0)
        #expect(grid.lines == [" abc"])
        grid.put("xyz", x: -5, y: 0)
        #expect(grid.lines == [" abc"])
    }

    @Test func rowsOutsideTheGridAreIgnored() {
        var grid = Grid(width: 3, height: 1)
        grid.put("abc", x: 0, y: -1)
        grid.put("abc", x: 0, y: 1)
        grid.put("abc", x: 7, y: 0)
        #expect(grid == Grid(width: 3, height: 1))
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 2)
        grid.put("漢字", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        grid.put("漢字", x: 0, y: 1)
        grid.put("y", x: 2, y: 1)
        #expect(grid.text == """
             x字
            漢y
            """)
        #expect(!grid[x: 3, y: 1].isContinuation)
    }

    @Test func escapeSequencesAreDrawnInert() {
        var grid = Grid(width: 40, height: 4)
        grid.put("\u{1B}[2J\u{1B}[Hhapus", x: 0, y: 0)
        grid.put("\u{1B}]0;judul\u{07}\u{1B}]52;c;eA==\u{1B}\\", x: 0, y: 1)
        grid.put("baris\rtimpa\tx", x: 0, y: 2)
        grid.put("gnp.\u{202E}exe", x: 0, y: 3)
        #expect(grid.text == """
            ␛[2J␛[Hhapus
            ␛]0;judul␇␛]52;c;eA==␛\\
            baris␍timpa x
            gnp.\u{FFFD}exe
            """)
    }

    @Test func fillPaintsARectangleClippedToTheGrid() {
        var grid = Grid(width: 4, height: 3)
        grid.put("漢字", x: 0, y: 1)
        let selected = Style(foreground: .black, background: .cyan)
        grid.fill(Rect(x: 1, y: 1, width: 9, height: 9), style: selected)
        #expect(grid[x: 0, y: 1] == Cell(" "))
        #expect(grid[x: 3, y: 2] == Cell(" ", style: selected))
        #expect(grid[x: 0, y: 2] == Cell(" "))
        #expect(grid.text == "\n\n")
    }

    @Test func linesTrimTrailingSpacesOnly() {
        var grid = Grid(width: 6, height: 2)
        grid.put(" a b", x: 0, y: 0)
        #expect(grid.lines == [" a b", ""])
    }

    @Test func cursorTakesPartInEquality() {
        var a = Grid(width: 2, height: 2)
        let b = a
        a.cursor = (x: 1, y: 0)
        #expect(a != b)
        var c = b
        c.cursor = (x: 1, y: 0)
        #expect(a == c)
    }
}
