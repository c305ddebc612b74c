/// A rectangle of cells: columns `x ..< x + width`, rows `y ..< y + height`.
///
/// Views draw inside a `Rect`; splitting one gives the rectangles of its parts. Sizes never
/// go negative: asking for more than there is gives what there is.
public struct Rect: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x column: Int, y row: Int) -> Bool {
        (x..<maxX).contains(column) && (y..<maxY).contains(row)
    }

    /// The part of `self` that is also in `other` (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        return Rect(x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
    }

    /// `self` shrunk by the given margins.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// `self` shrunk by `margin` on every side.
    public func inset(by margin: Int) -> Rect {
        inset(top: margin, left: margin, bottom: margin, right: margin)
    }

    /// The first `rows` rows, and the rest.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let rows = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: rows), inset(top: rows))
    }

    /// The last `rows` rows, and the rest above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let rows = min(max(0, rows), height)
        return (inset(bottom: rows), Rect(x: x, y: maxY - rows, width: width, height: rows))
    }

    /// The first `columns` columns, and the rest.
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let columns = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: columns, height: height), inset(left: columns))
    }

    /// The last `columns` columns, and the rest to their left.
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let columns = min(max(0, columns), width)
        return (inset(right: columns), Rect(x: maxX - columns, y: y, width: columns, height: height))
    }

    /// Each row as a rectangle one cell high, top to bottom.
    public var rows: [Rect] {
        (y..<maxY).map { Rect(x: x, y: $0, width: width, height: 1) }
    }
}
