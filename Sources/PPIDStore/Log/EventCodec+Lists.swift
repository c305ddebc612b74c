import Foundation
import PPIDModel

/// The log lines of the DIK's and the DIP's events: `"type":"dik.…"` or `"dip.…"`,
/// `"entry":"<DIK or DIP number>"`, then the event's fields, e.g.
///
///     {"v":1,…,"type":"dik.revoked","entry":"DIK-003","on":"2026-12-01","decision_number":"12/PPID/2026","reason":"…"}
extension EventCodec {
    /// A list's event of this `type`; nil when the type is a request's or a sample's.
    static func listEvent<Source: FieldSource>(type: EventType, _ f: Fields<Source>) throws(Problem) -> ListEvent? {
        switch type {
        case .testRecorded:
            return .testRecorded(try test(f))
        case .testCorrected:
            return .testCorrected(TestCorrected(test: try test(f), changes: try list(f, "changes"), reason: try f.string("reason")))
        case .testRevoked:
            return .testRevoked(TestRevoked(
                test: try f.string("entry"), on: try f.date("on"), decisionNumber: try f.string("decision_number"), reason: try f.string("reason")))
        case .publicEntrySet:
            let entry = PublicEntry(
                number: try f.string("entry"), summary: try f.string("summary"), unit: try f.string("unit"), responsible: try f.string("responsible"),
                madeWhen: try f.string("made_when"), madeWhere: try f.string("made_where"), form: try f.enumeration("form"),
                retention: try f.string("retention"), kind: try f.enumeration("kind"))
            return .publicEntrySet(PublicEntrySet(entry: entry, on: try f.date("on"), changes: try list(f, "changes")))
        case .publicEntryRemoved:
            return .publicEntryRemoved(PublicEntryRemoved(entry: try f.string("entry"), on: try f.date("on"), reason: try f.string("reason")))
        case .publicListDecided:
            return .publicListDecided(PublicListDecided(decisionNumber: try f.string("entry"), on: try f.date("on")))
        default:
            return nil
        }
    }

    private static func list<Source: FieldSource>(_ f: Fields<Source>, _ k: StaticString) throws(Problem) -> [String] {
        (try f.optionalString(k) ?? "").split(separator: ",").map(String.init)
    }

    private static func test<Source: FieldSource>(_ f: Fields<Source>) throws(Problem) -> ConsequenceTest {
        ConsequenceTest(
            number: try f.string("entry"), title: try f.string("title"), withheld: try f.string("withheld"), ground: try f.enumeration("ground"),
            law: try f.string("law"), ifOpened: try f.string("if_opened"), ifClosed: try f.string("if_closed"),
            publicInterest: try f.string("public_interest"), until: try f.optionalDate("until"), reviewOn: try f.optionalDate("review_on"),
            unit: try f.string("unit"), trigger: try f.enumeration("trigger"), triggerReference: try f.string("trigger_reference"),
            decisionNumber: try f.string("decision_number"), decidedOn: try f.date("decided_on"), participants: try f.string("participants"))
    }
}

extension EventCodec.Writer {
    /// The fields of a list's event, after its `type` and `entry`.
    mutating func list(_ e: ListEvent) {
        switch e {
        case .testRecorded(let t):
            test(t)
        case .testCorrected(let c):
            test(c.test)
            string("changes", c.changes.joined(separator: ","))
            string("reason", c.reason)
        case .testRevoked(let r):
            string("on", r.on.description)
            string("decision_number", r.decisionNumber)
            string("reason", r.reason)
        case .publicEntrySet(let s):
            string("summary", s.entry.summary)
            string("unit", s.entry.unit)
            string("responsible", s.entry.responsible)
            string("made_when", s.entry.madeWhen)
            string("made_where", s.entry.madeWhere)
            string("form", s.entry.form.rawValue)
            string("retention", s.entry.retention)
            string("kind", s.entry.kind.rawValue)
            string("on", s.on.description)
            if !s.changes.isEmpty { string("changes", s.changes.joined(separator: ",")) }
        case .publicEntryRemoved(let r):
            string("on", r.on.description)
            string("reason", r.reason)
        case .publicListDecided(let d):
            string("on", d.on.description)
        }
    }

    private mutating func test(_ t: ConsequenceTest) {
        string("title", t.title)
        string("withheld", t.withheld)
        string("ground", t.ground.rawValue)
        string("law", t.law)
        string("if_opened", t.ifOpened)
        string("if_closed", t.ifClosed)
        string("public_interest", t.publicInterest)
        optional("until", t.until?.description)
        optional("review_on", t.reviewOn?.description)
        string("unit", t.unit)
        string("trigger", t.trigger.rawValue)
        string("trigger_reference", t.triggerReference)
        string("decision_number", t.decisionNumber)
        string("decided_on", t.decidedOn.description)
        string("participants", t.participants)
    }
}
