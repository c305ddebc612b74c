/// The sample board's own state.
public struct SampleBoardState: Sendable, Equatable {
    /// The selected sample, kept by number so cards moving on (or arriving from other
    /// counters) do not move the selection.
    public var selected: String?
    /// The column the selection is in, remembered while the sample itself moves on.
    public var column = 0
    /// The first card shown in each column, top to bottom.
    public var scrolls = Array(repeating: 0, count: SampleColumn.allCases.count)
    /// `v`: one sample per line instead of columns.
    public var listView = false
    /// The first row shown in the list view.
    public var listScroll = 0
    /// `a`: the list view shows handed-over and cancelled samples too.
    public var showClosed = false
    public var filter = LineEditor()
    public var isFiltering = false

    public init() {}
}
