import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one rule every output goes through before a byte of it is written (`--out`, letters,
/// exports, receipts, the report, the workbook, PDFs): the office's own files are never its
/// victim. Inside the data folder an output goes only into `exports/`, `receipts/` or
/// `letters/` (and a default template into `templates/`), through no symbolic link; anywhere, a path that is (by `..`, a symbolic
/// link or a hard link: the same device and inode) the log, its lock, the config, the
/// snapshot or a file in `recovery/` is refused, naming the path.
public enum OutputPath {
    /// The folders inside the data folder an output may be written into.
    static let outputFolderNames = ["exports", "receipts", "letters"]

    /// Throws, naming `path`, when an output of `folder`'s may not be written there. Only a
    /// default template (`templates`) goes into `templates/`: a letter or export written over
    /// the office's template would silently become every later letter of its kind.
    public static func check(_ path: String, folder: DataFolder, templates: Bool = false) throws(StoreError) {
        let full = absolute(path)
        let parts = components(full)
        guard !path.hasSuffix("/"), let name = parts.last, name != ".", name != ".." else {
            throw refused(path, Phrase(id: "itu bukan nama berkas", en: "that is not a file name"))
        }
        let parent = "/" + parts.dropLast().joined(separator: "/")
        if let victim = protectedFile(at: full, folder: folder) {
            throw refused(path, Phrase(
                id: "itu \(victim) milik folder data (dengan nama lain atau sama); berkas keluaran tidak pernah menimpanya: pilih berkas lain",
                en: "that is the data folder's \(victim) (under this or another name); an output never replaces it: choose another file"
            ))
        }
        // `--out /dev/null` or `/dev/stdout` would be renamed over (a device node destroyed when
        // run as root): an output replaces only a regular file, or a link to one.
        var st = stat()
        if stat(full, &st) == 0, st.st_mode & S_IFMT != S_IFREG {
            throw refused(path, Phrase(
                id: "itu bukan berkas biasa (perangkat, FIFO, soket atau folder); berkas keluaran hanya menggantikan berkas biasa: pilih nama lain (tanpa --out, ekspor tampil di layar)",
                en: "that is not a regular file (a device, FIFO, socket or folder); an output replaces only a regular file: choose another name (without --out, an export goes to the screen)"
            ))
        }
        // `/dev/stdout` with standard output redirected to a file leads to a regular file, yet
        // its link (a system one) would be renamed over: nothing is written in /dev, /proc or /sys.
        if let system = components(resolved(parent)).first, ["dev", "proc", "sys"].contains(system) {
            throw refused(path, Phrase(
                id: "itu di folder sistem /\(system); berkas keluaran ditulis hanya ke berkas Anda sendiri: pilih nama lain (tanpa --out, ekspor tampil di layar)",
                en: "that is in the system folder /\(system); an output goes only to a file of your own: choose another name (without --out, an export goes to the screen)"
            ))
        }
        let data = absolute(folder.path)
        // Both as written (a symbolic link on the way is looked at below) and as the kernel
        // would resolve it (`..` after a link, a link from elsewhere into the folder).
        for (dir, base) in [(normalized(parent), normalized(data)), (resolved(parent), resolved(data))] {
            guard let inside = relative(dir, to: base) else { continue }
            guard let first = inside.first, outputFolderNames.contains(first) || (templates && first == "templates") else {
                throw refused(path, Phrase(
                    id: "itu di dalam folder data \(folder.path), tempat berkas keluaran hanya masuk ke exports/, receipts/ atau letters/ (templates/ hanya diisi oleh ppid-tui templates); pilih berkas di luar folder data atau di salah satu folder itu",
                    en: "that is inside the data folder \(folder.path), where outputs go only into exports/, receipts/ or letters/ (only ppid-tui templates writes into templates/); choose a file outside the data folder or in one of those"
                ))
            }
            var below = base
            for component in inside {
                below += "/" + component
                var st = stat()
                if lstat(below, &st) == 0, st.st_mode & S_IFMT == S_IFLNK {
                    throw refused(path, Phrase(
                        id: "\(below) sebuah tautan simbolik; ppid-tui tidak menulis melaluinya: hapus tautan itu atau jadikan folder biasa",
                        en: "\(below) is a symbolic link; ppid-tui does not write through one: remove the link or make it a real folder"
                    ))
                }
            }
        }
    }

    static func refused(_ path: String, _ why: Phrase) -> StoreError {
        .io(path: path, action: Phrase(id: "menulis ke", en: "write to"), reason: why)
    }

    /// Which of the folder's own files `path` is (followed, and as it is: a hard link or a
    /// symbolic link to one), if any.
    static func protectedFile(at path: String, folder: DataFolder) -> String? {
        var ids: [(dev_t, ino_t)] = []
        var st = stat()
        if lstat(path, &st) == 0 { ids.append((st.st_dev, st.st_ino)) }
        if stat(path, &st) == 0 { ids.append((st.st_dev, st.st_ino)) }
        guard !ids.isEmpty else { return nil }
        let recovery = (try? FileManager.default.contentsOfDirectory(atPath: folder.recoveryPath)) ?? []
        let own = [folder.logPath, folder.lockPath, folder.configPath, folder.snapshotPath] + recovery.map { folder.recoveryPath + "/" + $0 }
        for file in own where stat(file, &st) == 0 && ids.contains(where: { $0 == (st.st_dev, st.st_ino) }) {
            return shortName(file, folder: folder)
        }
        return nil
    }

    /// A protected file's name as the officer knows it: `events.jsonl`, `recovery/…`.
    private static func shortName(_ file: String, folder: DataFolder) -> String {
        String(file.dropFirst(folder.path.count + 1))
    }

    /// `path` from the root: relative to the working folder when it does not start with `/`.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init).filter { !$0.isEmpty }
    }

    /// An absolute path with `.` and `..` taken as written (no link followed).
    static func normalized(_ path: String) -> String {
        "/" + join([], components(path)).joined(separator: "/")
    }

    private static func join(_ base: [String], _ rest: [String]) -> [String] {
        var out = base
        for c in rest where c != "." {
            if c == ".." { _ = out.popLast() } else { out.append(c) }
        }
        return out
    }

    /// An absolute folder as the kernel resolves it: its longest existing beginning by
    /// `realpath`, the missing rest (no link can be there yet) taken as written.
    static func resolved(_ dir: String) -> String {
        var parts = components(dir)
        var missing: [String] = []
        while true {
            let head = "/" + parts.joined(separator: "/")
            if let real = realpath(head, nil) {
                defer { free(real) }
                return "/" + join(components(String(cString: real)), missing).joined(separator: "/")
            }
            guard let last = parts.popLast() else { return normalized(dir) }
            missing.insert(last, at: 0)
        }
    }

    /// `dir`'s components below `base`, or nil when it is not `base` or inside it.
    static func relative(_ dir: String, to base: String) -> [String]? {
        let d = components(dir), b = components(base)
        guard d.count >= b.count, Array(d.prefix(b.count)) == b else { return nil }
        return Array(d.dropFirst(b.count))
    }
}
