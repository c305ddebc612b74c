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
                today: now.map { ledger.calendar.day(of: $0) }
            )).markdown()
        case .samples: SampleExport.csv(ledger, year: year, now: now, separator: separator, publicVariant: publicVariant)
        }
    }
}

/// Writes export files whole (temporary file, then rename).
public enum ExportWriter {
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

    /// Writes a text file (an export, a receipt) whole at `path`, an output of `folder`'s (see
    /// `OutputPath`), its controls made visible as the screen shows them: a `cat` of it shows a
    /// requester's escape sequence, never obeys it.
    public static func write(_ text: String, to path: String, folder: DataFolder) throws(StoreError) {
        try write(Data(InertText.forFile(text).utf8), to: path, folder: folder)
    }

    /// A new folder beside `path` only this user can enter (`mkdtemp`, 0700), for a library
    /// that writes its file by name: nothing another user plants can be followed or replaced
    /// in it. Put the file in place with `place(_:at:)`; remove the folder afterwards.
    public static func privateFolder(beside path: String) throws(StoreError) -> String {
        let dir = POSIXFile.parent(of: path)
        let base = (dir.isEmpty ? "." : dir) + "/." + (path as NSString).lastPathComponent + POSIXFile.tempMarker + "\(getpid())-XXXXXX"
        var template = Array(base.utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw POSIXFile.fail(dir, Phrase(id: "membuat folder sementara di", en: "create a temporary folder in"))
        }
        return String(decoding: template.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
    }

    /// Syncs `file` and renames it over `path` (the group's mode in a shared folder).
    public static func place(_ file: String, at path: String) throws(StoreError) {
        let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFile.fail(file, Phrase(id: "membuka", en: "open")) }
        _ = fchmod(fd, POSIXFile.fileMode(in: POSIXFile.parent(of: path)))
        let synced = fsync(fd) == 0
        close(fd)
        guard synced else { throw POSIXFile.fail(file, Phrase(id: "menyimpan ke disk", en: "sync to disk")) }
        guard rename(file, path) == 0 else { throw POSIXFile.fail(path, Phrase(id: "mengganti berkas", en: "replace the file")) }
        POSIXFile.syncFolder(POSIXFile.parent(of: path))
    }

    /// Makes a folder (owner-only) with its parents.
    public static func makeFolder(_ path: String) throws(StoreError) {
        try POSIXFile.makeFolder(path)
    }

    /// Writes bytes whole (a document) at `path`, an output of `folder`'s, owner-only, making
    /// its folder.
    public static func write(_ data: Data, to path: String, folder: DataFolder) throws(StoreError) {
        try stage(data, at: path, folder: folder).place()
    }

    /// Writes `data` into a new temporary file beside `path` (an output of `folder`'s, checked
    /// by `OutputPath` first; its folder made), fsynced but not yet in place: the caller puts
    /// it there or discards it, and the file at `path` is untouched until then.
    public static func stage(_ data: Data, at path: String, folder: DataFolder, templates: Bool = false) throws(StoreError) -> StagedOutput {
        try OutputPath.check(path, folder: folder, templates: templates)
        let dir = POSIXFile.parent(of: path)
        if !dir.isEmpty { try POSIXFile.makeFolder(dir) }
        return StagedOutput(path: path, temporary: try POSIXFile.stage(data, for: path))
    }
}
