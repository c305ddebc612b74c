/// The month board's own state.
public struct MonthBoardState: Sendable, Equatable {
    /// The year shown; nil until chosen (then the latest year with requests).
    public var year: Int?
    /// The selected line: 0…11 months, 12 the totals, then the figures.
    public var item = 0
    /// The selected column of a table row (0 = the whole row).
    public var column = 0
    /// Lines scrolled past the last figure, to read what follows it (steps, chart).
    public var below = 0
}
