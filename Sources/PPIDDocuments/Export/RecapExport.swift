import PPIDModel

/// Table 2.6.1 of the annual report as CSV or Markdown.
public enum RecapExport {
    /// The header of the recap CSV, exactly as the report's table.
    public static let header = ["Bulan"] + Channel.allCases.map { $0.label.id } + Outcome.allCases.map { $0.label.id }

    private static func cells(_ row: RecapRow) -> [String] {
        Channel.allCases.map { String(row.count($0)) } + Outcome.allCases.map { String(row.count($0)) }
    }

    /// Header, twelve months Januari … Desember, then `Jumlah`.
    public static func csv(_ recap: MonthlyRecap, separator: Character = ",") -> String {
        var w = CSVWriter(separator: separator)
        w.row(header)
        for (i, row) in recap.months.enumerated() { w.row([MonthlyRecap.monthNames[i]] + cells(row)) }
        w.row(["Jumlah"] + cells(recap.total))
        return w.text
    }

    /// The same table in Markdown, with the withdrawn and still-open requests beside it.
    public static func markdown(_ recap: MonthlyRecap, office: String) -> String {
        var lines = [
            "# Rekapitulasi Permohonan Informasi Publik \(recap.year)",
            "",
            office,
            "",
            "| " + (header + ["Dicabut", "Dalam Proses"]).joined(separator: " | ") + " |",
            "|" + Array(repeating: "---|", count: header.count + 2).joined(),
        ]
        func line(_ name: String, _ row: RecapRow) -> String {
            "| " + ([name] + cells(row) + [String(row.withdrawn), String(row.open)]).joined(separator: " | ") + " |"
        }
        for (i, row) in recap.months.enumerated() { lines.append(line(MonthlyRecap.monthNames[i], row)) }
        lines.append(line("**Jumlah**", recap.total))
        lines.append("")
        lines.append("Permohonan yang dicabut atau masih dalam proses dihitung sebagai pemohon, tetapi tidak pada kolom keputusan.")
        return lines.joined(separator: "\n") + "\n"
    }
}
