import PPIDModel
import Testing

@Suite struct InertTextTests {
    @Test func plainTextIsUnchanged() {
        let text = "Siti Aminah — Dinas Kominfo, 漢字 é"
        #expect(InertText.displayable(text) == text)
    }

    @Test func clearScreenSequenceIsShownNotObeyed() {
        #expect(InertText.displayable("\u{1B}[2J\u{1B}[H") == "␛[2J␛[H")
    }

    @Test func oscTitleAndClipboardSequencesAreInert() {
        #expect(InertText.displayable("\u{1B}]0;pwned\u{07}nama") == "␛]0;pwned␇nama")
        #expect(InertText.displayable("\u{1B}]52;c;SGVsbG8=\u{1B}\\") == "␛]52;c;SGVsbG8=␛\\")
        #expect(InertText.displayable("\u{9D}52;c;SGVsbG8=\u{9C}") == "\u{FFFD}52;c;SGVsbG8=\u{FFFD}")
    }

    @Test func carriageReturnTabAndLineFeed() {
        #expect(InertText.displayable("abc\rdef") == "abc␍def")
        #expect(InertText.displayable("abc\r\ndef") == "abc␍␊def")
        #expect(InertText.displayable("a\tb") == "a b")
        #expect(InertText.displayable("\u{0}\u{8}\u{7F}") == "␀␈␡")
    }

    @Test func bidirectionalControlsAreReplaced() {
        #expect(InertText.displayable("invoice\u{202E}fdp.exe") == "invoice\u{FFFD}fdp.exe")
        let bidi: [Unicode.Scalar] = [
            "\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
            "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
        ]
        for scalar in bidi {
            #expect(InertText.displayable("a\(scalar)b") == "a\u{FFFD}b")
        }
    }

    @Test func nothingDrawnIsAControl() {
        let controls = (0...0x9F).compactMap(Unicode.Scalar.init).map(String.init).joined()
        let shown = InertText.displayable(controls)
        #expect(!shown.unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(shown.unicodeScalars.count == 0xA0)
    }

    @Test func nonCharactersAreReplaced() {
        #expect(InertText.displayable("a\u{FFFE}b\u{FFFF}") == "a\u{FFFD}b\u{FFFD}")
    }

    /// A file keeps its lines and tabs; everything a terminal or an XML reader would act on
    /// is shown instead, as on screen.
    @Test func forFileKeepsLinesAndTabsAndShowsTheRest() {
        #expect(InertText.forFile("a\u{1B}]0;x\u{07}\tb\r\nc\n") == "a␛]0;x␇\tb\r\nc\n")
        #expect(InertText.forFile("abc\rdef\r") == "abc␍def␍")
        #expect(InertText.forFile("\u{1B}[2J\u{FFFE}\u{202E}") == "␛[2J\u{FFFD}\u{FFFD}")
        let plain = "Siti Aminah — Dinas Kominfo, 漢字 é\r\nJl. Sudirman\t1\n"
        #expect(InertText.forFile(plain) == plain)
        let controls = (0...0x9F).compactMap(Unicode.Scalar.init).map(String.init).joined()
        #expect(!InertText.forFile(controls).unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" })
    }

    /// Made inert once, a text stays as it is: an import of an export adds nothing twice.
    @Test func forFileIsIdempotent() {
        let once = InertText.forFile("a\u{1B}b\r\u{FFFE}\u{7F}\u{9B}")
        #expect(InertText.forFile(once) == once)
    }
}
