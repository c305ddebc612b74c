/// The year figures, a view beside the ledger's decider state (`decide` never reads it):
/// table 2.6.1 per year and each year's response times, late answers, extensions and grounds,
/// kept up to date event by event so the month board does not recount a year per key. Worked out with the ledger's calendar (the current config's);
/// `Ledger.recountFigures(year:)` and `RecapTests` check it against a plain recount.
package struct FigureFold: Sendable {
    package var recaps: [Int: MonthlyRecap] = [:]
    /// What each request adds to the recap, by its place in registration order.
    package var contributions: [RecapContribution?] = []
    /// What each request adds to its year's figures, by its place.
    package var figureContributions: [FigureContribution?] = []
    package var tallies: [Int: YearTally] = [:]
    /// Places of the requests received in each year (a place may repeat after a correction).
    package var yearIndex: [Int: [Int32]] = [:]

    mutating func reserveCapacity(requests: Int) {
        contributions.reserveCapacity(requests)
        figureContributions.reserveCapacity(requests)
    }

    /// Folds what the request at `at` adds now, after one of its events (a new place is a
    /// newly registered request). `r` is `inout` only so that it is read where it lies:
    /// `list[at]` would copy it, retaining (and then releasing) each of its texts and arrays,
    /// for every event. Inlined into the ledger's fold, which runs it on every event.
    @inline(__always)
    mutating func evolve(_ at: Int32, _ r: inout Request, calendar: WorkingCalendar) {
        if Int(at) == contributions.count {
            contributions.append(nil)
            figureContributions.append(nil)
        }
        let recap = FigureFold.contribution(of: r, calendar: calendar)
        update(at, recap: recap, figures: recap.flatMap { calendar.figureContribution(of: r, year: Int($0.year)) })
    }

    /// Replaces what the request at `at` adds to the figures.
    private mutating func update(_ at: Int32, recap new: RecapContribution?, figures: FigureContribution?) {
        let old = contributions[Int(at)]
        let oldFigures = figureContributions[Int(at)]
        // Each year's figures are changed where they lie, through `values[place]`: the
        // dictionary's key subscripts move the value out and back in through an accessor
        // whose frame is allocated, which cost a tenth of a replay.
        if figures != oldFigures {
            if let oldFigures, let i = tallies.index(forKey: Int(oldFigures.year)) { tallies.values[i].add(oldFigures, -1) }
            if let figures, let i = FigureFold.place(of: Int(figures.year), in: &tallies, YearTally.init) { tallies.values[i].add(figures, 1) }
            figureContributions[Int(at)] = figures
        }
        guard new != old else { return }
        if let old, let i = recaps.index(forKey: Int(old.year)) { recaps.values[i].months[Int(old.month) - 1].add(old, -1) }
        if let new {
            if let i = FigureFold.place(of: Int(new.year), in: &recaps, { MonthlyRecap(year: Int(new.year)) }) {
                recaps.values[i].months[Int(new.month) - 1].add(new, 1)
            }
            if old?.year != new.year { yearIndex[Int(new.year), default: []].append(at) }
        }
        contributions[Int(at)] = new
    }

    /// Where `key` is in `d`, added with `make()` first when it is not there.
    private static func place<V>(of key: Int, in d: inout [Int: V], _ make: () -> V) -> Dictionary<Int, V>.Index? {
        if let i = d.index(forKey: key) { return i }
        d[key] = make()
        return d.index(forKey: key)
    }

    /// What a request adds to the recap: nil once voided.
    static func contribution(of r: Request, calendar: WorkingCalendar) -> RecapContribution? {
        if r.voided { return nil }
        let day = calendar.day(of: r.receivedAt).components
        let outcome: Int? = r.decision.flatMap { RecapContribution.outcomes.firstIndex(of: $0.decided.outcome) }
        return RecapContribution(
            year: Int32(day.year), month: UInt8(day.month),
            channel: UInt8(RecapContribution.channels.firstIndex(of: r.channel) ?? 0),
            outcome: Int8(outcome ?? -1), withdrawn: r.withdrawal != nil && outcome == nil
        )
    }
}
