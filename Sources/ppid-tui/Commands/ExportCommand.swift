import ArgumentParser
import Foundation
import PPIDDocuments
import PPIDModel
import PPIDStore

extension ExportFormat: ExpressibleByArgument {}

/// What `export --format` names: a text export, or one of the documents.
enum ExportChoice: ExpressibleByArgument {
    case text(ExportFormat)
    case docx
    case xlsx
    /// The e-Monev evidence pack: a folder of PDFs and their index.
    case evidence
    /// The list of public information (or its changes between two days).
    case dip
    /// The list of exempt information with its tests' summaries.
    case dik

    init?(argument: String) {
        switch argument {
        case "docx": self = .docx
        case "xlsx": self = .xlsx
        case "evidence": self = .evidence
        case "dip": self = .dip
        case "dik": self = .dik
        default:
            guard let f = ExportFormat(rawValue: argument) else { return nil }
            self = .text(f)
        }
    }

    static var allValueStrings: [String] { ExportFormat.allCases.map(\.rawValue) + ["docx", "xlsx", "evidence", "dip", "dik"] }
}

extension ReportPeriod {
    /// `--period`'s text, read once, when the arguments are parsed.
    static func argument(_ text: String) throws -> ReportPeriod {
        guard let period = ReportPeriod(text: text) else {
            throw ValidationError(
                "--period harus seperti 2026, 2026-Q1…Q4 atau 2026-S1/S2 / "
                    + "--period must look like 2026, 2026-Q1…Q4 or 2026-S1/S2")
        }
        return period
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor rekap atau register satu tahun. / Export a year's recap or register.",
        discussion: "csv: tabel 2.6.1; md: tabel yang sama dalam Markdown; register: register permohonan; objections: register keberatan; report: laporan tahunan lengkap (Bab I–III, Perki 1/2021 Pasal 56), atau ringkasan periode dengan --period; samples: register sampel, waktu kerja tiap langkah PK.TU-PJT.02 dan apakah memenuhi Mutu Baku; docx: laporan tahunan (Word); xlsx: buku kerja tahunan (Rekap 2.6.1, Register, Keberatan, Sampel, Waktu Layanan). evidence: bukti e-Monev (laporan, register versi publik, waktu layanan; PDF bila LibreOffice terpasang, dan indeksnya) ke folder --out atau exports/bukti-emonev-TAHUN/. dip: Daftar Informasi Publik per --as-of (bawaan: akhir tahun, atau hari ini) dengan keputusan PPID yang menetapkannya (.docx; .csv bila --out berakhiran .csv; --public untuk laman: tanpa nama penanggung jawab); dengan --changes DARI..SAMPAI: perubahan DIP di antara dua tanggal. dik: Daftar Informasi yang Dikecualikan dengan ringkasan tiap uji konsekuensi. docx, xlsx, dip dan dik ditulis ke exports/ bila --out tidak diberikan."
    )

    @Option(name: .long, help: "Tahun (boleh dihilangkan dengan --period). / Year (may be left out with --period).")
    var year: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Untuk report: ringkasan triwulan atau semester, mis. 2026-Q3, 2026-S1. / "
                + "For report: a quarter or semester summary, e.g. 2026-Q3, 2026-S1."),
        transform: ReportPeriod.argument)
    var period: ReportPeriod?

    @Option(name: .long, help: "csv, md, register, objections, report, samples, docx, xlsx, evidence, dip, dik")
    var format: ExportChoice

    @Option(name: .customLong("as-of"), help: "dip/dik: daftar per tanggal ini (YYYY-MM-DD). / The list as it read on this day.", transform: CivilDate.argument)
    var asOf: CivilDate?

    @Option(name: .long, help: "dip: perubahan sesudah DARI sampai SAMPAI, mis. 2026-01-01..2026-06-30. / The DIP's changes after FROM through TO.", transform: DayRange.argument)
    var changes: DayRange?

    @Option(name: .long, help: "Tulis ke berkas ini (bawaan: layar). / Write to this file (default: standard output).")
    var out: String?

    @Option(name: .long, help: "Pemisah kolom CSV, mis. ';' untuk spreadsheet berbahasa Indonesia. / CSV separator.")
    var sep: String = ","

    @Flag(name: .customLong("public"), help: "Versi publik register: inisial nama, tanpa alamat dan kontak. / Public variant.")
    var publicVariant = false

    @Flag(name: .long, help: "docx/xlsx/dip/dik: juga buat PDF di sampingnya (perlu LibreOffice). / Also make a PDF beside it.")
    var pdf = false

    @OptionGroup var folder: FolderOptions

    private var isText: Bool { if case .text = format { true } else { false } }
    private var isList: Bool { if case .dip = format { true } else if case .dik = format { true } else { false } }

    func validate() throws {
        if publicVariant, !isText, !isDIP { throw ValidationError("--public hanya untuk berkas CSV dan dip / --public only with the CSV files and dip") }
        if asOf != nil || changes != nil, !isList { throw ValidationError("--as-of dan --changes hanya untuk dip/dik / --as-of and --changes are for dip/dik only") }
        if changes != nil, !isDIP || asOf != nil { throw ValidationError("--changes hanya untuk dip, tanpa --as-of / --changes is for dip only, without --as-of") }
        if pdf, isList, out?.lowercased().hasSuffix(".csv") == true { throw ValidationError("--pdf tidak untuk berkas CSV / --pdf is not for a CSV file") }
        if pdf, isText { throw ValidationError("--pdf hanya untuk --format docx atau xlsx / --pdf only with --format docx or xlsx") }
        if pdf, case .evidence = format { throw ValidationError("--pdf tidak perlu untuk evidence: PDF dibuat bila LibreOffice ada / evidence makes PDFs wherever LibreOffice is, without --pdf") }
        guard sep.count == 1, let c = sep.first, c != "\"", !c.isNewline else {
            throw ValidationError("--sep harus satu karakter, mis. ',' atau ';' / --sep must be one character")
        }
        if let period {
            guard case .text(.report) = format else { throw ValidationError("--period hanya untuk --format report / --period is for --format report only") }
            if let year, year != period.year {
                throw ValidationError(
                    "--year \(year) berbeda dengan --period \(period.year) / --year differs from --period")
            }
        } else if isList, year == nil, asOf != nil || changes != nil {
            return
        } else {
            guard let year else { throw ValidationError("--year atau --period harus diisi / --year or --period is required") }
            guard (1900...9999).contains(year) else { throw ValidationError("--year harus tahun empat digit / --year must be a four-digit year") }
        }
    }

    func run() throws {
        try guarded { () throws(CLIError) in
            let office = try store { () throws(StoreError) in try Office(folder: folder.dataFolder, readOnly: true) }
            let now = try Clock.now()
            let year = period?.year ?? self.year ?? 0
            let format: ExportFormat
            switch self.format {
            case .text(let f):
                format = f
                if f == .report, let why = office.config.identity.refusal(folder: office.folder.path) { throw CLIError(why) }
            case .evidence:
                try writeEvidence(office, year: year, now: now)
                return
            case .dip, .dik:
                try writeList(office, year: year, now: now)
                return
            case .docx, .xlsx:
                let isReport: Bool = if case .docx = self.format { true } else { false }
                let path = out ?? office.folder.exportsPath + "/" + (isReport ? YearDocuments.reportName(year) : YearDocuments.workbookName(year))
                if out == nil { try store { () throws(StoreError) in try office.folder.prepareOutputFolder(office.folder.exportsPath) } }
                let report = try documents { () throws(DocumentError) -> ReportDocument? in
                    if isReport {
                        return try YearDocuments.writeReport(office.ledger, year: year, config: office.config, now: now, to: path, folder: office.folder)
                    }
                    try YearDocuments.writeWorkbook(office.ledger, year: year, now: now, to: path, folder: office.folder, office: office.config.officeName)
                    return nil
                }
                print(path)
                // How the report was made, beside it rather than in it (the path stays stdout's first line).
                if let report { FileHandle.standardError.write(Data((AnnualReport.message(report) + "\n").utf8)) }
                if pdf { try printPDF(path, office: office) }
                return
            }
            let text = format.render(
                office.ledger, year: year, officeName: office.config.officeName, separator: sep.first ?? ",",
                publicVariant: publicVariant, now: now, config: office.config, period: period
            )
            if let out {
                try store { () throws(StoreError) in try ExportWriter.write(text, to: out, folder: office.folder) }
            } else {
                // On a terminal or redirected to a file, names and subjects are inert alike.
                FileHandle.standardOutput.write(Data(InertText.forFile(text).utf8))
            }
            if format == .report {
                let report = AnnualReport.document(office.ledger, year: year, config: office.config, now: now, period: period)
                FileHandle.standardError.write(Data((AnnualReport.message(report) + "\n").utf8))
            }
        }
    }

    /// `--format evidence`: the pack into `--out` (a folder) or exports/bukti-emonev-YEAR/;
    /// prints the index's path, then each document's file or why it is missing.
    private func writeEvidence(_ office: Office, year: Int, now: Date) throws(CLIError) {
        if let named = office.config.libreOffice, Printing.office(configured: named) == nil {
            throw CLIError(Phrase(id: "\(office.folder.configPath): [office] libreoffice = \(named) tidak dapat dijalankan", en: "\(office.folder.configPath): [office] libreoffice = \(named) cannot be run"))
        }
        let soffice = Printing.office(configured: office.config.libreOffice)
        let dir = out ?? office.folder.exportsPath + "/" + EvidencePack.folderName(year)
        let context = EvidenceContext(ledger: office.ledger, year: year, config: office.config, folder: office.folder, directory: dir, now: now)
        let (entries, index) = try documents { () throws(DocumentError) in try EvidencePack.write(context, office: soffice) }
        print(index)
        for e in entries { print("\(e.file ?? "—"): \(e.title). \(e.note)") }
        if soffice == nil {
            FileHandle.standardError.write(Data(Phrase(id: "LibreOffice tidak terpasang: PDF tidak dibuat, berkas .docx/.xlsx disertakan.", en: "LibreOffice is not installed: no PDFs were made; the .docx/.xlsx files are in the pack instead.")(cliLanguage).utf8 + [0x0A]))
        }
    }
}
