import Foundation

/// The grounds of an objection, UU KIP Pasal 35(1) letters a–g (LAW §4).
public enum Pasal35: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case a, b, c, d, e, f, g

    public var label: Phrase {
        switch self {
        case .a: Phrase(id: "penolakan berdasarkan Pasal 17", en: "refusal under Article 17")
        case .b: Phrase(id: "informasi berkala tidak disediakan", en: "periodic information not provided")
        case .c: Phrase(id: "permintaan tidak ditanggapi", en: "request not answered")
        case .d: Phrase(id: "ditanggapi tidak sebagaimana yang diminta", en: "answered not as asked")
        case .e: Phrase(id: "permintaan tidak dipenuhi", en: "request not fulfilled")
        case .f: Phrase(id: "biaya yang tidak wajar", en: "unreasonable fee")
        case .g: Phrase(id: "penyampaian melebihi waktu yang diatur", en: "delivered later than the law allows")
        }
    }
}

/// An objection (*keberatan*) was filed with the PPID's superior (Pasal 35–36).
public struct ObjectionFiled: Sendable, Hashable, Codable {
    /// The request objected to.
    public var request: String
    /// The objection's own registration number.
    public var objection: String
    public var receivedAt: Date
    public var grounds: [Pasal35]
    /// The agent (*kuasa*) filing for the requester; empty when the requester filed.
    public var agent: String
    public var note: String

    public init(request: String, objection: String, receivedAt: Date, grounds: [Pasal35], agent: String = "", note: String = "") {
        self.request = request
        self.objection = objection
        self.receivedAt = receivedAt
        self.grounds = grounds
        self.agent = agent
        self.note = note
    }
}

/// What the superior decided on an objection.
public enum ObjectionDecision: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    /// The PPID's decision stands (reasons required, Pasal 36(3)).
    case upheld
    /// The objection is granted; the PPID's decision is set aside.
    case overturned

    public var label: Phrase {
        switch self {
        case .upheld: Phrase(id: "Menguatkan putusan PPID", en: "PPID's decision upheld")
        case .overturned: Phrase(id: "Keberatan diterima", en: "Objection granted")
        }
    }
}

/// The superior answered in writing (Pasal 36(2)).
public struct ObjectionAnswered: Sendable, Hashable, Codable {
    public var request: String
    public var objection: String
    public var decision: ObjectionDecision
    public var reasons: String
    public var answeredOn: CivilDate
    public var superiorName: String
    public var superiorPosition: String

    public init(request: String, objection: String, decision: ObjectionDecision, reasons: String, answeredOn: CivilDate, superiorName: String, superiorPosition: String) {
        self.request = request
        self.objection = objection
        self.decision = decision
        self.reasons = reasons
        self.answeredOn = answeredOn
        self.superiorName = superiorName
        self.superiorPosition = superiorPosition
    }
}

/// How the Information Commission handles a dispute.
public enum DisputeProcess: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case mediation
    case adjudication

    public var label: Phrase {
        switch self {
        case .mediation: Phrase(id: "Mediasi", en: "Mediation")
        case .adjudication: Phrase(id: "Ajudikasi", en: "Adjudication")
        }
    }
}

/// A step of a dispute (*sengketa informasi*) at the Information Commission (Pasal 37–38),
/// of the court case after it (Pasal 47–50), or how the body carried out a decision.
public struct DisputeStep: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The requester filed the dispute.
        case filed
        /// Mediation or adjudication started.
        case started
        /// The Commission settled it; `detail` holds the result.
        case settled
        /// The Commission's adjudication taken to court (PTUN for a state body, else PN;
        /// Pasal 47–48); `detail` names the court and the case number.
        case courtFiled = "court_filed"
        /// The court's decision; `detail` holds it.
        case courtDecided = "court_decided"
        /// Cassation to the Mahkamah Agung (Pasal 50); `detail` holds the case number.
        case cassationFiled = "cassation_filed"
        /// The Mahkamah Agung's decision; `detail` holds it.
        case cassationDecided = "cassation_decided"
        /// The body carried out the decision then in force (the superior's answer, the
        /// Commission's, a court's); `detail` says how. May be recorded more than once.
        case carriedOut = "carried_out"
    }

    public var request: String
    public var objection: String
    public var kind: Kind
    public var on: CivilDate
    /// Filed: the Commission's register number; started: "mediation" or "adjudication";
    /// settled and the courts' decisions: the result; court filings: the court and case
    /// number; carried out: what the body did.
    public var detail: String

    public init(request: String, objection: String, kind: Kind, on: CivilDate, detail: String = "") {
        self.request = request
        self.objection = objection
        self.kind = kind
        self.on = on
        self.detail = detail
    }
}
