import PPIDModel

/// The office's own facts the annual report states (Perki 1/2021 Pasal 56; the seed report's
/// Bab I and §2.1–2.5), from `config.toml`'s `[report]` section. What is not there the report
/// draws from the register or says plainly it has none, never an invented fact.
public struct ReportFacts: Sendable, Equatable {
    /// The body's full name, e.g. "Balai Pengembangan Produk dan Standardisasi Industri Pekanbaru".
    public var institution = ""
    /// The ministry or parent body, e.g. "Kementerian Perindustrian".
    public var parent = ""
    /// Where the report is signed, e.g. "Pekanbaru".
    public var city = ""
    /// The head who signs it, and the title above the name.
    public var headName = ""
    public var headTitle = "Kepala"
    /// The office's address, for §2.2.
    public var address = ""
    /// Bab I §1.2: the regulations the service rests on.
    public var policyBasis: [String] = []
    /// §2.1: the services the body gives.
    public var services: [String] = []
    /// §2.2: where requests can be made: the counter, website, social media, telephone.
    public var channels: [String] = []
    /// §2.3: who serves requests.
    public var staff: [String] = []
    /// §2.4: the office's written procedures.
    public var procedures: [Procedure] = []
    /// §2.5: the budget, per year.
    public var budgets: [Budget] = []
    /// The head's own words, when the office writes them in the config: the foreword, §1.1,
    /// §2.8, §2.9, §3.1 and §3.2. Without them the report says what the register shows.
    public var foreword = ""
    public var background = ""
    public var obstacles: [String] = []
    public var recommendations: [String] = []
    public var conclusion = ""
    public var suggestions: [String] = []

    public struct Procedure: Sendable, Equatable {
        public var code: String
        public var name: String
        /// Date it took effect, as written (e.g. "2018-10-17").
        public var effective: String

        public init(code: String, name: String, effective: String = "") {
            self.code = code
            self.name = name
            self.effective = effective
        }
    }

    public struct Budget: Sendable, Equatable {
        public var year: Int
        /// The budget document, e.g. "DIPA BPPSI Pekanbaru Tahun Anggaran 2019 Nomor SP DIPA-019.07.2.417912/2019".
        public var source: String
        public var lines: [(name: String, amount: Int)]

        public init(year: Int, source: String, lines: [(name: String, amount: Int)]) {
            self.year = year
            self.source = source
            self.lines = lines
        }

        /// The lines' sum; nil when it would overflow (the config refuses such a budget, but
        /// a `Budget` can be made in code).
        public var total: Int? { Rupiah.sum(lines.lazy.map(\.amount)) }

        public static func == (a: Budget, b: Budget) -> Bool {
            a.year == b.year && a.source == b.source && a.lines.map(\.name) == b.lines.map(\.name) && a.lines.map(\.amount) == b.lines.map(\.amount)
        }
    }

    public init() {}

    /// The identity's facts in the report's fields: the identity is their one source.
    mutating func adopt(_ identity: OfficeIdentity) {
        institution = identity.name
        parent = identity.parentBody
        city = identity.city
        address = identity.address
        headName = identity.headName
        headTitle = identity.headTitle
    }

    /// The regulations every PPID's service rests on, when the config lists none.
    public static let lawBasis = [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
    ]
}

/// `[report]` as the file writes it.
struct RawReport: Decodable {
    struct RawProcedure: Decodable {
        var code: String
        var name: String
        var effective: String?
    }
    struct RawLine: Decodable {
        var name: String
        var amount: Int
    }
    struct RawBudget: Decodable {
        var year: Int
        var source: String?
        var lines: [RawLine]?
    }

    var institution: String?
    var parent: String?
    var city: String?
    var head_name: String?
    var head_title: String?
    var address: String?
    var policy_basis: [String]?
    var services: [String]?
    var channels: [String]?
    var staff: [String]?
    var procedures: [RawProcedure]?
    var budget: [RawBudget]?
    var foreword: String?
    var background: String?
    var obstacles: [String]?
    var recommendations: [String]?
    var conclusion: String?
    var suggestions: [String]?

    func resolved(_ bad: (String) -> StoreError) throws(StoreError) -> ReportFacts {
        var f = ReportFacts()
        f.institution = institution ?? ""
        f.parent = parent ?? ""
        f.city = city ?? ""
        f.headName = head_name ?? ""
        if let t = head_title, !t.isEmpty { f.headTitle = t }
        f.address = address ?? ""
        f.policyBasis = policy_basis ?? []
        f.services = services ?? []
        f.channels = channels ?? []
        f.staff = staff ?? []
        f.foreword = foreword ?? ""
        f.background = background ?? ""
        f.obstacles = obstacles ?? []
        f.recommendations = recommendations ?? []
        f.conclusion = conclusion ?? ""
        f.suggestions = suggestions ?? []
        f.procedures = (procedures ?? []).map { ReportFacts.Procedure(code: $0.code, name: $0.name, effective: $0.effective ?? "") }
        var years = Set<Int>()
        for b in budget ?? [] {
            guard (1900...9999).contains(b.year) else { throw bad("report.budget: year \(b.year) harus tahun empat digit / must be a four-digit year") }
            guard years.insert(b.year).inserted else { throw bad("report.budget: tahun \(b.year) dua kali / year \(b.year) twice") }
            for l in b.lines ?? [] where !Rupiah.isPlausible(l.amount) {
                throw bad("report.budget \(b.year): \"\(l.name)\": \(Rupiah.configRule)")
            }
            let budget = ReportFacts.Budget(year: b.year, source: b.source ?? "", lines: (b.lines ?? []).map { ($0.name, $0.amount) })
            guard let total = budget.total, Rupiah.isPlausible(total) else {
                throw bad("report.budget \(b.year): jumlah baris / the lines' total: \(Rupiah.configRule)")
            }
            f.budgets.append(budget)
        }
        return f
    }
}
