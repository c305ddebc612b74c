/// How a request arrived: the four columns of table 2.6.1.
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case walkIn = "walk_in"
    case online
    case socialMedia = "social_media"
    case phone

    public var label: Phrase {
        switch self {
        case .walkIn: Phrase(id: "Datang Langsung", en: "Walk-in")
        case .online: Phrase(id: "Live Chat, Email, dan Formulir Online", en: "Live chat, e-mail and online form")
        case .socialMedia: Phrase(id: "Media Sosial", en: "Social media")
        case .phone: Phrase(id: "Telepon", en: "Telephone")
        }
    }

    /// A short name for narrow columns.
    public var shortLabel: Phrase {
        switch self {
        case .walkIn: Phrase(id: "Langsung", en: "Walk-in")
        case .online: Phrase(id: "Online", en: "Online")
        case .socialMedia: Phrase(id: "Medsos", en: "Social")
        case .phone: Phrase(id: "Telepon", en: "Phone")
        }
    }
}
