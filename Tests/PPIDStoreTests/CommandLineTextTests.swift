import Foundation
import PPIDTestSupport
import Testing

/// The command line speaks the interface's language: `--version`, mistakes in the arguments,
/// and the store's messages under `PPID_LANG`.
@Suite struct CommandLineTextTests {
    @Test func versionIsPrinted() throws {
        try withScratch { scratch in
            let run = try Binary.run("ppid-tui", ["--version"], scratch: scratch)
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix("ppid-tui "))
        }
    }

    @Test func argumentMistakesAreToldInTheInterfacesLanguage() throws {
        try withScratch { scratch in
            let id = try Binary.run("ppid-tui", ["--bogus"], environment: ["PPID_LANG": "id"], scratch: scratch)
            #expect(id.status == 64)
            #expect(id.stderr.hasPrefix("Kesalahan: Opsi tidak dikenal '--bogus'"), "\(id.stderr)")
            #expect(id.stderr == "Kesalahan: Opsi tidak dikenal '--bogus'\nLihat 'ppid-tui --help' untuk keterangan lebih lanjut.\n")
            let en = try Binary.run("ppid-tui", ["--bogus"], environment: ["PPID_LANG": "en"], scratch: scratch)
            #expect(en.stderr.hasPrefix("Error: Unknown option '--bogus'"))
            let year = try Binary.run("ppid-tui", ["export", "--year", "x", "--format", "csv"], environment: ["PPID_LANG": "id"], scratch: scratch)
            #expect(year.stderr.hasPrefix("Kesalahan: Nilai 'x' tidak sah untuk '--year <year>'"), "\(year.stderr)")
        }
    }

    /// Issue 21: a mistake is told in one language on two lines at most: the mistake (with the
    /// values allowed, on the same line) and where the help is; no usage line, no option help
    /// in both languages.
    @Test func argumentMistakesAreOneLanguageAndTwoLines() throws {
        try withScratch { scratch in
            for (lang, foreign) in [("id", ["Please", "Help:", "Usage:", " / "]), ("en", ["Pilih", "Bantuan:", "Pemakaian:", " / "])] {
                for args in [["export", "--format", "nope"], ["export", "--year", "x", "--format", "csv"], ["export"], ["--bogus"]] {
                    let run = try Binary.run("ppid-tui", args, environment: ["PPID_LANG": lang], scratch: scratch)
                    #expect(run.status == 64)
                    let lines = run.stderr.split(separator: "\n")
                    #expect(lines.count <= 2, "\(args) \(lang): \(run.stderr)")
                    for word in foreign { #expect(!run.stderr.contains(word), "\(args) \(lang): \(run.stderr)") }
                }
            }
            let format = try Binary.run("ppid-tui", ["export", "--format", "nope"], environment: ["PPID_LANG": "id"], scratch: scratch)
            #expect(format.stderr.hasPrefix("Kesalahan: Nilai 'nope' tidak sah untuk '--format <format>'. Pilih salah satu: csv, md, register,"))
        }
    }

    /// Without a subcommand the app opens: the usage line shows it as optional.
    @Test func theUsageLineShowsTheSubcommandAsOptional() throws {
        try withScratch { scratch in
            let help = try Binary.run("ppid-tui", ["--help"], scratch: scratch)
            #expect(help.stdout.contains("[--read-only] [<subcommand>]"), "\(help.stdout)")
        }
    }

    @Test func underEnglishAMissingFileIsToldInEnglishOnly() throws {
        try withScratch { scratch in
            let en = try Binary.run("ppid-tui", ["import", scratch + "/none.csv", "--data", scratch + "/data"], environment: ["PPID_LANG": "en"], scratch: scratch)
            #expect(en.status != 0)
            #expect(en.stderr == "ppid-tui: Could not read \(scratch)/none.csv: not found\n")
            let id = try Binary.run("ppid-tui", ["import", scratch + "/none.csv", "--data", scratch + "/data"], environment: ["PPID_LANG": "id"], scratch: scratch)
            #expect(id.stderr == "ppid-tui: Gagal membaca \(scratch)/none.csv: tidak ada\n")
        }
    }
}
