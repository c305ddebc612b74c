import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore
import PPIDUI

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor register permohonan, DIP atau DIK (CSV). / Import a request register, a DIP or a DIK (CSV).",
        discussion: "Semua baris diperiksa dahulu; bila ada yang salah, tidak ada yang ditulis. Nomor yang sudah ada dilewati, jadi impor boleh diulang."
    )

    @Argument(help: "Berkas CSV register permohonan. / The request register's CSV file.")
    var file: String?

    @Option(name: .customLong("dip"), help: "Berkas CSV Daftar Informasi Publik. / A list of public information (DIP), CSV.")
    var dip: String?

    @Option(name: .customLong("dik"), help: "Berkas CSV Daftar Informasi yang Dikecualikan (uji konsekuensi). / A list of exempt information (DIK: consequence tests), CSV.")
    var dik: String?

    @OptionGroup var folder: FolderOptions

    @OptionGroup var officer: OfficerOptions

    @Flag(name: .long, help: "Abaikan kolom yang tidak dikenal (disebutkan di akhir). / Leave out columns the register format does not know (named at the end).")
    var ignoreUnknownColumns = false

    func validate() throws {
        guard [file, dip, dik].compactMap({ $0 }).count == 1 else {
            throw ValidationError("berikan satu: FILE, --dip FILE, atau --dik FILE / give one of: FILE, --dip FILE, --dik FILE")
        }
    }

    func run() throws {
        if let list = dip ?? dik { return try runList(dip != nil ? .dip : .dik, file: list) }
        guard let file else { return }
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

    /// `--dip` or `--dik`: the list's rows, each new, already present, or (DIP) updated.
    private func runList(_ kind: ListImport.Kind, file: String) throws {
        try guarded { () throws(CLIError) in
            let now = try Clock.now()
            let summary = try store { () throws(StoreError) in
                let office = try Office(folder: folder.dataFolder)
                return try ListImport.run(kind, file: file, into: office.log, by: officerName(officer.officer, config: office.config.officer), now: now)
            }
            let list = kind == .dip ? "DIP" : "DIK"
            print(Phrase(
                id: "\(list): \(summary.added) entri diimpor, \(summary.updated) diperbarui, \(summary.alreadyPresent) sudah ada.",
                en: "\(list): \(English.count(summary.added, "entry", "entries")) imported, \(summary.updated) updated, \(summary.alreadyPresent) already present."
            )(cliLanguage))
        }
    }
}
