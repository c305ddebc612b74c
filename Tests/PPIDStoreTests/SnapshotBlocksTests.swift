import Foundation
import Testing
@testable import PPIDStore

/// A snapshot's long lists are written in blocks and read back on every core (issue 24): the
/// same items in the same order whatever the blocks' size, and a damaged block refused whole.
@Suite struct SnapshotBlocksTests {
    func written(_ items: [String], per: Int) -> [UInt8] {
        var out: [UInt8] = []
        var w = SnapshotWriter { out.append(contentsOf: $0) }
        w.blocks(items, per: per) { $0.text($1) }
        w.u8(0xEE)
        w.flush()
        return out
    }

    func read(_ bytes: [UInt8]) throws -> ([String], UInt8) {
        try bytes.withUnsafeBytes { b in
            var r = SnapshotReader(b)
            let items = try r.blocks { (r) throws(SnapshotError) in try r.text() }
            return (items, try r.u8())
        }
    }

    @Test func aListComesBackInOrderWhateverTheBlocksSize() throws {
        // Texts longer than fifteen bytes live on the heap: each block's are made on its own thread.
        let items = (0..<1000).map { "permohonan nomor \($0) é" }
        for (n, per) in [(0, 4), (1, 4), (4, 4), (5, 4), (1000, 7), (1000, 1), (1000, 8192)] {
            let (back, after) = try read(written(Array(items.prefix(n)), per: per))
            #expect(back == Array(items.prefix(n)), "\(n) items in blocks of \(per)")
            #expect(after == 0xEE, "what follows the list is read after it")
        }
    }

    @Test func aDamagedBlockIsRefused() throws {
        let bytes = written((0..<50).map { "teks \($0)" }, per: 8)
        // Every single byte changed, and the list cut anywhere: read back the same or refused,
        // never a list of another length or a crash.
        for i in bytes.indices.dropLast() {
            var damaged = bytes
            damaged[i] ^= 0x41
            if let (back, _) = try? read(damaged) { #expect(back.count == 50, "byte \(i)") }
            #expect(throws: SnapshotError.self, "cut at \(i)") { try read(Array(bytes.prefix(i))) }
        }
        var wrongCount = bytes
        wrongCount[0] = 49  // one item fewer than the blocks hold
        #expect(throws: SnapshotError.self) { try read(wrongCount) }
    }

    @Test func theSnapshotsHashReadFromItsFileIsItsXXH64() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-hash-\(getpid())").path
        defer { unlink(path) }
        // More than one piece, and a tail that is no multiple of 32.
        let bytes = (0..<(LogHash.piece + 1234)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        for count in [0, 31, 32, 1000, LogHash.piece, bytes.count] {
            #expect(LogHash.streamed(fd: fd, count: count) == bytes.withUnsafeBytes { LogHash.xxh64(UnsafeRawBufferPointer(rebasing: $0[0..<count])) })
        }
        #expect(LogHash.streamed(fd: fd, count: bytes.count + 1) == nil, "past the end of the file")
    }
}
