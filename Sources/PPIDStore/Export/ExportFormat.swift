import Foundation
import PPIDModel

/// The files `export` and the month board's `x` write.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Table 2.6.1 as CSV.
    case csv
    /// Table 2.6.1 in Markdown.
    case md
    /// The request register of LAW §5.
    case register

    /// The file name in `exports/` for a year.
    public func fileName(year: Int, publicVariant: Bool = false) -> String {
        switch self {
        case .csv: "rekap-\(year).csv"
        case .md: "rekap-\(year).md"
        case .register: publicVariant ? "register-\(year)-publik.csv" : "register-\(year).csv"
        }
    }

    /// The file's text.
    public func render(_ ledger: Ledger, year: Int, officeName: String, separator: Character = ",", publicVariant: Bool = false) -> String {
        switch self {
        case .csv: RecapExport.csv(ledger.recap(year: year), separator: separator)
        case .md: RecapExport.markdown(ledger.recap(year: year), office: officeName)
        case .register: RegisterExport.csv(ledger, year: year, separator: separator, publicVariant: publicVariant)
        }
    }
}

/// Writes export files whole (temporary file, then rename).
public enum ExportWriter {
    public static func write(_ text: String, to path: String) throws(StoreError) {
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try POSIXFile.makeFolder(dir) }
        try POSIXFile.writeAtomically(Data(text.utf8), to: path)
    }
}
