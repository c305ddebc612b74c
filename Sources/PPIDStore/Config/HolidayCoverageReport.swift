import PPIDModel

/// What `check` says about the holiday table: the years it covers and where from, and every
/// uncovered year an open deadline counts through, with what to add (issue 14 item 6).
public enum HolidayCoverageReport {
    /// The lines to print, and whether any is a warning.
    public static func lines(config: OfficeConfig, ledger: Ledger, today: CivilDate, _ lang: Language) throws(StoreError) -> (lines: [String], warnings: Int) {
        let all = try config.holidays()
        let bundled = WorkingCalendar.yearsCovered(by: all.filter { $0.source == .bundled })
        let fromConfig = WorkingCalendar.yearsCovered(by: all.filter { $0.source == .config }).subtracting(bundled)
        var parts = [ranges(bundled) + Phrase(id: " (tabel bawaan)", en: " (bundled table)")(lang)]
        if !fromConfig.isEmpty { parts.append(ranges(fromConfig) + " (config.toml)") }
        var out = [Phrase(id: "Tabel hari libur: ", en: "Holiday table: ")(lang) + parts.joined(separator: ", ")]
        let bundledDays = Set(try HolidayTable.bundled().map(\.date.ordinal))
        let changed = config.removedHolidays.filter { bundledDays.contains($0.ordinal) }.count
            + config.extraHolidays.filter { bundledDays.contains($0.date.ordinal) }.count
        if changed > 0 {
            out.append(Phrase(id: "  \(changed) hari bawaan dihapus atau dikoreksi di config.toml", en: "  \(changed) bundled days removed or corrected in config.toml")(lang))
        }
        let gaps = ledger.holidayCoverageGaps(today: today)
        for gap in gaps {
            let numbers = gap.numbers.isEmpty
                ? Phrase(id: "batas waktu permohonan yang diterima hari ini", en: "the deadline of a request received today")(lang)
                : Phrase(id: "batas waktu ", en: "the deadlines of ")(lang) + gap.numbers.prefix(10).joined(separator: ", ") + (gap.numbers.count > 10 ? Phrase(id: " dan \(gap.numbers.count - 10) lainnya", en: " and \(gap.numbers.count - 10) more")(lang) : "")
            out.append(Phrase(
                id: "PERINGATAN: tahun \(gap.year) belum ada di tabel hari libur; \(numbers) dihitung melewati \(gap.year) tanpa libur nasional dan cuti bersama. Tambahkan SKB 3 Menteri tahun \(gap.year) di config.toml ([[holidays]]).",
                en: "WARNING: \(gap.year) is not in the holiday table; \(numbers) count through \(gap.year) without its holidays and collective leave. Add the \(gap.year) joint decree (SKB 3 Menteri) to config.toml ([[holidays]])."
            )(lang))
        }
        return (out, gaps.count)
    }

    /// `2015–2027, 2029` from a set of years.
    static func ranges(_ years: Set<Int>) -> String {
        var out: [String] = []
        var run: (Int, Int)?
        for y in years.sorted() {
            if let r = run, y == r.1 + 1 { run = (r.0, y); continue }
            if let r = run { out.append(r.0 == r.1 ? "\(r.0)" : "\(r.0)–\(r.1)") }
            run = (y, y)
        }
        if let r = run { out.append(r.0 == r.1 ? "\(r.0)" : "\(r.0)–\(r.1)") }
        return out.isEmpty ? "—" : out.joined(separator: ", ")
    }
}
