import Foundation
import PPIDModel
import PPIDStore

/// The annual report as a `.docx`: the report draft's sections (`ReportDraft`), with real
/// headings and its tables (2.6.1 first) as real tables.
///
/// The draft is the program's own Markdown, in a small fixed subset, so the document follows
/// it section for section: `#` the title, `##`/`###` headings, `|` rows a table, `- ` a
/// bullet, `_…_` an italic line, `**…**` bold.
public enum ReportDocx {
    public static func blocks(_ ledger: Ledger, year: Int, office: String) -> [Block] {
        blocks(markdown: ReportDraft.markdown(ledger, year: year, office: office))
    }

    public static func make(_ ledger: Ledger, year: Int, office: String) throws(DocumentError) -> Data {
        try Docx.make(blocks(ledger, year: year, office: office))
    }

    static func blocks(markdown: String) -> [Block] {
        var out: [Block] = []
        var table: [[String]] = []
        func flushTable() {
            guard let header = table.first else { return }
            let rows = Array(table.dropFirst())
            let bold = rows.last?.first?.hasPrefix("**") == true
            out.append(.table(header: header, rows: rows.map { $0.map(plain) }, boldLastRow: bold))
            table = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
                if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }  // the rule under the header
                table.append(cells)
                continue
            }
            flushTable()
            if line.hasPrefix("### ") {
                out.append(.heading(2, String(line.dropFirst(4))))
            } else if line.hasPrefix("## ") {
                out.append(.heading(1, String(line.dropFirst(3))))
            } else if line.hasPrefix("# ") {
                out.append(.title([Run(String(line.dropFirst(2)))]))
            } else if line.hasPrefix("- ") {
                out.append(.bullet(runs(String(line.dropFirst(2)))))
            } else if line.count > 2, line.hasPrefix("_"), line.hasSuffix("_") {
                out.append(.paragraph([Run(String(line.dropFirst().dropLast()), italic: true)], .both))
            } else if !line.isEmpty {
                out.append(.paragraph(runs(line), .both))
            }
        }
        flushTable()
        return out
    }

    static func plain(_ s: String) -> String { s.replacingOccurrences(of: "**", with: "") }

    /// `**bold**` spans as bold runs.
    static func runs(_ s: String) -> [Run] {
        s.components(separatedBy: "**").enumerated().compactMap { i, part in part.isEmpty ? nil : Run(part, bold: i % 2 == 1) }
    }
}

/// The year's documents beside the text exports: the report (.docx) and the workbook (.xlsx).
public enum YearDocuments {
    public static func reportName(_ year: Int) -> String { "laporan-\(year).docx" }
    public static func workbookName(_ year: Int) -> String { "buku-kerja-\(year).xlsx" }

    public static func writeReport(_ ledger: Ledger, year: Int, officeName: String, to path: String) throws(DocumentError) {
        try Letters.write(try ReportDocx.make(ledger, year: year, office: officeName), to: path)
    }

    public static func writeWorkbook(_ ledger: Ledger, year: Int, now: Date?, to path: String) throws(DocumentError) {
        try YearWorkbook.write(YearWorkbook.sheets(ledger, year: year, now: now), to: path)
    }

    /// Both into the folder's `exports/` (what the month board's `x` adds); their paths.
    public static func write(_ ledger: Ledger, year: Int, officeName: String, folder: DataFolder, now: Date?) throws(DocumentError) -> [String] {
        let report = folder.exportsPath + "/" + reportName(year)
        let workbook = folder.exportsPath + "/" + workbookName(year)
        do { try folder.prepareOutputFolder(folder.exportsPath) } catch { throw .store(error) }
        try writeReport(ledger, year: year, officeName: officeName, to: report)
        try writeWorkbook(ledger, year: year, now: now, to: workbook)
        return [report, workbook]
    }
}
