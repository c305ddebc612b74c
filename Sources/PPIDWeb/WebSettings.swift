import Foundation
import PPIDStore
import TOMLKit

/// `[web]` in config.toml: where the public reaches the server, and the abuse limits. Every
/// key is optional; the defaults suit one office's public.
///
///     [web]
///     public_url = "https://ppid.example.go.id"   # the status links start with it
///     max_per_address_hour = 300                  # pages and posts from one address
///     max_posts_per_address_hour = 20             # form posts from one address
///     max_per_requester_day = 3                   # requests per NIK or contact a day
///     trust_forwarded_for = true                  # behind the office's reverse proxy
///     idle_timeout_seconds = 30                   # a silent connection is closed
public struct WebSettings: Sendable, Equatable {
    /// The public base URL (scheme and host, no trailing slash); empty: the request's Host.
    public var publicURL = ""
    public var maxPerAddressHour = 300
    public var maxPostsPerAddressHour = 20
    public var maxPerRequesterDay = 3
    /// Take the client's address from X-Forwarded-For when the peer is loopback (a reverse proxy).
    public var trustForwardedFor = false
    /// A post sooner than this after its form was served was not typed by a person.
    public var minFormAge: TimeInterval = 3
    /// A form older than this is stale.
    public var maxFormAge: TimeInterval = 4 * 3600
    /// A connection that sends nothing for this long is closed (a slow client holding it open).
    public var idleTimeoutSeconds = 30
    /// The largest request body taken (the form's fields are far smaller).
    public var maxBodyBytes = 32 * 1024
    /// The most fields a posted form may have.
    public var maxFields = 40

    public init() {}

    /// The folder's `[web]` settings (defaults where the file or a key is absent).
    public static func load(folder: DataFolder) throws(WebError) -> WebSettings {
        var s = WebSettings()
        guard let text = try? String(contentsOfFile: folder.configPath, encoding: .utf8),
              let table = try? TOMLTable(string: text), let web = table["web"]?.table else { return s }
        func int(_ key: String, _ range: ClosedRange<Int>) throws(WebError) -> Int? {
            guard let v = web[key] else { return nil }
            guard let i = v.int, range.contains(i) else { throw .config("\(key) harus bilangan \(range) / must be a whole number in \(range)") }
            return i
        }
        if let v = web["public_url"] {
            guard let url = v.string, url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(" ") else {
                throw .config("public_url harus diawali https:// / must start with https://")
            }
            s.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        }
        if let v = try int("max_per_address_hour", 1...1_000_000) { s.maxPerAddressHour = v }
        if let v = try int("max_posts_per_address_hour", 1...1_000_000) { s.maxPostsPerAddressHour = v }
        if let v = try int("max_per_requester_day", 1...1_000) { s.maxPerRequesterDay = v }
        if let v = try int("idle_timeout_seconds", 1...600) { s.idleTimeoutSeconds = v }
        if let v = web["trust_forwarded_for"] {
            guard let b = v.bool else { throw .config("trust_forwarded_for harus true/false / must be true or false") }
            s.trustForwardedFor = b
        }
        return s
    }
}
