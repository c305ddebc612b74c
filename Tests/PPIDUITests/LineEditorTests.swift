import PPIDUI
import Testing

@Suite struct LineEditorTests {
    /// An editor holding `text` with the cursor before character `cursor` (default: at the end).
    func editor(_ text: String, cursor: Int? = nil, maxLength: Int? = nil) -> LineEditor {
        var editor = LineEditor(text: text, maxLength: maxLength)
        if let cursor {
            _ = editor.handle(.home)
            for _ in 0..<cursor { _ = editor.handle(.right) }
        }
        return editor
    }

    /// `editor` after `keys`, and whether it consumed each one.
    func pressing(_ keys: [Key], on editor: LineEditor) -> (field: LineEditor, consumed: [Bool]) {
        var field = editor
        let consumed = keys.map { field.handle($0) }
        return (field, consumed)
    }

    @Test func typingInsertsAtTheCursor() {
        let (field, consumed) = pressing([.char("i"), .char("漢")], on: editor("Sti", cursor: 1))
        #expect(consumed == [true, true])
        #expect(field.text == "Si漢ti")
        #expect(field.cursor == 3)
    }

    @Test func combiningMarkJoinsThePreviousCharacter() {
        let (field, consumed) = pressing([.char("\u{301}")], on: editor("Jose"))
        #expect(consumed == [true])
        #expect(field.characters == ["J", "o", "s", "e\u{301}"])
        #expect(field.cursor == 4)
    }

    @Test func controlCharactersAreNotTyped() {
        let (field, consumed) = pressing([.char("\u{1B}"), .char("\t"), .char("\r\n")], on: editor("a"))
        #expect(consumed == [false, false, false])
        #expect(field.text == "a")
    }

    @Test func maxLengthStopsTypingButKeepsTheKey() {
        let (field, consumed) = pressing([.char("d"), .backspace, .char("d"), .char("e")], on: editor("abc", maxLength: 3))
        #expect(consumed == [true, true, true, true])
        #expect(field.text == "abd")
    }

    @Test func leftAndRightStopAtTheEnds() {
        let (atStart, left) = pressing([.left], on: editor("ab", cursor: 0))
        #expect(left == [true])
        #expect(atStart.cursor == 0)
        let (atEnd, right) = pressing([.right, .right, .right], on: atStart)
        #expect(right == [true, true, true])
        #expect(atEnd.cursor == 2)
        #expect(pressing([.left], on: atEnd).field.cursor == 1)
    }

    @Test func homeEndAndTheirControlKeys() {
        let start = editor("abcd", cursor: 2)
        #expect(pressing([.home], on: start).field.cursor == 0)
        #expect(pressing([.end], on: start).field.cursor == 4)
        #expect(pressing([.ctrl("a")], on: start).field.cursor == 0)
        #expect(pressing([.ctrl("e")], on: start).field.cursor == 4)
        #expect(pressing([.home, .end, .ctrl("a"), .ctrl("e")], on: start).consumed == [true, true, true, true])
    }

    @Test func backspaceDeletesBeforeTheCursor() {
        let (field, consumed) = pressing([.backspace], on: editor("abcd", cursor: 2))
        #expect(consumed == [true])
        #expect(field.text == "acd")
        #expect(field.cursor == 1)
        #expect(pressing([.backspace], on: editor("ab", cursor: 0)).field.text == "ab")
    }

    @Test func deleteRemovesUnderTheCursor() {
        let (field, consumed) = pressing([.delete], on: editor("abcd", cursor: 2))
        #expect(consumed == [true])
        #expect(field.text == "abd")
        #expect(field.cursor == 2)
        #expect(pressing([.delete], on: editor("ab")).field.text == "ab")
    }

    @Test func ctrlKDeletesToTheEnd() {
        let (field, consumed) = pressing([.ctrl("k")], on: editor("Siti Aminah", cursor: 5))
        #expect(consumed == [true])
        #expect(field.text == "Siti ")
        #expect(field.cursor == 5)
    }

    @Test func ctrlUDeletesToTheStart() {
        let (field, consumed) = pressing([.ctrl("u")], on: editor("Siti Aminah", cursor: 5))
        #expect(consumed == [true])
        #expect(field.text == "Aminah")
        #expect(field.cursor == 0)
    }

    @Test func ctrlWDeletesThePreviousWord() {
        let start = editor("Dinas Kominfo  Jakarta", cursor: 15)
        let once = pressing([.ctrl("w")], on: start).field
        #expect(once.text == "Dinas Jakarta")
        #expect(once.cursor == 6)
        let (field, consumed) = pressing([.ctrl("w"), .ctrl("w")], on: once)
        #expect(consumed == [true, true])
        #expect(field.text == "Jakarta")
        #expect(field.cursor == 0)
    }

    @Test func otherKeysAreLeftToTheCaller() {
        let keys: [Key] = [.enter, .escape, .tab, .backTab, .up, .down, .pageUp, .pageDown, .function(2), .ctrl("s"), .resize]
        let (field, consumed) = pressing(keys, on: editor("abc"))
        #expect(consumed == Array(repeating: false, count: keys.count))
        #expect(field == editor("abc"))
    }

    @Test func shortTextIsShownWhole() {
        let view = editor("Siti", cursor: 2).visible(width: 10)
        #expect(view.text == "Siti")
        #expect(view.cursorColumn == 2)
    }

    @Test func longTextScrollsByHalfAField() {
        let alphabet = "abcdefghijklmnopqrstuvwxyz"
        #expect(editor(alphabet).visible(width: 10) == ("uvwxyz", 6))
        #expect(editor(alphabet, cursor: 20).visible(width: 10) == ("pqrstuvwxy", 5))
        #expect(editor(alphabet, cursor: 19).visible(width: 10) == ("klmnopqrst", 9))
        #expect(editor(alphabet, cursor: 0).visible(width: 10) == ("abcdefghij", 0))
    }

    @Test func scrollingCountsWideCharactersAsTwoColumns() {
        #expect(editor("漢字漢字漢字").visible(width: 5) == ("漢字", 4))
        #expect(editor("a漢字漢字").visible(width: 4) == ("字", 2))
        #expect(editor("漢字漢字", cursor: 1).visible(width: 5) == ("漢字", 2))
    }

    @Test func cursorIsAlwaysInsideTheField() {
        let text = "Pemohon: 漢字 José ✓ Dinas Kominfo 😀 Jakarta"
        for width in 1...12 {
            for position in 0...text.count {
                let view = editor(text, cursor: position).visible(width: width)
                #expect((0..<width).contains(view.cursorColumn), "width \(width), cursor \(position)")
                #expect(view.text.displayWidth <= width)
            }
        }
    }
}
