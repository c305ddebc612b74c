import Foundation
import PPIDModel
import PPIDStore

/// The report's words where the config gives none: drawn from the office's identity and the
/// register, or from the law, so the report is ready to sign as it comes out.
extension AnnualReport {
    /// How the report was made: the file's property and the export's message, never its body.
    static func made(_ c: Context) -> String {
        "Disusun oleh ppid-tui dari log layanan\(c.today.map { " per \($0)" } ?? ""); semua angka dihitung dari register."
    }

    /// "25 November 2026", as letters and reports write a date.
    static func longDate(_ d: CivilDate) -> String {
        "\(d.day) \(MonthlyRecap.monthNames[d.month - 1]) \(d.year)"
    }

    /// The last day the report's "open at year end" is counted on: 31 December, or the
    /// export's day while the year is still running.
    static func yearEnd(_ year: Int, today: CivilDate?) -> CivilDate {
        let end = CivilDate(year: year, month: 12, day: 31) ?? CivilDate(ordinal: 0)
        guard let today, today < end else { return end }
        return today
    }

    static func signature(_ d: inout ReportDocument, _ c: Context) {
        let place = c.facts.city.isEmpty ? c.body : c.facts.city
        d.blocks.append(.signature(place: place, date: c.today.map(longDate) ?? "", title: c.facts.headTitle, name: c.facts.headName))
    }

    /// §1.3: who the PPID is, its superior, how to reach it, and where disputes go.
    static func profile(_ c: Context) -> [String] {
        let i = c.identity
        var out = ["Badan publik: \(c.body)" + (c.facts.parent.isEmpty ? "" : ", \(c.facts.parent)")]
        out += officials(c)
        if !i.address.isEmpty { out.append("Alamat layanan: \(i.address)") }
        let contacts = [("telepon", i.phone), ("e-mail", i.email), ("laman", i.website)].filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1)" }
        if !contacts.isEmpty { out.append("Kontak: " + contacts.joined(separator: ", ")) }
        if !i.commission.isEmpty { out.append("Sengketa informasi diselesaikan oleh \(i.commission)") }
        return out
    }

    /// The officials the identity names: the head, the PPID, its superior.
    static func officials(_ c: Context) -> [String] {
        let i = c.identity
        var out: [String] = []
        if !c.facts.headName.isEmpty { out.append("\(c.facts.headTitle) \(c.body): \(c.facts.headName)") }
        if !i.ppidName.isEmpty { out.append("PPID: \(i.ppidName)" + (i.ppidNIP.isEmpty ? "" : " (NIP \(i.ppidNIP))")) }
        if !i.superiorName.isEmpty {
            out.append("Atasan PPID: \(i.superiorName)" + (i.superiorPosition.isEmpty ? "" : ", \(i.superiorPosition)") + (i.superiorNIP.isEmpty ? "" : " (NIP \(i.superiorNIP))"))
        }
        return out.isEmpty ? ["Pejabat PPID belum tercatat dalam identitas kantor."] : out
    }

    /// §2.1 when the config lists no services: what UU 14/2008 asks of every PPID.
    static let lawServices = [
        "Pelayanan permohonan informasi publik (Pasal 21–22 UU 14/2008)",
        "Pelayanan keberatan atas layanan informasi publik (Pasal 35–36 UU 14/2008)",
        "Penyediaan informasi yang wajib diumumkan secara berkala, serta-merta, dan tersedia setiap saat (Pasal 9–11 UU 14/2008)",
    ]

    /// §2.9 when the config gives none: what the register leaves to do.
    static func recommendations(_ ledger: Ledger, period: ReportPeriod, openAtEnd: Int) -> [String] {
        let figures = ledger.figures(period)
        var out: [String] = []
        if openAtEnd > 0 { out.append("Menyelesaikan \(openAtEnd) permohonan yang masih dalam proses pada akhir tahun \(period.year).") }
        if figures.responseTimes.late > 0 {
            out.append("Menelaah penyebab \(figures.responseTimes.late) permohonan yang dijawab melewati batas waktu agar tidak berulang.")
        }
        let pending = pendingExecution(ledger, period: period)
        if !pending.isEmpty { out.append("Melaksanakan dan mencatat pelaksanaan tanggapan atasan atau putusan atas keberatan \(pending.joined(separator: ", ")).") }
        if let u = figures.grounds.first(where: { $0.ground == .unclassified }) {
            out.append("Mengklasifikasi \(u.count) alasan penolakan dari register lama menurut Pasal 17 UU 14/2008.")
        }
        return out.isEmpty ? ["Mempertahankan pemenuhan permohonan informasi publik dalam jangka waktu Pasal 22 UU 14/2008."] : out
    }

    /// §3.1 when the config gives none: the year in figures.
    static func conclusion(_ ledger: Ledger, period: ReportPeriod, context c: Context) -> String {
        let total = ledger.recapRows(period).total
        let decided = Outcome.allCases.filter { total.count($0) > 0 }.map { "\(total.count($0)) \($0.label.id.lowercased())" }
        let times = ledger.figures(period).responseTimes
        let objections = ledger.objections(in: period).map(\.objection)
        let disputes = objections.filter { $0.disputeFiled != nil }.count
        return "Selama tahun \(period.year), \(c.body) menerima \(total.requesters) permohonan informasi publik"
            + (decided.isEmpty ? "" : ": " + decided.joined(separator: ", ")) + ". "
            + (times.count == 0 ? "" : times.late == 0 ? "Seluruh permohonan yang dijawab, dijawab dalam jangka waktu Pasal 22 UU 14/2008. " : "\(times.late) dari \(times.count) permohonan yang dijawab melewati batas waktu. ")
            + "Keberatan yang diajukan: \(objections.count); sengketa ke Komisi Informasi: \(disputes)."
    }

    /// Objections the superior granted with no record of how the body carried the answer out.
    static func pendingExecution(_ ledger: Ledger, period: ReportPeriod) -> [String] {
        ledger.objections(in: period).map(\.objection).filter { $0.answer?.decision == .overturned && $0.carriedOut.isEmpty }.map(\.number)
    }
}

extension AnnualReport {
    /// The year's report for the office as its config describes it, counted on `now`.
    public static func document(_ ledger: Ledger, year: Int, config: OfficeConfig, now: Date?, period: ReportPeriod? = nil) -> ReportDocument {
        document(ledger, period: period ?? ReportPeriod(year: year), context: Context(
            officeName: config.officeName, facts: config.report, serviceHours: config.serviceHours,
            today: now.map { ledger.calendar.day(of: $0) }, identity: config.identity
        ))
    }

    /// What the export tells the officer beside the file: how it was made, and the config keys
    /// whose own words the office may add (the report drew those parts from the register).
    public static func message(_ report: ReportDocument) -> String {
        let keys = report.fallbacks.joined(separator: ", ")
        return report.made + (report.fallbacks.isEmpty ? "" : " Bagian yang diambil dari register atau aturan (kata-kata sendiri dapat diisi di config.toml) / parts drawn from the register or the law (your own words go in config.toml): \(keys).")
    }
}
