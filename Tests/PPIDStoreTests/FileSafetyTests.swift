import Foundation
import PPIDTestSupport
import Testing
import PPIDDocuments
import PPIDModel
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// Temporary names, symbolic links and special files planted in or around a data folder by
/// another local user or left by a crash: nothing is written through them, nothing hangs.
@Suite struct FileSafetyTests {
    /// A process id that is not running (a child that has exited and been waited for).
    func deadPID() throws -> pid_t {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    /// Runs `body` on another thread; fails (instead of hanging the suite) when it does not
    /// return within five seconds.
    func withinSeconds(_ what: String, _ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            body()
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 5) == .success, "\(what) hung")
    }

    // MARK: Temporary files

    @Test func aPlantedSymlinkAtTheOldTemporaryNameIsNotFollowed() throws {
        try withScratch { base in
            let victim = base + "/victim-profile"
            try writeBytes(Array("export PATH=/usr/bin\n".utf8), to: victim)
            let target = base + "/register.csv"
            // The name every version before wrote its temporary file to.
            #expect(symlink(victim, target + ".tmp-\(getpid())") == 0)
            try POSIXFile.writeAtomically(Data("nama,alamat\n".utf8), to: target)
            #expect(try readBytes(victim) == Array("export PATH=/usr/bin\n".utf8), "the victim's file was overwritten")
            #expect(try readBytes(target) == Array("nama,alamat\n".utf8))
        }
    }

    @Test func temporaryFilesAreNewUnguessableOwnerOnlyAndGoneAfterwards() throws {
        try withScratch { base in
            let target = base + "/out.csv"
            let old = umask(0)
            defer { umask(old) }
            let a = try POSIXFile.createTemporary(for: target)
            let b = try POSIXFile.createTemporary(for: target)
            defer { close(a.fd); close(b.fd); unlink(a.path); unlink(b.path) }
            #expect(a.path != b.path)
            #expect(a.path.hasPrefix(target + ".tmp-\(getpid())-"))
            #expect(a.path.count > (target + ".tmp-\(getpid())-").count + 6, "a random part follows the pid")
            #expect(permissions(a.path) == 0o600)
            try POSIXFile.writeAtomically(Data("x".utf8), to: target)
            #expect(permissions(target) == 0o600)
            let left = try FileManager.default.contentsOfDirectory(atPath: base).filter { $0.hasPrefix("out.csv.tmp-") }
            #expect(Set(left) == Set([a.path, b.path].map { ($0 as NSString).lastPathComponent }))
        }
    }

    @Test func theDemoFolderIsNewOwnerOnlyAndNeverReused() throws {
        try withScratch { base in
            let a = try DemoData.makeFolder(in: base)
            let b = try DemoData.makeFolder(in: base)
            #expect(a != b)
            #expect(a.hasPrefix(base + "/ppid-demo-"))
            #expect(permissions(a) == 0o700)
            #expect(try FileManager.default.contentsOfDirectory(atPath: a).isEmpty)
        }
    }

    // MARK: Symlinked output folders

    @Test func aSymlinkedExportsFolderIsRefusedNamingIt() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let elsewhere = folder.path + "/../elsewhere"
            try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
            #expect(symlink(elsewhere, folder.exportsPath) == 0)
            #expect {
                try ExportWriter.writeYear(office.ledger, year: 2025, officeName: "PPID", folder: folder)
            } throws: { error in
                guard case StoreError.io(let path, _, let reason)? = error as? StoreError else { return false }
                return path == folder.exportsPath && reason.en.contains("symbolic link")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
        }
    }

    @Test func aSymlinkedRecoveryFolderIsRefusedAndTheTornTailKept() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            let elsewhere = folder.path + "/../elsewhere"
            try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
            #expect(symlink(elsewhere, folder.recoveryPath) == 0)
            try appendRaw(Array(#"{"v":1,"id":"torn"#.utf8), to: folder.logPath)
            let before = try readBytes(folder.logPath)
            // Opened to be read, saying why, and nothing written where the link points.
            let office2 = try openOffice(folder)
            let why = office2.log.readOnlyReason?.en ?? ""
            #expect(why.contains(folder.recoveryPath) && why.contains("symbolic link"), "\(why)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
            #expect(try readBytes(folder.logPath) == before)
        }
    }

    // MARK: Special files where the folder's files should be

    @Test func aFIFOInPlaceOfTheLogIsRefusedWithoutHanging() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            unlink(folder.logPath)
            #expect(mkfifo(folder.logPath, 0o600) == 0)
            let path = folder.path
            withinSeconds("a read-only open (check)") {
                #expect { try Office(folder: DataFolder(path: path), readOnly: true, snapshots: false) } throws: { error in
                    (error as? StoreError)?.message.en.contains("a pipe (FIFO), not a regular file") == true
                }
            }
            withinSeconds("an open for writing") {
                #expect { try Office(folder: DataFolder(path: path)) } throws: { error in
                    (error as? StoreError)?.message.en.contains("a pipe (FIFO), not a regular file") == true
                }
            }
        }
    }

    @Test func aFolderInPlaceOfTheLogIsRefusedSayingSo() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            unlink(folder.logPath)
            #expect(mkdir(folder.logPath, 0o700) == 0)
            for readOnly in [true, false] {
                #expect { try Office(folder: folder, readOnly: readOnly) } throws: { error in
                    (error as? StoreError)?.message.en.contains("a folder, not a regular file") == true
                }
            }
        }
    }

    @Test func aFIFOInPlaceOfTheSnapshotIsIgnoredWithoutHanging() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            #expect(mkfifo(folder.snapshotPath, 0o600) == 0)
            let path = folder.path
            withinSeconds("an open with a FIFO as .snapshot") {
                let reopened = try? Office(folder: DataFolder(path: path))
                #expect(reopened?.ledger.numbers == ["PPID-2019-001"])
            }
        }
    }

    @Test func aFIFOInPlaceOfTheConfigIsRefusedWithoutHanging() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            unlink(folder.configPath)
            #expect(mkfifo(folder.configPath, 0o600) == 0)
            let path = folder.path
            withinSeconds("an open with a FIFO as config.toml") {
                #expect { try Office(folder: DataFolder(path: path), readOnly: true) } throws: { error in
                    (error as? StoreError)?.message.en.contains("a pipe (FIFO)") == true
                }
            }
        }
    }

    // MARK: Left by crashes

    @Test func staleTemporaryFilesOfDeadProcessesAreRemovedOnOpen() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            let dead = try deadPID()
            try FileManager.default.createDirectory(atPath: folder.exportsPath, withIntermediateDirectories: true)
            let stale = [folder.snapshotPath + ".tmp-\(dead)", folder.snapshotPath + ".tmp-\(dead)-k3j9", folder.exportsPath + "/rekap-2025.csv.tmp-\(dead)-zz"]
            // Process 1 is always running: its file is not touched.
            let live = folder.snapshotPath + ".tmp-1-abc"
            for p in stale + [live] { try writeBytes([1, 2, 3], to: p) }
            // A document library's private folder, with the file it was writing.
            let privateFolder = folder.exportsPath + "/.buku-kerja-2025.xlsx.tmp-\(dead)-Ab12Cd"
            try FileManager.default.createDirectory(atPath: privateFolder, withIntermediateDirectories: true)
            try writeBytes([1], to: privateFolder + "/buku-kerja-2025.xlsx")
            _ = try openOffice(folder)
            for p in stale + [privateFolder] { #expect(!FileManager.default.fileExists(atPath: p), "\(p) was left") }
            #expect(FileManager.default.fileExists(atPath: live))
        }
    }

    /// Found by the red team: an officer's own file whose name holds `.tmp-` and a number
    /// (`laporan.tmp-2025.xlsx` in exports/) was taken for a dead process's and removed.
    @Test func anOfficersFileNamedLikeATemporaryOneIsKept() throws {
        try withDataFolder { folder in
            _ = try openOffice(folder)
            let dead = try deadPID()
            try FileManager.default.createDirectory(atPath: folder.exportsPath, withIntermediateDirectories: true)
            let own = [folder.exportsPath + "/laporan.tmp-\(dead).xlsx", folder.exportsPath + "/rekap.tmp-\(dead)-final.csv"]
            for p in own { try writeBytes([1, 2, 3], to: p) }
            let stale = folder.exportsPath + "/rekap-2025.csv.tmp-\(dead)-zz"
            try writeBytes([1], to: stale)
            _ = try openOffice(folder)
            for p in own { #expect(FileManager.default.fileExists(atPath: p), "\(p) was removed") }
            #expect(!FileManager.default.fileExists(atPath: stale))
        }
    }

    @Test func twoTornTailsSetAsideAtTheSameLineInTheSameSecondKeepBoth() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            try appendRaw(Array(#"{"v":1,"id":"first torn"#.utf8), to: folder.logPath)
            _ = try openOffice(folder)
            try appendRaw(Array(#"{"v":1,"id":"second torn"#.utf8), to: folder.logPath)
            _ = try openOffice(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.recoveryPath)
            #expect(names.count == 2)
            let kept = try names.map { String(decoding: try readBytes(folder.recoveryPath + "/" + $0), as: UTF8.self) }
            #expect(Set(kept) == [#"{"v":1,"id":"first torn"#, #"{"v":1,"id":"second torn"#])
        }
    }

    @Test func writeNewNeverReplacesAnExistingFile() throws {
        try withScratch { base in
            let a = try POSIXFile.writeNew(Data("a".utf8), to: base + "/torn-1-line2.jsonl")
            let b = try POSIXFile.writeNew(Data("b".utf8), to: base + "/torn-1-line2.jsonl")
            #expect(a == base + "/torn-1-line2.jsonl")
            #expect(b == base + "/torn-1-line2-2.jsonl")
            #expect(try readBytes(a) == Array("a".utf8))
            #expect(try readBytes(b) == Array("b".utf8))
        }
    }
}
