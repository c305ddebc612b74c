/// How a request was decided (table 2.6.1).
public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case granted
    case partial
    case rejected

    public var label: Phrase {
        switch self {
        case .granted: Phrase(id: "Dikabulkan Seluruhnya", en: "Granted in full")
        case .partial: Phrase(id: "Dikabulkan Sebagian", en: "Granted in part")
        case .rejected: Phrase(id: "Ditolak", en: "Rejected")
        }
    }

    /// Partial grants and rejections must name their ground.
    public var needsGround: Bool { self != .granted }
}

/// Why information is withheld in a partial grant or a rejection (LAW §2–3).
public enum Ground: Sendable, Hashable, Labelled {
    /// An exception of UU KIP Pasal 17, letters a–j.
    case exception(Pasal17)
    /// The body does not hold the information (*tidak dikuasai*).
    case notHeld
    /// The information is not yet documented (*belum didokumentasikan*).
    case notYetDocumented
    /// A ground an imported register gives in its own words, naming none of the above (issue
    /// 14 item 9): the words are the decision's note, kept as written; nothing is guessed.
    case unclassified

    /// The stored code: `pasal17a` … `pasal17j`, `not_held`, `not_documented`.
    public var code: String {
        switch self {
        case .exception(let letter): "pasal17\(letter.rawValue)"
        case .notHeld: "not_held"
        case .notYetDocumented: "not_documented"
        case .unclassified: "unclassified"
        }
    }

    public init?(code: String) {
        switch code {
        case "not_held": self = .notHeld
        case "not_documented": self = .notYetDocumented
        case "unclassified": self = .unclassified
        default:
            guard code.hasPrefix("pasal17"), let letter = Pasal17(rawValue: String(code.dropFirst(7))) else { return nil }
            self = .exception(letter)
        }
    }

    /// Every ground a year's figures count, the unclassified last.
    public static var allCases: [Ground] { classified + [.unclassified] }

    /// The grounds an officer can choose: Pasal 17 a–j, not held, not yet documented.
    public static var classified: [Ground] { Pasal17.allCases.map(Ground.exception) + [.notHeld, .notYetDocumented] }

    public var label: Phrase {
        switch self {
        case .exception(let letter):
            Phrase(id: "Pasal 17 huruf \(letter.rawValue): \(letter.label.id)", en: "Article 17(\(letter.rawValue)): \(letter.label.en)")
        case .notHeld: Phrase(id: "Informasi tidak dikuasai", en: "Information not held")
        case .notYetDocumented: Phrase(id: "Informasi belum didokumentasikan", en: "Information not yet documented")
        case .unclassified: Phrase(id: "Alasan belum diklasifikasi (teks register)", en: "Ground not yet classified (register text)")
        }
    }

    /// The register's *status informasi* a decision with this ground implies; nil for an
    /// unclassified ground, which says nothing certain.
    public var informationStatus: InformationStatus? {
        switch self {
        case .exception: .held
        case .notHeld: .notHeld
        case .notYetDocumented: .notYetDocumented
        case .unclassified: nil
        }
    }
}

extension Ground: Codable {
    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard let g = Ground(code: code) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown ground \(code)"))
        }
        self = g
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}

/// The register's *status informasi* (LAW §5).
public enum InformationStatus: Sendable, Hashable, Labelled {
    case held, notHeld, notYetDocumented

    public var label: Phrase {
        switch self {
        case .held: Phrase(id: "Dikuasai", en: "Held")
        case .notHeld: Phrase(id: "Tidak Dikuasai", en: "Not held")
        case .notYetDocumented: Phrase(id: "Belum Didokumentasikan", en: "Not yet documented")
        }
    }
}

/// The exceptions of UU KIP Pasal 17 (LAW §3).
public enum Pasal17: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case a, b, c, d, e, f, g, h, i, j

    public var label: Phrase {
        switch self {
        case .a: Phrase(id: "menghambat proses penegakan hukum", en: "would hinder law enforcement")
        case .b: Phrase(id: "mengganggu hak kekayaan intelektual dan persaingan usaha tidak sehat", en: "would harm intellectual property or fair competition")
        case .c: Phrase(id: "membahayakan pertahanan dan keamanan negara", en: "would endanger national defence and security")
        case .d: Phrase(id: "mengungkapkan kekayaan alam Indonesia", en: "would reveal Indonesia's natural wealth")
        case .e: Phrase(id: "merugikan ketahanan ekonomi nasional", en: "would harm national economic resilience")
        case .f: Phrase(id: "merugikan kepentingan hubungan luar negeri", en: "would harm foreign relations")
        case .g: Phrase(id: "mengungkapkan isi akta otentik atau wasiat", en: "would reveal an authentic private deed or a last will")
        case .h: Phrase(id: "mengungkap rahasia pribadi", en: "would reveal personal secrets")
        case .i: Phrase(id: "memorandum atau surat yang dirahasiakan antar/intra badan publik", en: "confidential memoranda or letters of public bodies")
        case .j: Phrase(id: "informasi yang tidak boleh diungkapkan berdasarkan undang-undang", en: "information another law forbids disclosing")
        }
    }
}
