/// The kind of access asked for (*jenis permohonan*, LAW §5).
public enum AccessKind: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    /// To see or learn of it (*melihat/mengetahui*).
    case view
    /// A copy (*salinan*).
    case copy

    public var label: Phrase {
        switch self {
        case .view: Phrase(id: "Melihat/Mengetahui", en: "View")
        case .copy: Phrase(id: "Meminta Salinan", en: "Copy")
        }
    }
}

/// The form of the information (*bentuk informasi*, LAW §5).
public enum Medium: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case softcopy
    case hardcopy

    public var label: Phrase {
        switch self {
        case .softcopy: Phrase(id: "Softcopy", en: "Soft copy")
        case .hardcopy: Phrase(id: "Hardcopy", en: "Hard copy")
        }
    }
}

/// How the information is to be delivered (*cara penyampaian*, Pasal 22(2)).
public enum Delivery: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case pickUp = "pick_up"
    case email
    case post
    case fax

    public var label: Phrase {
        switch self {
        case .pickUp: Phrase(id: "Diambil Langsung", en: "Collected in person")
        case .email: Phrase(id: "Email", en: "E-mail")
        case .post: Phrase(id: "Pos/Kurir", en: "Post or courier")
        case .fax: Phrase(id: "Faksimili", en: "Fax")
        }
    }
}
