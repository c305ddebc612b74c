import Foundation
import PPIDModel

/// Writes the folder's outputs (exports, letters, documents) whole: a temporary file beside the
/// target, checked by `OutputPath`, then renamed over it. What goes in them is PPIDDocuments'.
public enum ExportWriter {
    /// Writes a text file (an export, a receipt) whole at `path`, an output of `folder`'s (see
    /// `OutputPath`), its controls made visible as the screen shows them: a `cat` of it shows a
    /// requester's escape sequence, never obeys it.
    public static func write(_ text: String, to path: String, folder: DataFolder) throws(StoreError) {
        try write(Data(InertText.forFile(text).utf8), to: path, folder: folder)
    }

    /// A new folder beside `path` only this user can enter (`mkdtemp`, 0700), for a library
    /// that writes its file by name: nothing another user plants can be followed or replaced
    /// in it. Put the file in place with `place(_:at:)`; remove the folder afterwards.
    public static func privateFolder(beside path: String) throws(StoreError) -> String {
        let dir = POSIXFile.parent(of: path)
        let base = (dir.isEmpty ? "." : dir) + "/." + (path as NSString).lastPathComponent + POSIXFile.tempMarker + "\(getpid())-XXXXXX"
        var template = Array(base.utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw POSIXFile.fail(dir, Phrase(id: "membuat folder sementara di", en: "create a temporary folder in"))
        }
        return String(decoding: template.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
    }

    /// Syncs `file` and renames it over `path` (the group's mode in a shared folder).
    public static func place(_ file: String, at path: String) throws(StoreError) {
        let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFile.fail(file, Phrase(id: "membuka", en: "open")) }
        _ = fchmod(fd, POSIXFile.fileMode(in: POSIXFile.parent(of: path)))
        let synced = fsync(fd) == 0
        close(fd)
        guard synced else { throw POSIXFile.fail(file, Phrase(id: "menyimpan ke disk", en: "sync to disk")) }
        guard rename(file, path) == 0 else { throw POSIXFile.fail(path, Phrase(id: "mengganti berkas", en: "replace the file")) }
        POSIXFile.syncFolder(POSIXFile.parent(of: path))
    }

    /// Makes a folder (owner-only) with its parents.
    public static func makeFolder(_ path: String) throws(StoreError) {
        try POSIXFile.makeFolder(path)
    }

    /// Writes bytes whole (a document) at `path`, an output of `folder`'s, owner-only, making
    /// its folder.
    public static func write(_ data: Data, to path: String, folder: DataFolder) throws(StoreError) {
        try stage(data, at: path, folder: folder).place()
    }

    /// Writes `data` into a new temporary file beside `path` (an output of `folder`'s, checked
    /// by `OutputPath` first; its folder made), fsynced but not yet in place: the caller puts
    /// it there or discards it, and the file at `path` is untouched until then. Only the
    /// default templates (`templates: true`) go into `templates/`.
    public static func stage(_ data: Data, at path: String, folder: DataFolder, templates: Bool = false) throws(StoreError) -> StagedOutput {
        try OutputPath.check(path, folder: folder, templates: templates)
        let dir = POSIXFile.parent(of: path)
        if !dir.isEmpty { try POSIXFile.makeFolder(dir) }
        return StagedOutput(path: path, temporary: try POSIXFile.stage(data, for: path))
    }
}
