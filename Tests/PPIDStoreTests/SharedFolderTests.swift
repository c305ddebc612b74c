import Foundation
import PPIDTestSupport
import Testing
import PPIDDocuments
import PPIDModel
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// Several officers with their own logins share one data folder through a group (folder
/// 2770, files 0660), without sharing a password; other users get nothing; each event
/// records the login that wrote it.
@Suite struct SharedFolderTests {
    /// Root with setpriv: products can be run as other users.
    static let canSwitchUsers = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
        && getpwnam("daemon") != nil && getpwnam("nobody") != nil && getpwnam("bin") != nil

    /// A group no user is in (numeric, no entry needed).
    let group: gid_t = 4242

    /// A copy of ppid-tui (with its resource bundles) every user can run: the build folder may
    /// sit where other users cannot enter (a CI clone under /root).
    func publicCopy(in scratch: String) throws -> String {
        let bin = scratch + "/bin"
        let built = try Binary.path("ppid-tui")
        let products = (built as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: built, toPath: bin + "/ppid-tui")
        for name in try FileManager.default.contentsOfDirectory(atPath: products) where name.hasSuffix(".resources") {
            try FileManager.default.copyItem(atPath: products + "/" + name, toPath: bin + "/" + name)
        }
        for path in [bin] + (FileManager.default.subpaths(atPath: bin) ?? []).map({ bin + "/" + $0 }) {
            var st = stat()
            _ = stat(path, &st)
            _ = chmod(path, st.st_mode & S_IFMT == S_IFDIR || path.hasSuffix("/ppid-tui") ? 0o755 : 0o644)
        }
        return bin + "/ppid-tui"
    }

    /// Runs ppid-tui as `user`, with the shared group as its one extra group when `inGroup`.
    func runAs(_ user: String, inGroup: Bool, _ arguments: [String], scratch: String) throws -> Binary.Run {
        let entry = try #require(getpwnam(user))
        let uid = entry.pointee.pw_uid, gid = entry.pointee.pw_gid
        let groups = inGroup ? "--groups=\(group)" : "--clear-groups"
        let program = FileManager.default.fileExists(atPath: scratch + "/bin/ppid-tui") ? scratch + "/bin/ppid-tui" : try publicCopy(in: scratch)
        return try Binary.Launched(
            "/usr/bin/setpriv", ["--reuid=\(uid)", "--regid=\(gid)", groups, "--", program] + arguments,
            environment: ["HOME": "/nonexistent"], scratch: scratch
        ).finish()
    }

    func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }

    func groupOf(_ path: String) -> gid_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_gid : gid_t.max
    }

    func register(_ number: String, _ name: String) -> String {
        RegisterImport.columns.joined(separator: ",") + "\n"
            + "\(number),2019-01-09T08:02:00+07:00,walk_in,\(name),individual,testing,Tarif uji air,,,\n"
    }

    @Test(.enabled(if: canSwitchUsers, "needs root and setpriv to run as two other users"))
    func twoLoginsShareAFolderThroughTheConfigsGroupAndOthersGetNothing() throws {
        try withScratch { scratch in
            _ = chmod(scratch, 0o755)
            let folder = DataFolder(path: scratch + "/data")
            _ = try openOffice(folder)
            // The admin names the group in the config's [office] table.
            let text = String(decoding: try readBytes(folder.configPath), as: UTF8.self)
            try #require(text.contains("\n[office]\n"))
            try writeBytes(Array(text.replacingOccurrences(of: "\n[office]\n", with: "\n[office]\ngroup = \"\(group)\"\n").utf8), to: folder.configPath)
            let owner = try openOffice(folder)
            #expect(owner.config.group == group)
            #expect(mode(folder.path) == 0o2770)
            #expect(groupOf(folder.path) == group)
            for p in [folder.logPath, folder.lockPath, folder.configPath] {
                #expect(mode(p) == 0o660, "\(p)")
                #expect(groupOf(p) == group, "\(p)")
            }

            for (user, number, name) in [("daemon", "PPID-2019-001", "Andi"), ("nobody", "PPID-2019-002", "Budi")] {
                let file = scratch + "/\(user).csv"
                try writeBytes(Array(register(number, name).utf8), to: file)
                _ = chmod(file, 0o644)
                let run = try runAs(user, inGroup: true, ["import", file, "--data", folder.path], scratch: scratch)
                #expect(run.status == 0, "\(user): \(run.stderr)")
            }
            // Files the group's members made are the group's, and others have no bits.
            var made = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.path + "/" + $0 }
            made.removeAll { $0.hasSuffix("/.snapshot") && !FileManager.default.fileExists(atPath: $0) }
            for p in made {
                #expect(mode(p) & 0o007 == 0, "\(p) gives others access")
            }
            let lines = splitLines(try readBytes(folder.logPath)).filter { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) }
            #expect(lines.count == 2)
            #expect(lines.first?.contains(#""by":"daemon""#) == true)
            #expect(lines.last?.contains(#""by":"nobody""#) == true)

            // A login outside the group: nothing to read, nothing to write.
            let file = scratch + "/bin.csv"
            try writeBytes(Array(register("PPID-2019-003", "Citra").utf8), to: file)
            _ = chmod(file, 0o644)
            let outsider = try runAs("bin", inGroup: false, ["import", file, "--data", folder.path], scratch: scratch)
            #expect(outsider.status != 0)
            let looking = try runAs("bin", inGroup: false, ["check", "--data", folder.path], scratch: scratch)
            #expect(looking.status != 0)
            #expect(!looking.stdout.contains("Requests: 2"))
            #expect(splitLines(try readBytes(folder.logPath)).filter { !$0.isEmpty }.count == 2)
        }
    }

    @Test func aFolderAlreadySharedGivesItsFilesTheGroupsModesEvenUnderAStrictUmask() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            #expect(mkdir(folder.path, 0o700) == 0)
            #expect(chmod(folder.path, 0o2770) == 0)
            let old = umask(0o077)
            defer { umask(old) }
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            _ = try ExportWriter.writeYear(office.ledger, year: 2019, officeName: "PPID", folder: folder)
            for p in [folder.logPath, folder.lockPath, folder.configPath, folder.exportsPath + "/rekap-2019.csv"] {
                #expect(mode(p) == 0o660, "\(p): \(String(mode(p), radix: 8))")
            }
            #expect(mode(folder.exportsPath) == 0o2770)
        }
    }

    @Test func anOwnerOnlyFolderStaysOwnerOnly() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            #expect(mode(folder.path) == 0o700)
            for p in [folder.logPath, folder.lockPath, folder.configPath] { #expect(mode(p) == 0o600, "\(p)") }
        }
    }

    @Test func anUnknownGroupIsRefusedNamingIt() {
        #expect {
            try OfficeConfig.parse("[office]\ngroup = \"no-such-group-ppid\"")
        } throws: { error in
            guard case StoreError.badConfig(_, let detail)? = error as? StoreError else { return false }
            return detail.contains("office.group") && detail.contains("no group \"no-such-group-ppid\"")
        }
    }
}
