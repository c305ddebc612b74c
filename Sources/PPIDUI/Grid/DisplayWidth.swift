import PPIDModel

/// Display width in terminal columns, computed from Unicode data rather than from the C
/// library, so views and tests give the same answer on every machine.
///
/// Rules (matching glibc's `wcwidth`, which ncurses uses, for the characters that matter here):
/// - East Asian Wide and Fullwidth characters (CJK, Hangul syllables, fullwidth forms) and
///   emoji with emoji presentation take 2 columns;
/// - combining and enclosing marks, format characters (except the soft hyphen) and Hangul
///   medial/final jamo take 0;
/// - everything else takes 1.
///
/// A grapheme cluster is as wide as its first scalar (variation selectors do not widen it).
/// Text that ``InertText`` would change is measured as it will be drawn, so a control
/// character counts as its one-column placeholder.
extension Character {
    public var displayWidth: Int {
        if let ascii = asciiValue, (0x20...0x7E).contains(ascii) { return 1 }
        let scalars = unicodeScalars
        if scalars.contains(where: { InertText.replacement(for: $0) != nil }) {
            return InertText.displayable(String(self)).displayWidth
        }
        return scalars.first.map(DisplayWidth.of) ?? 0
    }
}

extension String {
    /// Total display width, as drawn on a grid.
    public var displayWidth: Int {
        // Most of what the screens draw is printable ASCII: a column a byte, no grapheme walk.
        if utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return utf8.count }
        return reduce(0) { $0 + $1.displayWidth }
    }

    /// `self` cut to at most `width` columns, ending in "…" when something was cut.
    ///
    /// A wide character that would straddle the limit is left out whole, so the result can
    /// be one column narrower than `width`.
    public func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        guard displayWidth > width else { return self }
        var result = ""
        var used = 0
        for character in self {
            let columns = character.displayWidth
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        return result + "…"
    }

    /// `self` truncated to `width` columns, then filled with spaces to exactly `width`.
    public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let text = truncated(toWidth: width)
        let gap = max(0, width - text.displayWidth)
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + text
        case .center:
            return String(repeating: " ", count: gap / 2) + text + String(repeating: " ", count: gap - gap / 2)
        }
    }
}

/// Width of a single drawable scalar (controls are handled by ``InertText`` before this).
enum DisplayWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(scalar) { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        case .format:
            return scalar.value != 0xAD
        default:
            return (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        // Regional indicators have emoji presentation but are one column each in wcwidth.
        if scalar.properties.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains(value) {
            return true
        }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide/Fullwidth ranges other than emoji, sorted, merged across unassigned
    /// code points (from glibc 2.36 `wcwidth`; planes 2 and 3 whole, as Unicode assigns them).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2FFB, 0x3000...0x3029,
        0x302E...0x303E, 0x3041...0x3096, 0x309B...0x31E3, 0x31F0...0xA4C6,
        0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAD9, 0xFE10...0xFE19,
        0xFE30...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE3,
        0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,
        0x1AFF0...0x1B122, 0x1B150...0x1B152, 0x1B164...0x1B2FB, 0x1F200...0x1F200,
        0x1F202...0x1F219, 0x1F21B...0x1F22E, 0x1F230...0x1F231, 0x1F237...0x1F237,
        0x1F23B...0x1F248, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
