/// What follows an Escape the terminal adapter read: the terminal library names the escape
/// sequences it knows (arrows, Home, End) itself; one it does not know (End as `ESC [ 4 ~`
/// under some terminal types inside tmux) arrives as Escape and then plain characters, which
/// must never be typed into a field nor taken as keys (`1` switched panes).
public enum EscapeSequence {
    public enum Outcome: Equatable, Sendable {
        /// Escape alone: nothing followed at once.
        case escape
        /// A control sequence was read whole and is dropped.
        case discarded
        /// Escape and then another key (Alt with a key): Escape, and the character is read again.
        case escapeThen(UInt32)
    }

    /// Reads what follows an Escape through `next` (nil when no more input is waiting) and says
    /// what it was. CSI (`ESC [`) and SS3 (`ESC O`) sequences are read up to their final byte
    /// (0x40–0x7E), at most 32 characters.
    public static func after(_ next: () -> UInt32?) -> Outcome {
        guard let first = next() else { return .escape }
        switch first {
        case 0x5B:  // "[": parameters and intermediates, then a final byte
            for _ in 0..<32 {
                guard let c = next() else { return .discarded }
                if (0x40...0x7E).contains(c) { return .discarded }
                guard (0x20...0x3F).contains(c) else { return .discarded }
            }
            return .discarded
        case 0x4F:  // "O": one final character
            _ = next()
            return .discarded
        default:
            return .escapeThen(first)
        }
    }
}
