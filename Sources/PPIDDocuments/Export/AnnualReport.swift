import Foundation
import PPIDModel
import PPIDStore

/// The annual report of Perki 1/2021 Pasal 56 in the seed report's structure — a cover, Bab I
/// (with the PPID's profile), Bab II §2.1–2.9, Bab III — and the period summary (a quarter or
/// a semester) with the same figures.
///
/// Every figure comes from the log; the office's facts (channels, service hours, staff,
/// procedures, budget) and the head's own words from `config.toml`'s `[report]`, its identity
/// from `[office]` and `[ppid]`. What the config leaves out the report takes from the register
/// or says plainly it lacks: it holds nothing the office must fill in or delete before filing.
/// Indonesian, as the report is filed.
public enum AnnualReport {
    /// What the report is drawn from besides the ledger.
    public struct Context: Sendable {
        public var officeName: String
        public var facts: ReportFacts
        public var serviceHours: ServiceHours
        /// The day "overdue" is counted on (the export's now); nil when not known.
        public var today: CivilDate?
        /// The PPID, its superior and the office's contacts, for the PPID's profile.
        public var identity: OfficeIdentity

        public init(officeName: String, facts: ReportFacts = ReportFacts(), serviceHours: ServiceHours = .standard, today: CivilDate?, identity: OfficeIdentity = OfficeIdentity()) {
            self.officeName = officeName
            self.facts = facts
            self.serviceHours = serviceHours
            self.today = today
            self.identity = identity
        }

        /// The body's name in sentences: the institution's, else the office's.
        var body: String { facts.institution.isEmpty ? officeName : facts.institution }
    }

    /// The cover's title, as offices file it.
    public static let coverTitle = "Laporan Layanan Informasi Publik"

    /// The whole report for a year, or the summary of a shorter period.
    public static func document(_ ledger: Ledger, period: ReportPeriod, context c: Context) -> ReportDocument {
        var d = ReportDocument()
        d.made = made(c)
        guard period.isWholeYear else {
            d.heading(1, "Ringkasan Layanan Informasi Publik \(c.body) — \(period.label.id)")
            requests(&d, ledger, period: period, context: c, level: 2)
            objections(&d, ledger, period: period, context: c, level: 2)
            return d
        }
        let year = period.year
        let f = c.facts
        d.blocks.append(.cover(parent: f.parent, office: c.body, title: coverTitle, year: "Tahun \(year)"))
        d.heading(1, "Laporan Pejabat Pengelola Informasi dan Dokumentasi \(c.body) Tahun Anggaran \(year)")

        d.heading(2, "Kata Pengantar")
        own(&d, f.foreword, key: "foreword", or: "Laporan ini disusun sebagai pelaksanaan Pasal 56 Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik. "
            + "Laporan memuat pelaksanaan layanan informasi publik di \(c.body) tahun \(year): kebijakan dan profil PPID, sarana dan prasarana, sumber daya manusia, anggaran, "
            + "rincian permohonan informasi dan waktu pemenuhannya, penyelesaian keberatan dan sengketa, kendala, serta rekomendasi dan rencana tindak lanjut.")
        signature(&d, c)

        d.heading(2, "Daftar Isi")
        d.list(["Kata Pengantar", "Bab I Pendahuluan", "Bab II Pelaksanaan Pelayanan Informasi Publik", "Bab III Penutup", "Lampiran"], ordered: false)

        d.heading(2, "BAB I PENDAHULUAN")
        d.heading(3, "1.1 Latar Belakang")
        own(&d, f.background, key: "background", or: "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik menjamin hak setiap orang untuk memperoleh informasi publik "
            + "dan mewajibkan badan publik menyediakan, memberikan, dan menerbitkan informasi publik yang berada di bawah kewenangannya. "
            + "Layanan informasi publik di \(c.body) dijalankan oleh Pejabat Pengelola Informasi dan Dokumentasi (PPID).")
        d.heading(3, "1.2 Landasan Kebijakan")
        d.list(f.policyBasis.isEmpty ? ReportFacts.lawBasis : f.policyBasis)
        if f.policyBasis.isEmpty { d.fallbacks.append("[report] policy_basis") }
        d.heading(3, "1.3 Profil PPID")
        d.list(profile(c), ordered: false)

        d.heading(2, "BAB II PELAKSANAAN PELAYANAN INFORMASI PUBLIK")
        d.heading(3, "2.1 Jenis Layanan Informasi Publik")
        d.paragraph("Pelayanan di \(c.body) meliputi:")
        d.list(f.services.isEmpty ? lawServices : f.services)
        if f.services.isEmpty { d.fallbacks.append("[report] services") }
        let total = ledger.recapRows(period).total
        let objectionCount = ledger.objections(in: period).count
        d.paragraph("Selama tahun \(year) tercatat \(total.requesters) permohonan informasi publik dan \(objectionCount) keberatan.")

        d.heading(3, "2.2 Sarana dan Prasarana Pelayanan Informasi Publik")
        if f.channels.isEmpty {
            d.fallbacks.append("[report] channels")
            let used = Channel.allCases.filter { total.count($0) > 0 }.map { $0.label.id }
            d.paragraph(used.isEmpty ? "Register tahun \(year) tidak mencatat permohonan melalui saluran mana pun." : "Menurut register, permohonan diterima melalui:")
            d.list(used)
        } else {
            d.paragraph("Dalam upaya meningkatkan pelayanan informasi, \(c.body) menyediakan layanan melalui:")
            d.list(f.channels)
        }
        d.paragraph("Waktu layanan" + (f.address.isEmpty ? "" : " di \(f.address)") + ":")
        d.list(serviceHoursLines(c.serviceHours, zone: zoneName(ledger.calendar)), ordered: false)
        d.paragraph("Permohonan tahun \(year) menurut saluran: " + Channel.allCases.map { "\($0.label.id.lowercased()) \(total.count($0))" }.joined(separator: ", ") + ".")

        d.heading(3, "2.3 SDM Pelayanan Informasi Publik")
        if f.staff.isEmpty {
            d.fallbacks.append("[report] staff")
            d.list(officials(c), ordered: false)
        } else {
            d.list(f.staff)
        }

        d.heading(3, "2.4 Prosedur Kerja Pelaksanaan Pelayanan Publik")
        if f.procedures.isEmpty {
            d.fallbacks.append("[report] procedures")
            d.paragraph("Layanan mengikuti prosedur Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.")
        } else {
            for (i, p) in f.procedures.enumerated() {
                d.heading(4, "2.4.\(i + 1) \(p.name)")
                d.paragraph("Prosedur kerja \(p.name) nomor \(p.code)" + (p.effective.isEmpty ? "" : " berlaku sejak \(p.effective)") + ". Rinciannya tercantum dalam lampiran.")
            }
        }
        let calendar = ledger.calendar
        d.paragraph("Jangka waktu pemberitahuan tertulis 10 hari kerja sejak permohonan diterima dan dapat diperpanjang satu kali 7 hari kerja dengan alasan tertulis (Pasal 22 ayat 7 dan 8 UU 14/2008)"
            + (calendar.afterHoursCountsNextDay ? "; permohonan yang diterima pada hari libur atau setelah jam layanan dihitung dari hari kerja berikutnya" : "")
            + (calendar.countsFromCompletion ? "; permohonan yang dikembalikan untuk dilengkapi dihitung sejak dinyatakan lengkap" : "") + ".")

        d.heading(3, "2.5 Anggaran Pelayanan Informasi Publik")
        if let b = f.budgets.first(where: { $0.year == year }) {
            d.paragraph("Anggaran pelayanan informasi publik dibebankan pada \(b.source.isEmpty ? "anggaran \(c.body) tahun \(year)" : b.source), sebesar \(b.total.map(rupiah) ?? "(jumlah terlalu besar untuk dihitung)") dengan rincian:")
            d.list(b.lines.map { "\($0.name) sebesar \(rupiah($0.amount))" })
        } else {
            d.fallbacks.append("[[report.budget]] year = \(year)")
            d.paragraph("Rincian anggaran pelayanan informasi publik tahun \(year) tidak tercatat dalam data layanan PPID.")
        }

        requests(&d, ledger, period: period, context: c, level: 3)
        objections(&d, ledger, period: period, context: c, level: 3)

        let openAtEnd = ledger.openAtEnd(of: yearEnd(year, today: c.today))
        d.heading(3, "2.8 Kendala Eksternal dan Internal dalam Pelaksanaan Layanan Informasi Publik")
        let notes = dataNotes(ledger, period: period, context: c)
        d.list(f.obstacles)
        if !notes.isEmpty {
            d.paragraph("Catatan dari register layanan:")
            d.list(notes, ordered: false)
        }
        if f.obstacles.isEmpty {
            d.fallbacks.append("[report] obstacles")
            if notes.isEmpty { d.paragraph("Tidak ada kendala yang tercatat dalam register layanan tahun \(year).") }
        }
        d.heading(3, "2.9 Rekomendasi dan Rencana Tindak Lanjut")
        if f.recommendations.isEmpty { d.fallbacks.append("[report] recommendations") }
        d.list(f.recommendations.isEmpty ? recommendations(ledger, period: period, openAtEnd: openAtEnd.count) : f.recommendations)

        d.heading(2, "BAB III PENUTUP")
        d.heading(3, "3.1 Kesimpulan")
        own(&d, f.conclusion, key: "conclusion", or: conclusion(ledger, period: period, context: c))
        d.heading(3, "3.2 Saran")
        if f.suggestions.isEmpty {
            d.fallbacks.append("[report] suggestions")
            d.paragraph("Saran tindak lanjut untuk tahun \(year + 1) disampaikan pada bagian 2.9.")
        } else {
            d.list(f.suggestions)
        }
        signature(&d, c)

        d.heading(2, "LAMPIRAN")
        var appendices = f.procedures.map { "Prosedur kerja \($0.code) \($0.name)" }
        appendices += ["Register permohonan informasi publik tahun \(year) (register-\(year).csv)", "Register keberatan tahun \(year) (keberatan-\(year).csv)"]
        d.list(appendices)
        return d
    }

    /// The head's words from the config when written, else `fallback` (noted for the message).
    static func own(_ d: inout ReportDocument, _ text: String, key: String, or fallback: String) {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            d.fallbacks.append("[report] \(key)")
            d.paragraph(fallback)
        } else {
            for p in text.split(separator: "\n\n") { d.paragraph(String(p)) }
        }
    }

    /// §2.6: the requests with table 2.6.1 and the time taken (§2.6.2), overdue ones named.
    static func requests(_ d: inout ReportDocument, _ ledger: Ledger, period: ReportPeriod, context c: Context, level: Int) {
        let rows = ledger.recapRows(period)
        let total = rows.total
        let figures = ledger.figures(period)
        let times = figures.responseTimes
        let during = period.isWholeYear ? "periode tahun \(period.year)" : period.label.id
        d.heading(level, "2.6 Rincian Pelayanan Informasi Publik")
        let channels = Channel.allCases.map { "\(total.count($0)) melalui \($0.label.id.lowercased())" }.joined(separator: ", ")
        let intro = "Selama \(during), \(c.officeName) menerima \(total.requesters) permohonan informasi publik: \(channels)."
        var perTopic: [Topic: Int] = [:]
        for r in ledger.requests(receivedIn: period.year) where !r.voided && period.months.contains(ledger.calendar.day(of: r.receivedAt).month) {
            perTopic[r.details.topic, default: 0] += 1
        }
        let topics = Topic.allCases.compactMap { t in perTopic[t].map { "\(t.label.id.lowercased()) (\($0))" } }
        let carried = period.isWholeYear ? ledger.carriedOver(into: period.year).count : 0
        let spam = ledger.spamVoided(period)
        d.paragraph(intro + (carried > 0 ? " Selain itu, \(carried) permohonan tahun sebelumnya yang masih dalam proses dibawa ke tahun ini (lihat 2.6.3)." : "")
                    + (spam > 0 ? " \(spam) permohonan online lain dibatalkan petugas sebagai spam; nomornya tetap terpakai dan tidak dihitung dalam angka laporan ini." : ""))
        if !topics.isEmpty { d.paragraph("Pokok permohonan menurut topik: \(topics.joined(separator: ", ")).") }

        d.heading(level + 1, "2.6.1 Jumlah Permohonan Informasi Publik")
        d.paragraph("Rekapitulasi permohonan informasi publik \(during) dapat dilihat pada tabel berikut.")
        func cells(_ r: RecapRow) -> [String] {
            Channel.allCases.map { String(r.count($0)) } + Outcome.allCases.map { String(r.count($0)) }
        }
        d.table(["Bulan"] + Array(RecapExport.header.dropFirst()), rows.months.map { [MonthlyRecap.monthNames[$0.month - 1]] + cells($0.row) } + [["**Jumlah**"] + cells(total)])
        if total.withdrawn > 0 || total.open > 0 {
            var notes: [String] = []
            if total.withdrawn > 0 { notes.append("\(total.withdrawn) permohonan dicabut oleh pemohon") }
            if total.open > 0 { notes.append("\(total.open) permohonan masih dalam proses") }
            d.paragraph("Selain yang diputuskan, \(notes.joined(separator: " dan ")); permohonan tersebut dihitung sebagai pemohon tetapi tidak pada kolom keputusan.")
        }

        d.heading(level + 1, "2.6.2 Waktu Pemenuhan Permohonan Informasi Publik")
        let overdue = c.today.map { ledger.overdueRequests(in: period, today: $0) }
        if let median = times.median, let longest = times.longest {
            d.paragraph("Sebanyak \(times.count) permohonan diberi pemberitahuan tertulis dengan waktu penyelesaian median \(median) hari kerja dan paling lama \(longest) hari kerja sejak diterima. " + timeliness(late: times.late, overdue: overdue, today: c.today))
            d.table(["Waktu penyelesaian", "Jumlah permohonan"], zip(ResponseTimes.Band.allCases, times.bands).map { ["\($0.label.id) kerja", String($1)] })
            d.table(["Topik", "Jumlah", "Median (hari kerja)", "Paling lama", "Terlambat"], figures.byTopic.map { topic, t in
                [topic.label.id, String(t.count), String(t.median ?? 0), String(t.longest ?? 0), String(t.late)]
            })
        } else {
            d.paragraph("Belum ada permohonan yang diberi pemberitahuan tertulis pada \(during)." + (overdue?.isEmpty == false ? " " + timeliness(late: 0, overdue: overdue, today: c.today) : ""))
        }
        if let overdue, !overdue.isEmpty, let today = c.today {
            d.paragraph("Permohonan yang belum dijawab dan telah melewati batas waktu per \(today):")
            d.table(["No. Pendaftaran", "Diterima", "Batas waktu", "Lewat (hari kerja)"], overdue.map { r in
                let due = ledger.calendar.deadlineDays(of: r).inForce
                return [r.number, ledger.calendar.day(of: r.receivedAt).description, due.description, String(ledger.calendar.workingDays(from: due, to: today))]
            })
        }
        d.paragraph(figures.extensions == 0 ? "Tidak ada perpanjangan jangka waktu." : "Jangka waktu diperpanjang pada \(figures.extensions) permohonan (Pasal 22 ayat 8).")
        if total.count(.rejected) + total.count(.partial) == 0 {
            d.paragraph("Tidak ada permohonan yang ditolak atau dikabulkan sebagian.")
        } else {
            // A decision on two grounds counts under each: say so when the counts add up to more.
            let several = figures.grounds.map(\.count).reduce(0, +) > total.count(.rejected) + total.count(.partial)
            d.paragraph("Permohonan yang ditolak atau dikabulkan sebagian menurut alasannya"
                + (several ? " (keputusan dengan lebih dari satu alasan dihitung pada setiap alasannya):" : ":"))
            d.list(figures.grounds.map { "\($0.ground.label.id): \($0.count)" }, ordered: false)
            // Imported history carries no consequence test (issue 22): said, not hidden among the tested.
            let untested = ledger.refusalsWithoutTest(in: period).map(\.number)
            if !untested.isEmpty {
                d.paragraph("\(untested.count) penolakan berdasarkan Pasal 17 berasal dari register lama yang diimpor dan tidak ada uji konsekuensi tercatat (Pasal 19): \(untested.joined(separator: ", ")).")
            }
        }
        if period.isWholeYear { openRequests(&d, ledger, year: period.year, context: c, level: level + 1) }
    }

    /// Whether the requests were answered on time, in words that never call them all on time
    /// while one is late or still unanswered past its deadline.
    static func timeliness(late: Int, overdue: [Request]?, today: CivilDate?) -> String {
        let waiting = overdue?.count ?? 0
        var parts: [String] = []
        if late > 0 { parts.append("\(late) permohonan dijawab melewati batas waktu.") }
        if waiting > 0, let today {
            parts.append("\(waiting) permohonan belum dijawab padahal batas waktunya telah lewat (per \(today)): " + (overdue ?? []).map(\.number).joined(separator: ", ") + ".")
        }
        if late == 0 && waiting == 0 {
            parts.append(overdue == nil
                ? "Seluruh permohonan yang telah dijawab, dijawab dalam jangka waktu yang ditetapkan Pasal 22 UU 14/2008 (permohonan yang masih dalam proses tidak dihitung)."
                : "Seluruhnya dijawab dalam jangka waktu yang ditetapkan Pasal 22 UU 14/2008.")
        } else if late == 0 {
            parts.insert("Permohonan yang telah dijawab, dijawab dalam jangka waktu yang ditetapkan Pasal 22 UU 14/2008; namun", at: 0)
        }
        return parts.joined(separator: " ")
    }

    /// §2.7: objections and disputes of the period.
    static func objections(_ d: inout ReportDocument, _ ledger: Ledger, period: ReportPeriod, context c: Context, level: Int) {
        d.heading(level, "2.7 Rincian Penyelesaian Sengketa Informasi Publik")
        let pairs = ledger.objections(in: period)
        let list = pairs.map(\.objection)
        let during = period.isWholeYear ? "tahun \(period.year)" : period.label.id
        guard !list.isEmpty else {
            d.paragraph("Pada \(during), tidak ada keberatan yang diajukan dan tidak pernah terjadi sengketa informasi publik di \(c.officeName).")
            return
        }
        let cal = ledger.calendar
        let answered = list.filter { $0.answer != nil }
        let upheld = answered.filter { $0.answer?.decision == .upheld }.count
        let late = answered.filter { ($0.answer?.answeredOn ?? .init(ordinal: 0)) > cal.answerDeadline(of: $0) }.count
        var text = "Pada \(during), \(c.officeName) menerima \(list.count) keberatan atas permohonan informasi publik. "
            + "Atasan PPID menanggapi \(answered.count) keberatan: \(upheld) menguatkan putusan PPID dan \(answered.count - upheld) menerima keberatan"
            + (late > 0 ? "; \(late) tanggapan melewati 30 hari kerja." : ".")
            + (list.count > answered.count ? " \(list.count - answered.count) keberatan belum ditanggapi." : "")
        if let today = c.today {
            let overdue = ledger.overdueObjections(in: period, today: today)
            if !overdue.isEmpty {
                text += " Dari jumlah itu, \(overdue.count) keberatan belum ditanggapi padahal batas 30 hari kerja (Pasal 36 ayat 2) telah lewat per \(today): "
                    + overdue.map { "\($0.objection.number) (batas \(cal.answerDeadline(of: $0.objection)))" }.joined(separator: ", ") + "."
            }
        }
        let lateFiled = pairs.filter { cal.isFiledLate($0.objection, request: $0.request) }.count
        if lateFiled > 0 { text += " \(lateFiled) keberatan diajukan lebih dari 30 hari kerja setelah alasannya timbul (Pasal 36 ayat 1)." }
        d.paragraph(text)
        let disputes = list.filter { $0.disputeFiled != nil }
        if disputes.isEmpty {
            d.paragraph("Tidak ada sengketa informasi publik yang diajukan ke Komisi Informasi.")
        } else {
            let settled = disputes.compactMap(\.disputeSettled)
            let lateDisputes = disputes.filter { o in o.disputeFiled.map { $0.on > cal.disputeFilingDeadline(of: o) } ?? false }.count
            d.paragraph("Sebanyak \(disputes.count) sengketa informasi diajukan ke Komisi Informasi; \(settled.count) telah diputus"
                + (settled.isEmpty ? "." : ": " + settled.map(\.detail).joined(separator: "; ") + ".")
                + (lateDisputes > 0 ? " \(lateDisputes) sengketa diajukan lebih dari 14 hari kerja setelah tanggapan atasan (Pasal 37 ayat 2)." : ""))
        }
        courts(&d, list)
        d.table(["Alasan keberatan (Pasal 35 ayat 1)", "Jumlah"], Pasal35.allCases.compactMap { g in
            let n = list.filter { $0.filed.grounds.contains(g) }.count
            return n > 0 ? ["huruf \(g.rawValue): \(g.label.id)", String(n)] : nil
        })
    }

    /// Facts from the register the head may weigh in §2.8: late and overdue answers,
    /// extensions, unclassified grounds, unanswered objections.
    static func dataNotes(_ ledger: Ledger, period: ReportPeriod, context c: Context) -> [String] {
        let figures = ledger.figures(period)
        var notes: [String] = []
        if figures.responseTimes.late > 0 { notes.append("\(figures.responseTimes.late) permohonan dijawab melewati batas waktu.") }
        if figures.withdrawnAfterLapse > 0 {
            notes.append("\(figures.withdrawnAfterLapse) permohonan dicabut pemohon setelah batas waktunya lewat tanpa pemberitahuan tertulis; tetap dihitung terlambat.")
        }
        if let today = c.today {
            let n = ledger.overdueRequests(in: period, today: today).count
            if n > 0 { notes.append("\(n) permohonan belum dijawab dan telah lewat batas waktu per \(today).") }
            let k = ledger.overdueObjections(in: period, today: today).count
            if k > 0 { notes.append("\(k) keberatan belum ditanggapi dan telah lewat 30 hari kerja per \(today).") }
        }
        if figures.extensions > 0 { notes.append("Jangka waktu diperpanjang pada \(figures.extensions) permohonan.") }
        if let u = figures.grounds.first(where: { $0.ground == .unclassified }) {
            notes.append("\(u.count) alasan penolakan dari register lama belum diklasifikasi menurut Pasal 17.")
        }
        return notes
    }

    /// "Senin s/d Kamis: 08.00–12.00 dan 13.00–16.00 WIB", days with the same spans together.
    static func serviceHoursLines(_ hours: ServiceHours, zone: String) -> [String] {
        let names = ["", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
        func clock(_ m: Int) -> String { String(format: "%02d.%02d", m / 60, m % 60) }
        var out: [String] = []
        var day = 1
        while day <= 7 {
            let spans = hours.spans(weekday: day)
            var last = day
            while last < 7, hours.spans(weekday: last + 1) == spans { last += 1 }
            if !spans.isEmpty {
                let days = last == day ? names[day] : "\(names[day]) s/d \(names[last])"
                out.append("\(days): " + spans.map { "\(clock($0.start))–\(clock($0.end))" }.joined(separator: " dan ") + " \(zone)")
            }
            day = last + 1
        }
        return out.isEmpty ? ["(tidak ada jam layanan di config.toml)"] : out
    }

    static func zoneName(_ calendar: WorkingCalendar) -> String {
        switch calendar.offset(at: Date(timeIntervalSince1970: 1_700_000_000)) {
        case 7 * 3600: "WIB"
        case 8 * 3600: "WITA"
        case 9 * 3600: "WIT"
        case let o: "UTC" + (o >= 0 ? "+" : "") + String(o / 3600)
        }
    }

    /// "Rp29.420.000,-" as the seed report writes rupiah.
    static func rupiah(_ amount: Int) -> String {
        let digits = String(amount)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return "Rp\(out),-"
    }
}
