import PPIDModel

/// Who the office is, as its letters and its report say it (`[office]` and `[ppid]` in
/// `config.toml`): the one source of the office's name, letterhead, city and signers.
///
/// A new folder has none: every field starts empty, so no office ever prints another
/// office's name. Letters and the report are refused until the required fields are set
/// (`missing`); the counter registers requests without them.
public struct OfficeIdentity: Sendable, Equatable {
    /// The office's name as its letters carry it, e.g. "Balai Pengembangan Produk dan
    /// Standardisasi Industri Pekanbaru".
    public var name = ""
    /// The parent body above it on the letterhead, e.g. "Kementerian Perindustrian".
    public var parentBody = ""
    /// Where letters are signed: "<city>, <date>".
    public var city = ""
    public var address = ""
    public var phone = ""
    public var email = ""
    public var website = ""
    /// The PPID, who signs every letter but the superior's answer.
    public var ppidName = ""
    public var ppidNIP = ""
    /// The PPID's superior (*atasan PPID*), who signs the answer to an objection.
    public var superiorName = ""
    public var superiorPosition = ""
    public var superiorNIP = ""
    /// The head of the office, who signs the annual report.
    public var headName = ""
    public var headTitle = "Kepala"
    /// The Information Commission an objector goes to next (Komisi Informasi Pusat, or the
    /// province's).
    public var commission = ""

    public init() {}

    /// The config keys a letter cannot do without, in the order the file writes them.
    public var missing: [String] {
        [("office.name", name), ("office.city", city), ("ppid.name", ppidName), ("ppid.nip", ppidNIP)]
            .filter { $0.1.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.0)
    }

    public var isSet: Bool { missing.isEmpty }

    /// Why a letter or the report cannot be made yet, and how to set what is missing; nil once set.
    public func refusal(folder: String) -> Phrase? {
        let keys = missing
        guard !keys.isEmpty else { return nil }
        let list = keys.joined(separator: ", ")
        return Phrase(
            id: "Identitas kantor belum diisi (\(list)); surat dan laporan memerlukannya. Isi di formulir yang muncul saat ppid-tui dibuka, atau: ppid-tui init --data \(folder) --office NAMA --city KOTA --ppid-name NAMA --ppid-nip NIP",
            en: "The office's identity is not set (\(list)); letters and the report need it. Fill in the form ppid-tui shows when it opens, or: ppid-tui init --data \(folder) --office NAME --city CITY --ppid-name NAME --ppid-nip NIP"
        )
    }

    /// The seed report's office (BPPSI Pekanbaru): only the demo carries it.
    public static let seed: OfficeIdentity = {
        var i = OfficeIdentity()
        i.name = "Balai Pengembangan Produk dan Standardisasi Industri Pekanbaru"
        i.parentBody = "Kementerian Perindustrian"
        i.city = "Pekanbaru"
        i.address = "Jalan Hang Tuah Ujung No. 124 Pekanbaru"
        i.phone = "(0761) 8406902"
        i.email = "bppsipekanbaru@kemenperin.go.id"
        i.website = "http://bppsipekanbaru.kemenperin.go.id"
        i.ppidName = "Kepala Sub Bagian Tata Usaha (contoh)"
        i.ppidNIP = "000000000000000000"
        i.superiorName = "Fathullah"
        i.superiorPosition = "Kepala Balai"
        i.headName = "Fathullah"
        i.headTitle = "Kepala"
        i.commission = "Komisi Informasi Provinsi Riau"
        return i
    }()
}
