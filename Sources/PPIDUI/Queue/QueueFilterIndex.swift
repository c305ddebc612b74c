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

    /// A filter's matches among the first `upTo` requests.
    private struct Found: Sendable {
        let needle: [UInt8]
        var matches: Matches
        var upTo: Int
    }

    /// The places holding a filter, ascending, with where in its text the filter first starts
    /// and, when worked out, every place it starts: a longer filter holding this one can only
    /// start where this one does, so then only those places are compared.
    private struct Matches: Sendable {
        var hits: [Int32] = []
        var firsts: [UInt32] = []
        /// Hit `i`'s starts are `offsets[starts[i]..<starts[i + 1]]`; nil when only the first is known.
        var every: (starts: [Int32], offsets: [UInt32])? = ([0], [])

        init() {}

        /// None yet, with room for all of `pieces`' (every start kept only if each keeps them).
        init(room pieces: [Matches]) {
            let hits = pieces.reduce(0) { $0 + $1.hits.count }
            self.hits.reserveCapacity(hits)
            firsts.reserveCapacity(hits)
            guard pieces.allSatisfy({ $0.every != nil }) else {
                every = nil
                return
            }
            every?.starts.reserveCapacity(hits + 1)
            every?.offsets.reserveCapacity(pieces.reduce(0) { $0 + ($1.every?.offsets.count ?? 0) })
        }

        /// These and then `more`'s (places after these), in place.
        mutating func append(_ more: Matches) {
            hits += more.hits
            firsts += more.firsts
            guard var mine = every, let theirs = more.every else {
                every = nil
                return
            }
            every = nil
            let base = Int32(mine.offsets.count)
            mine.starts.append(contentsOf: theirs.starts.dropFirst().lazy.map { $0 + base })
            mine.offsets += theirs.offsets
            every = mine
        }
    }

    private var parts: [Part] = []
    /// Each request's fields as they were folded.
    private var versions = Versions()
    /// The last filters' matches, the newest last; only the newest keeps its every start.
    private var found: [Found] = []
    /// How many filters' matches are kept: the one being typed and the two before it, so two
    /// letters rubbed out find theirs (each is a few MB on a large ledger, held as long as the
    /// screen keeps the index).
    private static let kept = 3

    /// How many requests are folded in.
    var count: Int { versions.count }

    /// Brings the text up to date with `requests`.
    mutating func update(_ requests: RequestTable) {
        let unchanged = versions.count <= requests.count
            && (0..<versions.count).allSatisfy { versions.holds(requests.detailsVersion(at: $0), at: $0) }
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
            if from == 0 { versions.reserveCapacity(list.count) }
            for p in from..<list.count { versions.append(list[p].detailsVersion) }
        }
    }

    /// Folds the requests `range` of `list` onto the end of `part`.
    private static func fold(_ list: UnsafeBufferPointer<Request>, _ range: Range<Int>, into part: inout Part) {
        var memo: [Character: String] = [:]
        if part.bytes.isEmpty {
            // Room for the texts as they are, which folding seldom lengthens: the buffer is
            // then not doubled (and for a moment held twice) as it grows. Later requests are
            // added a few at a time, as appends grow an array.
            let room = range.reduce(0) { sum, p in
                let (name, subject) = list[p].details.nameAndSubjectBounds
                return sum + list[p].number.utf8.count + name.count + subject.count + 3
            }
            part.bytes.reserveCapacity(room + room / 64)
            part.starts.reserveCapacity(range.count + 1)
        }
        for p in range {
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
    /// already, not empty) in their number, requester or subject. Looks only where a kept
    /// filter that `needle` holds starts, when there is one; kept for the next letter.
    mutating func matches(_ needle: String) -> [Int32] {
        let n = Array(needle.utf8)
        guard !n.isEmpty, !n.contains(0) else { return [] }
        if let i = found.lastIndex(where: { $0.needle == n }) {
            var f = found.remove(at: i)
            if f.upTo < count { f.matches.append(search(n, within: nil, from: f.upTo)) }
            f.upTo = count
            keep(f)
            return f.matches.hits
        }
        // The longest kept filter the needle holds: the needle can start only where it does.
        let narrower = found.compactMap { f in Self.place(of: f.needle, in: n).map { (f, $0) } }
            .max { $0.0.needle.count < $1.0.needle.count }
        var matches: Matches
        if let (f, at) = narrower {
            matches = search(n, within: (f.matches, at), from: 0)
            if f.upTo < count { matches.append(search(n, within: nil, from: f.upTo)) }
        } else {
            matches = search(n, within: nil, from: 0)
        }
        keep(Found(needle: n, matches: matches, upTo: count))
        return matches.hits
    }

    /// Keeps `f` as the newest filter. The older ones let go of their every start: only the
    /// newest is narrowed by the next letter, and one found again is searched from each
    /// match's first start instead.
    private mutating func keep(_ f: Found) {
        for k in found.indices { found[k].matches.every = nil }
        found.append(f)
        if found.count > Self.kept { found.removeFirst(found.count - Self.kept) }
    }

    /// Where `short` first lies in `long`, when it is shorter and lies there.
    private static func place(of short: [UInt8], in long: [UInt8]) -> Int? {
        guard short.count < long.count else { return nil }
        return (0...(long.count - short.count)).first { at in long[at..<(at + short.count)].elementsEqual(short) }
    }

    /// The places holding `n`: among a shorter filter's matches when given (`at` is where it
    /// lies in `n`), else every place from `from` on. Split in one piece per core; each piece
    /// writes only its own matches.
    private func search(_ n: [UInt8], within shorter: (matches: Matches, at: Int)?, from: Int) -> Matches {
        let total = shorter?.matches.hits.count ?? (count - from)
        guard total > 0 else { return Matches() }
        let pieces = total < 4_096 ? 1 : max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        var found = [Matches](repeating: Matches(), count: pieces)
        found.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: pieces) { k in
                let range = (total * k / pieces)..<(total * (k + 1) / pieces)
                out[k] = shorter.map { searchEach(n, $0.matches, $0.at, range) } ?? searchRun(n, (from + range.lowerBound)..<(from + range.upperBound))
            }
        }
        guard pieces > 1 else { return found[0] }
        // Sized once to the pieces together, each let go of as it is added: no list is doubled
        // (and for a moment held twice) while the pieces are held too.
        var all = Matches(room: found)
        for k in found.indices {
            var more = Matches()
            swap(&more, &found[k])
            all.append(more)
        }
        return all
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

    /// The matches of `n` among the hits `range` of a shorter filter's `shorter`, which lies at
    /// `at` in `n`: each of its starts compared where it knows them all, else its text searched
    /// from its first start on. Every start of `n` is kept.
    private func searchEach(_ n: [UInt8], _ shorter: Matches, _ at: Int, _ range: Range<Int>) -> Matches {
        var out = Matches()
        var offsets: [UInt32] = [], starts: [Int32] = [0]
        var i = range.lowerBound
        while i < range.upperBound {
            let part = parts[part(of: Int(shorter.hits[i]))]
            let last = part.first + part.starts.count - 2
            part.bytes.withUnsafeBufferPointer { text in
                part.starts.withUnsafeBufferPointer { bounds in
                    n.withUnsafeBufferPointer { needle in
                        guard let tb = text.baseAddress, let nb = needle.baseAddress else { return }
                        while i < range.upperBound, Int(shorter.hits[i]) <= last {
                            let local = Int(shorter.hits[i]) - part.first
                            let from = Int(bounds[local]), size = Int(bounds[local + 1]) - from
                            let before = offsets.count
                            func holds(_ x: Int) -> Bool {
                                x >= 0 && x + n.count <= size && memcmp(tb + from + x, nb, n.count) == 0
                            }
                            if let every = shorter.every {
                                for k in Int(every.starts[i])..<Int(every.starts[i + 1]) {
                                    let x = Int(every.offsets[k]) - at
                                    if holds(x) { offsets.append(UInt32(x)) }
                                }
                            } else {
                                let begin = max(0, Int(shorter.firsts[i]) - at)
                                let slice = UnsafeBufferPointer(rebasing: text[(from + begin)..<(from + size)])
                                TextSearch.appendStarts(of: needle, in: slice, plus: begin, to: &offsets)
                            }
                            if offsets.count > before {
                                out.hits.append(shorter.hits[i])
                                out.firsts.append(offsets[before])
                                starts.append(Int32(offsets.count))
                            }
                            i += 1
                        }
                    }
                }
            }
        }
        out.every = (starts, offsets)
        return out
    }

    /// The matches of `n` in `places`, by one scan of each part's text there; only each
    /// first start is kept.
    private func searchRun(_ n: [UInt8], _ places: Range<Int>) -> Matches {
        var out = Matches()
        out.every = nil
        guard !places.isEmpty else { return out }
        for part in parts {
            let own = places.clamped(to: part.first..<(part.first + part.starts.count - 1))
            guard !own.isEmpty else { continue }
            let starts = part.starts
            let base = Int(starts[own.lowerBound - part.first]), end = Int(starts[own.upperBound - part.first])
            var local = own.lowerBound - part.first
            part.bytes.withUnsafeBufferPointer { text in
                TextSearch.forEach(n, in: UnsafeBufferPointer(rebasing: text[base..<end])) { at in
                    while Int(starts[local + 1]) <= base + at { local += 1 }
                    out.hits.append(Int32(part.first + local))
                    out.firsts.append(UInt32(base + at - Int(starts[local])))
                    return Int(starts[local + 1]) - base
                }
            }
        }
        return out
    }
}
