import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DataFolder {
    /// The network filesystem the folder is on (NFS, SMB/CIFS, sshfs, …), or nil on a local
    /// one or where the mount table cannot be read. `flock` there does not keep processes on
    /// two machines apart (or not reliably), and appends rely on it to give each registration
    /// number once. Read from the kernel's mount table (`/proc/self/mountinfo`: the same type
    /// `statfs` gives, by name, which also tells sshfs from other FUSE filesystems).
    public var networkFilesystem: String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        guard let mounts = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return nil }
        return Self.mountType(of: String(cString: real), mountinfo: mounts).flatMap(Self.networkFilesystem(type:))
    }

    /// What an officer is told when the folder is on a network filesystem, naming the remedy.
    public var networkWarning: Phrase? { networkWarning(for: networkFilesystem) }

    func networkWarning(for filesystem: String?) -> Phrase? {
        filesystem.map { fs in
            Phrase(
                id: "folder data \(path) berada di sistem berkas jaringan (\(fs)): kuncinya tidak menjaga loket di beberapa komputer, nomor registrasi bisa terpakai dua kali. Jalankan semua loket di komputer tempat folder ini disimpan; petugas tersambung ke sana dengan ssh",
                en: "the data folder \(path) is on a network filesystem (\(fs)): its lock does not keep counters on several computers apart, and a registration number may be given twice. Run every counter on the machine that holds the folder; officers connect to it with ssh"
            )
        }
    }

    /// The network filesystem a mount table type names (`nfs4`, `cifs`, `fuse.sshfs`), or nil.
    static func networkFilesystem(type: String) -> String? {
        switch type {
        case "nfs", "nfs4": "NFS"
        case "cifs", "smb3", "smbfs": "SMB/CIFS"
        case "fuse.sshfs", "sshfs": "sshfs"
        case "afs", "ceph", "coda", "9p", "glusterfs", "fuse.glusterfs", "lustre", "gfs2", "ocfs2": type
        default: nil
        }
    }

    /// The type `mountinfo` gives the mount holding `path` (the last of those mounted on the
    /// longest mount point it lies under), or nil.
    static func mountType(of path: String, mountinfo: String) -> String? {
        var best: (point: String, type: String)?
        for line in mountinfo.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            let fields = halves[0].split(separator: " ")
            guard halves.count == 2, fields.count >= 5, let type = halves[1].split(separator: " ").first else { continue }
            // A space in a mount point is written \040.
            let point = fields[4].replacingOccurrences(of: "\\040", with: " ")
            let under = point == "/" || path == point || path.hasPrefix(point + "/")
            if under, point.count >= (best?.point.count ?? 0) { best = (point, String(type)) }
        }
        return best?.type
    }
}
