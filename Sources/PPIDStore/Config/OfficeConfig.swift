import Foundation
import PPIDModel
import TOMLKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The office's settings, read from `config.toml` in the data folder.
///
/// Every key is optional: what the file leaves out keeps the default (WIB, the seed report's
/// service hours, `PPID-{year}-{seq:3}`), except the office's identity, which starts empty:
/// no new office borrows another's name.
public struct OfficeConfig: Sendable {
    /// Who the office is: its name, letterhead, city and signers (`[office]`, `[ppid]`).
    public var identity = OfficeIdentity()
    /// The office's name as its letters carry it (`[office] name`); empty until set.
    public var officeName: String {
        get { identity.name }
        set { identity.name = newValue }
    }
    /// The letters' own numbers (`[letters]`).
    public var letterNumbering = LetterNumbering.standard
    public var timeZone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
    public var serviceHours = ServiceHours.standard
    public var afterHoursCountsNextDay = true
    public var countsFromCompletion = true
    public var returnOnlyBeforeDeadline = true
    public var numbering = RegistrationNumbering.standard
    public var objectionNumbering = RegistrationNumbering.objections
    /// Sample numbers (BPCU, BPCUI, LHP), the e-billing's validity, the analysis times.
    public var samplePolicy = SamplePolicy.standard
    /// The officer's name on this computer when `--officer` is not given.
    public var officer = ""
    /// The group whose members share the data folder (`[office] group`): the folder becomes
    /// 2770 and its files 0660 for that group; nil: owner only, unless the folder is already
    /// shared (set-group-ID and group-writable), whose group is then taken.
    public var group: gid_t?
    public var language = Language.indonesian
    /// LibreOffice's absolute path for `--pdf` (`[office] libreoffice`); nil: looked for in
    /// the usual places, never on the PATH.
    public var libreOffice: String?
    /// Days off beyond the bundled table: later years, the office's own closures; one on the
    /// date of a bundled day replaces it (a revised SKB renames or re-kinds a day).
    public var extraHolidays: [Holiday] = []
    /// Keys and sections in the file this version does not know (a typo like `nmae`): they
    /// are ignored, and named here so the officer hears of them.
    public var warnings: [Phrase] = []
    /// Amount ranges, how far back a receipt time may go unasked, the analysts (`[forms]`).
    public var forms = FormPolicy()
    /// Bundled days the config takes out (`remove = true`): a revised SKB dropped or moved
    /// them (2027's Idul Fitri is an estimate).
    public var removedHolidays: [CivilDate] = []
    /// The office's facts for the annual report (`[report]`).
    public var report = ReportFacts()

    public init() {}

    /// The working calendar: bundled holidays corrected by the config's own.
    public func calendar() throws(StoreError) -> WorkingCalendar {
        let holidays = try self.holidays()
        return WorkingCalendar(
            timeZone: timeZone,
            holidays: holidays,
            serviceHours: serviceHours,
            afterHoursCountsNextDay: afterHoursCountsNextDay,
            countsFromCompletion: countsFromCompletion,
            returnOnlyBeforeDeadline: returnOnlyBeforeDeadline,
            coveredYears: WorkingCalendar.yearsCovered(by: holidays)
        )
    }

    /// The bundled table less the days the config removes, with the config's days added; a
    /// config day on a bundled day's date takes its place.
    public func holidays() throws(StoreError) -> [Holiday] {
        let removed = Set(removedHolidays.map(\.ordinal))
        let replaced = Set(extraHolidays.map(\.date.ordinal))
        let bundled = try HolidayTable.bundled().filter { !removed.contains($0.date.ordinal) && !replaced.contains($0.date.ordinal) }
        return bundled + extraHolidays
    }

    /// Reads `config.toml` of a folder; the defaults when it does not exist.
    public static func load(from folder: DataFolder) throws(StoreError) -> OfficeConfig {
        guard FileManager.default.fileExists(atPath: folder.configPath) else { return OfficeConfig() }
        let data = try POSIXFile.read(folder.configPath)
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badConfig(path: folder.configPath, detail: "bukan UTF-8 / not UTF-8")
        }
        return try parse(text, path: folder.configPath)
    }

    /// Parses the TOML text of a config file.
    public static func parse(_ text: String, path: String = "config.toml") throws(StoreError) -> OfficeConfig {
        // Bounded before the parser sees it: it recurses once per part of a dotted key.
        if let problem = ConfigBounds.problem(text) { throw .badConfig(path: path, detail: problem) }
        let raw: RawConfig
        do {
            raw = try TOMLDecoder().decode(RawConfig.self, from: text)
        } catch let e as TOMLParseError {
            throw .badConfig(path: path, detail: "\(e.description) (\(e.source.begin.line):\(e.source.begin.column))")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw .badConfig(path: path, detail: "\(keyPath(ctx.codingPath)): jenis nilai salah / wrong kind of value")
        } catch let DecodingError.keyNotFound(key, ctx) {
            // Also what a TOML date written without quotes (date = 2028-01-10) gives.
            let keys = ctx.codingPath.last?.stringValue == key.stringValue ? ctx.codingPath : ctx.codingPath + [key]
            throw .badConfig(path: path, detail: "\(keyPath(keys)): tidak ada, atau bukan teks dalam tanda kutip / missing, or not text in quotes")
        } catch {
            throw .badConfig(path: path, detail: "\(error)")
        }
        var config = try raw.resolved(path: path)
        config.warnings = unknownKeys(text).map { key in
            Phrase(
                id: "\(path): kunci \(key) tidak dikenal dan diabaikan (salah ketik?)",
                en: "\(path): unknown key \(key) is ignored (a typo?)"
            )
        }
        return config
    }

    /// The keys the file may hold, at every depth.
    indirect enum Keys {
        /// A table (or each table of an array) with these keys.
        case table([String: Keys])
        /// A value, or a table of the office's own keys (tariffs, service hours).
        case any

        static func of(_ names: String...) -> Keys { .table(Dictionary(uniqueKeysWithValues: names.map { ($0, .any) })) }
    }

    private static let knownKeys: Keys = .table([
        "office": .of(
            "name", "time_zone", "officer", "language", "group", "libreoffice", "parent_body", "city", "address", "phone", "email", "website",
            "head_name", "head_title", "commission"),
        "ppid": .of("name", "nip", "superior_name", "superior_position", "superior_nip"),
        "letters": .of("number", "sequence"),
        "numbers": .of("request", "objection", "bpcu", "bpcui", "lhp"),
        "samples": .of("billing_expiry_days", "analysis_minutes", "tariffs"),
        "deadlines": .of("after_hours_counts_next_day", "count_from_completion", "return_only_before_deadline"),
        "service_hours": .any,
        "holidays": .of("date", "name", "kind", "remove"),
        "forms": .of("fee_max", "billing_min", "billing_max", "receipt_days_back", "analysts"),
        "web": .of("public_url", "max_per_address_hour", "max_posts_per_address_hour", "max_per_requester_day", "trust_forwarded_for", "idle_timeout_seconds"),
        "report": .table([
            "institution": .any, "parent": .any, "city": .any, "head_name": .any, "head_title": .any, "address": .any,
            "policy_basis": .any, "services": .any, "channels": .any, "staff": .any,
            "foreword": .any, "background": .any, "obstacles": .any, "recommendations": .any, "conclusion": .any, "suggestions": .any,
            "procedures": .of("code", "name", "effective"),
            "budget": .table(["year": .any, "source": .any, "lines": .of("name", "amount")]),
        ]),
    ])

    /// Every key of the text not in `knownKeys`, at any depth, as `section.key` or
    /// `report.budget[0].lines[1].amout`, sorted within each table.
    static func unknownKeys(_ text: String) -> [String] {
        guard let table = try? TOMLTable(string: text) else { return [] }
        var out: [String] = []
        unknown(in: table, known: knownKeys, at: "", into: &out)
        return out
    }

    private static func unknown(in value: any TOMLValueConvertible, known: Keys, at path: String, into out: inout [String]) {
        guard case .table(let keys) = known else { return }
        if let array = value.array {
            for (i, element) in array.enumerated() { unknown(in: element, known: known, at: "\(path)[\(i)]", into: &out) }
            return
        }
        guard let table = value.table else { return }
        for key in table.keys.sorted() {
            let inner = path.isEmpty ? key : "\(path).\(key)"
            guard let allowed = keys[key] else {
                out.append(inner)
                continue
            }
            if let v = table[key] { unknown(in: v, known: allowed, at: inner, into: &out) }
        }
    }

    /// `holidays[1].date`, as the officer would find it in the file.
    private static func keyPath(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { path, key in
            if let i = key.intValue { return path + "[\(i)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }
}

/// The file's shape, every key optional.
private struct RawConfig: Decodable {
    struct Office: Decodable {
        var name: String?
        var time_zone: String?
        var officer: String?
        var language: String?
        var group: String?
        var libreoffice: String?
        var parent_body: String?
        var city: String?
        var address: String?
        var phone: String?
        var email: String?
        var website: String?
        var head_name: String?
        var head_title: String?
        var commission: String?
    }
    struct PPID: Decodable {
        var name: String?
        var nip: String?
        var superior_name: String?
        var superior_position: String?
        var superior_nip: String?
    }
    struct Letters: Decodable {
        var number: String?
        var sequence: String?
    }
    struct Numbers: Decodable {
        var request: String?
        var objection: String?
        var bpcu: String?
        var bpcui: String?
        var lhp: String?
    }
    struct Samples: Decodable {
        var billing_expiry_days: Int?
        var analysis_minutes: [String: Int]?
        var tariffs: [String: Int]?
    }
    struct Deadlines: Decodable {
        var after_hours_counts_next_day: Bool?
        var count_from_completion: Bool?
        var return_only_before_deadline: Bool?
    }
    struct Forms: Decodable {
        var fee_max: Int?
        var billing_min: Int?
        var billing_max: Int?
        var receipt_days_back: Int?
        var analysts: [String]?
    }
    struct RawHoliday: Decodable {
        var date: String
        var name: String?
        var kind: String?
        var remove: Bool?
    }

    var office: Office?
    var ppid: PPID?
    var letters: Letters?
    var numbers: Numbers?
    var deadlines: Deadlines?
    var service_hours: [String: [String]]?
    var holidays: [RawHoliday]?
    var samples: Samples?
    var forms: Forms?
    var report: RawReport?

    func resolved(path: String) throws(StoreError) -> OfficeConfig {
        var c = OfficeConfig()
        func bad(_ detail: String) -> StoreError { .badConfig(path: path, detail: detail) }
        c.identity = resolvedIdentity()
        if let l = letters {
            let perKind: Bool
            switch l.sequence ?? "year" {
            case "year": perKind = false
            case "kind": perKind = true
            default: throw bad("letters.sequence: \"year\" (satu urutan untuk semua surat / one sequence for all letters) atau/or \"kind\" (per jenis / per kind)")
            }
            guard let n = LetterNumbering(pattern: l.number ?? LetterNumbering.standard.pattern, perKind: perKind) else { throw bad("letters.number: \(LetterNumbering.rule)") }
            c.letterNumbering = n
        }
        if let z = office?.time_zone {
            guard let tz = TimeZone(identifier: z) else { throw bad("office.time_zone: zona waktu tidak dikenal / unknown time zone \"\(z)\"") }
            c.timeZone = tz
        }
        if let o = office?.officer { c.officer = o }
        if let lo = office?.libreoffice, !lo.isEmpty {
            guard lo.hasPrefix("/") else { throw bad("office.libreoffice: harus jalur lengkap, mis. \"/usr/bin/soffice\" / must be a full path, e.g. \"/usr/bin/soffice\"") }
            c.libreOffice = lo
        }
        if let g = office?.group?.trimmingCharacters(in: .whitespaces), !g.isEmpty {
            if let id = gid_t(g) {
                c.group = id
            } else if let entry = getgrnam(g) {
                c.group = entry.pointee.gr_gid
            } else {
                throw bad("office.group: grup \"\(g)\" tidak ada di komputer ini / no group \"\(g)\" on this computer")
            }
        }
        if let l = office?.language {
            guard let lang = Language(rawValue: l) else { throw bad("office.language: \"id\" atau/or \"en\"") }
            c.language = lang
        }
        if let p = numbers?.request {
            guard let n = RegistrationNumbering(pattern: p) else { throw bad("numbers.request: \(RawConfig.patternRule)") }
            c.numbering = n
        }
        if let p = numbers?.objection {
            guard let n = RegistrationNumbering(pattern: p) else { throw bad("numbers.objection: \(RawConfig.patternRule)") }
            c.objectionNumbering = n
        }
        try resolveSamples(into: &c, bad)
        if let f = forms {
            if let max = f.fee_max {
                guard Rupiah.isPlausible(max) else { throw bad("forms.fee_max: \(Rupiah.configRule)") }
                c.forms.feeRange = 0...max
            }
            let low = f.billing_min ?? c.forms.billingRange.lowerBound, high = f.billing_max ?? c.forms.billingRange.upperBound
            guard low >= 1, low <= high else { throw bad("forms.billing_min/billing_max: 1 ≤ min ≤ max rupiah") }
            guard Rupiah.isPlausible(high) else { throw bad("forms.billing_max: \(Rupiah.configRule)") }
            c.forms.billingRange = low...high
            if let days = f.receipt_days_back {
                guard days >= 0 else { throw bad("forms.receipt_days_back: 0 hari atau lebih / 0 days or more") }
                c.forms.receiptDaysBack = days
            }
            if let names = f.analysts { c.forms.analysts = names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        }
        if let report { c.report = try report.resolved(bad) }
        c.report.adopt(c.identity)
        if let v = deadlines?.after_hours_counts_next_day { c.afterHoursCountsNextDay = v }
        if let v = deadlines?.count_from_completion { c.countsFromCompletion = v }
        if let v = deadlines?.return_only_before_deadline { c.returnOnlyBeforeDeadline = v }
        if let hours = service_hours {
            let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            var spans: [Int: [ServiceHours.Span]] = [:]
            for i in days.indices { spans[i + 1] = c.serviceHours.spans(weekday: i + 1) }
            for (key, list) in hours {
                guard let i = days.firstIndex(of: key.lowercased()) else { throw bad("service_hours.\(key): hari tidak dikenal / unknown day") }
                spans[i + 1] = try list.map { (s: String) throws(StoreError) in
                    guard let span = ServiceHours.Span(text: s) else { throw bad("service_hours.\(key): \"\(s)\" harus seperti/must look like \"08:00-12:00\"") }
                    return span
                }
            }
            c.serviceHours = ServiceHours(spans: spans)
            // No hours at all would leave no working time to count a deadline in.
            guard (1...7).contains(where: { !c.serviceHours.spans(weekday: $0).isEmpty }) else {
                throw bad("service_hours: tidak ada jam layanan sama sekali; isi paling sedikit satu hari / no service hours at all; give at least one day")
            }
        }
        for h in holidays ?? [] {
            guard let d = CivilDate(iso: h.date) else { throw bad("holidays: tanggal/date \"\(h.date)\" harus/must be YYYY-MM-DD") }
            if h.remove == true {
                guard h.name == nil, h.kind == nil else {
                    throw bad("holidays \(h.date): remove = true tidak memakai name/kind; tulis hari penggantinya sebagai entri sendiri / remove = true takes no name or kind; write the day that replaces it as its own entry")
                }
                c.removedHolidays.append(d)
                continue
            }
            guard let name = h.name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw bad("holidays \(h.date): name harus diisi / name is required")
            }
            let kind = Holiday.Kind(rawValue: h.kind ?? "office")
            guard let kind else { throw bad("holidays: kind \"\(h.kind ?? "")\" = public, collective_leave, office") }
            c.extraHolidays.append(Holiday(date: d, name: name, kind: kind, source: .config))
        }
        return c
    }
}

extension RawConfig {
    /// `[office]` and `[ppid]`; `[report]`'s older keys (institution, parent, city, address,
    /// head_name, head_title) stand in for a key the identity leaves out, so an office's
    /// config from before keeps its facts.
    func resolvedIdentity() -> OfficeIdentity {
        func text(_ values: String?...) -> String {
            values.lazy.compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
        }
        var i = OfficeIdentity()
        i.name = text(office?.name, report?.institution)
        i.parentBody = text(office?.parent_body, report?.parent)
        i.city = text(office?.city, report?.city)
        i.address = text(office?.address, report?.address)
        i.phone = text(office?.phone)
        i.email = text(office?.email)
        i.website = text(office?.website)
        i.headName = text(office?.head_name, report?.head_name)
        let title = text(office?.head_title, report?.head_title)
        if !title.isEmpty { i.headTitle = title }
        i.commission = text(office?.commission)
        i.ppidName = text(ppid?.name)
        i.ppidNIP = text(ppid?.nip)
        i.superiorName = text(ppid?.superior_name)
        i.superiorPosition = text(ppid?.superior_position)
        i.superiorNIP = text(ppid?.superior_nip)
        return i
    }

    static let patternRule = "pola harus memuat {year} dan {seq:N} (N 1–\(RegistrationNumbering.maxWidth)) / the pattern needs {year} and {seq:N} (N 1–\(RegistrationNumbering.maxWidth))"

    /// `[numbers] bpcu/bpcui/lhp` and the `[samples]` table.
    private func resolveSamples(into c: inout OfficeConfig, _ bad: (String) -> StoreError) throws(StoreError) {
        func numbering(_ key: String, _ pattern: String?) throws(StoreError) -> RegistrationNumbering? {
            guard let pattern else { return nil }
            guard let n = RegistrationNumbering(pattern: pattern) else { throw bad("numbers.\(key): \(RawConfig.patternRule)") }
            return n
        }
        if let n = try numbering("bpcu", numbers?.bpcu) { c.samplePolicy.bpcu = n }
        if let n = try numbering("bpcui", numbers?.bpcui) { c.samplePolicy.bpcui = n }
        if let n = try numbering("lhp", numbers?.lhp) { c.samplePolicy.lhp = n }
        // Every format apart from every other: a request and its objection, or a BPCU and a
        // BPCUI letter, sharing a number would confuse both.
        let formats: [(String, RegistrationNumbering)] = [
            ("request", c.numbering), ("objection", c.objectionNumbering),
            ("bpcu", c.samplePolicy.bpcu), ("bpcui", c.samplePolicy.bpcui), ("lhp", c.samplePolicy.lhp),
        ]
        for (i, (name, format)) in formats.enumerated() {
            for (earlier, other) in formats[..<i] where format.overlaps(other) {
                throw bad("numbers.\(name): harus berbeda dari numbers.\(earlier) (\(format.pattern) dan \(other.pattern) memberi nomor yang sama) / must differ from numbers.\(earlier) (\(format.pattern) and \(other.pattern) give the same numbers)")
            }
        }
        if let days = samples?.billing_expiry_days {
            guard (1...90).contains(days) else { throw bad("samples.billing_expiry_days: 1 sampai 90 hari / 1 to 90 days") }
            c.samplePolicy.billingExpiryDays = days
        }
        if let table = samples?.analysis_minutes {
            // Bounded too: the boards multiply minutes into seconds.
            for (key, minutes) in table where !(1...1_000_000).contains(minutes) || key.trimmingCharacters(in: .whitespaces).isEmpty {
                throw bad("samples.analysis_minutes.\"\(key)\": menit 1 sampai 1000000 / minutes from 1 to 1000000")
            }
            c.samplePolicy.standards = SampleStandards(analysisMinutes: table)
        }
        if let table = samples?.tariffs {
            for (key, rupiah) in table where rupiah <= 0 || key.trimmingCharacters(in: .whitespaces).isEmpty {
                throw bad("samples.tariffs.\"\(key)\": rupiah harus lebih dari 0 / rupiah must be more than 0")
            }
            for (key, rupiah) in table where !Rupiah.isPlausible(rupiah) {
                throw bad("samples.tariffs.\"\(key)\": \(Rupiah.configRule)")
            }
            c.samplePolicy.tariffs = SampleTariffs(rupiah: table)
        }
    }
}

extension Rupiah {
    /// What the config says of an amount out of range.
    static let configRule = "rupiah 0 sampai di bawah \(PaymentCodes.rupiah(limit)) / rupiah from 0 to below \(PaymentCodes.rupiah(limit))"
}

extension ServiceHours.Span {
    /// Parses `HH:MM-HH:MM` (a dot may stand for the colon).
    init?(text: String) {
        let parts = text.replacingOccurrences(of: ".", with: ":").split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        func minute(_ s: String) -> Int? {
            let hm = s.split(separator: ":")
            guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 24 * 60 else { return nil }
            return h * 60 + m
        }
        guard parts.count == 2, let a = minute(parts[0]), let b = minute(parts[1]), a < b else { return nil }
        self.init(start: a, end: b)
    }
}
