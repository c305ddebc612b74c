import Foundation
import PPIDModel

/// What the screen works out from the ledger — the queue's rows, a year's board, a drill-down
/// list — kept until the ledger's revision (or the day, or the choice it depends on) changes,
/// so a key and the frame after it do not each recount a large ledger.
///
/// One cache is shared by the copies of an environment; it is only ever a shortcut to the
/// plain computation, which tests compare it with.
public final class ViewCache: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var queue: (key: QueueKey, value: QueueRows)?
    private var board: (key: BoardKey, value: MonthBoard)?
    private var monthPage: (key: PageKey, value: MonthBoardPage)?
    private var drill: (key: DrillKey, value: [Request])?
    private var open: (key: OpenKey, value: OpenQueue)?
    private var closed: (key: Revision, value: [Int32])?
    private var search: (revision: Revision, value: QueueFilterIndex)?
    private var gaps: (key: GapKey, value: [HolidayCoverageGap])?

    public init() {}

    private struct QueueKey: Equatable {
        let revision: Revision
        let today: CivilDate
        let showClosed: Bool
        let urgentOnly: Bool
        let filter: String
    }

    private struct OpenKey: Equatable {
        let revision: Revision
        let today: CivilDate
        /// Made with the texts folded, for a filter.
        let folded: Bool
    }

    private struct BoardKey: Equatable {
        let revision: Revision
        let year: Int
        /// What is overdue changes with the day.
        let today: CivilDate
    }

    private struct PageKey: Equatable {
        let board: BoardKey
        /// The samples' steps are timed to the minute.
        let minute: Int
        let language: Language
        let width: Int
    }

    private struct GapKey: Equatable {
        let revision: Revision
        let today: CivilDate
    }

    private struct DrillKey: Equatable {
        let revision: Revision
        let filter: RecapFilter
    }

    func queueRows(_ ledger: Ledger, today: CivilDate, queue q: QueueState) -> QueueRows {
        let key = QueueKey(revision: ledger.revision, today: today, showClosed: q.showClosed, urgentOnly: q.urgentOnly, filter: q.filter.text)
        return remembered(\.queue, key) {
            let folded = !q.filter.text.isEmpty
            let open = remembered(\.open, OpenKey(revision: ledger.revision, today: today, folded: folded)) {
                OpenQueue(ledger, today: today, folded: folded)
            }
            let closed = q.showClosed ? remembered(\.closed, ledger.revision) { ledger.closedPositions } : nil
            return PPIDUI.queueRows(ledger, today: today, queue: q, open: open, closed: closed) { self.filterHits(ledger, $0) }
        }
    }

    /// The places of the requests whose folded texts hold `needle`, from the filter index
    /// brought up to date with `ledger`: taken out of the cache while it grows and searches,
    /// so its buffers are not copied.
    private func filterHits(_ ledger: Ledger, _ needle: String) -> [Int32] {
        lock.lock()
        let held = search
        search = nil
        lock.unlock()
        var index = held?.value ?? QueueFilterIndex()
        if held?.revision != ledger.revision { index.update(ledger.requests) }
        let hits = index.matches(needle)
        lock.lock()
        search = (ledger.revision, index)
        lock.unlock()
        FreeMemory.giveBack()
        return hits
    }

    func board(_ ledger: Ledger, year: Int, today: CivilDate) -> MonthBoard {
        remembered(\.board, BoardKey(revision: ledger.revision, year: year, today: today)) { MonthBoard(ledger, year: year, today: today) }
    }

    /// The month board's page for a year, as `make` draws it.
    func monthPage(_ ledger: Ledger, year: Int, today: CivilDate, now: Date, language: Language, width: Int, _ make: () -> MonthBoardPage) -> MonthBoardPage {
        let key = PageKey(board: BoardKey(revision: ledger.revision, year: year, today: today),
                          minute: Int((now.timeIntervalSince1970 / 60).rounded(.down)), language: language, width: width)
        return remembered(\.monthPage, key, make)
    }

    /// The uncovered holiday years open deadlines count through, for the banner of every frame.
    func holidayGaps(_ ledger: Ledger, today: CivilDate) -> [HolidayCoverageGap] {
        remembered(\.gaps, GapKey(revision: ledger.revision, today: today)) { ledger.holidayCoverageGaps(today: today) }
    }

    func drillRows(_ ledger: Ledger, filter: RecapFilter) -> [Request] {
        remembered(\.drill, DrillKey(revision: ledger.revision, filter: filter)) { ledger.requests(matching: filter) }
    }

    private func remembered<Key: Equatable, Value>(
        _ slot: ReferenceWritableKeyPath<ViewCache, (key: Key, value: Value)?>, _ key: Key, _ make: () -> Value
    ) -> Value {
        lock.lock()
        if let held = self[keyPath: slot], held.key == key {
            lock.unlock()
            return held.value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        self[keyPath: slot] = (key, value)
        lock.unlock()
        return value
    }
}
