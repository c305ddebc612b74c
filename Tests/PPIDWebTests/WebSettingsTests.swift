import Foundation
import PPIDModel
import PPIDStore
import Testing
@testable import PPIDWeb

@Suite("Web: [web] in config.toml")
struct WebSettingsTests {
    func folder(_ toml: String) throws -> DataFolder {
        let dir = NSTemporaryDirectory() + "ppid-web-settings-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try toml.write(toFile: dir + "/config.toml", atomically: true, encoding: .utf8)
        return DataFolder(path: dir)
    }

    @Test("every key is read, the counter's config knows them (no 'unknown key' warning)")
    func keys() throws {
        let f = try folder("""
            [web]
            public_url = "https://ppid.example.go.id/"
            max_per_address_hour = 50
            max_posts_per_address_hour = 5
            max_per_requester_day = 2
            trust_forwarded_for = true
            idle_timeout_seconds = 10
            """)
        defer { try? FileManager.default.removeItem(atPath: f.path) }
        let s = try WebSettings.load(folder: f)
        #expect(s.publicURL == "https://ppid.example.go.id")
        #expect(s.maxPerAddressHour == 50 && s.maxPostsPerAddressHour == 5 && s.maxPerRequesterDay == 2)
        #expect(s.trustForwardedFor && s.idleTimeoutSeconds == 10)
        #expect(try OfficeConfig.load(from: f).warnings.isEmpty)
    }

    @Test("a wrong value stops the server with the key named")
    func wrongValues() throws {
        for (toml, key) in [("public_url = \"ftp://x\"", "public_url"), ("max_per_requester_day = 0", "max_per_requester_day"),
                            ("trust_forwarded_for = \"yes\"", "trust_forwarded_for"), ("idle_timeout_seconds = \"30\"", "idle_timeout_seconds")] {
            let f = try folder("[web]\n" + toml + "\n")
            defer { try? FileManager.default.removeItem(atPath: f.path) }
            #expect {
                try WebSettings.load(folder: f)
            } throws: { error in
                guard case WebError.config(let text)? = error as? WebError else { return false }
                return text.hasPrefix(key)
            }
        }
    }

    @Test("without [web], the defaults")
    func defaults() throws {
        let f = try folder("")
        defer { try? FileManager.default.removeItem(atPath: f.path) }
        #expect(try WebSettings.load(folder: f) == WebSettings())
    }
}
