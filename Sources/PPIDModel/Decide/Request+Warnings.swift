import Foundation

extension Request {
    /// The recorded events of a request's `history` (oldest first, as `Ledger.history(of:)`
    /// gives it) that the rules would refuse under `calendar`, or dated on a day it counts as
    /// off, each with the rule: facts that
    /// look odd since the config changed (a notice dated before its receipt day once the time
    /// zone moved, a dispute step before a deadline a new closure day moved). They stay facts.
    public static func ruleWarnings(in history: [EventRecord], calendar: WorkingCalendar) -> [(record: EventRecord, rule: LedgerError)] {
        var out: [(record: EventRecord, rule: LedgerError)] = []
        var request: Request?
        var earlier: [EventRecord] = []
        for r in history {
            if let odd = Ledger.dayOffWarning(r, calendar: calendar) { out.append((r, odd)) }
            if let current = request {
                if let refused = current.refusal(of: r, calendar: calendar, earlier: earlier) { out.append((r, refused)) }
                request = current.evolved(r, earlier: earlier)
            } else if case .requestRegistered(let e) = r.event {
                if let refused = refusal(ofRegistration: e, recordedAt: r.at) { out.append((r, refused)) }
                request = registered(r, e)
            }
            earlier.append(r)
        }
        return out
    }
}
