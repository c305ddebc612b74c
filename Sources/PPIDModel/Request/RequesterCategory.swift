/// What kind of requester asked.
public enum RequesterCategory: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case individual
    case industry
    case education
    case government

    public var label: Phrase {
        switch self {
        case .individual: Phrase(id: "Perorangan", en: "Individual")
        case .industry: Phrase(id: "Industri", en: "Industry")
        case .education: Phrase(id: "Pendidikan", en: "Education")
        case .government: Phrase(id: "Pemerintah", en: "Government")
        }
    }
}
