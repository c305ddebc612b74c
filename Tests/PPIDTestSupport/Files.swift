import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` with a fresh, empty scratch folder that is removed afterwards, whatever happens.
public func withScratch<T>(_ body: (String) throws -> T) throws -> T {
    let base = NSTemporaryDirectory() + "ppid-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer {
        // A test may have taken write permission away; give it back so the folder can go.
        _ = chmod(base, 0o755)
        if let names = try? FileManager.default.subpathsOfDirectory(atPath: base) {
            // Not through a link: a test's link to /dev/null would make the device 0755.
            for n in names {
                var st = stat()
                if lstat(base + "/" + n, &st) == 0, st.st_mode & S_IFMT != S_IFLNK { _ = chmod(base + "/" + n, 0o755) }
            }
        }
        try? FileManager.default.removeItem(atPath: base)
    }
    return try body(base)
}

/// A file a test needed and could not read or open.
public struct UnreadableFile: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "cannot read \(path)" }
}

/// A file's bytes.
public func readBytes(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { throw UnreadableFile(path: path) }
    return [UInt8](data)
}

/// Writes `bytes` as the whole file at `path`.
public func writeBytes(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// Appends raw bytes to a file, as another program (or a crash) would leave them.
public func appendRaw(_ bytes: [UInt8], to path: String) throws {
    guard let h = FileHandle(forWritingAtPath: path) else { throw UnreadableFile(path: path) }
    defer { try? h.close() }
    try h.seekToEnd()
    try h.write(contentsOf: Data(bytes))
}

/// Lines of a file without their newlines; the last element is what follows the last newline.
public func splitLines(_ bytes: [UInt8]) -> [[UInt8]] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
}

/// The permission bits of a path (`0o700`, …), or -1 when it is missing.
public func permissions(_ path: String) -> Int {
    var st = stat()
    guard stat(path, &st) == 0 else { return -1 }
    return Int(st.st_mode) & 0o777
}
