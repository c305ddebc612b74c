import PPIDModel

extension QueueFilterIndex {
    /// Each request's `detailsVersion` as it was folded, compared exactly: a UUID id (all ppid-tui
    /// writes) in its 16 bytes, any other by its text beside them. `[CompactEventID]` took 24
    /// bytes a request (10 MB on 422,676 requests), held as long as the screen keeps the index.
    struct Versions: Sendable {
        private var high: [UInt64] = []
        private var low: [UInt64] = []
        /// The ids that are not UUIDs, by place.
        private var other: [Int: String] = [:]

        var count: Int { high.count }

        mutating func reserveCapacity(_ n: Int) {
            high.reserveCapacity(n)
            low.reserveCapacity(n)
        }

        mutating func append(_ id: CompactEventID) {
            switch id.storage {
            case .uuid(let h, let l):
                high.append(h)
                low.append(l)
            case .text(let text):
                other[high.count] = text
                high.append(0)
                low.append(0)
            }
        }

        /// Whether request `p` was folded at `id`.
        func holds(_ id: CompactEventID, at p: Int) -> Bool {
            switch id.storage {
            case .uuid(let h, let l): other[p] == nil && high[p] == h && low[p] == l
            case .text(let text): other[p] == text
            }
        }
    }
}
