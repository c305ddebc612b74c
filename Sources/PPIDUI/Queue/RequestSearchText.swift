import Foundation
import PPIDModel

/// Every request's number, requester and subject, folded as `TextFolding.fold` folds them
/// (lower case, no accents), in one buffer: a filter letter over hundreds of thousands of
/// requests is then one scan instead of a fold per request. Kept by the screen's
/// cache and brought up to date by adding the requests registered since; made again when an
/// earlier request's fields were corrected.
struct RequestSearchText: Sendable {
    /// The folded texts, each field ended by a 0 byte (typed text never holds one, so no
    /// match runs from one field into the next).
    private var bytes: [UInt8] = []
    /// Where each request's text starts in `bytes`, in registration order, and then the end.
    private var starts: [Int] = [0]
    /// Each request's fields as they were folded.
    private var versions: [CompactEventID] = []

    /// How many requests are folded in.
    var count: Int { versions.count }

    /// Brings the text up to date with `requests`.
    mutating func update(_ requests: RequestTable) {
        let unchanged = versions.count <= requests.count
            && versions.indices.allSatisfy { requests.detailsVersion(at: $0) == versions[$0] }
        if !unchanged { self = RequestSearchText() }
        let fromScratch = versions.isEmpty
        if fromScratch {
            versions.reserveCapacity(requests.count + requests.count / 4)
            starts.reserveCapacity(requests.count + requests.count / 4 + 1)
        }
        // Most names share their few accented letters: each is folded by Foundation once.
        var folded: [Character: String] = [:]
        for p in versions.count..<requests.count {
            // Room for the rest at the first thousand's rate and a quarter more, so the buffer is
            // not doubled (and for a moment held twice) as it grows.
            if fromScratch, p == 1_000 { bytes.reserveCapacity(bytes.count / p * requests.count * 5 / 4) }
            let r = requests[p]
            for field in [r.number, r.details.requesterName, r.details.subject] {
                TextFolding.appendFolded(field, to: &bytes, memo: &folded)
                bytes.append(0)
            }
            starts.append(bytes.count)
            versions.append(r.detailsVersion)
        }
    }

    /// Which requests, by place in registration order, hold `needle` (folded already, not
    /// empty) in their number, requester or subject. The text is scanned in parts, one per core.
    func matches(_ needle: String) -> [Bool] {
        var hits = [Bool](repeating: false, count: count)
        let n = Array(needle.utf8)
        guard !n.isEmpty, !n.contains(0), n.count <= bytes.count else { return hits }
        let parts = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
        let (bytes, starts, count) = (bytes, starts, count)
        hits.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let hits = buffer
            // Each part is whole requests, so each writes only its own hits.
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                var p = count * k / parts
                let from = starts[p], to = starts[count * (k + 1) / parts]
                bytes.withUnsafeBufferPointer { text in
                    TextSearch.forEach(n, in: UnsafeBufferPointer(rebasing: text[from..<to])) { at in
                        while starts[p + 1] <= from + at { p += 1 }
                        hits[p] = true
                        return starts[p + 1] - from
                    }
                }
            }
        }
        return hits
    }
}
