/// The numbers given so far, so the next one is free: the highest running number per year of
/// each kind (requests, objections, BPCU, BPCUI, LHP), in the office's formats, and the
/// request each objection number belongs to (no number is given twice).
package struct NumbersInUse: Sendable {
    let requestFormat: RegistrationNumbering
    let objectionFormat: RegistrationNumbering
    let samplePolicy: SamplePolicy
    package var requests: [Int: Int] = [:]
    package var objections: [Int: Int] = [:]
    var samples: [SampleKind: [Int: Int]] = [:]
    var reports: [Int: Int] = [:]
    /// The highest running number of each letter sequence ("2026", or "2026/notice").
    package var letters: [String: Int] = [:]
    /// The request each objection number belongs to.
    package var objectionOwners: [String: String] = [:]

    mutating func noteRequest(_ number: String) {
        if let (year, seq) = requestFormat.parse(number) { requests[year] = max(requests[year] ?? 0, seq) }
    }

    /// Notes an objection filed against `request`; false when its number was already known (a
    /// log written around ppid-tui), which keeps its first owner.
    mutating func noteObjection(_ number: String, of request: String) -> Bool {
        if let (year, seq) = objectionFormat.parse(number) { objections[year] = max(objections[year] ?? 0, seq) }
        guard objectionOwners[number] == nil else { return false }
        objectionOwners[number] = request
        return true
    }

    package mutating func noteSample(_ number: String, kind: SampleKind) {
        if let (year, seq) = samplePolicy.numbering(kind).parse(number) {
            samples[kind, default: [:]][year] = max(samples[kind]?[year] ?? 0, seq)
        }
    }

    package mutating func noteReport(_ lhp: String) {
        if let (year, seq) = samplePolicy.lhp.parse(lhp) { reports[year] = max(reports[year] ?? 0, seq) }
    }

    mutating func noteLetter(_ e: LetterMade) {
        guard !e.series.isEmpty, e.sequence > 0 else { return }
        letters[e.series] = max(letters[e.series] ?? 0, min(e.sequence, RegistrationNumbering.maxSequence))
    }

    /// The first number of `format` in `year` after `highest` that `taken` does not hold.
    static func next(_ format: RegistrationNumbering, year: Int, after highest: Int?, taken: (String) -> Bool) -> String {
        // Bounded and without overflow, whatever a log or a snapshot holds as the highest.
        var seq = RegistrationNumbering.following(highest)
        while taken(format.format(year: year, sequence: seq)) { seq += 1 }
        return format.format(year: year, sequence: seq)
    }
}
