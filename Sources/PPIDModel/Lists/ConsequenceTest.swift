import Foundation

/// A consequence test (*uji konsekuensi*, UU KIP Pasal 19; LAW §3): what is withheld, on which
/// ground, the consequences weighed and the public interest, for how long, and the PPID's
/// written decision on it. The tests in force are the list of exempt information (DIK).
public struct ConsequenceTest: Sendable, Hashable {
    /// The entry's number in the DIK ("DIK-001"); given by `decide` when left empty.
    public var number: String
    /// The information, by its title.
    public var title: String
    /// Exactly which part of it is withheld.
    public var withheld: String
    public var ground: Pasal17
    /// The other law and its article (Pasal 17 j); empty for the other letters.
    public var law: String
    /// The consequence if it were opened.
    public var ifOpened: String
    /// The consequence if it is kept closed.
    public var ifClosed: String
    /// The public-interest weighing (Pasal 2(4)): why closing protects a greater interest.
    public var publicInterest: String
    /// The last day it stays exempt; nil when none is set.
    public var until: CivilDate?
    /// The day the test is to be reviewed; nil when none is set.
    public var reviewOn: CivilDate?
    /// The official or unit holding the information.
    public var unit: String
    public var trigger: TestTrigger
    /// The request (at a request) or the dispute (Commission order) that led to the test.
    public var triggerReference: String
    /// The PPID's written decision on the test.
    public var decisionNumber: String
    public var decidedOn: CivilDate
    /// Who took part in the test.
    public var participants: String

    public init(
        number: String = "", title: String, withheld: String, ground: Pasal17, law: String = "", ifOpened: String, ifClosed: String,
        publicInterest: String, until: CivilDate? = nil, reviewOn: CivilDate? = nil, unit: String, trigger: TestTrigger = .beforeRequest,
        triggerReference: String = "", decisionNumber: String, decidedOn: CivilDate, participants: String
    ) {
        self.number = number
        self.title = title
        self.withheld = withheld
        self.ground = ground
        self.law = law
        self.ifOpened = ifOpened
        self.ifClosed = ifClosed
        self.publicInterest = publicInterest
        self.until = until
        self.reviewOn = reviewOn
        self.unit = unit
        self.trigger = trigger
        self.triggerReference = triggerReference
        self.decisionNumber = decisionNumber
        self.decidedOn = decidedOn
        self.participants = participants
    }

    /// The ground as a refusal letter states it: the letter of Pasal 17, and the law for j.
    public var groundLabel: Phrase {
        let g = Ground.exception(ground).label
        guard !law.isEmpty else { return g }
        return Phrase(id: "\(g.id) (\(law))", en: "\(g.en) (\(law))")
    }

    /// Whether it still stands on `day`: not past its end (revocation is the list's to say).
    public func coversDay(_ day: CivilDate) -> Bool { until.map { day <= $0 } ?? true }

    /// The fields a correction may change, by the name the history and the log give them.
    public static let fieldNames = [
        "title", "withheld", "ground", "law", "if_opened", "if_closed", "public_interest", "until", "review_on", "unit",
        "trigger", "trigger_reference", "decision_number", "decided_on", "participants",
    ]

    /// Each field as text, by `fieldNames`: what a correction compares.
    public var fieldTexts: [String] {
        [
            title, withheld, ground.rawValue, law, ifOpened, ifClosed, publicInterest, until?.description ?? "", reviewOn?.description ?? "",
            unit, trigger.rawValue, triggerReference, decisionNumber, decidedOn.description, participants,
        ]
    }

    /// The names of the fields that differ from `other`.
    public func changes(from other: ConsequenceTest) -> [String] {
        zip(Self.fieldNames, zip(fieldTexts, other.fieldTexts)).filter { $0.1.0 != $0.1.1 }.map(\.0)
    }
}

/// What led to a consequence test (LAW §3).
public enum TestTrigger: String, Sendable, Hashable, CaseIterable, Labelled {
    case beforeRequest = "before_request"
    case atRequest = "request"
    case commissionOrder = "commission"

    public var label: Phrase {
        switch self {
        case .beforeRequest: Phrase(id: "Sebelum ada permohonan", en: "Before any request")
        case .atRequest: Phrase(id: "Saat permohonan", en: "At a request")
        case .commissionOrder: Phrase(id: "Perintah Komisi Informasi", en: "Information Commission order")
        }
    }
}
