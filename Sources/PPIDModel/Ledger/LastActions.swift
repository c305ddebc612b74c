/// Each officer's last action that `u` may still undo: its request and event. A sample's
/// step cannot be undone, so it clears its officer's entry, and `u` never reaches past it.
struct LastActions: Sendable {
    /// One entry per officer: set on every event, so kept where finding an officer is a few
    /// string comparisons rather than a hash.
    var entries: [(officer: String, request: String, event: CompactEventID)] = []

    mutating func note(_ record: EventRecord, request number: String) {
        // A letter's record is not an action to undo: `u` still reaches the one before it.
        if case .letterMade = record.event { return }
        let officer = entries.firstIndex { $0.officer == record.by }
        if case .eventUndone = record.event {
            if let officer { entries.remove(at: officer) }
        } else if let officer {
            entries[officer].request = number
            entries[officer].event = record.compactID
        } else {
            entries.append((record.by, number, record.compactID))
        }
    }

    mutating func clear(_ officer: String) {
        entries.removeAll { $0.officer == officer }
    }
}
