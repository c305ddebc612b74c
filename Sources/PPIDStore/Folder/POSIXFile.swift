import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)`, named apart from the methods called `read` that use it.
#if canImport(Glibc)
let systemRead = Glibc.read
#elseif canImport(Darwin)
let systemRead = Darwin.read
#endif

/// Thin wrappers over the system calls the store needs, each turning errno into a StoreError.
package enum POSIXFile {
    static func errorText() -> String { String(cString: strerror(errno)) }

    static func fail(_ path: String, _ action: Phrase) -> StoreError {
        .io(path: path, action: action, reason: errorText())
    }

    /// What a path that should be a plain file turned out to be, in words.
    static func kindName(_ mode: mode_t) -> Phrase {
        switch mode & S_IFMT {
        case S_IFDIR: Phrase(id: "sebuah folder", en: "a folder")
        case S_IFIFO: Phrase(id: "sebuah pipa (FIFO)", en: "a pipe (FIFO)")
        case S_IFCHR: Phrase(id: "sebuah perangkat karakter", en: "a character device")
        case S_IFBLK: Phrase(id: "sebuah perangkat blok", en: "a block device")
        case S_IFSOCK: Phrase(id: "sebuah soket", en: "a socket")
        case S_IFLNK: Phrase(id: "sebuah tautan simbolik", en: "a symbolic link")
        default: Phrase(id: "bukan berkas biasa", en: "not a regular file")
        }
    }

    static func notRegular(_ path: String, _ mode: mode_t) -> StoreError {
        let kind = kindName(mode)
        return .io(
            path: path, action: Phrase(id: "membuka", en: "open"),
            reason: Phrase(
                id: "yang ada di sana \(kind.id), bukan berkas biasa",
                en: "what is there is \(kind.en), not a regular file")
        )
    }

    /// Opens `path` without blocking (a FIFO or a device there must not hang the open) and
    /// only when it is a regular file; returns -1 with errno set when open(2) itself fails.
    static func openRegular(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(StoreError) -> Int32 {
        let fd = open(path, flags | O_NONBLOCK | O_CLOEXEC, mode)
        if fd < 0 {
            if errno == EISDIR { throw notRegular(path, S_IFDIR) }
            return -1
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = fail(path, Phrase(id: "membuka", en: "open"))
            close(fd)
            throw e
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw notRegular(path, st.st_mode)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// The folder holding `path`: "" for a bare name, "/" at the root — what
    /// `deletingLastPathComponent` gives, which traps (SIGILL) on a one-character path
    /// such as `--data d`.
    package static func parent(of path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        var head = p[..<slash]
        while head.count > 1, head.hasSuffix("/") { head = head.dropLast() }
        return head.isEmpty ? "/" : String(head)
    }

    /// Creates a folder readable by its owner only, with its parents; fsyncs the parent.
    static func makeFolder(_ path: String) throws(StoreError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) { return }
        let parent = parent(of: path)
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        if mkdir(path, folderMode(in: parent)) != 0, errno != EEXIST { throw fail(path, Phrase(id: "membuat folder", en: "create the folder")) }
        if isShared(parent) { _ = chmod(path, 0o2770) }
        syncFolder(parent)
    }

    /// Makes sure `path` (a folder inside the data folder the app writes into: exports/,
    /// receipts/, recovery/, …) is a real folder, creating it when missing; a symbolic link
    /// there is refused, so nothing is ever written through one to wherever it points.
    static func makeOutputFolder(_ path: String) throws(StoreError) {
        var st = stat()
        if lstat(path, &st) == 0 {
            if st.st_mode & S_IFMT == S_IFDIR { return }
            if st.st_mode & S_IFMT == S_IFLNK {
                throw .io(
                    path: path, action: Phrase(id: "menulis ke", en: "write to"),
                    reason: Phrase(
                        id: "folder ini sebuah tautan simbolik; ppid-tui tidak menulis melaluinya: "
                            + "hapus tautan itu atau jadikan folder biasa",
                        en: "this folder is a symbolic link; ppid-tui does not write through one: "
                            + "remove the link or make it a real folder")
                )
            }
            throw notRegularFolder(path, st.st_mode)
        }
        try makeFolder(path)
    }

    private static func notRegularFolder(_ path: String, _ mode: mode_t) -> StoreError {
        let kind = kindName(mode)
        return .io(
            path: path, action: Phrase(id: "menulis ke", en: "write to"),
            reason: Phrase(
                id: "yang ada di sana \(kind.id), bukan folder",
                en: "what is there is \(kind.en), not a folder"))
    }

    /// fsync on a folder, so a new entry in it survives a crash. Best effort.
    static func syncFolder(_ path: String) {
        let fd = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Writes every byte or throws; returns how many were written before a failure inside `error`.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(path, Phrase(id: "menulis", en: "write"))
            }
            if n == 0 { throw .io(path: path, action: Phrase(id: "menulis", en: "write"), reason: "no progress") }
            done += n
        }
    }

    // MARK: Sharing a folder with a group

    /// Whether `dir` is a folder shared by a group: set-group-ID and group-writable (2770).
    /// Files made in it are then 0660 and folders 2770, so every officer of the group can
    /// write; otherwise files are 0600 and folders 0700, owner only.
    static func isShared(_ dir: String) -> Bool {
        var st = stat()
        guard stat(dir.isEmpty ? "." : dir, &st) == 0 else { return false }
        return st.st_mode & S_ISGID != 0 && st.st_mode & 0o070 == 0o070
    }

    /// Makes `dir` a folder shared by `group`: its group set and its mode 2770 (only its
    /// owner, or root, can; anyone else's open goes on with the folder as it is).
    static func share(_ dir: String, group: gid_t) {
        var st = stat()
        guard stat(dir, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return }
        guard st.st_gid != group || st.st_mode & 0o7777 != 0o2770 else { return }
        guard geteuid() == 0 || st.st_uid == geteuid() else { return }
        if st.st_gid != group { _ = chown(dir, uid_t.max, group) }  // uid -1: left as it is
        _ = chmod(dir, 0o2770)
    }

    /// In a shared folder, gives the files and folders this process owns at `paths` the
    /// folder's group and the group's modes (0660, 2770): made before the folder was shared,
    /// or under a umask that took the group's bits. Symbolic links are left alone.
    static func shareEntries(_ paths: [String], in dir: String) {
        var folder = stat()
        guard isShared(dir), stat(dir, &folder) == 0 else { return }
        for path in paths {
            var st = stat()
            guard lstat(path, &st) == 0, geteuid() == 0 || st.st_uid == geteuid() else { continue }
            let kind = st.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFDIR else { continue }
            if st.st_gid != folder.st_gid { _ = lchown(path, uid_t.max, folder.st_gid) }
            let mode: mode_t = kind == S_IFDIR ? 0o2770 : 0o660
            if st.st_mode & 0o7777 != mode { _ = chmod(path, mode) }
        }
    }

    static func fileMode(in dir: String) -> mode_t { isShared(dir) ? 0o660 : 0o600 }

    static func folderMode(in dir: String) -> mode_t { isShared(dir) ? 0o2770 : 0o700 }

    // MARK: Temporary files

    /// The part of a temporary file's name after the target's name: `.tmp-PID-RANDOM`.
    static let tempMarker = ".tmp-"

    /// Creates a new temporary file for `target` in the target's own folder, with a name no
    /// other user can guess (`NAME.tmp-PID-RANDOM`), refusing to follow or reuse anything
    /// already there (`O_CREAT|O_EXCL|O_NOFOLLOW`), owner-only (0600; 0660 in a group-shared
    /// folder). Returns its descriptor and path.
    static func createTemporary(for target: String) throws(StoreError) -> (fd: Int32, path: String) {
        let dir = parent(of: target)
        let mode = fileMode(in: dir)
        for _ in 0..<16 {
            let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let tmp = target + tempMarker + "\(getpid())-" + random
            let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 {
                _ = fchmod(fd, mode)  // the umask may have taken group bits a shared folder needs
                return (fd, tmp)
            }
            if errno != EEXIST { throw fail(tmp, Phrase(id: "membuat berkas", en: "create the file")) }
        }
        throw .io(path: target, action: Phrase(id: "membuat berkas", en: "create the file"), reason: "no free temporary name")
    }

    /// Writes what `body` writes into a new temporary file for `target`, fsyncs it, then hands
    /// its path to `place` (which renames or links it into place); the temporary file is
    /// removed whatever happens.
    private static func writeTemporary(
        for target: String, _ body: ((UnsafeRawBufferPointer) throws(StoreError) -> Void) throws(StoreError) -> Void,
        place: (String) throws(StoreError) -> Void
    ) throws(StoreError) {
        let (fd, tmp) = try createTemporary(for: target)
        defer { unlink(tmp) }
        do throws(StoreError) {
            try body { (b) throws(StoreError) in try writeAll(fd, b, path: tmp) }
            guard fsync(fd) == 0 else { throw fail(tmp, Phrase(id: "menyimpan ke disk", en: "sync to disk")) }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        try place(tmp)
        syncFolder(parent(of: target))
    }

    /// Writes `data` into a new temporary file for `target` and fsyncs it; returns its path.
    /// The temporary file is removed when writing fails; the target is never touched.
    static func stage(_ data: Data, for target: String) throws(StoreError) -> String {
        let (fd, tmp) = try createTemporary(for: target)
        defer { close(fd) }
        do throws(StoreError) {
            try data.withUnsafeBytes { b in Result { () throws(StoreError) in try writeAll(fd, b, path: tmp) } }.get()
            guard fsync(fd) == 0 else { throw fail(tmp, Phrase(id: "menyimpan ke disk", en: "sync to disk")) }
        } catch {
            unlink(tmp)
            throw error
        }
        return tmp
    }

    /// Replaces `path` whole: writes a temporary file beside it, fsyncs, renames over it.
    static func writeAtomically(_ data: Data, to path: String) throws(StoreError) {
        try writeAtomically(to: path) { (write) throws(StoreError) in
            try data.withUnsafeBytes { b in Result { () throws(StoreError) in try write(b) } }.get()
        }
    }

    /// Replaces `path` whole with what `body` writes through the function it is given, piece
    /// by piece (for files too large to build in memory first).
    static func writeAtomically(to path: String, _ body: ((UnsafeRawBufferPointer) throws(StoreError) -> Void) throws(StoreError) -> Void) throws(StoreError) {
        try writeTemporary(for: path, body) { (tmp) throws(StoreError) in
            guard rename(tmp, path) == 0 else { throw fail(path, Phrase(id: "mengganti berkas", en: "replace the file")) }
        }
    }

    /// Writes `data` as a new file named `path`, or `path` with `-2`, `-3`, … before its
    /// extension when that name is taken: never over an existing file. Returns the name used.
    static func writeNew(_ data: Data, to path: String) throws(StoreError) -> String {
        var placed = path
        try writeTemporary(for: path, { (write) throws(StoreError) in
            try data.withUnsafeBytes { b in Result { () throws(StoreError) in try write(b) } }.get()
        }) { (tmp) throws(StoreError) in
            let ext = (path as NSString).pathExtension
            let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
            for n in 1...10_000 {
                let candidate = n == 1 ? path : stem + "-\(n)" + (ext.isEmpty ? "" : "." + ext)
                // link(2) fails on an existing name, where rename(2) would replace it.
                if link(tmp, candidate) == 0 {
                    placed = candidate
                    return
                }
                if errno != EEXIST { throw fail(candidate, Phrase(id: "membuat berkas", en: "create the file")) }
            }
            throw .io(path: path, action: Phrase(id: "membuat berkas", en: "create the file"), reason: "no free name")
        }
        return placed
    }

    /// Removes temporary files (`NAME.tmp-PID…`, and private folders `.NAME.tmp-PID-…`) in `dir`
    /// left by this user's processes no longer running: a save killed midway. A running
    /// process's are left alone.
    static func removeStaleTemporaries(in dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names {
            guard let r = name.range(of: tempMarker, options: .backwards) else { continue }
            let digits = name[r.upperBound...].prefix(while: \.isNumber)
            // Exactly `.tmp-PID` or `.tmp-PID-RANDOM` to the end: an officer's own
            // `laporan.tmp-2025.xlsx` in exports/ is not a temporary file of ours.
            let rest = name[digits.endIndex...]
            guard rest.isEmpty || (rest.count > 1 && rest.first == "-" && rest.dropFirst().allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            else { continue }
            guard let pid = pid_t(digits), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                var st = stat()
                let path = dir + "/" + name
                guard lstat(path, &st) == 0, st.st_uid == geteuid() else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFREG: unlink(path)
                // A private folder a document library wrote in (`.NAME.tmp-PID-XXXXXX`).
                case S_IFDIR: try? FileManager.default.removeItem(atPath: path)
                default: break
                }
            }
        }
    }

    /// Reads a whole small file; with `regularOnly`, only a regular file (never blocks on a
    /// FIFO or a device).
    static func read(_ path: String, regularOnly: Bool = true) throws(StoreError) -> Data {
        if !regularOnly {
            guard let d = FileManager.default.contents(atPath: path) else {
                throw .io(
                    path: path, action: Phrase(id: "membaca", en: "read"),
                    reason: Phrase(id: "tidak ada", en: "not found"))
            }
            return d
        }
        let fd = try openRegular(path, O_RDONLY)
        guard fd >= 0 else { throw fail(path, Phrase(id: "membaca", en: "read")) }
        defer { close(fd) }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw fail(path, Phrase(id: "membaca", en: "read")) }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
        }
    }
}
