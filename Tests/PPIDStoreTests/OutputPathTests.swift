import Foundation
import PPIDModel
@testable import PPIDStore
import PPIDTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Why `OutputPath` refuses `path` as an output of `folder`, in English; nil when it allows it.
private func refusal(_ path: String, _ folder: DataFolder) -> String? {
    do {
        try OutputPath.check(path, folder: folder)
        return nil
    } catch {
        return error.message.en
    }
}

/// Issue 20: the one rule of every output (`OutputPath`): never the folder's own files, by any
/// name, and inside the data folder only its output folders, through no link.
@Suite struct OutputPathTests {
    @Test func theFoldersOwnFilesAreRefusedByAnyName() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2025-001", "2025-11-20T09:00:00+07:00"))
            try FileManager.default.createDirectory(atPath: folder.recoveryPath, withIntermediateDirectories: true)
            try writeBytes(Array("torn".utf8), to: folder.recoveryPath + "/torn-1.jsonl")
            try writeBytes(Array("{}".utf8), to: folder.snapshotPath)
            let base = (folder.path as NSString).deletingLastPathComponent
            #expect(link(folder.logPath, base + "/log-hard") == 0)
            #expect(link(folder.recoveryPath + "/torn-1.jsonl", base + "/torn-hard") == 0)
            #expect(symlink(folder.lockPath, base + "/lock-soft") == 0)
            #expect(symlink(folder.path, base + "/data-soft") == 0)
            try FileManager.default.createDirectory(atPath: folder.exportsPath, withIntermediateDirectories: true)
            let refused = [
                folder.logPath, folder.lockPath, folder.configPath, folder.snapshotPath, folder.preferencesPath,
                folder.recoveryPath + "/torn-1.jsonl", folder.recoveryPath + "/new.csv", folder.path + "/mine.csv",
                folder.exportsPath + "/../config.toml", folder.exportsPath + "/../recovery/x.csv", folder.exportsPath + "/",
                base + "/log-hard", base + "/torn-hard", base + "/lock-soft", base + "/data-soft/events.jsonl", base + "/data-soft/x.csv",
                base + "/nowhere/../data/events.jsonl",
            ]
            for path in refused {
                let why = refusal(path, folder)
                #expect(why?.contains(path) == true, "\(path) is not refused naming it: \(why ?? "allowed")")
            }
            #expect(refusal(base + "/log-hard", folder)?.contains("events.jsonl") == true)
            // Each language says it in its own words only (the reason was once "id / en" in both).
            do throws(StoreError) {
                try OutputPath.check(folder.logPath, folder: folder)
                Issue.record("the log was allowed as an output")
            } catch {
                #expect(error.message.id.contains("pilih berkas lain") && !error.message.id.contains("choose another file"))
                #expect(error.message.en.contains("choose another file") && !error.message.en.contains("pilih berkas lain"))
            }
            let allowed = [folder.exportsPath + "/rekap.csv", folder.lettersPath + "/a.docx", folder.receiptsPath + "/r.txt", base + "/rekap.csv", base + "/new/deep/rekap.csv"]
            for path in allowed { #expect(refusal(path, folder) == nil, "\(path): \(refusal(path, folder) ?? "")") }
        }
    }

    @Test func aLinkedOutputFolderOrALinkBelowOneIsRefused() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            let base = (folder.path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: base + "/elsewhere", withIntermediateDirectories: true)
            #expect(symlink(base + "/elsewhere", folder.exportsPath) == 0)
            #expect(refusal(folder.exportsPath + "/rekap.csv", folder)?.contains("symbolic link") == true)
            try FileManager.default.createDirectory(atPath: folder.lettersPath, withIntermediateDirectories: true)
            #expect(symlink(folder.path, folder.lettersPath + "/up") == 0)
            #expect(refusal(folder.lettersPath + "/up/events.jsonl", folder) != nil)
            #expect(refusal(folder.lettersPath + "/up/x.docx", folder) != nil)
        }
    }

    @Test func theExportWriterFollowsTheRule() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2025-001", "2025-11-20T09:00:00+07:00"))
            let before = try readBytes(folder.logPath)
            #expect(throws: StoreError.self) { try ExportWriter.write("a,b\n", to: folder.logPath, folder: folder) }
            #expect(try readBytes(folder.logPath) == before)
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
            #expect(left.isEmpty, "\(left)")
        }
    }
}

/// Found by the red team: `--out /dev/null` (or `/dev/stdout`, a FIFO) was renamed over, and a
/// refusal's reason was written in both languages whatever the officer's language.
@Suite struct OutputPathSpecialFileTests {
    @Test func aDeviceAFIFOOrALinkToOneIsRefusedNotReplaced() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            let base = (folder.path as NSString).deletingLastPathComponent
            #expect(mkfifo(base + "/fifo", 0o600) == 0)
            #expect(symlink(base + "/fifo", base + "/fifo-link") == 0)
            for path in ["/dev/null", base + "/fifo", base + "/fifo-link"] {
                do {
                    try OutputPath.check(path, folder: folder)
                    Issue.record("\(path) is allowed")
                } catch let error as StoreError {
                    #expect(error.message.en.contains("not a regular file"), "\(error.message.en)")
                }
            }
            // Standard output redirected to a file: /dev/stdout leads to a regular file, but the
            // link in /dev is the system's (as root it was renamed over).
            for path in ["/dev/stdout", "/proc/self/fd/1", "/dev/shm/x.csv", "/sys/x.csv"] {
                #expect(refusal(path, folder) != nil, "\(path) is allowed")
            }
            #expect(throws: StoreError.self) { try ExportWriter.write("a,b\n", to: base + "/fifo", folder: folder) }
            var st = stat()
            #expect(lstat(base + "/fifo", &st) == 0 && st.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
            #expect(lstat(base + "/fifo-link", &st) == 0 && st.st_mode & S_IFMT == S_IFLNK, "the link was replaced")
        }
    }

    /// Found by the red team: `letter --out DATA/templates/receipt.docx` replaced the office's
    /// template with a filled letter, so every later receipt named the first requester.
    @Test func onlyADefaultTemplateGoesIntoTemplates() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            let template = folder.templatesPath + "/receipt.docx"
            do {
                try OutputPath.check(template, folder: folder)
                Issue.record("an output may replace a template")
            } catch let error as StoreError {
                #expect(error.message.en.contains("only ppid-tui templates writes into templates/"), "\(error.message.en)")
            }
            #expect(throws: StoreError.self) { try ExportWriter.write("a,b\n", to: folder.templatesPath + "/x.csv", folder: folder) }
            try OutputPath.check(template, folder: folder, templates: true)
        }
    }

    @Test func aRefusalIsSaidInOneLanguage() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            do {
                try OutputPath.check(folder.logPath, folder: folder)
                Issue.record("the log is allowed")
            } catch let error as StoreError {
                #expect(error.message.en.contains("an output never replaces it"))
                #expect(!error.message.en.contains("berkas keluaran"), "\(error.message.en)")
                #expect(!error.message.id.contains("an output never"), "\(error.message.id)")
            }
            try FileManager.default.createDirectory(atPath: folder.templatesPath, withIntermediateDirectories: true)
            #expect(mkfifo(folder.templatesPath + "/receipt.docx", 0o600) == 0)
            do {
                _ = try folder.readTemplate(named: "receipt.docx")
                Issue.record("a FIFO template is read")
            } catch let error as StoreError {
                #expect(error.message.en.contains("The default is not used"))
                #expect(!error.message.en.contains("Templat bawaan"), "\(error.message.en)")
                #expect(!error.message.id.contains("The default"), "\(error.message.id)")
            }
        }
    }
}
