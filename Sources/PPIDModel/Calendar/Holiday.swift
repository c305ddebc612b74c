/// A day the office is closed besides weekends: a national holiday, *cuti bersama*, or the
/// office's own closure.
public struct Holiday: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A national public holiday (*hari libur nasional*).
        case `public`
        /// Collective leave set by the joint ministerial decree (*cuti bersama*).
        case collectiveLeave = "collective_leave"
        /// A closure the office adds in its config.
        case office
    }

    /// Where a day off comes from, so a deadline's explanation can name it.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The table shipped with the program (`holidays-id.json`).
        case bundled
        /// The office's `config.toml`.
        case config
    }

    public let date: CivilDate
    public let name: String
    public let kind: Kind
    public let source: Source

    public init(date: CivilDate, name: String, kind: Kind, source: Source = .bundled) {
        self.date = date
        self.name = name
        self.kind = kind
        self.source = source
    }
}

/// Why a day is not a working day.
public enum DayOff: Sendable, Hashable {
    case saturday
    case sunday
    case holiday(Holiday)

    /// What the day is, as the officer reads it.
    public var name: Phrase {
        switch self {
        case .saturday: Phrase(id: "Sabtu", en: "Saturday")
        case .sunday: Phrase(id: "Minggu", en: "Sunday")
        case .holiday(let h): Phrase(id: h.name, en: h.name)
        }
    }
}
