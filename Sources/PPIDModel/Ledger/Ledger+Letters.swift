import Foundation

/// A letter as the registers name it: its number and the day it was first dated.
public struct LetterOnRecord: Sendable, Equatable {
    public var number: String
    public var on: CivilDate

    public init(number: String, on: CivilDate) {
        self.number = number
        self.on = on
    }
}

/// The number a letter is given and the day it is dated.
public struct LetterNumberPlan: Sendable, Equatable {
    public var number: String
    public var series: String
    public var sequence: Int
    /// The earlier number of this letter that this one corrects; empty otherwise.
    public var replaces: String
    /// The day the letter is dated: today, or a reprint's first day.
    public var dated: CivilDate
    /// The same letter again, nothing of the request changed since: it keeps its number.
    public var isReprint: Bool

    /// The record of the letter written at `file`.
    public func record(_ kind: String, request: String, objection: String, file: String) -> LetterMade {
        LetterMade(request: request, letter: kind, objection: objection, file: file, number: number, series: series, sequence: sequence, replaces: replaces)
    }
}

extension Ledger {
    /// The number of a letter of `kind` for a request (or its objection) made at `now`: the
    /// last one's number again when nothing of the request has happened since it was made (a
    /// reprint), else the next of its sequence, naming the earlier number it corrects.
    /// A letter that carries another day than the one it is made (`dated`: a receipt carries
    /// the day the request came in) is numbered by that day: its month and year, and the next
    /// number of that year's sequence, as the office's agenda book of that year would give it
    /// (a receipt printed in January for 30 December is numbered in December's year; a
    /// pattern without `{month}` would otherwise repeat a number of the year the letter names).
    /// Run it under the append lock, like every number (`EventLog.append(by:at:_:)`); the
    /// request's history is read with `reader` (the store's, for a ledger replayed from a log).
    public func letterNumber(
        _ kind: String, request: String, objection: String, numbering: LetterNumbering, now: Date, dated: CivilDate? = nil,
        reading reader: RecordReader = .none
    ) throws(LedgerError) -> LetterNumberPlan {
        let history = try history(of: request, reading: reader)
        var replaces = ""
        let last = history.lastIndex {
            if case .letterMade(let e) = $0.event { e.letter == kind && e.objection == objection && !e.number.isEmpty } else { false }
        }
        if let last, case .letterMade(let e) = history[last].event {
            let changed = history[(last + 1)...].contains { Ledger.changesLetter($0.event, objectionLetter: !objection.isEmpty) }
            if !changed {
                return LetterNumberPlan(
                    number: e.number, series: e.series, sequence: e.sequence, replaces: e.replaces, dated: dated ?? calendar.day(of: history[last].at), isReprint: true)
            }
            replaces = e.number
        }
        let day = dated ?? calendar.day(of: now)
        let series = numbering.series(year: day.year, kind: kind)
        let sequence = RegistrationNumbering.following(numbersInUse.letters[series])
        return LetterNumberPlan(
            number: numbering.format(sequence: sequence, year: day.year, month: day.month, kind: kind), series: series, sequence: sequence,
            replaces: replaces, dated: day, isReprint: false)
    }

    /// The letters the registers name: a request's written notice (request register) and an
    /// objection's answer (objection register), by the request's or the objection's number.
    public static let registeredKinds: Set<String> = ["notice", "objection-answer"]

    /// The latest numbered letter of `kind` (one of `registeredKinds`) for a request or an
    /// objection, dated the day it was first made (a reprint keeps that day).
    public func letterOnRecord(_ kind: String, of number: String) -> LetterOnRecord? { registeredLetters[kind + " " + number] }

    /// Notes a numbered letter the registers name (`evolve`).
    mutating func noteRegisteredLetter(_ e: LetterMade, at: Date) {
        guard Ledger.registeredKinds.contains(e.letter), !e.number.isEmpty else { return }
        let key = e.letter + " " + (e.objection.isEmpty ? e.request : e.objection)
        guard registeredLetters[key]?.number != e.number else { return }
        registeredLetters[key] = LetterOnRecord(number: e.number, on: calendar.day(of: at))
    }

    /// Whether an event after a letter may change what the letter says: a request's letter
    /// does not change when an objection to it is filed or answered.
    private static func changesLetter(_ event: Event, objectionLetter: Bool) -> Bool {
        switch event {
        case .letterMade: false
        case .objectionFiled, .objectionAnswered, .disputeStep: objectionLetter
        default: true
        }
    }
}
