import Foundation

/// The decide half of the model: the events `command` makes against `state` at `now`,
/// recorded by `officer`, once every rule has passed; or the rule it breaks, in words the
/// officer can act on.
///
/// Run it under the log's append lock, after reading what other counters appended, so that
/// the numbers it gives are free and the rules see every fact. The calendar is the state's:
/// the one the current config makes. Replaying the events (`Ledger.evolve`) never runs the
/// rules again: a recorded event is a fact, whatever the config says later.
///
/// An undo is checked against its request's events: `histories` holds them by request number
/// when the caller keeps them elsewhere (the store reads them from the log); `decide` reads nothing.
public func decide(
    _ command: Command, _ state: Ledger, now: Date, by officer: String, histories: [String: [EventRecord]] = [:]
) throws(LedgerError) -> [Event] {
    let events = command.events(in: state)
    try state.check(events.enumerated().map { EventRecord(id: "decided-\($0.offset)", at: now, by: officer, event: $0.element) }, histories: histories)
    return events
}

/// Why `command` would be refused now, or nil: what the screen asks before it opens a form
/// or a confirmation, so the officer reads the rule's own words.
public func refusal(
    of command: Command, _ state: Ledger, now: Date, by officer: String, histories: [String: [EventRecord]] = [:]
) -> LedgerError? {
    do throws(LedgerError) {
        _ = try decide(command, state, now: now, by: officer, histories: histories)
        return nil
    } catch {
        return error
    }
}
