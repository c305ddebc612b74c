import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore
import PPIDUI

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor register permohonan (CSV). / Import a request register (CSV).",
        discussion: "Semua baris diperiksa dahulu; bila ada yang salah, tidak ada yang ditulis. Nomor yang sudah ada dilewati, jadi impor boleh diulang."
    )

    @Argument(help: "Berkas CSV. / The CSV file.")
    var file: String

    @OptionGroup var folder: FolderOptions

    @OptionGroup var officer: OfficerOptions

    @Flag(name: .long, help: "Abaikan kolom yang tidak dikenal (disebutkan di akhir). / Leave out columns the register format does not know (named at the end).")
    var ignoreUnknownColumns = false

    func run() throws {
        try guarded { () throws(CLIError) in
            let now = try Clock.now()
            let summary = try store { () throws(StoreError) in
                let office = try Office(folder: folder.dataFolder)
                return try RegisterImport.run(file: file, into: office.log, by: officerName(officer.officer, config: office.config.officer), now: now, ignoringUnknownColumns: ignoreUnknownColumns)
            }
            let msg = Phrase(
                id: "\(summary.added) permohonan diimpor, \(summary.alreadyPresent) sudah ada.",
                en: "\(English.count(summary.added, "request")) imported, \(summary.alreadyPresent) already present."
            )
            print(msg(cliLanguage))
            for shown in summary.controlsShown { print(terminalSafe(shown.message(cliLanguage))) }
            if !summary.ignoredColumns.isEmpty {
                let names = summary.ignoredColumns.map { $0.isEmpty ? "\"\"" : $0 }.joined(separator: ", ")
                print(terminalSafe(Phrase(id: "Kolom diabaikan: \(names).", en: "Columns left out: \(names).")(cliLanguage)))
            }
        }
    }
}
