import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore

@main
struct PPIDTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ppid-tui",
        abstract: "Meja layanan PPID: antrian permohonan, papan sampel, rekap bulanan.",
        // The subcommand is optional: without one the full-screen app opens.
        usage: "ppid-tui [--data <data>] [--officer <officer>] [--demo] [--read-only] [<subcommand>]",
        discussion: "Tanpa subperintah, membuka layar penuh. / Without a subcommand, opens the full-screen app.",
        version: PPIDTUI.version,
        subcommands: [ImportCommand.self, ExportCommand.self, CheckCommand.self, LetterCommand.self, TemplatesCommand.self, InitCommand.self, ServeCommand.self]
    )

    /// What `--version` prints.
    static let version = "ppid-tui 0.15.0"

    /// As ArgumentParser's own main, but a mistake in the arguments is told in the interface's
    /// language (`PPID_LANG`), like every other message.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // A command's own failure was told already, in the interface's language.
            if let done = error as? ExitCode { Foundation.exit(done.rawValue) }
            let code = exitCode(for: error)
            // Help and --version are not mistakes: printed as ArgumentParser prints them.
            guard code != .success else { exit(withError: error) }
            let message = ArgumentText.short(fullMessage(for: error), cliLanguage)
            FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
            Foundation.exit(code.rawValue)
        }
    }

    @OptionGroup var folder: FolderOptions

    @OptionGroup var officer: OfficerOptions

    @Flag(name: .long, help: "Buka salinan sementara data contoh. / Open a fresh temporary copy of the demo data.")
    var demo = false

    @Flag(name: .customLong("read-only"), help: "Buka tanpa menulis apa pun. / Open without writing anything.")
    var readOnly = false

    func run() throws {
        try guarded { () throws(CLIError) in
            try App.launch(folder: folder.dataFolder, officer: officer.officer, demo: demo, readOnly: readOnly)
        }
    }
}

/// `--data DIR`, shared by every command.
struct FolderOptions: ParsableArguments {
    @Option(name: .long, help: "Folder data (bawaan: $PPID_DATA, $XDG_DATA_HOME/ppid, ~/.local/share/ppid). / Data folder.")
    var data: String?

    var dataFolder: DataFolder { DataFolder(path: data ?? DataFolder.defaultPath()) }
}

/// `--officer NAME`, shared by the app and `import`. An option group, not a plain option in
/// each: ArgumentParser gives a plain option declared by both to the parent command only, so
/// `import --officer` was silently ignored.
struct OfficerOptions: ParsableArguments {
    @Option(name: .long, help: "Nama petugas yang dicatat pada setiap kejadian. / The officer recorded on every event.")
    var officer: String?
}
