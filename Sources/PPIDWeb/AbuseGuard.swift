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

    /// Whether any of `keys` already filed `limit` requests on `day`.
    func requesterOverLimit(_ keys: [String], day: Int, limit: Int) -> Bool {
        lock.withLock { keys.contains { k in filed[k].map { $0.day == day && $0.count >= limit } ?? false } }
    }

    /// Counts a filed request for each of `keys` on `day`.
    func recordFiled(_ keys: [String], day: Int) {
        lock.withLock {
            if filed.count >= maxTracked { filed = filed.filter { $0.value.day == day } }
            for k in keys {
                let prior = filed[k].flatMap { $0.day == day ? $0.count : nil } ?? 0
                filed[k] = (day, prior + 1)
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
