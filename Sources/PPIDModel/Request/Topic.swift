/// What a request is about (seed §2.6).
public enum Topic: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case testing
    case calibration
    case training
    case research
    case internship
    case other

    public var label: Phrase {
        switch self {
        case .testing: Phrase(id: "Pengujian", en: "Testing")
        case .calibration: Phrase(id: "Kalibrasi", en: "Calibration")
        case .training: Phrase(id: "Pelatihan", en: "Training")
        case .research: Phrase(id: "Penelitian", en: "Research")
        case .internship: Phrase(id: "Magang", en: "Internship")
        case .other: Phrase(id: "Lainnya", en: "Other")
        }
    }
}
