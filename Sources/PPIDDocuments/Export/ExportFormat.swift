import Foundation
import PPIDModel
import PPIDStore

/// The files `export` and the month board's `x` write.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Table 2.6.1 as CSV.
    case csv
    /// Table 2.6.1 in Markdown.
    case md
    /// The request register of LAW §5.
    case register
    /// The objection register of LAW §5.
    case objections
    /// The annual report in Markdown (Perki 1/2021 Pasal 56), or a period's summary.
    case report
    /// The sample register: one row per sample, each step's working time against its standard.
    case samples

    /// The file name in `exports/` for a year.
    public func fileName(year: Int, publicVariant: Bool = false) -> String {
        switch self {
        case .csv: "rekap-\(year).csv"
        case .md: "rekap-\(year).md"
        case .register: publicVariant ? "register-\(year)-publik.csv" : "register-\(year).csv"
        case .objections: publicVariant ? "keberatan-\(year)-publik.csv" : "keberatan-\(year).csv"
        case .report: "laporan-\(year).md"
        case .samples: publicVariant ? "sampel-\(year)-publik.csv" : "sampel-\(year).csv"
        }
    }

    /// The file's text. `now` is when a sample's step still running is counted to (without it,
    /// the sample register fills in finished steps only) and the day the report counts overdue
    /// requests on. `config` gives the report the office's facts; `period` narrows the report
    /// to a quarter or a semester (the other formats are always a whole year).
    public func render(
        _ ledger: Ledger, year: Int, officeName: String, separator: Character = ",", publicVariant: Bool = false, now: Date? = nil,
        config: OfficeConfig? = nil, period: ReportPeriod? = nil
    ) -> String {
        switch self {
        case .csv: RecapExport.csv(ledger.recap(year: year), separator: separator)
        case .md: RecapExport.markdown(ledger.recap(year: year), office: officeName)
        case .register: RegisterExport.csv(ledger, year: year, separator: separator, publicVariant: publicVariant)
        case .objections: ObjectionExport.csv(ledger, year: year, separator: separator, publicVariant: publicVariant)
        case .report:
            AnnualReport.document(ledger, period: period ?? ReportPeriod(year: year), context: AnnualReport.Context(
                officeName: officeName, facts: config?.report ?? ReportFacts(), serviceHours: config?.serviceHours ?? .standard,
                today: now.map { ledger.calendar.day(of: $0) }, identity: config?.identity ?? OfficeIdentity()
            )).markdown()
        case .samples: SampleExport.csv(ledger, year: year, now: now, separator: separator, publicVariant: publicVariant)
        }
    }
}

extension ExportWriter {
    /// What the month board's `x` writes: recap CSV and Markdown, register, objections, report
    /// draft, sample register.
    public static let yearSet: [ExportFormat] = [.csv, .md, .register, .objections, .report, .samples]

    /// Writes a year's set into the folder's `exports/`; returns the paths written.
    public static func writeYear(_ ledger: Ledger, year: Int, officeName: String, folder: DataFolder, now: Date? = nil, config: OfficeConfig? = nil) throws(StoreError) -> [String] {
        var paths: [String] = []
        try folder.prepareOutputFolder(folder.exportsPath)
        for format in yearSet {
            let path = folder.exportsPath + "/" + format.fileName(year: year)
            try write(format.render(ledger, year: year, officeName: officeName, now: now, config: config), to: path, folder: folder)
            paths.append(path)
        }
        return paths
    }
}
