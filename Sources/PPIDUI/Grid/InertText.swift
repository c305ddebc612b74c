/// Makes any text safe to draw: nothing in it can move the cursor, change colours, set the
/// window title, reach the clipboard or reorder the line.
///
/// One rule for every scalar that a terminal could act on:
/// - C0 controls (U+0000–U+001F) become their Unicode control pictures (ESC → "␛",
///   CR → "␍", LF → "␊"), except TAB, which becomes one space;
/// - DEL becomes "␡" (U+2421);
/// - C1 controls (U+0080–U+009F), bidirectional marks, embeddings, overrides and isolates
///   (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph
///   separators (U+2028, U+2029) become "�" (U+FFFD).
///
/// Only the display changes: stored text keeps every character as it was typed or read.
/// ``Grid/put(_:x:y:style:maxWidth:)`` applies this to everything it draws.
public enum InertText {
    /// `text` with every control replaced by its visible placeholder.
    ///
    ///     InertText.displayable("\u{1B}[2J") == "␛[2J"
    public static func displayable(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }), text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(replacement(for: scalar) ?? scalar)
        }
        return String(scalars)
    }

    /// The placeholder drawn instead of `scalar`, or nil when it is safe as it is.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09:
            return " "
        case 0x00...0x1F:
            return Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
            return "\u{FFFD}"
        default:
            return nil
        }
    }
}
