import CNcurses
import PPIDUI

/// Turns a cell's ``Style`` into ncurses attributes and a colour pair, creating each pair
/// the first time a style needs it.
struct TerminalPalette {
    private struct Colors: Hashable {
        var foreground: Style.Color
        var background: Style.Color
    }

    /// Whether -1 means "the terminal's own colour" (`use_default_colors` succeeded).
    private let usesDefaultColors: Bool
    private let pairCount: Int
    /// Pair 0 is the terminal's default pair; the others are made on demand.
    private var pairs: [Colors: Int16] = [Colors(foreground: .default, background: .default): 0]

    init(usesDefaultColors: Bool, pairCount: Int) {
        self.usesDefaultColors = usesDefaultColors
        self.pairCount = min(pairCount, Int(Int16.max))
    }

    /// The pair for the style's colours; pair 0 once the terminal runs out of pairs.
    mutating func pair(for style: Style) -> Int16 {
        let colors = Colors(foreground: style.foreground, background: style.background)
        if let pair = pairs[colors] {
            return pair
        }
        guard pairs.count < pairCount else { return 0 }
        let pair = Int16(pairs.count)
        init_pair(pair, number(colors.foreground, default: COLOR_WHITE), number(colors.background, default: COLOR_BLACK))
        pairs[colors] = pair
        return pair
    }

    /// Bold, reverse, underline and dim as ncurses attribute bits.
    static func attributes(for style: Style) -> attr_t {
        var attributes = ppid_a_normal()
        if style.bold { attributes |= ppid_a_bold() }
        if style.reverse { attributes |= ppid_a_reverse() }
        if style.underline { attributes |= ppid_a_underline() }
        if style.dim { attributes |= ppid_a_dim() }
        return attributes
    }

    private func number(_ color: Style.Color, default fallback: Int32) -> Int16 {
        let value: Int32
        switch color {
        case .default: value = usesDefaultColors ? -1 : fallback
        case .black: value = COLOR_BLACK
        case .red: value = COLOR_RED
        case .green: value = COLOR_GREEN
        case .yellow: value = COLOR_YELLOW
        case .blue: value = COLOR_BLUE
        case .magenta: value = COLOR_MAGENTA
        case .cyan: value = COLOR_CYAN
        case .white: value = COLOR_WHITE
        }
        return Int16(value)
    }
}
