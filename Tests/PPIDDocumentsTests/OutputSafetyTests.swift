import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
@testable import PPIDDocuments
#if canImport(Glibc)
import Glibc
#endif

/// Issue 20: no output is ever written over the log or the folder's other own files, a failed
/// record never deletes a letter, a template is never read through a link, and a PDF is never
/// written through one. The commands are run as the officer runs them.
@Suite struct OutputSafetyTests {
    static let now = "2025-11-24T09:00:00+07:00"

    func run(_ base: String, _ arguments: [String], path: String? = nil) throws -> Binary.Run {
        var environment = ["PPID_NOW": Self.now]
        if let path { environment["PATH"] = path }
        return try Binary.run("ppid-tui", arguments + ["--data", base + "/data"], environment: environment, scratch: base)
    }

    /// `check` still reads every event of the 2019 register and finds nothing wrong.
    func expectCheckClean(_ base: String, events: Int) throws {
        let check = try run(base, ["check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("Events read: \(events)"), "\(check.stdout)")
    }

    @Test func letterOutAtTheLogIsRefusedAndTheLogStays() throws {
        try withScratch { base in
            let office = try office2019(base)
            let log = office.folder.logPath
            let before = try readBytes(log)
            let letter = try run(base, ["letter", "--request", "PPID-2019-001", "--kind", "receipt", "--out", log])
            #expect(letter.status != 0)
            #expect(letter.stderr.contains(log), "\(letter.stderr)")
            #expect(try readBytes(log) == before, "the log changed")
            try expectCheckClean(base, events: office.ledger.eventCount)
        }
    }

    @Test func exportOutAtTheLogOrTheConfigIsRefused() throws {
        try withScratch { base in
            let office = try office2019(base)
            let folder = office.folder
            let log = try readBytes(folder.logPath), config = try readBytes(folder.configPath)
            #expect(link(folder.logPath, base + "/log-again") == 0)
            #expect(symlink(folder.configPath, base + "/config-link") == 0)
            let targets = [folder.logPath, folder.exportsPath + "/../config.toml", base + "/log-again", base + "/config-link", base + "/data/recovery/x.csv", base + "/data/mine.csv"]
            for out in targets {
                let export = try run(base, ["export", "--year", "2019", "--format", "csv", "--out", out])
                #expect(export.status != 0, "\(out) was written")
                #expect(export.stderr.contains(out), "\(export.stderr)")
            }
            #expect(try readBytes(folder.logPath) == log)
            #expect(try readBytes(base + "/log-again") == log)
            #expect(try readBytes(folder.configPath) == config)
            #expect(!FileManager.default.fileExists(atPath: base + "/data/mine.csv"))
            try expectCheckClean(base, events: office.ledger.eventCount)
            // Its own folders and places outside the data folder are as before.
            #expect(try run(base, ["export", "--year", "2019", "--format", "csv", "--out", folder.exportsPath + "/rekap.csv"]).status == 0)
            #expect(try run(base, ["export", "--year", "2019", "--format", "csv", "--out", base + "/rekap.csv"]).status == 0)
        }
    }

    @Test func aLetterWhoseRecordFailsKeepsTheEarlierLetter() throws {
        try withScratch { base in
            let office = try office2019(base)
            let first = try run(base, ["letter", "--request", "PPID-2019-001", "--kind", "receipt"])
            #expect(first.status == 0, "\(first.stderr)")
            let letter = office.folder.lettersPath + "/PPID-2019-001-receipt.docx"
            let earlier = try readBytes(letter)
            // A line from a newer version: the folder opens read-only, so no record can be made.
            let lines = String(decoding: try readBytes(office.folder.logPath), as: UTF8.self).split(separator: "\n")
            let newer = try #require(lines.last).replacingOccurrences(of: "{\"v\":1,", with: "{\"v\":2,")
            try appendRaw(Array((newer + "\n").utf8), to: office.folder.logPath)
            let second = try run(base, ["letter", "--request", "PPID-2019-001", "--kind", "receipt", "--officer", "Other"])
            #expect(second.status != 0)
            #expect(try readBytes(letter) == earlier, "the earlier letter was replaced or deleted")
            let left = try FileManager.default.contentsOfDirectory(atPath: office.folder.lettersPath)
            #expect(left == ["PPID-2019-001-receipt.docx"], "\(left)")
        }
    }

    @Test func exportDocxThroughASymlinkedExportsFolderIsRefused() throws {
        try withScratch { base in
            let office = try office2019(base)
            let elsewhere = base + "/elsewhere"
            try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
            #expect(symlink(elsewhere, office.folder.exportsPath) == 0)
            for format in ["docx", "xlsx"] {
                let export = try run(base, ["export", "--year", "2019", "--format", format])
                #expect(export.status != 0)
                #expect(export.stderr.contains(office.folder.exportsPath) && export.stderr.contains("symbolic link"), "\(export.stderr)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
        }
    }

    // MARK: Templates

    @Test func aSymlinkedTemplateIsNotFollowed() throws {
        try withScratch { base in
            let office = try office2019(base)
            let secret = base + "/officer-private.docx"
            try Docx.make([.text("RAHASIA PRIBADI {{nomor}}")]).write(to: URL(fileURLWithPath: secret))
            try FileManager.default.createDirectory(atPath: office.folder.templatesPath, withIntermediateDirectories: true)
            #expect(symlink(secret, office.folder.templatesPath + "/receipt.docx") == 0)
            let letter = try run(base, ["letter", "--request", "PPID-2019-001", "--kind", "receipt"])
            #expect(letter.status != 0)
            #expect(letter.stderr.contains("receipt.docx") && letter.stderr.contains("symbolic link"), "\(letter.stderr)")
            #expect(!FileManager.default.fileExists(atPath: office.folder.lettersPath + "/PPID-2019-001-receipt.docx"))
        }
    }

    @Test func aFolderOrFifoTemplateIsRefusedNotSilentlyReplacedByTheDefault() throws {
        try withScratch { base in
            let office = try office2019(base)
            let template = office.folder.templatesPath + "/receipt.docx"
            try FileManager.default.createDirectory(atPath: template, withIntermediateDirectories: true)
            let r = try #require(office.ledger["PPID-2019-001"])
            func make() throws { _ = try Letters.make(.receipt, request: r, objection: nil, office: office, officeName: "X", officer: "Rina", now: Date()) }
            #expect { try make() } throws: { ($0 as? DocumentError)?.message.en.contains("a folder, not a regular file") ?? false }
            try FileManager.default.removeItem(atPath: template)
            #expect(mkfifo(template, 0o600) == 0)
            #expect { try make() } throws: { ($0 as? DocumentError)?.message.en.contains("FIFO") ?? false }
        }
    }

    @Test func aTemplateWithAnotherNameOrAStrangersIsRefused() throws {
        try withScratch { base in
            let office = try office2019(base)
            _ = try Letters.writeTemplates(into: office.folder)
            let template = office.folder.templatesPath + "/receipt.docx"
            let r = try #require(office.ledger["PPID-2019-001"])
            func make() throws { _ = try Letters.make(.receipt, request: r, objection: nil, office: office, officeName: "X", officer: "Rina", now: Date()) }
            try make()
            #expect(link(template, base + "/another-name") == 0)
            #expect { try make() } throws: { ($0 as? DocumentError)?.message.en.contains("hard link") ?? false }
            #expect(unlink(base + "/another-name") == 0)
            // Only root can give a file away.
            guard geteuid() == 0 else { return }
            #expect(chown(template, 54321, 54321) == 0)
            #expect { try make() } throws: { ($0 as? DocumentError)?.message.en.contains("neither its owner nor its group") ?? false }
        }
    }

    // MARK: PDFs

    @Test func aSymlinkAtThePDFsNameIsNotFollowed() throws {
        guard Printing.office() != nil else { return }  // LibreOffice is optional
        try withScratch { base in
            let office = try office2019(base)
            let victim = base + "/victim.txt"
            try writeBytes(Array("the officer's own file\n".utf8), to: victim)
            #expect(chmod(victim, 0o644) == 0)
            try FileManager.default.createDirectory(atPath: office.folder.lettersPath, withIntermediateDirectories: true)
            let pdf = office.folder.lettersPath + "/PPID-2019-001-receipt.pdf"
            #expect(symlink(victim, pdf) == 0)
            let letter = try run(base, ["letter", "--request", "PPID-2019-001", "--kind", "receipt", "--pdf"])
            #expect(letter.status == 0, "\(letter.stderr)")
            #expect(try readBytes(victim) == Array("the officer's own file\n".utf8), "the victim was overwritten")
            #expect(permissions(victim) == 0o644, "chmod followed the link")
            #expect(try readBytes(pdf).starts(with: Array("%PDF".utf8)))
            var st = stat()
            #expect(lstat(pdf, &st) == 0 && st.st_mode & S_IFMT == S_IFREG)
            let left = try FileManager.default.contentsOfDirectory(atPath: office.folder.lettersPath).filter { $0.contains(".tmp-") }
            #expect(left.isEmpty, "\(left)")
        }
    }

    /// Found by the red team: `--out report.docx --pdf` (a relative name) handed LibreOffice a
    /// relative HOME and TMPDIR, and Writer crashed ("Unspecified Application Error").
    @Test func aPDFBesideARelativeOutIsMade() throws {
        guard Printing.office() != nil else { return }  // LibreOffice is optional
        try withScratch { base in
            _ = try office2019(base)
            let export = try Binary.run(
                "ppid-tui", ["export", "--year", "2019", "--format", "docx", "--out", "report.docx", "--pdf", "--data", base + "/data"],
                environment: ["PPID_NOW": Self.now], scratch: base, directory: base
            )
            #expect(export.status == 0, "\(export.stderr)")
            #expect((try? readBytes(base + "/report.pdf"))?.starts(with: Array("%PDF".utf8)) == true, "no PDF: \(export.stderr)")
        }
    }

    @Test func libreOfficeIsNeverTakenFromThePath() throws {
        guard let real = Printing.office() else { return }
        try withScratch { base in
            _ = try office2019(base)
            let fake = base + "/bin"
            try FileManager.default.createDirectory(atPath: fake, withIntermediateDirectories: true)
            for name in ["soffice", "libreoffice"] {
                try writeBytes(Array("#!/bin/sh\ntouch \(base)/fake-ran\nexit 1\n".utf8), to: fake + "/" + name)
                #expect(chmod(fake + "/" + name, 0o755) == 0)
            }
            let letter = try run(base, ["letter", "--request", "PPID-2019-001", "--kind", "receipt", "--pdf"], path: fake + ":/usr/bin:/bin")
            #expect(letter.status == 0, "\(letter.stderr)")
            #expect(!FileManager.default.fileExists(atPath: base + "/fake-ran"), "the soffice first on PATH was run")
            #expect(letter.stderr.contains(real), "which LibreOffice is not said: \(letter.stderr)")
        }
    }

    @Test func theConfigNamesLibreOffice() throws {
        try withScratch { base in
            let office = try office2019(base)
            let fake = base + "/my-soffice"
            try writeBytes(Array("#!/bin/sh\ntouch \(base)/mine-ran\nexit 1\n".utf8), to: fake)
            #expect(chmod(fake, 0o755) == 0)
            let config = String(decoding: try readBytes(office.folder.configPath), as: UTF8.self)
            try writeBytes(Array(config.replacingOccurrences(of: "[office]\n", with: "[office]\nlibreoffice = \"\(fake)\"\n").utf8), to: office.folder.configPath)
            let letter = try run(base, ["letter", "--request", "PPID-2019-001", "--kind", "receipt", "--pdf"])
            #expect(letter.status != 0)
            #expect(FileManager.default.fileExists(atPath: base + "/mine-ran"), "the config's LibreOffice was not run: \(letter.stderr)")
            #expect(letter.stderr.contains(fake))
            #expect(!letter.stderr.contains("PDF made"), "a PDF that failed is said made: \(letter.stderr)")
        }
    }

    @Test func libreOfficeRunsWithAMinimalEnvironmentAndIsStoppedAfterItsTime() throws {
        try withScratch { base in
            let office = try office2019(base)
            let document = base + "/letter.docx"
            try writeBytes(Array("not really a document".utf8), to: document)
            let fake = base + "/fake-soffice"
            // As soffice does, it starts a child of its own (soffice.bin), which must go too.
            try writeBytes(Array("#!/bin/sh\nenv > \(base)/env.txt\nsleep 30 &\necho $! > \(base)/child.pid\nwait\n".utf8), to: fake)
            #expect(chmod(fake, 0o755) == 0)
            let start = Date()
            #expect(throws: DocumentError.self) { try Printing.pdf(document, office: fake, folder: office.folder, timeout: 1) }
            #expect(Date().timeIntervalSince(start) < 15)
            let child = try #require(pid_t(String(decoding: try readBytes(base + "/child.pid"), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
            var gone = false
            for _ in 0..<40 where !gone {
                gone = kill(child, 0) != 0 || (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?.contains(") Z ") == true
                if !gone { usleep(50_000) }
            }
            #expect(gone, "LibreOffice's own child was left running")
            let names = String(decoding: try readBytes(base + "/env.txt"), as: UTF8.self).split(separator: "\n").compactMap { $0.split(separator: "=").first.map(String.init) }
            #expect(Set(names).isSubset(of: ["PATH", "HOME", "TMPDIR", "LANG", "PWD", "SHLVL", "_"]), "\(names)")
            #expect(!FileManager.default.fileExists(atPath: base + "/letter.pdf"))
        }
    }
}
