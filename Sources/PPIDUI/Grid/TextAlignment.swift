/// Where text sits inside a wider column.
public enum TextAlignment: Sendable, Equatable, Hashable {
    case left, right, center
}
