/// One column of the screen: a character and its style.
///
/// A wide character (display width 2) occupies two cells: the first holds the character,
/// the second is a *continuation* cell that holds nothing of its own.
public struct Cell: Sendable, Equatable, Hashable {
    /// The grapheme shown here; a space in a continuation cell.
    public var character: Character
    public var style: Style
    /// True for the second column of a wide character.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain) {
        self.character = character
        self.style = style
        self.isContinuation = false
    }

    /// The second column of a wide character drawn with `style`.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    /// The text this cell contributes to a line: empty for a continuation.
    public var text: String {
        isContinuation ? "" : String(character)
    }
}
