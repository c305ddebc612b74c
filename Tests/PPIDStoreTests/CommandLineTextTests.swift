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
            #expect(id.stderr.contains("Pemakaian: ppid-tui"))
            let en = try Binary.run("ppid-tui", ["--bogus"], environment: ["PPID_LANG": "en"], scratch: scratch)
            #expect(en.stderr.hasPrefix("Error: Unknown option '--bogus'"))
            let year = try Binary.run("ppid-tui", ["export", "--year", "x", "--format", "csv"], environment: ["PPID_LANG": "id"], scratch: scratch)
            #expect(year.stderr.hasPrefix("Kesalahan: Nilai 'x' tidak sah untuk '--year <year>'"), "\(year.stderr)")
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
