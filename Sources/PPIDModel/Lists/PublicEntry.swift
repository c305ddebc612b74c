import Foundation

/// An entry of the list of public information (DIP, UU KIP Pasal 11(1)(a); LAW §8), with the
/// columns offices publish.
public struct PublicEntry: Sendable, Hashable {
    /// The entry's number in the DIP, as the office numbers it.
    public var number: String
    /// A summary of its content.
    public var summary: String
    /// The official or unit holding it.
    public var unit: String
    /// The person responsible for it.
    public var responsible: String
    /// When and where it was made.
    public var madeWhen: String
    public var madeWhere: String
    public var form: PublicForm
    /// The retention period from the archive retention schedule (JRA).
    public var retention: String
    public var kind: PublicKind

    public init(
        number: String, summary: String, unit: String, responsible: String, madeWhen: String, madeWhere: String, form: PublicForm,
        retention: String, kind: PublicKind
    ) {
        self.number = number
        self.summary = summary
        self.unit = unit
        self.responsible = responsible
        self.madeWhen = madeWhen
        self.madeWhere = madeWhere
        self.form = form
        self.retention = retention
        self.kind = kind
    }

    /// The fields an update may change, by the name the history and the log give them.
    public static let fieldNames = ["summary", "unit", "responsible", "made_when", "made_where", "form", "retention", "kind"]

    public var fieldTexts: [String] { [summary, unit, responsible, madeWhen, madeWhere, form.rawValue, retention, kind.rawValue] }

    /// The names of the fields that differ from `other`.
    public func changes(from other: PublicEntry) -> [String] {
        zip(Self.fieldNames, zip(fieldTexts, other.fieldTexts)).filter { $0.1.0 != $0.1.1 }.map(\.0)
    }
}

/// The form public information is kept in.
public enum PublicForm: String, Sendable, Hashable, CaseIterable, Labelled {
    case printed, electronic, both

    public var label: Phrase {
        switch self {
        case .printed: Phrase(id: "Tercetak", en: "Printed")
        case .electronic: Phrase(id: "Elektronik", en: "Electronic")
        case .both: Phrase(id: "Tercetak dan elektronik", en: "Printed and electronic")
        }
    }
}

/// How public information is provided (UU KIP Pasal 9–11).
public enum PublicKind: String, Sendable, Hashable, CaseIterable, Labelled {
    case periodic = "berkala"
    case immediate = "serta_merta"
    case anyTime = "setiap_saat"

    public var label: Phrase {
        switch self {
        case .periodic: Phrase(id: "Berkala", en: "Periodic")
        case .immediate: Phrase(id: "Serta-merta", en: "Immediate")
        case .anyTime: Phrase(id: "Setiap saat", en: "Any time")
        }
    }
}
