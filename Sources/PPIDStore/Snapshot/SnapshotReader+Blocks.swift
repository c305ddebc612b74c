import Foundation

extension SnapshotReader {
    /// A list `SnapshotWriter.blocks` wrote, its blocks read on every core at once (a ledger's
    /// requests are most of a snapshot's bytes) into their places in one array.
    mutating func blocks<T>(_ read: (inout SnapshotReader) throws(SnapshotError) -> T) throws(SnapshotError) -> [T] {
        let n = try count()
        let written = try varint()
        guard written > 0, written <= UInt64(Int32.max) else { throw .damaged("blocks of \(written) at byte \(at)") }
        let per = Int(written)
        var found: [Range<Int>] = []
        for _ in stride(from: 0, to: n, by: per) {
            let length = try count()
            found.append(at..<(at + length))
            _ = try raw(skipping: length)
        }
        let places = found
        nonisolated(unsafe) let all = self.all
        let progress = self.progress
        return try withoutActuallyEscaping(read) { (read) throws(SnapshotError) -> [T] in
            nonisolated(unsafe) let read = read
            let result = [T](unsafeUninitializedCapacity: n + n / 8) { out, initialized in
                // Each block fills its own items and its own outcome: no two threads touch one place.
                let outcomes = UnsafeMutableBufferPointer<Bool>.allocate(capacity: places.count)
                outcomes.initialize(repeating: false)
                defer { outcomes.deallocate() }
                nonisolated(unsafe) let (out, done) = (out, outcomes)
                DispatchQueue.concurrentPerform(iterations: places.count) { k in
                    guard let base = out.baseAddress else { return }
                    let first = k * per
                    let items = min(per, n - first)
                    var r = SnapshotReader(UnsafeRawBufferPointer(rebasing: all[places[k]]))
                    var made = 0
                    do throws(SnapshotError) {
                        while made < items {
                            (base + first + made).initialize(to: try read(&r))
                            made += 1
                        }
                        done[k] = r.isAtEnd
                    } catch {}
                    if !done[k] { (base + first).deinitialize(count: made) }
                    progress?(places[k])
                }
                if done.allSatisfy({ $0 }) {
                    initialized = n
                } else if let base = out.baseAddress {
                    // What the blocks read whole holds is let go; the list stays empty.
                    for k in places.indices where done[k] { (base + k * per).deinitialize(count: min(per, n - k * per)) }
                }
            }
            guard result.count == n else { throw .damaged("a block of a list") }
            return result
        }
    }
}
