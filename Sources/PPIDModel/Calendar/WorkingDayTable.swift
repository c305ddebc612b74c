/// The working days of a span of years, counted once, so that deadline arithmetic is a lookup
/// instead of a walk day by day (`WorkingCalendar` walks only outside the span).
///
/// - Complexity: building is O(days in the span); every query is O(1).
struct WorkingDayTable: Sendable {
    /// The ordinal of the first day covered.
    let first: Int
    /// running[k]: working days in `first … first + k`.
    private let running: [Int32]
    /// The ordinals of the working days in the span, ascending.
    private let days: [Int32]

    /// Counts the working days of `first ..< first + count` by `isWorkingDay(ordinal)`.
    init(first: Int, count: Int, isWorkingDay: (Int) -> Bool) {
        self.first = first
        var running: [Int32] = []
        var days: [Int32] = []
        running.reserveCapacity(count)
        days.reserveCapacity(count * 5 / 7 + 1)
        var total: Int32 = 0
        for k in 0..<count {
            if isWorkingDay(first + k) {
                total += 1
                days.append(Int32(first + k))
            }
            running.append(total)
        }
        self.running = running
        self.days = days
    }

    func covers(_ ordinal: Int) -> Bool { ordinal >= first && ordinal - first < running.count }

    /// Whether a covered day is a working day.
    func isWorkingDay(_ ordinal: Int) -> Bool {
        let k = ordinal - first
        return running[k] - (k > 0 ? running[k - 1] : 0) == 1
    }

    /// Working days in `(from, to]` for covered days with `from <= to`.
    func count(from: Int, to: Int) -> Int { Int(running[to - first] - running[from - first]) }

    /// The `n`th working day after a covered day (n ≥ 1), or nil when it lies past the span.
    func day(_ n: Int, after ordinal: Int) -> Int? {
        let index = Int(running[ordinal - first]) + n - 1
        return index < days.count ? Int(days[index]) : nil
    }
}
