import Foundation

/// The server's own memory of who asked how often (never a cookie the client could drop):
/// requests and posts per address in the last hour, requests filed per requester (NIK or
/// contact) per day, and the form tokens already used. Bounded: an address's hits older than
/// the hour are pruned when it comes back, and a book past `maxTracked` entries starts afresh
/// (under a flood of addresses the limits forget rather than grow without end).
final class AbuseGuard: @unchecked Sendable {
    enum Kind { case any, post }

    private let lock = NSLock()
    private var hits: [String: [TimeInterval]] = [:]
    private var posts: [String: [TimeInterval]] = [:]
    private var filed: [String: (day: Int, count: Int)] = [:]
    /// Nonces used, with when their token expires (after which the token is refused anyway).
    private var used: [String: TimeInterval] = [:]
    private let maxTracked = 100_000

    /// Counts one request of `kind` from `address` at `now` (real clock); false when over `limit` in the hour.
    func allow(_ address: String, _ kind: Kind, limit: Int, at now: Date) -> Bool {
        let t = now.timeIntervalSince1970
        return lock.withLock {
            switch kind {
            case .any: return Self.count(&hits, address, t, limit: limit, max: maxTracked)
            case .post: return Self.count(&posts, address, t, limit: limit, max: maxTracked)
            }
        }
    }

    private static func count(_ book: inout [String: [TimeInterval]], _ key: String, _ t: TimeInterval, limit: Int, max: Int) -> Bool {
        if book.count >= max { book.removeAll(keepingCapacity: true) }
        var times = book[key, default: []].filter { t - $0 < 3600 }
        guard times.count < limit else { book[key] = times; return false }
        times.append(t)
        book[key] = times
        return true
    }

    /// Counts a request about to be filed for each of `keys` on `day`, unless one of them has
    /// filed `limit` already (then nothing is counted and false is returned). Checked and
    /// counted at once, so concurrent posts by one requester cannot pass the limit together.
    func reserve(_ keys: [String], day: Int, limit: Int) -> Bool {
        lock.withLock {
            let counts = keys.map { k in filed[k].flatMap { $0.day == day ? $0.count : nil } ?? 0 }
            guard counts.allSatisfy({ $0 < limit }) else { return false }
            if filed.count >= maxTracked { filed = filed.filter { $0.value.day == day } }
            for (k, n) in zip(keys, counts) { filed[k] = (day, n + 1) }
            return true
        }
    }

    /// Takes back a `reserve` whose request was not recorded.
    func release(_ keys: [String], day: Int) {
        lock.withLock {
            for k in keys {
                guard let e = filed[k], e.day == day else { continue }
                filed[k] = (day, max(0, e.count - 1))
            }
        }
    }

    /// Takes a form token's nonce for one post; false when it was taken already (a replay).
    func take(_ nonce: String, expires: Date, at now: Date) -> Bool {
        lock.withLock {
            let t = now.timeIntervalSince1970
            if used.count >= maxTracked { used = used.filter { $0.value > t } }
            guard used[nonce] == nil else { return false }
            used[nonce] = expires.timeIntervalSince1970
            return true
        }
    }
}
