import Foundation

/// Everything that can happen at the desk, in the past tense: to a request (and its
/// objections), or to a sample. One event is one log line.
public enum Event: Sendable, Equatable {
    case requestRegistered(RequestRegistered)
    case requestReturnedIncomplete(RequestReturnedIncomplete)
    case requestDeclaredComplete(RequestDeclaredComplete)
    case requestExtended(RequestExtended)
    case requestDecided(RequestDecided)
    case informationHandedOver(InformationHandedOver)
    case requestWithdrawn(RequestWithdrawn)
    case requestCorrected(RequestCorrected)
    case eventUndone(EventUndone)
    case objectionFiled(ObjectionFiled)
    case objectionAnswered(ObjectionAnswered)
    case disputeStep(DisputeStep)
    /// A letter was made from a template; changes nothing of the request's state.
    case letterMade(LetterMade)
    /// An imported decision's unclassified ground was classified by the officer.
    case groundClassified(GroundClassified)
    /// A step of a sample's procedure (PK.TU-PJT.02). Held in a box: its payload is the
    /// largest, and inline it would make every event (and every decoded line) as large.
    indirect case sample(SampleEvent)
    /// An event of the DIK (consequence tests) or the DIP (LAW §8).
    indirect case lists(ListEvent)

    /// What the event belongs to: a request or a sample, by its number.
    public var subject: Subject {
        switch self {
        case .requestRegistered(let e): .request(e.request)
        case .requestReturnedIncomplete(let e): .request(e.request)
        case .requestDeclaredComplete(let e): .request(e.request)
        case .requestExtended(let e): .request(e.request)
        case .requestDecided(let e): .request(e.request)
        case .informationHandedOver(let e): .request(e.request)
        case .requestWithdrawn(let e): .request(e.request)
        case .requestCorrected(let e): .request(e.request)
        case .eventUndone(let e): .request(e.request)
        case .objectionFiled(let e): .request(e.request)
        case .objectionAnswered(let e): .request(e.request)
        case .disputeStep(let e): .request(e.request)
        case .letterMade(let e): .request(e.request)
        case .groundClassified(let e): .request(e.request)
        case .sample(let e): .sample(e.sample)
        case .lists(let e): .listEntry(e.entry)
        }
    }

    /// The registration number of the request the event belongs to; nil for a sample's event.
    public var request: String? {
        if case .request(let n) = subject { return n }
        return nil
    }
}

/// What an event belongs to, keyed by its number.
public enum Subject: Sendable, Hashable {
    /// A public-information request, by its registration number.
    case request(String)
    /// A sample, by its BPCU or BPCUI number.
    case sample(String)
    /// An entry of the DIK or the DIP, by its number.
    case listEntry(String)

    /// The number, whichever it is.
    public var number: String {
        switch self {
        case .request(let n), .sample(let n), .listEntry(let n): n
        }
    }
}

/// A request was received and given its registration number (Pasal 22(4)).
public struct RequestRegistered: Sendable, Hashable, Codable {
    public var request: String
    /// When it reached the office; may be earlier than the entry, never later.
    public var receivedAt: Date
    public var channel: Channel
    public var details: RequestDetails
    /// SHA-256 (hex) of the private status link's token given to an online requester; the
    /// token itself is never kept. Nil at the counter and in lines written before it existed.
    public var statusTokenHash: String?

    public init(request: String, receivedAt: Date, channel: Channel, details: RequestDetails, statusTokenHash: String? = nil) {
        self.request = request
        self.receivedAt = receivedAt
        self.channel = channel
        self.details = details
        self.statusTokenHash = statusTokenHash
    }
}

/// The request was sent back as incomplete (SOP, LAW §2).
public struct RequestReturnedIncomplete: Sendable, Hashable, Codable {
    public var request: String
    /// What the requester must add.
    public var missing: String
    /// The day it was sent back; nil in lines written before it was recorded (the day the
    /// event was recorded stands for it then).
    public var on: CivilDate?

    public init(request: String, missing: String, on: CivilDate? = nil) {
        self.request = request
        self.missing = missing
        self.on = on
    }
}

/// The request was declared complete (*dinyatakan lengkap*).
public struct RequestDeclaredComplete: Sendable, Hashable, Codable {
    public var request: String
    public var completedAt: Date

    public init(request: String, completedAt: Date) {
        self.request = request
        self.completedAt = completedAt
    }
}

/// The deadline was extended once by 7 working days, with written reasons (Pasal 22(8)).
public struct RequestExtended: Sendable, Hashable, Codable {
    public var request: String
    public var reason: String
    /// The date of the extension letter; nil in lines written before it was recorded (the day
    /// the event was recorded stands for it then).
    public var on: CivilDate?

    public init(request: String, reason: String, on: CivilDate? = nil) {
        self.request = request
        self.reason = reason
        self.on = on
    }
}

/// The written notice was given (Pasal 22(7)).
public struct RequestDecided: Sendable, Hashable, Codable {
    public var request: String
    public var outcome: Outcome
    /// Required for a partial grant or a rejection.
    public var ground: Ground?
    /// Date of the written notice (*pemberitahuan tertulis*).
    public var noticeOn: CivilDate
    /// Fee in rupiah; access itself is free.
    public var fee: Int
    /// How the fee is paid; empty when there is none.
    public var payment: String
    /// Any remark; an imported register's own words for an unclassified ground.
    public var note: String
    /// Grounds beyond the first (Pasal 17 h and "not held" together, say); empty for most.
    public var moreGrounds: [Ground] {
        get { extras.first?.moreGrounds ?? [] }
        set { editExtras { $0.moreGrounds = newValue } }
    }
    /// When the information is not held: the public body that holds it (Pasal 22(7)(b)).
    public var heldBy: String {
        get { extras.first?.heldBy ?? "" }
        set { editExtras { $0.heldBy = newValue } }
    }
    /// What was blacked out and why (Pasal 22(7)(e)); for a partial grant, the part refused.
    public var redacted: String {
        get { extras.first?.redacted ?? "" }
        set { editExtras { $0.redacted = newValue } }
    }
    /// The material to be given (*materi informasi*), the part granted; empty: what was asked.
    public var material: String {
        get { extras.first?.material ?? "" }
        set { editExtras { $0.material = newValue } }
    }
    /// The day by which the material will be given; nil when not said (older lines).
    public var givenBy: CivilDate? {
        get { extras.first?.givenBy }
        set { editExtras { $0.givenBy = newValue } }
    }
    /// For information not yet documented: the day by which it will be documented.
    public var documentedBy: CivilDate? {
        get { extras.first?.documentedBy }
        set { editExtras { $0.documentedBy = newValue } }
    }
    /// What the fee is made of ("20 lembar x Rp 500; ongkos kirim Rp 5.000").
    public var feeBreakdown: String {
        get { extras.first?.feeBreakdown ?? "" }
        set { editExtras { $0.feeBreakdown = newValue } }
    }

    /// The DIK entries (consequence tests) a refusal on a Pasal 17 ground rests on.
    public var tests: [String] {
        get { extras.first?.tests ?? [] }
        set { editExtras { $0.tests = newValue } }
    }
    /// The DIP entry the information was given from (already public), or empty.
    public var publicEntry: String {
        get { extras.first?.publicEntry ?? "" }
        set { editExtras { $0.publicEntry = newValue } }
    }
    /// Imported from a past register: history, not a new decision, so it cites no test.
    public var fromRegister: Bool {
        get { extras.first?.fromRegister ?? false }
        set { editExtras { $0.fromRegister = newValue } }
    }

    /// What most decisions never have, out of line, so that every decided request in a
    /// ledger stays as small as before: no element (and no allocation) when all are empty.
    private var extras: [Extras] = []

    private struct Extras: Sendable, Hashable, Codable {
        var moreGrounds: [Ground] = []
        var heldBy = ""
        var redacted = ""
        var material = ""
        var givenBy: CivilDate?
        var documentedBy: CivilDate?
        var feeBreakdown = ""
        var tests: [String] = []
        var fromRegister = false
        var publicEntry = ""

        var isEmpty: Bool {
            moreGrounds.isEmpty && heldBy.isEmpty && redacted.isEmpty && material.isEmpty && givenBy == nil && documentedBy == nil
                && feeBreakdown.isEmpty && tests.isEmpty && !fromRegister && publicEntry.isEmpty
        }
    }

    private mutating func editExtras(_ body: (inout Extras) -> Void) {
        var e = extras.first ?? Extras()
        body(&e)
        extras = e.isEmpty ? [] : [e]
    }

    public init(
        request: String, outcome: Outcome, ground: Ground? = nil, noticeOn: CivilDate, fee: Int = 0, payment: String = "", note: String = "",
        moreGrounds: [Ground] = [], heldBy: String = "", redacted: String = "", material: String = "", givenBy: CivilDate? = nil,
        documentedBy: CivilDate? = nil, feeBreakdown: String = "", tests: [String] = [], fromRegister: Bool = false, publicEntry: String = ""
    ) {
        self.request = request
        self.outcome = outcome
        self.ground = ground
        self.noticeOn = noticeOn
        self.fee = fee
        self.payment = payment
        self.note = note
        // Set only when given: a replay makes hundreds of thousands of plain decisions.
        let e = Extras(
            moreGrounds: moreGrounds, heldBy: heldBy, redacted: redacted, material: material, givenBy: givenBy, documentedBy: documentedBy,
            feeBreakdown: feeBreakdown, tests: tests, fromRegister: fromRegister, publicEntry: publicEntry)
        if !e.isEmpty { extras = [e] }
    }

    /// Every ground the decision gives, the first first.
    public var grounds: [Ground] { (ground.map { [$0] } ?? []) + moreGrounds }
}

/// The officer classified the ground of a decision imported with an unclassified one (issue 14
/// item 9): the register's words stay the decision's note; the ground becomes a Pasal 17
/// letter, *tidak dikuasai* or *belum didokumentasikan*.
public struct GroundClassified: Sendable, Hashable, Codable {
    public var request: String
    /// The id of the `request.decided` event whose ground this classifies.
    public var decision: String
    public var ground: Ground

    public init(request: String, decision: String, ground: Ground) {
        self.request = request
        self.decision = decision
        self.ground = ground
    }
}

/// The information was handed over (*pemberian informasi*).
public struct InformationHandedOver: Sendable, Hashable, Codable {
    public var request: String
    public var handedOverOn: CivilDate
    public var note: String

    public init(request: String, handedOverOn: CivilDate, note: String = "") {
        self.request = request
        self.handedOverOn = handedOverOn
        self.note = note
    }
}

/// The requester withdrew the request (*dicabut*).
public struct RequestWithdrawn: Sendable, Hashable, Codable {
    public var request: String
    public var withdrawnAt: Date
    public var reason: String

    public init(request: String, withdrawnAt: Date, reason: String = "") {
        self.request = request
        self.withdrawnAt = withdrawnAt
        self.reason = reason
    }
}

/// The registration's fields were corrected; names the event whose fields it replaces.
public struct RequestCorrected: Sendable, Hashable, Codable {
    public var request: String
    public var corrects: String
    public var receivedAt: Date
    public var channel: Channel
    public var details: RequestDetails

    public init(request: String, corrects: String, receivedAt: Date, channel: Channel, details: RequestDetails) {
        self.request = request
        self.corrects = corrects
        self.receivedAt = receivedAt
        self.channel = channel
        self.details = details
    }
}

/// An earlier event was undone; the history keeps both.
public struct EventUndone: Sendable, Hashable, Codable {
    public var request: String
    /// The id of the event undone.
    public var undoes: String
    public var reason: String

    public init(request: String, undoes: String, reason: String = "") {
        self.request = request
        self.undoes = undoes
        self.reason = reason
    }

    /// The reason's prefix that tells a spam voiding (an online registration undone at the
    /// counter with `V`) from any other undo: the board and the report count those apart.
    public static let spamPrefix = "spam: "

    /// Whether this undo voids a registration as spam.
    public var isSpamVoiding: Bool { reason.hasPrefix(Self.spamPrefix) }
}

/// A letter was made for the request (or one of its objections) from the office's template:
/// a record for the history only; the request's state does not change.
public struct LetterMade: Sendable, Hashable, Codable {
    public var request: String
    /// The letter's kind: `receipt`, `notice`, `extension`, `refusal`, `objection-receipt`, `objection-answer`.
    public var letter: String
    /// The objection's number for an objection's letter; empty otherwise.
    public var objection: String
    /// The file written, relative to the data folder where it lies inside it.
    public var file: String
    /// The letter's own number (`[letters] number`); empty on letters recorded before
    /// letters were numbered.
    public var number: String
    /// The running sequence the number counts in ("2026", or "2026/notice" per kind), and
    /// its place there: the next letter's number follows the highest, whatever the pattern.
    public var series: String
    public var sequence: Int
    /// The number of the earlier letter of this kind this one corrects; empty otherwise.
    public var replaces: String

    public init(
        request: String, letter: String, objection: String = "", file: String, number: String = "", series: String = "", sequence: Int = 0,
        replaces: String = ""
    ) {
        self.request = request
        self.letter = letter
        self.objection = objection
        self.file = file
        self.number = number
        self.series = series
        self.sequence = sequence
        self.replaces = replaces
    }
}
