import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DataFolder {
    /// The file `name` in the folder `dir` inside the data folder, or nil when there is none.
    /// A link at the name or at the folder is never followed (another member of a shared
    /// folder's group could point it at the officer's private file); anything but a regular
    /// file owned by the folder's owner or group, with no other name, is refused with
    /// `refusal(path, why)`; so is one longer than `maxBytes` when given.
    func readInside(
        _ dir: String, named name: String, maxBytes: Int?, refusal: (String, Phrase) -> StoreError
    ) throws(StoreError) -> Data? {
        let path = dir + "/" + name
        var folder = stat()
        guard stat(self.path, &folder) == 0 else { throw POSIXFile.fail(self.path, Phrase(id: "membaca", en: "read")) }
        let dirFD = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if dirFD < 0 {
            if errno == ENOENT { return nil }
            let short = (dir as NSString).lastPathComponent
            if errno == ELOOP || errno == ENOTDIR { throw refusal(dir, Phrase(id: "folder \(short)/ bukan folder biasa (tautan simbolik?)", en: "\(short)/ is not a real folder (a symbolic link?)")) }
            throw POSIXFile.fail(dir, Phrase(id: "membaca", en: "read"))
        }
        defer { close(dirFD) }
        let fd = openat(dirFD, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            switch errno {
            case ENOENT: return nil
            case ELOOP: throw refusal(path, Phrase(id: "itu tautan simbolik, yang tidak diikuti", en: "it is a symbolic link, which is not followed"))
            default: throw refusal(path, Phrase(id: "tidak dapat dibuka: \(POSIXFile.errorText())", en: "it cannot be opened: \(POSIXFile.errorText())"))
            }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw POSIXFile.fail(path, Phrase(id: "membaca", en: "read")) }
        guard st.st_mode & S_IFMT == S_IFREG else {
            let kind = POSIXFile.kindName(st.st_mode)
            throw refusal(path, Phrase(id: "itu \(kind.id), bukan berkas biasa", en: "it is \(kind.en), not a regular file"))
        }
        guard st.st_uid == folder.st_uid || st.st_gid == folder.st_gid else {
            throw refusal(path, Phrase(
                id: "pemilik dan grupnya bukan pemilik atau grup folder data",
                en: "neither its owner nor its group is the data folder's owner or group"
            ))
        }
        guard st.st_nlink == 1 else {
            throw refusal(path, Phrase(id: "berkas itu punya nama lain juga (tautan keras)", en: "the file has other names too (a hard link)"))
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw refusal(path, Phrase(id: "tidak dapat dibaca: \(POSIXFile.errorText())", en: "it cannot be read: \(POSIXFile.errorText())")) }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
            if let maxBytes, out.count > maxBytes {
                throw refusal(path, Phrase(id: "berkas lebih dari \(maxBytes / 1024) KB", en: "the file is over \(maxBytes / 1024) KB"))
            }
        }
    }
}
