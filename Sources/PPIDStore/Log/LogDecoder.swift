import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the log's lines on other cores while the reader applies the ones before them: a
/// replay's work is half decoding (independent line by line) and half applying (in order).
///
/// The reader hands over runs of whole lines (`submit`) and takes each run's results back in
/// the order it handed them (`next`); at most `window` runs are in flight, so memory stays
/// bounded whatever the file's size. A run's bytes, once decoded, are kept for the reader's
/// next read (`emptyBuffer`): the same few buffers serve the whole file, so its pages are
/// touched once, not once a run.
struct LogDecoder {
    /// One line of a run, decoded; `length` is the line's in bytes, without its newline.
    enum Line {
        /// Empty or only spaces: counted as a line, nothing else.
        case blank(length: Int)
        case record(EventRecord, length: Int)
        case problem(EventCodec.Problem, length: Int)
    }

    /// A run's results: written by its worker before `done` is signalled, read after.
    final class Run: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        let bytes: [UInt8]
        var lines: [Line] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }
    }

    let codec: EventCodec
    let window: Int
    private var inFlight: [Run] = []
    /// Buffers of runs already decoded, to be read into again.
    private var spare: [[UInt8]] = []

    init(codec: EventCodec, window: Int = 4) {
        self.codec = codec
        self.window = max(1, window)
    }

    /// Whether a `next()` is needed before another `submit` (the window is full).
    var isFull: Bool { inFlight.count >= window }
    var isEmpty: Bool { inFlight.isEmpty }

    /// An empty buffer to read the next run into: one a decoded run gave back, when there is one.
    mutating func emptyBuffer() -> [UInt8] {
        var bytes = spare.popLast() ?? []
        bytes.removeAll(keepingCapacity: true)
        return bytes
    }

    /// Starts decoding `bytes`, which hold whole lines, each ending in a newline.
    mutating func submit(_ bytes: consuming [UInt8]) {
        let run = Run(bytes: bytes)
        let codec = self.codec
        DispatchQueue.global(qos: .userInitiated).async {
            run.lines = LogDecoder.decode(run.bytes, codec: codec)
            run.done.signal()
        }
        inFlight.append(run)
    }

    /// The results of the oldest run submitted, waiting for them if need be: its lines in
    /// reverse order, so that the reader can move each out with `popLast()` instead of copying.
    mutating func next() -> [Line] {
        let run = inFlight.removeFirst()
        run.done.wait()
        var lines: [Line] = []
        swap(&lines, &run.lines)  // moved out, so the reader owns them alone
        spare.append(run.bytes)
        return lines
    }

    /// Decodes every newline-ended line of `bytes`; the lines come out last first (each is
    /// put in its place from the end, so nothing is copied to reverse them).
    static func decode(_ bytes: [UInt8], codec: EventCodec) -> [Line] {
        bytes.withUnsafeBufferPointer { all in
            let ends = newlines(in: all)
            // One room to scan into, for every line of the run.
            return JSONLine.Scanned.withSpace { slots, buckets in
                [Line](unsafeUninitializedCapacity: ends.count) { out, initialized in
                    var start = 0
                    for (k, end) in ends.enumerated() {
                        let line = UnsafeBufferPointer(rebasing: all[start..<end])
                        start = end + 1
                        out.initializeElement(at: ends.count - 1 - k, to: decode(line, codec: codec, slots: slots, buckets: buckets))
                    }
                    initialized = ends.count
                }
            }
        }
    }

    /// One line (without its newline), decoded.
    private static func decode(
        _ line: UnsafeBufferPointer<UInt8>, codec: EventCodec,
        slots: UnsafeMutableBufferPointer<JSONLine.Scanned.Slot>, buckets: UnsafeMutableBufferPointer<Int8>
    ) -> Line {
        if line.count > EventCodec.maxLineBytes { return .problem(.tooLong(line.count), length: line.count) }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { return .blank(length: line.count) }
        do throws(EventCodec.Problem) {
            return .record(try codec.decode(line, slots: slots, buckets: buckets), length: line.count)
        } catch {
            return .problem(error, length: line.count)
        }
    }

    /// The positions of the newlines in `bytes` (memchr finds them many bytes at a time).
    static func newlines(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        var out: [Int] = []
        var i = 0
        while i < bytes.count, let found = memchr(base + i, 0x0A, bytes.count - i) {
            let k = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            out.append(k)
            i = k + 1
        }
        return out
    }

    /// The position after the last newline of `bytes`, or nil when it has none.
    static func endOfLastLine(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.lastIndex(of: 0x0A).map { $0 + 1 }
    }
}
