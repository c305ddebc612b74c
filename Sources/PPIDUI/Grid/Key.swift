/// A key press, as the app sees it; the terminal adapter decodes raw input into these.
public enum Key: Sendable, Equatable, Hashable {
    /// A printable character (any script).
    case char(Character)
    case enter, escape, tab, backTab
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace, delete
    /// F1 is `.function(1)`.
    case function(Int)
    /// Ctrl with a letter, as the lowercase letter: Ctrl-A is `.ctrl("a")`.
    /// Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M arrive as `.backspace`, `.tab` and `.enter`.
    case ctrl(Character)
    /// The terminal changed size; redraw at the new size.
    case resize
}
