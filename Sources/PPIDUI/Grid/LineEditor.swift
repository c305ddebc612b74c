/// The editing state of one single-line text field: its text and where the cursor is.
///
/// Keys follow readline: Left/Right, Home/End (also Ctrl-A/Ctrl-E), Backspace, Delete,
/// Ctrl-U (delete to start), Ctrl-K (delete to end), Ctrl-W (delete the word before the
/// cursor). The text is kept exactly as typed; drawing makes it inert.
public struct LineEditor: Sendable, Equatable, Hashable {
    /// The text as characters, so the cursor moves one grapheme at a time.
    public private(set) var characters: [Character]
    /// Index in `characters` of the character the cursor is on (`characters.count` at the end).
    public private(set) var cursor: Int
    /// Longest text that typing may produce, in characters; nil for no limit.
    public var maxLength: Int?

    /// A field holding `text`, with the cursor at its end.
    public init(text: String = "", maxLength: Int? = nil) {
        characters = Array(text)
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }

    /// Applies `key`. Returns true when the key belongs to the field (even if it changed
    /// nothing, such as Left at the start or typing into a full field), false when the
    /// caller should handle it (Enter, Tab, Escape, arrows up/down, control characters…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                return false
            }
            insert(character)
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = characters.count
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count {
                characters.remove(at: cursor)
            }
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        case .ctrl("w"):
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    /// What a field `width` columns wide shows, and the cursor's column in it.
    ///
    /// Scrolls horizontally by half a field at a time so the cursor always has a cell:
    /// the view starts at the left while the cursor fits, and otherwise at the first
    /// character boundary at or after a multiple of half the width. Widths are display
    /// widths, so wide characters count two and are never split (one that would straddle
    /// the right edge is left out).
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let widths = characters.map(\.displayWidth)
        let cursorColumn = widths[..<cursor].reduce(0, +)
        let step = max(1, width / 2)
        let scroll = cursorColumn < width ? 0 : ((cursorColumn - width) / step + 1) * step
        var first = 0, column = 0
        while first < cursor, column < scroll {
            column += widths[first]
            first += 1
        }
        var shown = "", used = 0
        for index in first..<characters.count {
            guard used + widths[index] <= width else { break }
            shown.append(characters[index])
            used += widths[index]
        }
        return (shown, cursorColumn - column)
    }

    /// Inserts at the cursor unless the field is full. A combining mark typed on its own
    /// joins the character before it, as it does on screen.
    private mutating func insert(_ character: Character) {
        if let maxLength, characters.count >= maxLength { return }
        let before = Array(String(characters[..<cursor]) + String(character))
        characters = before + characters[cursor...]
        cursor = before.count
    }
}
