import Foundation
import PPIDModel

/// Every request's number, requester and subject, folded as `TextFolding.fold` folds them
/// (lower case, no accents), in a few buffers, one per core: a filter letter over hundreds of
/// thousands of requests is then a scan instead of a fold per request. Kept by the screen's
/// cache and brought up to date by adding the requests registered since; made again when an
/// earlier request's fields were corrected.
///
/// It also keeps the last filters' matches: a letter typed after them searches only the
/// requests the shorter filter matched (a text holding the longer one holds the shorter one),
/// and a letter rubbed out finds its filter's matches kept.
struct QueueFilterIndex: Sendable {
    /// The folded texts of consecutive requests, each field ended by a 0 byte (typed text
    /// never holds one, so no match runs from one field into the next).
    private struct Part: Sendable {
        var bytes: [UInt8] = []
        /// Where each request's text starts in `bytes`, and then the end.
        var starts: [UInt32] = [0]
        /// The place in registration order of its first request.
        let first: Int
    }

    /// A filter's matches, by place in registration order, ascending, among the first `upTo` requests.
    private struct Found: Sendable {
        let needle: [UInt8]
        var hits: [Int32]
        var upTo: Int
    }

    private var parts: [Part] = []
    /// Each request's fields as they were folded.
    private var versions: [CompactEventID] = []
    /// The last filters' matches, the newest last.
    private var found: [Found] = []
    /// How many filters' matches are kept: a word typed and rubbed out, at a few MB each at most.
    private static let kept = 8

    /// How many requests are folded in.
    var count: Int { versions.count }

    /// Brings the text up to date with `requests`.
    mutating func update(_ requests: RequestTable) {
        let unchanged = versions.count <= requests.count
            && versions.indices.allSatisfy { requests.detailsVersion(at: $0) == versions[$0] }
        if !unchanged { self = QueueFilterIndex() }
        guard versions.count < requests.count else { return }
        let from = versions.count
        requests.withUnsafeRequests { list in
            if parts.isEmpty {
                // From scratch: a part per core, folded side by side.
                let n = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
                var made = [Part?](repeating: nil, count: n)
                made.withUnsafeMutableBufferPointer { out in
                    // Each part reads the list and writes only its own slot.
                    nonisolated(unsafe) let out = out, list = list
                    DispatchQueue.concurrentPerform(iterations: n) { k in
                        let range = (list.count * k / n)..<(list.count * (k + 1) / n)
                        var part = Part(first: range.lowerBound)
                        Self.fold(list, range, into: &part)
                        out[k] = part
                    }
                }
                parts = made.compactMap { $0 }
            } else {
                Self.fold(list, from..<list.count, into: &parts[parts.count - 1])
            }
            versions.reserveCapacity(list.count)
            for p in from..<list.count { versions.append(list[p].detailsVersion) }
        }
    }

    /// Folds the requests `range` of `list` onto the end of `part`.
    private static func fold(_ list: UnsafeBufferPointer<Request>, _ range: Range<Int>, into part: inout Part) {
        var memo: [Character: String] = [:]
        // Room for the range at its first hundred's rate and an eighth more, so the buffer is
        // not doubled (and for a moment held twice) as it grows.
        part.starts.reserveCapacity(part.starts.count + range.count)
        for p in range {
            if p == range.lowerBound + 100 {
                part.bytes.reserveCapacity(part.bytes.count + part.bytes.count / 100 * (range.upperBound - p) * 9 / 8)
            }
            var number = list[p].number
            number.withUTF8 { TextFolding.appendFolded($0, to: &part.bytes, memo: &memo) }
            part.bytes.append(0)
            let details = list[p].details
            let (name, subject) = details.nameAndSubjectBounds
            details.texts.storage.withUnsafeBufferPointer { texts in
                TextFolding.appendFolded(UnsafeBufferPointer(rebasing: texts[name]), to: &part.bytes, memo: &memo)
                part.bytes.append(0)
                TextFolding.appendFolded(UnsafeBufferPointer(rebasing: texts[subject]), to: &part.bytes, memo: &memo)
                part.bytes.append(0)
            }
            part.starts.append(UInt32(part.bytes.count))
        }
    }

    /// Which requests, by place in registration order ascending, hold `needle` (folded
    /// already, not empty) in their number, requester or subject. Searches only the matches
    /// of a kept filter that `needle` holds, when there is one; kept for the next letter.
    mutating func matches(_ needle: String) -> [Int32] {
        let n = Array(needle.utf8)
        guard !n.isEmpty, !n.contains(0) else { return [] }
        if let i = found.lastIndex(where: { $0.needle == n }) {
            var f = found.remove(at: i)
            if f.upTo < count { f.hits += search(n, among: nil, from: f.upTo) }
            f.upTo = count
            found.append(f)
            return f.hits
        }
        // The longest kept filter the needle holds: its matches are the only places to look.
        let narrower = found.filter { f in f.upTo <= count && n.count > f.needle.count && Self.holds(n, f.needle) }
            .max { $0.needle.count < $1.needle.count }
        var hits: [Int32]
        if let narrower {
            hits = search(n, among: narrower.hits, from: 0)
            if narrower.upTo < count { hits += search(n, among: nil, from: narrower.upTo) }
        } else {
            hits = search(n, among: nil, from: 0)
        }
        found.append(Found(needle: n, hits: hits, upTo: count))
        if found.count > Self.kept { found.removeFirst() }
        return hits
    }

    /// Whether `long` holds `short` anywhere.
    private static func holds(_ long: [UInt8], _ short: [UInt8]) -> Bool {
        (0...(long.count - short.count)).contains { at in long[at..<(at + short.count)].elementsEqual(short) }
    }

    /// The places holding `n`: among `candidates` (ascending) when given, else every place
    /// from `from` on. Split in one piece per core; each piece writes only its own hits.
    private func search(_ n: [UInt8], among candidates: [Int32]?, from: Int) -> [Int32] {
        let total = candidates?.count ?? (count - from)
        guard total > 0 else { return [] }
        let pieces = total < 4_096 ? 1 : max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        var found = [[Int32]](repeating: [], count: pieces)
        found.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: pieces) { k in
                let range = (total * k / pieces)..<(total * (k + 1) / pieces)
                out[k] = candidates.map { searchEach(n, $0[range]) } ?? searchRun(n, (from + range.lowerBound)..<(from + range.upperBound))
            }
        }
        return found.count == 1 ? found[0] : found.flatMap { $0 }
    }

    /// The part holding place `p`.
    private func part(of p: Int) -> Int {
        var lo = 0, hi = parts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if parts[mid].first <= p { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The places of `places` (ascending) whose text holds `n`, each looked at on its own.
    private func searchEach(_ n: [UInt8], _ places: ArraySlice<Int32>) -> [Int32] {
        var hits: [Int32] = []
        var i = places.startIndex
        while i < places.endIndex {
            let part = parts[part(of: Int(places[i]))]
            let last = part.first + part.starts.count - 2
            part.bytes.withUnsafeBufferPointer { text in
                part.starts.withUnsafeBufferPointer { starts in
                    n.withUnsafeBufferPointer { n in
                        while i < places.endIndex, Int(places[i]) <= last {
                            let local = Int(places[i]) - part.first
                            let from = Int(starts[local]), to = Int(starts[local + 1])
                            if TextSearch.contains(n, in: UnsafeBufferPointer(rebasing: text[from..<to])) { hits.append(places[i]) }
                            i += 1
                        }
                    }
                }
            }
        }
        return hits
    }

    /// The places in `places` whose text holds `n`, by one scan of each part's text there.
    private func searchRun(_ n: [UInt8], _ places: Range<Int>) -> [Int32] {
        var hits: [Int32] = []
        guard !places.isEmpty else { return hits }
        for part in parts {
            let own = places.clamped(to: part.first..<(part.first + part.starts.count - 1))
            guard !own.isEmpty else { continue }
            let starts = part.starts
            let base = Int(starts[own.lowerBound - part.first]), end = Int(starts[own.upperBound - part.first])
            var local = own.lowerBound - part.first
            part.bytes.withUnsafeBufferPointer { text in
                TextSearch.forEach(n, in: UnsafeBufferPointer(rebasing: text[base..<end])) { at in
                    while Int(starts[local + 1]) <= base + at { local += 1 }
                    hits.append(Int32(part.first + local))
                    return Int(starts[local + 1]) - base
                }
            }
        }
        return hits
    }
}
