import Foundation
import PPIDModel

/// Turns events into log lines and back.
///
/// A line is one flat JSON object: `v` (schema version), `id`, `at` (recorded, with the office's
/// offset), `by` (officer), `type`, then what it belongs to — `request` (a registration
/// number) or `sample` (a BPCU/BPCUI number) — then the event's own fields in snake_case.
public struct EventCodec: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Why a line could not be read as an event.
    /// The longest line the log may hold, in bytes: far above the longest event ppid-tui
    /// writes (every text field of a correction at its limit stays below 200 KB). A longer line
    /// is damage, never read as an event, and never written.
    public static let maxLineBytes = 1 << 20

    public enum Problem: Error, Equatable, Sendable {
        case syntax(String)
        case newerVersion(Int)
        case field(String, String)
        /// Longer than `maxLineBytes` (nil: so long it was not read to its end).
        case tooLong(Int?)

        public var message: Phrase {
            switch self {
            case .syntax(let r): Phrase(id: "bukan JSON yang sah (\(r))", en: "not valid JSON (\(r))")
            case .newerVersion(let v): Phrase(id: "ditulis oleh versi yang lebih baru (skema v\(v))", en: "written by a newer version (schema v\(v))")
            case .field(let k, let r): Phrase(id: "kolom \"\(k)\": \(r)", en: "field \"\(k)\": \(r)")
            case .tooLong(let n):
                Phrase(
                    id: "baris \(n.map { "\($0) bita" } ?? "tanpa akhir"), lebih panjang dari batas \(EventCodec.maxLineBytes) bita untuk satu kejadian",
                    en: "a line of \(n.map { "\($0) bytes" } ?? "no end"), longer than the \(EventCodec.maxLineBytes)-byte bound of any event"
                )
            }
        }
    }

    // MARK: Writing

    /// The line for a record, newline included.
    public func encode(_ r: EventRecord) -> [UInt8] {
        var out: [UInt8] = []
        encodeLine(r, to: &out)
        return out
    }

    /// Appends the line for a record, newline included, to `bytes`.
    func encodeLine(_ r: EventRecord, to bytes: inout [UInt8]) {
        var w = Writer(zone: timeZone, out: bytes)
        bytes = []
        w.int("v", r.version)
        w.string("id", r.id)
        w.time("at", r.at)
        w.string("by", r.by)
        w.string("type", Self.typeName(r.event))
        switch r.event.subject {
        case .request(let n): w.string("request", n)
        case .sample(let n): w.string("sample", n)
        case .listEntry(let n): w.string("entry", n)
        }
        switch r.event {
        case .requestRegistered(let e):
            w.time("received_at", e.receivedAt)
            w.string("channel", e.channel.rawValue)
            w.details(e.details)
            if let h = e.statusTokenHash { w.string("status_token_sha256", h) }
        case .requestCorrected(let e):
            w.string("corrects", e.corrects)
            w.time("received_at", e.receivedAt)
            w.string("channel", e.channel.rawValue)
            w.details(e.details)
        case .requestReturnedIncomplete(let e):
            w.string("missing", e.missing)
            if let on = e.on { w.string("returned_on", on.description) }
        case .requestDeclaredComplete(let e):
            w.time("completed_at", e.completedAt)
        case .requestExtended(let e):
            w.string("reason", e.reason)
            if let on = e.on { w.string("extended_on", on.description) }
        case .requestDecided(let e):
            w.string("outcome", e.outcome.rawValue)
            w.optional("ground", e.ground?.code)
            w.string("notice_on", e.noticeOn.description)
            w.int("fee", e.fee)
            w.string("payment", e.payment)
            w.string("note", e.note)
            // Only when given: older lines, and most decisions, stay as they were.
            if !e.moreGrounds.isEmpty { w.string("more_grounds", e.moreGrounds.map(\.code).joined(separator: ",")) }
            if !e.heldBy.isEmpty { w.string("held_by", e.heldBy) }
            if !e.redacted.isEmpty { w.string("redacted", e.redacted) }
            if !e.material.isEmpty { w.string("material", e.material) }
            if let d = e.givenBy { w.string("given_by", d.description) }
            if let d = e.documentedBy { w.string("documented_by", d.description) }
            if !e.feeBreakdown.isEmpty { w.string("fee_breakdown", e.feeBreakdown) }
            if !e.tests.isEmpty { w.string("tests", e.tests.joined(separator: ",")) }
            if e.fromRegister { w.int("from_register", 1) }
            if !e.publicEntry.isEmpty { w.string("dip_entry", e.publicEntry) }
        case .informationHandedOver(let e):
            w.string("handed_over_on", e.handedOverOn.description)
            w.string("note", e.note)
        case .requestWithdrawn(let e):
            w.time("withdrawn_at", e.withdrawnAt)
            w.string("reason", e.reason)
        case .eventUndone(let e):
            w.string("undoes", e.undoes)
            w.string("reason", e.reason)
        case .objectionFiled(let e):
            w.string("objection", e.objection)
            w.time("received_at", e.receivedAt)
            w.string("grounds", e.grounds.map(\.rawValue).joined(separator: ","))
            w.string("agent", e.agent)
            w.string("note", e.note)
        case .objectionAnswered(let e):
            w.string("objection", e.objection)
            w.string("decision", e.decision.rawValue)
            w.string("reasons", e.reasons)
            w.string("answered_on", e.answeredOn.description)
            w.string("superior_name", e.superiorName)
            w.string("superior_position", e.superiorPosition)
        case .disputeStep(let e):
            w.string("objection", e.objection)
            w.string("kind", e.kind.rawValue)
            w.string("on", e.on.description)
            w.string("detail", e.detail)
        case .letterMade(let e):
            w.string("letter", e.letter)
            w.string("objection", e.objection)
            w.string("file", e.file)
            // Only on numbered letters: a letter recorded before numbering stays as it was.
            if !e.number.isEmpty {
                w.string("number", e.number)
                w.string("series", e.series)
                w.int("sequence", e.sequence)
                if !e.replaces.isEmpty { w.string("replaces", e.replaces) }
            }
        case .groundClassified(let e):
            w.string("decision", e.decision)
            w.string("ground", e.ground.code)
        case .sample(let e):
            w.sample(e)
        case .lists(let e):
            w.list(e)
        }
        w.out.append(UInt8(ascii: "}"))
        w.out.append(0x0A)
        bytes = w.out
    }

    /// The `type` written for an event.
    static func typeName(_ e: Event) -> String { EventType(e).name.description }

    /// Every event's `type` on a log line: the one list of the names.
    enum EventType: CaseIterable {
        case requestRegistered, requestCorrected, requestReturnedIncomplete, requestDeclaredComplete, requestExtended
        case requestDecided, informationHandedOver, requestWithdrawn, eventUndone, objectionFiled, objectionAnswered
        case disputeStep, letterMade, groundClassified
        case sampleRegistered, sampleReceived, sampleBillingIssued, samplePaid, sampleAssigned, sampleResultIn
        case sampleReportMade, sampleHandedOver, sampleCancelled, sampleStepCorrected
        case testRecorded, testCorrected, testRevoked, publicEntrySet, publicEntryRemoved, publicListDecided

        init(_ e: Event) {
            switch e {
            case .requestRegistered: self = .requestRegistered
            case .requestReturnedIncomplete: self = .requestReturnedIncomplete
            case .requestDeclaredComplete: self = .requestDeclaredComplete
            case .requestExtended: self = .requestExtended
            case .requestDecided: self = .requestDecided
            case .informationHandedOver: self = .informationHandedOver
            case .requestWithdrawn: self = .requestWithdrawn
            case .requestCorrected: self = .requestCorrected
            case .eventUndone: self = .eventUndone
            case .objectionFiled: self = .objectionFiled
            case .objectionAnswered: self = .objectionAnswered
            case .disputeStep: self = .disputeStep
            case .letterMade: self = .letterMade
            case .groundClassified: self = .groundClassified
            case .sample(.registered): self = .sampleRegistered
            case .sample(.received): self = .sampleReceived
            case .sample(.billingIssued): self = .sampleBillingIssued
            case .sample(.paid): self = .samplePaid
            case .sample(.assigned): self = .sampleAssigned
            case .sample(.resultIn): self = .sampleResultIn
            case .sample(.reportMade): self = .sampleReportMade
            case .sample(.handedOver): self = .sampleHandedOver
            case .sample(.cancelled): self = .sampleCancelled
            case .sample(.stepCorrected): self = .sampleStepCorrected
            case .lists(.testRecorded): self = .testRecorded
            case .lists(.testCorrected): self = .testCorrected
            case .lists(.testRevoked): self = .testRevoked
            case .lists(.publicEntrySet): self = .publicEntrySet
            case .lists(.publicEntryRemoved): self = .publicEntryRemoved
            case .lists(.publicListDecided): self = .publicListDecided
            }
        }

        /// Compares the bytes with each type's name in place: no shared table is read, so the
        /// decoding threads touch no common reference count line by line.
        init?(utf8 b: UnsafeBufferPointer<UInt8>) {
            for type in EventType.allCases {
                let name = type.name
                if sameBytes(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount), b) {
                    self = type
                    return
                }
            }
            return nil
        }

        /// The `type` written for it.
        var name: StaticString {
            switch self {
            case .requestRegistered: "request.registered"
            case .requestCorrected: "request.corrected"
            case .requestReturnedIncomplete: "request.returned_incomplete"
            case .requestDeclaredComplete: "request.declared_complete"
            case .requestExtended: "request.extended"
            case .requestDecided: "request.decided"
            case .informationHandedOver: "request.handed_over"
            case .requestWithdrawn: "request.withdrawn"
            case .eventUndone: "event.undone"
            case .objectionFiled: "objection.filed"
            case .objectionAnswered: "objection.answered"
            case .disputeStep: "dispute.step"
            case .letterMade: "letter.made"
            case .groundClassified: "request.ground_classified"
            case .sampleRegistered: "sample.registered"
            case .sampleReceived: "sample.received"
            case .sampleBillingIssued: "sample.billing_issued"
            case .samplePaid: "sample.paid"
            case .sampleAssigned: "sample.assigned"
            case .sampleResultIn: "sample.result_in"
            case .sampleReportMade: "sample.report_made"
            case .sampleHandedOver: "sample.handed_over"
            case .sampleCancelled: "sample.cancelled"
            case .sampleStepCorrected: "sample.step_corrected"
            case .testRecorded: "dik.tested"
            case .testCorrected: "dik.corrected"
            case .testRevoked: "dik.revoked"
            case .publicEntrySet: "dip.entry_set"
            case .publicEntryRemoved: "dip.entry_removed"
            case .publicListDecided: "dip.decided"
            }
        }
    }

    struct Writer {
        let zone: TimeZone
        var out: [UInt8]
        /// Where this line starts in `out`.
        let start: Int

        init(zone: TimeZone, out: [UInt8]) {
            self.zone = zone
            self.out = out
            start = out.count
            self.out.append(UInt8(ascii: "{"))
        }

        mutating func key(_ k: String) {
            if out.count > start + 1 { out.append(UInt8(ascii: ",")) }
            JSONLine.appendString(k, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        mutating func string(_ k: String, _ v: String) {
            key(k)
            JSONLine.appendString(v, to: &out)
        }
        mutating func int(_ k: String, _ v: Int) {
            key(k)
            out.append(contentsOf: Array(String(v).utf8))
        }
        mutating func optional(_ k: String, _ v: String?) {
            guard let v else { key(k); out.append(contentsOf: Array("null".utf8)); return }
            string(k, v)
        }
        mutating func time(_ k: String, _ d: Date) {
            key(k)
            out.append(0x22)
            Timestamp.append(d, offsetSeconds: zone.secondsFromGMT(for: d), to: &out)
            out.append(0x22)
        }
        mutating func details(_ d: RequestDetails) {
            string("name", d.requesterName)
            string("category", d.category.rawValue)
            string("address", d.address)
            string("contact", d.contact)
            string("occupation", d.occupation)
            string("nik", d.identityNumber)
            string("topic", d.topic.rawValue)
            string("subject", d.subject)
            string("purpose", d.purpose)
            optional("access", d.accessKind?.rawValue)
            optional("medium", d.medium?.rawValue)
            optional("delivery", d.delivery?.rawValue)
        }
    }

    // MARK: Reading

    /// The record on a line (without its newline), or what is wrong with it.
    ///
    /// The line's fields are found in place (`JSONLine.scan`); a line the scan leaves out (over
    /// 32 fields, or an escaped key) is read through the general dictionary reader instead.
    public func decode(_ line: UnsafeBufferPointer<UInt8>) throws(Problem) -> EventRecord {
        try JSONLine.Scanned.withSpace { slots, buckets in
            Result { () throws(Problem) -> EventRecord in try decode(line, slots: slots, buckets: buckets) }
        }.get()
    }

    /// `decode`, scanning into room the caller owns (`JSONLine.Scanned.withSpace`), so that a
    /// reader of many lines finds room for them once.
    func decode(
        _ line: UnsafeBufferPointer<UInt8>, slots: UnsafeMutableBufferPointer<JSONLine.Scanned.Slot>, buckets: UnsafeMutableBufferPointer<Int8>
    ) throws(Problem) -> EventRecord {
        let scanned: JSONLine.Scanned?
        do throws(JSONLine.SyntaxError) {
            scanned = try JSONLine.scan(line, slots: slots, buckets: buckets)
        } catch {
            throw .syntax("\(error.reason) @\(error.offset)")
        }
        guard let scanned else { return try decodeGeneral(line) }
        return try decode(Fields(scanned))
    }

    /// `decode` through the general reader (`JSONLine.parse` into a dictionary): the reference
    /// the fast path is tested against, and the path for lines the scan leaves out.
    func decodeGeneral(_ line: UnsafeBufferPointer<UInt8>) throws(Problem) -> EventRecord {
        let fields: [String: JSONLine.Value]
        do {
            fields = try JSONLine.parse(line)
        } catch {
            throw .syntax("\(error.reason) @\(error.offset)")
        }
        return try decode(Fields(ParsedFields(values: fields)))
    }

    private func decode<Source: FieldSource>(_ f: Fields<Source>) throws(Problem) -> EventRecord {
        let version = try f.int("v")
        if version > EventRecord.currentVersion { throw .newerVersion(version) }
        guard version >= 1 else { throw .field("v", "must be 1 or more") }
        guard let type = try f.lineType() else { throw .field("type", "unknown \"\(try f.string("type"))\"") }
        if let event = try Self.listEvent(type: type, f) { return try f.record(version: version, .lists(event)) }
        if let event = try Self.sampleEvent(type: type, f) { return try f.record(version: version, .sample(event)) }
        let request = try f.string("request")
        let event: Event
        switch type {
        case .sampleRegistered, .sampleReceived, .sampleBillingIssued, .samplePaid, .sampleAssigned, .sampleResultIn,
             .sampleReportMade, .sampleHandedOver, .sampleCancelled, .sampleStepCorrected,
             .testRecorded, .testCorrected, .testRevoked, .publicEntrySet, .publicEntryRemoved, .publicListDecided:
            throw .field("type", "a sample's or a list's type without its fields")
        case .requestRegistered:
            event = .requestRegistered(RequestRegistered(
                request: request, receivedAt: try f.time("received_at"), channel: try f.enumeration("channel", in: Kinds.channels), details: try f.details(),
                statusTokenHash: try f.optionalString("status_token_sha256")))
        case .requestCorrected:
            event = .requestCorrected(RequestCorrected(request: request, corrects: try f.string("corrects"), receivedAt: try f.time("received_at"), channel: try f.enumeration("channel", in: Kinds.channels), details: try f.details()))
        case .requestReturnedIncomplete:
            event = .requestReturnedIncomplete(RequestReturnedIncomplete(request: request, missing: try f.string("missing"), on: try f.optionalDate("returned_on")))
        case .requestDeclaredComplete:
            event = .requestDeclaredComplete(RequestDeclaredComplete(request: request, completedAt: try f.time("completed_at")))
        case .requestExtended:
            event = .requestExtended(RequestExtended(request: request, reason: try f.string("reason"), on: try f.optionalDate("extended_on")))
        case .requestDecided:
            let groundCode = try f.optionalString("ground")
            var ground: Ground?
            if let groundCode {
                guard let g = Ground(code: groundCode) else { throw .field("ground", "unknown \"\(groundCode)\"") }
                ground = g
            }
            var more: [Ground] = []
            for code in (try f.optionalString("more_grounds") ?? "").split(separator: ",") {
                guard let g = Ground(code: String(code)) else { throw .field("more_grounds", "unknown \"\(code)\"") }
                more.append(g)
            }
            event = .requestDecided(RequestDecided(
                request: request, outcome: try f.enumeration("outcome", in: Kinds.outcomes), ground: ground, noticeOn: try f.date("notice_on"),
                fee: try f.int("fee"), payment: try f.string("payment"), note: try f.string("note"),
                moreGrounds: more, heldBy: try f.optionalString("held_by") ?? "", redacted: try f.optionalString("redacted") ?? "",
                material: try f.optionalString("material") ?? "", givenBy: try f.optionalDate("given_by"),
                documentedBy: try f.optionalDate("documented_by"), feeBreakdown: try f.optionalString("fee_breakdown") ?? "",
                tests: (try f.optionalString("tests") ?? "").split(separator: ",").map(String.init), fromRegister: try f.optionalInt("from_register") == 1,
                publicEntry: try f.optionalString("dip_entry") ?? ""
            ))
        case .informationHandedOver:
            event = .informationHandedOver(InformationHandedOver(request: request, handedOverOn: try f.date("handed_over_on"), note: try f.string("note")))
        case .requestWithdrawn:
            event = .requestWithdrawn(RequestWithdrawn(request: request, withdrawnAt: try f.time("withdrawn_at"), reason: try f.string("reason")))
        case .eventUndone:
            event = .eventUndone(EventUndone(request: request, undoes: try f.string("undoes"), reason: try f.string("reason")))
        case .objectionFiled:
            let codes = try f.string("grounds").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var grounds: [Pasal35] = []
            for c in codes {
                guard let g = Pasal35(rawValue: c) else { throw .field("grounds", "unknown \"\(c)\"") }
                grounds.append(g)
            }
            event = .objectionFiled(ObjectionFiled(
                request: request, objection: try f.string("objection"), receivedAt: try f.time("received_at"),
                grounds: grounds, agent: try f.string("agent"), note: try f.string("note")
            ))
        case .objectionAnswered:
            event = .objectionAnswered(ObjectionAnswered(
                request: request, objection: try f.string("objection"), decision: try f.enumeration("decision"),
                reasons: try f.string("reasons"), answeredOn: try f.date("answered_on"),
                superiorName: try f.string("superior_name"), superiorPosition: try f.string("superior_position")
            ))
        case .disputeStep:
            event = .disputeStep(DisputeStep(
                request: request, objection: try f.string("objection"), kind: try f.enumeration("kind"),
                on: try f.date("on"), detail: try f.string("detail")
            ))
        case .letterMade:
            event = .letterMade(LetterMade(
                request: request, letter: try f.string("letter"), objection: try f.string("objection"), file: try f.string("file"),
                number: try f.optionalString("number") ?? "", series: try f.optionalString("series") ?? "",
                sequence: try f.optionalInt("sequence") ?? 0, replaces: try f.optionalString("replaces") ?? ""
            ))
        case .groundClassified:
            let code = try f.string("ground")
            guard let ground = Ground(code: code) else { throw .field("ground", "unknown \"\(code)\"") }
            event = .groundClassified(GroundClassified(request: request, decision: try f.string("decision"), ground: ground))
        }
        return try f.record(version: version, event)
    }

    /// A line's fields, read by key: in place from a scan, or from the general reader's
    /// dictionary (`Source`), each turned into what the event needs or a `Problem`.
    struct Fields<Source: FieldSource> {
        let source: Source

        init(_ source: Source) {
            self.source = source
        }

        @inline(__always)
        private func find(_ k: StaticString) -> FieldValue? { source.value(k) }

        private func problem(_ k: StaticString, _ reason: String) -> Problem { .field(k.description, reason) }

        /// The record of `event` with the line's `id`, `at` and `by`, checked in that order; an
        /// id without escapes goes from the line's bytes into the record without a `String`.
        func record(version: Int, _ event: Event) throws(Problem) -> EventRecord {
            if case .bytes(let id)? = find("id") {
                return EventRecord(version: version, idUTF8: id, at: try time("at"), by: try string("by"), event: event)
            }
            return EventRecord(version: version, id: try string("id"), at: try time("at"), by: try string("by"), event: event)
        }
        func string(_ k: StaticString) throws(Problem) -> String {
            switch find(k) {
            case .text(let s)?: return s
            case .bytes(let b)?: return String(decoding: b, as: UTF8.self)
            case nil: throw problem(k, "missing")
            default: throw problem(k, "must be text")
            }
        }
        func optionalString(_ k: StaticString) throws(Problem) -> String? {
            switch find(k) {
            case nil, .null?: return nil
            case .text(let s)?: return s
            case .bytes(let b)?: return String(decoding: b, as: UTF8.self)
            default: throw problem(k, "must be text or null")
            }
        }
        /// The line's `type`; nil when it is text but not a known type.
        func lineType() throws(Problem) -> EventType? {
            if case .bytes(let b)? = find("type") { return EventType(utf8: b) }
            var name = try string("type")
            return name.withUTF8 { EventType(utf8: $0) }
        }
        func int(_ k: StaticString) throws(Problem) -> Int {
            switch find(k) {
            case .int(let v)?: return v
            case nil: throw problem(k, "missing")
            default: throw problem(k, "must be a whole number")
            }
        }
        func optionalInt(_ k: StaticString) throws(Problem) -> Int? {
            switch find(k) {
            case nil, .null?: return nil
            case .int(let v)?: return v
            default: throw problem(k, "must be a whole number or null")
            }
        }
        func time(_ k: StaticString) throws(Problem) -> Date {
            if case .bytes(let b)? = find(k), let d = Timestamp.parse(utf8: b) { return d }
            let s = try string(k)
            guard let d = Timestamp.parse(s) else { throw problem(k, "not an ISO 8601 time with offset: \"\(s)\"") }
            return d
        }
        func date(_ k: StaticString) throws(Problem) -> CivilDate {
            if case .bytes(let b)? = find(k), let d = CivilDate(isoUTF8: b) { return d }
            let s = try string(k)
            guard let d = CivilDate(iso: s) else { throw problem(k, "not a YYYY-MM-DD date: \"\(s)\"") }
            return d
        }
        /// A date that older lines do not have: nil when absent or null.
        func optionalDate(_ k: StaticString) throws(Problem) -> CivilDate? {
            switch find(k) {
            case nil, .null?: return nil
            default: return try date(k)
            }
        }
        /// As `enumeration(_:)`, the plain text matched against `cases`' names where it lies:
        /// no `String` made, none looked up by name (most lines have several of these).
        func enumeration<E: RawRepresentable>(_ k: StaticString, in cases: [E]) throws(Problem) -> E where E.RawValue == String {
            if case .bytes(let b)? = find(k), let e = Self.match(b, cases) { return e }
            return try enumeration(k)
        }
        func optionalEnumeration<E: RawRepresentable>(_ k: StaticString, in cases: [E]) throws(Problem) -> E? where E.RawValue == String {
            if case .bytes(let b)? = find(k), let e = Self.match(b, cases) { return e }
            return try optionalEnumeration(k)
        }
        private static func match<E: RawRepresentable>(_ b: UnsafeBufferPointer<UInt8>, _ cases: [E]) -> E? where E.RawValue == String {
            for c in cases {
                var name = c.rawValue
                if name.utf8.count == b.count, name.withUTF8({ sameBytes($0, b) }) { return c }
            }
            return nil
        }
        func enumeration<E: RawRepresentable>(_ k: StaticString) throws(Problem) -> E where E.RawValue == String {
            let s = try string(k)
            guard let e = E(rawValue: s) else { throw problem(k, "unknown \"\(s)\"") }
            return e
        }
        func optionalEnumeration<E: RawRepresentable>(_ k: StaticString) throws(Problem) -> E? where E.RawValue == String {
            guard let s = try optionalString(k) else { return nil }
            guard let e = E(rawValue: s) else { throw problem(k, "unknown \"\(s)\"") }
            return e
        }
        /// The register's fields, checked in the order they are written; texts go straight from
        /// the line's bytes into the details' one buffer.
        func details() throws(Problem) -> RequestDetails {
            var texts = RequestDetails.Texts()
            try text("name", into: &texts)
            let category = try enumeration("category", in: Kinds.categories)
            try text("address", into: &texts)
            try text("contact", into: &texts)
            try text("occupation", into: &texts)
            try text("nik", into: &texts)
            let topic = try enumeration("topic", in: Kinds.topics)
            try text("subject", into: &texts)
            try text("purpose", into: &texts)
            return RequestDetails(
                texts: texts, category: category, topic: topic, accessKind: try optionalEnumeration("access", in: Kinds.accessKinds),
                medium: try optionalEnumeration("medium", in: Kinds.media), delivery: try optionalEnumeration("delivery", in: Kinds.deliveries)
            )
        }

        /// Adds the text of field `k` to `texts`, from the line's bytes when it has no escapes.
        private func text(_ k: StaticString, into texts: inout RequestDetails.Texts) throws(Problem) {
            if case .bytes(let b)? = find(k) {
                texts.append(utf8: b)
            } else {
                texts.append(try string(k))
            }
        }
    }
}

/// Whether two runs of bytes are the same, by memcmp: the generic `elementsEqual` goes byte by
/// byte through an iterator, and names are compared on most lines of a replay.
private func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress else { return a.isEmpty }
    return memcmp(x, y, a.count) == 0
}
