import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the system calls the store needs, each turning errno into a StoreError.
enum POSIXFile {
    static func errorText() -> String { String(cString: strerror(errno)) }

    static func fail(_ path: String, _ action: Phrase) -> StoreError {
        .io(path: path, action: action, reason: errorText())
    }

    /// Creates a folder readable by its owner only, with its parents; fsyncs the parent.
    static func makeFolder(_ path: String) throws(StoreError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw fail(path, Phrase(id: "membuat folder", en: "create the folder")) }
        syncFolder(parent)
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

    /// Replaces `path` whole: writes a temporary file beside it, fsyncs, renames over it.
    static func writeAtomically(_ data: Data, to path: String) throws(StoreError) {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw fail(tmp, Phrase(id: "membuat berkas", en: "create the file")) }
        let failure: StoreError? = data.withUnsafeBytes { b in
            do throws(StoreError) {
                try writeAll(fd, b, path: tmp)
            } catch {
                return error
            }
            return fsync(fd) == 0 ? nil : fail(tmp, Phrase(id: "menyimpan ke disk", en: "sync to disk"))
        }
        close(fd)
        if let failure {
            unlink(tmp)
            throw failure
        }
        guard rename(tmp, path) == 0 else {
            let e = fail(path, Phrase(id: "mengganti berkas", en: "replace the file"))
            unlink(tmp)
            throw e
        }
        syncFolder((path as NSString).deletingLastPathComponent)
    }

    /// Replaces `path` whole with what `body` writes through the function it is given, piece
    /// by piece (for files too large to build in memory first).
    static func writeAtomically(to path: String, _ body: ((UnsafeRawBufferPointer) throws(StoreError) -> Void) throws(StoreError) -> Void) throws(StoreError) {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw fail(tmp, Phrase(id: "membuat berkas", en: "create the file")) }
        do throws(StoreError) {
            try body { (b) throws(StoreError) in try writeAll(fd, b, path: tmp) }
            guard fsync(fd) == 0 else { throw fail(tmp, Phrase(id: "menyimpan ke disk", en: "sync to disk")) }
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        close(fd)
        guard rename(tmp, path) == 0 else {
            let e = fail(path, Phrase(id: "mengganti berkas", en: "replace the file"))
            unlink(tmp)
            throw e
        }
        syncFolder((path as NSString).deletingLastPathComponent)
    }

    /// Reads a whole small file.
    static func read(_ path: String) throws(StoreError) -> Data {
        guard let d = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, action: Phrase(id: "membaca", en: "read"), reason: "tidak ada / not found")
        }
        return d
    }
}
