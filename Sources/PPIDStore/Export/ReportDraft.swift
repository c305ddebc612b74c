import PPIDModel

/// A Markdown draft of the annual report's sections 2.6 and 2.7 (Perki 1/2021 Pasal 56), in
/// Indonesian, with table 2.6.1 and the year's figures filled in.
public enum ReportDraft {
    /// `today` is the day the open requests and objections past their deadline are counted on
    /// (the export's "now"); without it the draft says it could not count them.
    public static func markdown(_ ledger: Ledger, year: Int, office: String, today: CivilDate?) -> String {
        let recap = ledger.recap(year: year)
        let total = recap.total
        let figures = ledger.figures(year: year)
        let times = figures.responseTimes
        var out: [String] = []
        out.append("# Rancangan Laporan Layanan Informasi Publik \(office) Tahun \(year)")
        out.append("")
        out.append("_Bagian 2.6 dan 2.7, disusun otomatis oleh ppid-tui dari register permohonan. Periksa dan lengkapi sebelum ditandatangani._")
        out.append("")
        out.append("## 2.6 Rincian Pelayanan Informasi Publik")
        out.append("")
        let channels = Channel.allCases.map { "\(total.count($0)) melalui \($0.label.id.lowercased())" }.joined(separator: ", ")
        out.append("Selama periode tahun \(year), \(office) menerima \(total.requesters) permohonan informasi publik: \(channels).")
        // Requests per topic, as `requests(matching: RecapFilter(year:, topic:))` counts them, in one pass.
        var perTopic: [Topic: Int] = [:]
        for r in ledger.requests(receivedIn: year) where !r.voided { perTopic[r.details.topic, default: 0] += 1 }
        let topics = Topic.allCases.compactMap { t -> String? in
            let n = perTopic[t] ?? 0
            return n == 0 ? nil : "\(t.label.id.lowercased()) (\(n))"
        }
        if !topics.isEmpty { out.append("Pokok permohonan menurut topik: \(topics.joined(separator: ", ")).") }
        out.append("")
        out.append("### 2.6.1 Jumlah Permohonan Informasi Publik")
        out.append("")
        out.append("Rekapitulasi permohonan informasi publik periode tahun \(year) dapat dilihat pada tabel berikut.")
        out.append("")
        out.append("| Bulan | " + RecapExport.header.dropFirst().joined(separator: " | ") + " |")
        out.append("|" + Array(repeating: "---|", count: RecapExport.header.count).joined())
        func cells(_ r: RecapRow) -> String {
            (Channel.allCases.map { String(r.count($0)) } + Outcome.allCases.map { String(r.count($0)) }).joined(separator: " | ")
        }
        for (i, row) in recap.months.enumerated() { out.append("| \(MonthlyRecap.monthNames[i]) | \(cells(row)) |") }
        out.append("| **Jumlah** | \(cells(total)) |")
        out.append("")
        if total.withdrawn > 0 || total.open > 0 {
            var notes: [String] = []
            if total.withdrawn > 0 { notes.append("\(total.withdrawn) permohonan dicabut oleh pemohon") }
            if total.open > 0 { notes.append("\(total.open) permohonan masih dalam proses") }
            out.append("Selain yang diputuskan, \(notes.joined(separator: " dan ")); permohonan tersebut dihitung sebagai pemohon tetapi tidak pada kolom keputusan.")
            out.append("")
        }
        out.append("### 2.6.2 Waktu Pemenuhan Permohonan Informasi Publik")
        out.append("")
        let overdue = today.map { ledger.overdueRequests(receivedIn: year, today: $0) }
        if let median = times.median, let longest = times.longest {
            out.append("Sebanyak \(times.count) permohonan diberi pemberitahuan tertulis dengan waktu penyelesaian median \(median) hari kerja dan paling lama \(longest) hari kerja sejak diterima. " + timeliness(late: times.late, overdue: overdue, today: today))
            out.append("")
            out.append("| Waktu penyelesaian | Jumlah permohonan |")
            out.append("|---|---|")
            for (band, n) in zip(ResponseTimes.Band.allCases, times.bands) { out.append("| \(band.label.id) kerja | \(n) |") }
            out.append("")
            out.append("| Topik | Jumlah | Median (hari kerja) | Paling lama | Terlambat |")
            out.append("|---|---|---|---|---|")
            for (topic, t) in figures.byTopic {
                out.append("| \(topic.label.id) | \(t.count) | \(t.median ?? 0) | \(t.longest ?? 0) | \(t.late) |")
            }
            out.append("")
        } else {
            out.append("Belum ada permohonan yang diberi pemberitahuan tertulis pada tahun \(year)." + (overdue?.isEmpty == false ? " " + timeliness(late: 0, overdue: overdue, today: today) : ""))
            out.append("")
        }
        if let overdue, !overdue.isEmpty, let today {
            out.append("Permohonan yang belum dijawab dan telah melewati batas waktu per \(today):")
            out.append("")
            out.append("| No. Pendaftaran | Diterima | Batas waktu | Lewat (hari kerja) |")
            out.append("|---|---|---|---|")
            for r in overdue {
                let due = ledger.calendar.deadlineDays(of: r).inForce
                out.append("| \(r.number) | \(ledger.calendar.day(of: r.receivedAt)) | \(due) | \(ledger.calendar.workingDays(from: due, to: today)) |")
            }
            out.append("")
        }
        out.append(figures.extensions == 0 ? "Tidak ada perpanjangan jangka waktu." : "Jangka waktu diperpanjang pada \(figures.extensions) permohonan (Pasal 22 ayat 8).")
        let refused = total.count(.rejected) + total.count(.partial)
        if refused == 0 {
            out.append("Tidak ada permohonan yang ditolak atau dikabulkan sebagian.")
        } else {
            out.append("")
            out.append("Permohonan yang ditolak atau dikabulkan sebagian menurut alasannya:")
            out.append("")
            for (ground, n) in figures.grounds { out.append("- \(ground.label.id): \(n)") }
        }
        out.append("")
        out.append("## 2.7 Rincian Penyelesaian Sengketa Informasi Publik")
        out.append("")
        out.append(contentsOf: ObjectionSummary.paragraphs(ledger, year: year, office: office, today: today))
        return out.joined(separator: "\n") + "\n"
    }

    /// Whether the year's requests were answered on time, in words that never call it all on
    /// time while one is late or still unanswered past its deadline.
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
}
