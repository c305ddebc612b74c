import PPIDModel

/// §2.6.3: the requests the year took over from the year before, open at its end, and those
/// it leaves open to the next (LAW §6). Table 2.6.1 counts requests by the month they came in,
/// so the ones carried over are not in it: they are listed here.
extension AnnualReport {
    static func openRequests(_ d: inout ReportDocument, _ ledger: Ledger, year: Int, context c: Context, level: Int) {
        let cal = ledger.calendar
        d.heading(level, "2.6.3 Permohonan dari Tahun Sebelumnya dan yang Belum Selesai")
        let carried = ledger.carriedOver(into: year)
        if carried.isEmpty {
            d.paragraph("Tidak ada permohonan tahun sebelumnya yang masih dalam proses pada 31 Desember \(year - 1).")
        } else {
            d.paragraph("Sebanyak \(carried.count) permohonan yang diterima sebelum tahun \(year) masih dalam proses pada 31 Desember \(year - 1) dan dibawa ke tahun \(year); permohonan ini tidak termasuk dalam tabel 2.6.1.")
            d.table(["No. Pendaftaran", "Diterima", "Penyelesaian"], carried.map { r in
                [r.number, cal.day(of: r.receivedAt).description, ending(r, ledger)]
            })
        }
        let end = yearEnd(year, today: c.today)
        let open = ledger.openAtEnd(of: end)
        let atYearEnd = end.month == 12 && end.day == 31
        let when = atYearEnd ? "pada 31 Desember \(year)" : "per \(end)"
        if open.isEmpty {
            d.paragraph("Tidak ada permohonan yang masih dalam proses \(when).")
        } else {
            let older = open.filter { cal.day(of: $0.receivedAt).year < year }.count
            d.paragraph("Sebanyak \(open.count) permohonan masih dalam proses \(when)" + (older > 0 ? " (\(older) di antaranya diterima sebelum tahun \(year))" : "") + (atYearEnd ? " dan dibawa ke tahun \(year + 1):" : ":"))
            d.table(["No. Pendaftaran", "Diterima", "Batas waktu"], open.map { r in
                [r.number, cal.day(of: r.receivedAt).description, cal.deadlineDays(of: r).inForce.description]
            })
        }
    }

    /// How a carried-over request ended: its decision and notice, its withdrawal, or still open.
    static func ending(_ r: Request, _ ledger: Ledger) -> String {
        if let d = r.decision { return "\(d.decided.outcome.label.id), pemberitahuan \(d.decided.noticeOn)" }
        if let w = r.withdrawal { return "Dicabut \(ledger.calendar.day(of: w.withdrawnAt))" }
        return "Masih dalam proses"
    }
}
