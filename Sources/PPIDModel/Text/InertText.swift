/// Makes any text safe to draw: nothing in it can move the cursor, change colours, set the
/// window title, reach the clipboard or reorder the line.
///
/// One rule for every scalar that a terminal could act on:
/// - C0 controls (U+0000–U+001F) become their Unicode control pictures (ESC → "␛",
///   CR → "␍", LF → "␊"), except TAB, which becomes one space;
/// - DEL becomes "␡" (U+2421);
/// - C1 controls (U+0080–U+009F), bidirectional marks, embeddings, overrides and isolates
///   (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line and paragraph
///   separators (U+2028, U+2029) and the non-characters U+FFFE and U+FFFF become "�" (U+FFFD).
///
/// On screen only the display changes: the log keeps every character as it was typed. The
/// screen's grid draws ``displayable(_:)``; every text that leaves the program (a receipt, an
/// export, a workbook's or letter's text, a command's output) is ``forFile(_:)``; an import
/// stores ``forFile(_:)`` of what it reads.
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

    /// `text` for a file or a stream: as on screen, but its lines stay lines (LF, and CR
    /// before LF) and a tab stays a tab. A `cat` of the file shows the controls, obeys none,
    /// and every character is one XML 1.0 allows.
    ///
    ///     InertText.forFile("a\u{1B}]0;x\u{07}\tb\r\n") == "a␛]0;x␇\tb\r\n"
    public static func forFile(_ text: String) -> String {
        // Nearly every text needs nothing changed (a year's register is megabytes): look
        // before building a new one.
        let looked = { (b: UInt8) in b < 0x20 && b != 0x0A && b != 0x09 || b >= 0x7F }
        // Over the bytes where they lie (every imported field passes here): the view's own
        // iterator costs several times more.
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: looked) } ?? !text.utf8.contains(where: looked)
        guard !plain, !fileSafe(text) else { return text }
        var out = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR { out.append(scalar == "\n" ? "\r" : "\u{240D}") }
            pendingCR = scalar == "\r"
            if !pendingCR { out.append(scalar == "\n" || scalar == "\t" ? scalar : replacement(for: scalar) ?? scalar) }
        }
        if pendingCR { out.append("\u{240D}") }
        return String(out)
    }

    /// Whether ``forFile(_:)`` leaves `text` as it is.
    static func fileSafe(_ text: String) -> Bool {
        var afterCR = false
        for scalar in text.unicodeScalars {
            if afterCR, scalar != "\n" { return false }
            afterCR = scalar == "\r"
            if !afterCR, scalar != "\n", scalar != "\t", replacement(for: scalar) != nil { return false }
        }
        return !afterCR
    }

    /// The placeholder drawn instead of `scalar`, or nil when it is safe as it is.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09:
            return " "
        case 0x00...0x1F:
            return Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0xFFFE, 0xFFFF:
            return "\u{FFFD}"
        default:
            return nil
        }
    }
}
