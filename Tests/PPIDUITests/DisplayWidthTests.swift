import PPIDUI
import Testing

@Suite struct DisplayWidthTests {
    @Test func narrowWideAndZeroWidthCharacters() {
        #expect(Character("a").displayWidth == 1)
        #expect(Character("é").displayWidth == 1)
        #expect(Character("e\u{301}").displayWidth == 1)
        #expect(Character("\u{301}").displayWidth == 0)
        #expect(Character("\u{200B}").displayWidth == 0)
        #expect(Character("漢").displayWidth == 2)
        #expect(Character("한").displayWidth == 2)
        #expect(Character("Ａ").displayWidth == 2)
        #expect(Character("😀").displayWidth == 2)
        #expect(Character("🇮🇩").displayWidth == 1)
        #expect(Character("…").displayWidth == 1)
    }

    @Test func controlsCountAsTheirPlaceholders() {
        #expect(Character("\u{1B}").displayWidth == 1)
        #expect(Character("\t").displayWidth == 1)
        #expect(Character("\r\n").displayWidth == 2)
        #expect(Character("\u{202E}").displayWidth == 1)
        #expect("\u{1B}[2J".displayWidth == 4)
    }

    @Test func stringWidthAddsCharacters() {
        #expect("".displayWidth == 0)
        #expect("Siti Aminah".displayWidth == 11)
        #expect("漢字abc".displayWidth == 7)
        #expect("José".displayWidth == 4)
        #expect("Jose\u{301}".displayWidth == 4)
    }

    @Test func truncationEndsInEllipsis() {
        #expect("Permohonan informasi".truncated(toWidth: 10) == "Permohona…")
        #expect("Permohonan".truncated(toWidth: 10) == "Permohonan")
        #expect("Permohonan".truncated(toWidth: 1) == "…")
        #expect("Permohonan".truncated(toWidth: 0) == "")
        #expect("Permohonan".truncated(toWidth: -3) == "")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect("漢字漢字".truncated(toWidth: 6) == "漢字…")
        #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
        #expect("漢字漢字".truncated(toWidth: 4) == "漢…")
        #expect("漢字漢字".truncated(toWidth: 8) == "漢字漢字")
        #expect("a漢字".truncated(toWidth: 4) == "a漢…")
    }

    @Test func paddingFillsToExactWidth() {
        #expect("漢".padded(toWidth: 4) == "漢  ")
        #expect("é".padded(toWidth: 3) == "é  ")
        #expect("42".padded(toWidth: 5, alignment: .right) == "   42")
        #expect("ab".padded(toWidth: 5, alignment: .center) == " ab  ")
        #expect("Permohonan informasi".padded(toWidth: 10) == "Permohona…")
        #expect("漢字漢字".padded(toWidth: 5) == "漢字…")
        #expect("漢字漢字".padded(toWidth: 6).displayWidth == 6)
    }
}
