/// How one cell looks: two colours and a few attributes.
///
/// Colours are the eight basic terminal colours or the terminal's own default, so a view
/// looks the same on any colour terminal; the adapter drops colours when the terminal has
/// none or `NO_COLOR` is set, so attributes alone must keep a view readable.
public struct Style: Sendable, Equatable, Hashable {
    /// A basic terminal colour, or the terminal's default.
    public enum Color: Sendable, Equatable, Hashable, CaseIterable {
        case `default`, black, red, green, yellow, blue, magenta, cyan, white
    }

    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        foreground: Color = .default,
        background: Color = .default,
        bold: Bool = false,
        reverse: Bool = false,
        underline: Bool = false,
        dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = Style()
}
