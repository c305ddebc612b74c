import PPIDModel

/// A screen's worth of cells that views draw into; the terminal adapter copies it out.
///
/// Text is placed by display width: a wide character takes its cell and a continuation
/// cell. Writing over half of a wide character blanks the other half, so a row never holds
/// a torn character.
///
///     var grid = Grid(width: 6, height: 1)
///     grid.put("漢字é", x: 0, y: 0)
///     grid.lines == ["漢字é"]
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major: the cell at (x, y) is `cells[y * width + x]`.
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (a focused text field), or nil to hide it.
    public var cursor: (x: Int, y: Int)?

    /// A blank grid painted with `style`.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(style: style), count: self.width * self.height)
    }

    /// The whole grid as a rectangle at (0, 0).
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; both must be inside the grid.
    public subscript(x x: Int, y y: Int) -> Cell {
        precondition(bounds.contains(x: x, y: y), "cell (\(x), \(y)) outside a \(width)×\(height) grid")
        return cells[y * width + x]
    }

    /// Writes `text` from column `x` of row `y`, made inert by ``InertText`` first.
    ///
    /// Stops at the grid's right edge or after `maxWidth` columns, whichever comes first;
    /// a wide character that does not fit there becomes a space. Characters left of
    /// column 0 or on a row outside the grid are skipped; zero-width characters that stand
    /// alone (a combining mark with no base) are dropped.
    ///
    /// - Returns: the column just after the text (clipped to the limit), for chaining.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        let rowVisible = (0..<height).contains(y)
        var column = x
        for character in InertText.displayable(text) {
            let columns = character.displayWidth
            guard columns > 0 else { continue }
            if column + columns > limit {
                if rowVisible, column >= 0, column < limit {
                    write(Cell(style: style), columns: 1, x: column, y: y)
                }
                return max(x, limit)
            }
            if rowVisible, column >= 0 {
                write(Cell(character, style: style), columns: columns, x: column, y: y)
            } else if rowVisible, column + columns > 0 {
                write(Cell(style: style), columns: 1, x: 0, y: y)
            }
            column += columns
        }
        return column
    }

    /// Copies rows `rows` of `other` (as wide as this grid or narrower) to this grid from row
    /// `y`, column 0; rows are whole, so a wide character is never torn.
    public mutating func paste(_ other: Grid, rows: Range<Int>, at y: Int, x: Int = 0) {
        let w = min(other.width, width - x)
        guard w > 0 else { return }
        for (i, row) in rows.enumerated() where (0..<other.height).contains(row) && (0..<height).contains(y + i) {
            for c in 0..<w { cells[(y + i) * width + x + c] = other.cells[row * other.width + c] }
        }
    }

    /// Gives every cell of `rect` (clipped to the grid) `style`, keeping its character.
    public mutating func restyle(_ rect: Rect, _ style: Style) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x].style = style }
        }
    }

    /// Blanks every cell of `rect` (clipped to the grid) and paints it with `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                write(Cell(style: style), columns: 1, x: x, y: y)
            }
        }
    }

    /// Each row as text, with trailing spaces trimmed (styles are not shown).
    public var lines: [String] {
        (0..<height).map { y in
            var line = cells[(y * width)..<((y + 1) * width)].map(\.text).joined()
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// ``lines`` joined with newlines.
    public var text: String { lines.joined(separator: "\n") }

    public static func == (lhs: Grid, rhs: Grid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursor?.x == rhs.cursor?.x && lhs.cursor?.y == rhs.cursor?.y
    }

    /// Stores `cell` (and its continuation when `columns` is 2) at (x, y), first blanking
    /// the other half of any wide character it overlaps.
    private mutating func write(_ cell: Cell, columns: Int, x: Int, y: Int) {
        for column in x..<(x + columns) {
            detach(x: column, y: y)
        }
        cells[y * width + x] = cell
        if columns == 2 {
            cells[y * width + x + 1] = .continuation(style: cell.style)
        }
    }

    /// Turns the wide character touching (x, y), if any, into spaces on its other half.
    private mutating func detach(x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(style: cells[index - 1].style)
        }
        if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(style: cells[index + 1].style)
        }
    }
}
