/// A year's month board drawn whole with nothing selected, and where its selectable lines
/// lie: the screen scrolls it and marks the selection, so a key does not draw it again.
struct MonthBoardPage: Sendable {
    let grid: Grid
    /// The page rows of each figure (item 13 on), its wrapped continuations included.
    let figureRows: [Int: [Int]]
    /// The index of the last selectable line.
    let lastItem: Int

    /// The row to keep in view for the selected `item`: a table row's own, a figure's first
    /// row, or `below` rows past the last figure's.
    func scrollTarget(item: Int, below: Int) -> Int {
        if item < 13 { return 2 + item }
        guard let first = figureRows[item]?.first else { return 0 }
        return min(grid.height - 1, first + (item == lastItem ? below : 0))
    }

    /// How many rows of the page follow the last figure's first row.
    var linesBelowLastItem: Int {
        max(0, grid.height - 1 - scrollTarget(item: lastItem, below: 0))
    }

    /// The runs of cells to mark for the selection: a table row's cells (one column, or all
    /// when `column` is 0), else every row of the figure.
    func selection(item: Int, column: Int) -> [(x: Int, y: Int, width: Int)] {
        if item < 13 {
            return MonthBoardView.widths.indices.filter { column == 0 || column == $0 }.map {
                (MonthBoardView.columnX[$0], 2 + item, MonthBoardView.widths[$0])
            }
        }
        return (figureRows[item] ?? []).map { (1, $0, grid.width - 2) }
    }
}
