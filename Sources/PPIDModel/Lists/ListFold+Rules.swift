import Foundation

/// The rules of the two lists (LAW §3, §8), checked when an event is decided, never when it is
/// replayed: a recorded event is a fact.
extension ListFold {
    /// Why `e`, recorded on `today`, breaks a rule; `isRequest` tells a registered request.
    package func check(_ e: ListEvent, today: CivilDate, isRequest: (String) -> Bool) throws(LedgerError) {
        switch e {
        case .testRecorded(let t):
            guard !t.number.isEmpty, tests[t.number] == nil else { throw .lists(.testNumberTaken(t.number)) }
            try Self.validate(t, today: today, isRequest: isRequest)
        case .testCorrected(let c):
            guard let entry = tests[c.test.number] else { throw .lists(.unknownTest(c.test.number)) }
            if let r = entry.revoked { throw .lists(.testAlreadyRevoked(r.test, on: r.on)) }
            guard !c.test.changes(from: entry.test).isEmpty else { throw .lists(.nothingChanged(c.test.number)) }
            try Self.require(c.reason, Phrase(id: "Alasan koreksi", en: "The reason for the correction"))
            try Self.validate(c.test, today: today, isRequest: isRequest)
        case .testRevoked(let r):
            guard let entry = tests[r.test] else { throw .lists(.unknownTest(r.test)) }
            if let earlier = entry.revoked { throw .lists(.testAlreadyRevoked(r.test, on: earlier.on)) }
            try Self.require(r.decisionNumber, Phrase(id: "Nomor keputusan pencabutan", en: "The revocation's decision number"))
            try Self.require(r.reason, Phrase(id: "Alasan pencabutan", en: "The reason for the revocation"))
            guard r.on <= today else { throw .dateInFuture(Phrase(id: "Tanggal pencabutan", en: "The revocation date")) }
        case .publicEntrySet(let s):
            try Self.require(s.entry.number, Phrase(id: "Nomor DIP", en: "The DIP number"))
            try Self.require(s.entry.summary, Phrase(id: "Ringkasan isi", en: "The summary of content"))
            try Self.require(s.entry.unit, Phrase(id: "Pejabat/unit penguasa", en: "The holding official or unit"))
            try Self.require(s.entry.responsible, Phrase(id: "Penanggung jawab", en: "The person responsible"))
            guard s.on <= today else { throw .dateInFuture(Phrase(id: "Tanggal berlaku", en: "The date in force")) }
            if let listing = entries[s.entry.number], listing.removed == nil, listing.entry == s.entry { throw .lists(.entryUnchanged(s.entry.number)) }
        case .publicEntryRemoved(let r):
            guard let listing = entries[r.entry] else { throw .lists(.unknownEntry(r.entry)) }
            guard listing.removed == nil else { throw .lists(.entryAlreadyRemoved(r.entry)) }
            try Self.require(r.reason, Phrase(id: "Alasan", en: "The reason"))
            guard r.on <= today else { throw .dateInFuture(Phrase(id: "Tanggal", en: "The date")) }
        case .publicListDecided(let d):
            try Self.require(d.decisionNumber, Phrase(id: "Nomor keputusan PPID", en: "The PPID's decision number"))
            guard d.on <= today else { throw .dateInFuture(Phrase(id: "Tanggal keputusan", en: "The decision date")) }
        }
    }

    /// A refusal on a Pasal 17 ground rests on a test in force for each such ground on its
    /// notice day (LAW §3); an imported register's refusal is history and needs none.
    package func checkCitations(_ d: RequestDecided) throws(LedgerError) {
        if !d.publicEntry.isEmpty, entries[d.publicEntry].map({ $0.removed == nil }) != true { throw .lists(.unknownEntry(d.publicEntry)) }
        guard d.outcome.needsGround, !d.fromRegister else { return }
        let letters = d.grounds.compactMap { if case .exception(let l) = $0 { l } else { nil } }
        for number in d.tests {
            guard let entry = tests[number] else { throw .lists(.unknownTest(number)) }
            guard letters.contains(entry.test.ground) else { throw .lists(.testOfOtherGround(number, entry.test.ground)) }
            if let r = entry.revoked, r.on <= d.noticeOn { throw .lists(.testRevoked(number, on: r.on)) }
            if let until = entry.test.until, d.noticeOn > until { throw .lists(.testExpired(number, until: until)) }
            guard entry.test.decidedOn <= d.noticeOn else { throw .lists(.testNotYetDecided(number, on: entry.test.decidedOn)) }
        }
        for letter in letters where !d.tests.contains(where: { tests[$0]?.test.ground == letter }) {
            throw .lists(.testRequired(request: d.request, letter))
        }
    }

    private static func validate(_ t: ConsequenceTest, today: CivilDate, isRequest: (String) -> Bool) throws(LedgerError) {
        let required: [(String, Phrase)] = [
            (t.title, Phrase(id: "Judul informasi", en: "The information's title")),
            (t.withheld, Phrase(id: "Bagian yang dikecualikan", en: "What is withheld")),
            (t.ifOpened, Phrase(id: "Konsekuensi bila dibuka", en: "The consequence if opened")),
            (t.ifClosed, Phrase(id: "Konsekuensi bila ditutup", en: "The consequence if kept closed")),
            (t.publicInterest, Phrase(id: "Pertimbangan kepentingan publik", en: "The public-interest weighing")),
            (t.unit, Phrase(id: "Unit penguasa informasi", en: "The holding unit")),
            (t.decisionNumber, Phrase(id: "Nomor keputusan PPID", en: "The PPID's decision number")),
            (t.participants, Phrase(id: "Peserta uji", en: "The participants")),
        ]
        for (text, field) in required { try require(text, field) }
        if t.ground == .j, isBlank(t.law) { throw .lists(.lawRequired) }
        if "abcdef".contains(t.ground.rawValue), t.until == nil, t.reviewOn == nil { throw .lists(.periodRequired(t.ground)) }
        if [t.until, t.reviewOn].contains(where: { $0.map { $0 <= t.decidedOn } ?? false }) { throw .lists(.periodBeforeDecision(t.number)) }
        guard t.decidedOn <= today else { throw .dateInFuture(Phrase(id: "Tanggal keputusan uji", en: "The test's decision date")) }
        switch t.trigger {
        case .beforeRequest: break
        case .atRequest:
            try require(t.triggerReference, Phrase(id: "Nomor permohonan pemicu", en: "The triggering request's number"))
            guard isRequest(t.triggerReference) else { throw .lists(.unknownTriggerRequest(t.triggerReference)) }
        case .commissionOrder:
            try require(t.triggerReference, Phrase(id: "Nomor sengketa/putusan Komisi", en: "The Commission's dispute or order number"))
        }
    }

    private static func isBlank(_ s: String) -> Bool { s.allSatisfy(\.isWhitespace) }

    private static func require(_ s: String, _ field: Phrase) throws(LedgerError) {
        if isBlank(s) { throw .lists(.requiredFieldEmpty(field)) }
    }
}
