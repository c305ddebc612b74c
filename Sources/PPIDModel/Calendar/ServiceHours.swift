/// When the counter is open, per weekday, as minute ranges of the local day.
///
/// The default is the seed report's §2.2: Monday–Thursday 08.00–12.00 and 13.00–16.00,
/// Friday 08.00–12.00 and 13.30–16.30, closed at weekends.
public struct ServiceHours: Sendable, Hashable {
    /// A span of the day in minutes since midnight, end excluded.
    public struct Span: Sendable, Hashable {
        public let start: Int
        public let end: Int
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// Spans by ISO weekday (index 1 = Monday … 7 = Sunday; index 0 unused).
    public private(set) var spans: [[Span]]

    /// Closing minute by ISO weekday, worked out once.
    private var closings: [Int?]

    public init(spans byWeekday: [Int: [Span]]) {
        spans = (0...7).map { byWeekday[$0] ?? [] }
        closings = spans.map { $0.map(\.end).max() }
    }

    public static let standard = ServiceHours(spans: [
        1: monThu, 2: monThu, 3: monThu, 4: monThu,
        5: [Span(start: 8 * 60, end: 12 * 60), Span(start: 13 * 60 + 30, end: 16 * 60 + 30)],
    ])
    private static let monThu = [Span(start: 8 * 60, end: 12 * 60), Span(start: 13 * 60, end: 16 * 60)]

    /// Spans for an ISO weekday.
    public func spans(weekday: Int) -> [Span] { spans[weekday] }

    /// Minute the counter closes on that weekday, or nil when it does not open.
    public func closing(weekday: Int) -> Int? { closings[weekday] }

    /// Whether the counter is open at that minute of that weekday.
    public func isOpen(weekday: Int, minute: Int) -> Bool {
        spans[weekday].contains { $0.start <= minute && minute < $0.end }
    }
}
