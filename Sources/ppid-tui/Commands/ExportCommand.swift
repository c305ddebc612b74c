import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor rekap atau register satu tahun. / Export a year's recap or register.",
        discussion: "csv: tabel 2.6.1; md: tabel yang sama dalam Markdown; register: register permohonan; objections: register keberatan; report: laporan tahunan lengkap (Bab I–III, Perki 1/2021 Pasal 56), atau ringkasan periode dengan --period; samples: register sampel, waktu kerja tiap langkah PK.TU-PJT.02 dan apakah memenuhi Mutu Baku."
    )

    @Option(name: .long, help: "Tahun (boleh dihilangkan dengan --period). / Year (may be left out with --period).")
    var year: Int?

    @Option(name: .long, help: "Untuk report: ringkasan triwulan atau semester, mis. 2026-Q3, 2026-S1. / For report: a quarter or semester summary, e.g. 2026-Q3, 2026-S1.")
    var period: String?

    @Option(name: .long, help: "csv, md, register, objections, report, samples")
    var format: ExportFormat

    @Option(name: .long, help: "Tulis ke berkas ini (bawaan: layar). / Write to this file (default: standard output).")
    var out: String?

    @Option(name: .long, help: "Pemisah kolom CSV, mis. ';' untuk spreadsheet berbahasa Indonesia. / CSV separator.")
    var sep: String = ","

    @Flag(name: .customLong("public"), help: "Versi publik register: inisial nama, tanpa alamat dan kontak. / Public variant.")
    var publicVariant = false

    @OptionGroup var folder: FolderOptions

    func validate() throws {
        guard sep.count == 1, let c = sep.first, c != "\"", !c.isNewline else {
            throw ValidationError("--sep harus satu karakter, mis. ',' atau ';' / --sep must be one character")
        }
        if let period {
            guard let p = ReportPeriod(text: period) else {
                throw ValidationError("--period harus seperti 2026, 2026-Q1…Q4 atau 2026-S1/S2 / --period must look like 2026, 2026-Q1…Q4 or 2026-S1/S2")
            }
            guard format == .report else { throw ValidationError("--period hanya untuk --format report / --period is for --format report only") }
            if let year, year != p.year { throw ValidationError("--year \(year) berbeda dengan --period \(period) / --year differs from --period") }
        } else {
            guard let year else { throw ValidationError("--year atau --period harus diisi / --year or --period is required") }
            guard (1900...9999).contains(year) else { throw ValidationError("--year harus tahun empat digit / --year must be a four-digit year") }
        }
    }

    func run() throws {
        try guarded { () throws(CLIError) in
            let office = try store { () throws(StoreError) in try Office(folder: folder.dataFolder, readOnly: true) }
            let now = try Clock.now()
            let reportPeriod = period.flatMap(ReportPeriod.init(text:))
            let text = format.render(
                office.ledger, year: reportPeriod?.year ?? year ?? 0, officeName: office.config.officeName, separator: sep.first ?? ",",
                publicVariant: publicVariant, now: now, config: office.config, period: reportPeriod
            )
            if let out {
                try store { () throws(StoreError) in try ExportWriter.write(text, to: out) }
            } else {
                // On a terminal, names and subjects are shown inert; redirected, byte for byte.
                FileHandle.standardOutput.write(Data((isatty(STDOUT_FILENO) == 1 ? terminalSafe(text) : text).utf8))
            }
        }
    }
}
