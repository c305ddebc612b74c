import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PPIDModel
import PPIDStore
import Testing
@testable import PPIDWeb

/// Every refusal is a page with a 4xx status that says what to do, and nothing is written.
@Suite("Web: refusals")
struct WebRefusalTests {
    @Test("empty and doubtful fields are all marked at once, with the counter's words, and what was typed is kept")
    func fieldChecks() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            var fields = goodRequest.merging(["form_token": token]) { $1 }
            fields["name"] = ""
            fields["address"] = ""
            fields["nik"] = "12345"
            fields["subject"] = "Data <b>penting</b> & \"rahasia\""
            let (status, html, _) = try await client.post(fields)
            #expect(status == .unprocessableContent)
            #expect(html.components(separatedBy: "wajib diisi").count - 1 >= 4, "name and address, in the list and at the field")
            #expect(html.contains("NIK 16 angka (kosongkan bila tidak ada)"))
            #expect(html.contains("Data &lt;b&gt;penting&lt;/b&gt; &amp; &quot;rahasia&quot;"), "kept, and escaped")
            #expect(html.contains("value=\"budi@example.id\""))
            #expect(!html.contains(token), "a fresh form token")
            #expect(h.lines.isEmpty)
        }
    }

    @Test("a text longer than the counter's field takes is refused at its field")
    func fieldLength() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let (status, html, _) = try await client.post(goodRequest.merging(["form_token": token, "nik": String(repeating: "1", count: 40)]) { $1 })
            #expect(status == .unprocessableContent && html.contains("paling banyak 32 karakter"))
            #expect(h.lines.isEmpty)
        }
    }

    @Test("a post within seconds of its form, a forged, stale or replayed token: refused, nothing written twice")
    func formTokens() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(1)
            let fast = try await client.post(goodRequest.merging(["form_token": token]) { $1 })
            #expect(fast.0 == .tooManyRequests && fast.1.contains("terlalu cepat") && fast.1.contains("Budi Santoso"))
            var forged = token
            let last = forged.removeLast()
            forged.append(last == "0" ? "1" : "0")  // one hex digit of the signature changed
            h.clock.wait(10)
            #expect(try await client.post(goodRequest.merging(["form_token": forged]) { $1 }).0 == .forbidden)
            #expect(try await client.post(goodRequest).0 == .forbidden, "no token")
            #expect(h.lines.isEmpty)
            #expect(try await client.post(goodRequest.merging(["form_token": token]) { $1 }).0 == .created)
            let replay = try await client.post(goodRequest.merging(["form_token": token, "nik": "", "contact": "lain@example.id"]) { $1 })
            #expect(replay.0 == .conflict)
            #expect(h.lines.count == 1)
            let stale = try await client.formToken()
            h.clock.wait(5 * 3600)
            let old = try await client.post(goodRequest.merging(["form_token": stale, "nik": "", "contact": "x@example.id"]) { $1 })
            #expect(old.0 == .badRequest && old.1.contains("terbuka terlalu lama"))
            #expect(h.lines.count == 1)
        }
    }

    @Test("the form's age is measured by the real clock even when PPID_NOW pins the recorded time")
    func realClock() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.set(now: "2026-11-25T10:30:00+07:00")  // the pinned clock jumps; the real one does not
            #expect(try await client.post(goodRequest.merging(["form_token": token]) { $1 }).0 == .tooManyRequests)
        }
    }

    @Test("a post from another site, or with neither Origin nor Referer, is refused")
    func origin() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let fields = goodRequest.merging(["form_token": token]) { $1 }
            #expect(try await client.post(fields, headers: [.origin: "http://evil.example"]).0 == .forbidden)
            #expect(try await client.post(fields, headers: [.origin: "null"]).0 == .forbidden)
            #expect(try await client.post(fields, headers: [:]).0 == .forbidden)
            #expect(try await client.post(fields, headers: [.referer: "http://ppid.test.evil.example/"]).0 == .forbidden)
            #expect(h.lines.isEmpty)
            #expect(try await client.post(fields, headers: [.referer: WebHarness.origin + "/?lang=en"]).0 == .created)
        }
    }

    @Test("the honeypot field filled: refused")
    func honeypot() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let (status, html, _) = try await client.post(goodRequest.merging(["form_token": token, "website": "http://spam"]) { $1 })
            #expect(status == .badRequest && html.contains("Formulir tidak dapat diterima"))
            #expect(h.lines.isEmpty)
        }
    }

    @Test("an oversized body, 10,000 fields, a repeated field, bad UTF-8 or a bad escape: a 4xx page, and the server still serves")
    func hostileBodies() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let (big, bigHTML, _) = try await client.post([:], raw: "name=" + String(repeating: "a", count: 100_000))
            #expect(big == .contentTooLarge && bigHTML.contains("terlalu besar"))
            let many = (0..<10_000).map { "f\($0)=1" }.joined(separator: "&")
            #expect(try await client.post([:], raw: String(many.prefix(30_000))).0 == .badRequest)
            #expect(try await client.post([:], raw: "name=a&name=b&form_token=\(token)").0 == .badRequest)
            #expect(try await client.post([:], raw: "name=%C3%28&form_token=\(token)").0 == .badRequest)
            #expect(try await client.post([:], raw: "name=%G1&form_token=\(token)").0 == .badRequest)
            #expect(try await client.post([:], raw: "name=%4").0 == .badRequest)
            #expect(h.lines.isEmpty)
            #expect(try await client.post(goodRequest.merging(["form_token": token]) { $1 }).0 == .created)
        }
    }

    @Test("too many requests from one address in an hour: 429 with Retry-After")
    func perAddress() async throws {
        var s = WebSettings()
        s.maxPerAddressHour = 3
        let h = try WebHarness(settings: s)
        try await h.test { client in
            for _ in 0..<3 { #expect(try await client.get("/").0 == .ok) }
            let (status, html) = try await client.get("/")
            #expect(status == .tooManyRequests && html.contains("Terlalu banyak permintaan"))
            #expect(try await client.get("/status/abc").0 == .tooManyRequests, "status guesses count too")
            h.clock.wait(3601)
            #expect(try await client.get("/").0 == .ok)
        }
    }

    @Test("one NIK or contact files at most the day's limit")
    func perRequester() async throws {
        var s = WebSettings()
        s.maxPerRequesterDay = 1
        let h = try WebHarness(settings: s)
        try await h.test { client in
            let first = try await client.formToken()
            let second = try await client.formToken()
            h.clock.wait(10)
            #expect(try await client.post(goodRequest.merging(["form_token": first]) { $1 }).0 == .created)
            let again = try await client.post(goodRequest.merging(["form_token": second, "contact": "lain@example.id"]) { $1 })
            #expect(again.0 == .tooManyRequests && again.1.contains("NIK atau kontak"))
            #expect(h.lines.count == 1)
        }
    }

    @Test("posts by one requester at the same moment cannot pass the daily limit together")
    func perRequesterConcurrent() async throws {
        var s = WebSettings()
        s.maxPerRequesterDay = 1
        let h = try WebHarness(settings: s)
        try await h.test { client in
            var tokens: [String] = []
            for _ in 0..<6 { tokens.append(try await client.formToken()) }
            h.clock.wait(10)
            let statuses = await withTaskGroup(of: HTTPResponse.Status?.self) { group in
                for t in tokens {
                    group.addTask { try? await client.post(goodRequest.merging(["form_token": t]) { $1 }).0 }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .created }.count == 1)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 5)
            #expect(h.lines.count == 1)
        }
    }

    @Test("control characters are stored inert, as the counter's files store them, and tags stay text")
    func inertText() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let name = "Budi\u{1B}[2J\u{07}\r\nSantoso <script>x</script>"
            #expect(try await client.post(goodRequest.merging(["form_token": token, "name": name]) { $1 }).0 == .created)
        }
        let office = try Office(folder: h.folder)
        let stored = try #require(office.ledger["PPID-2026-001"]).details.requesterName
        #expect(stored == "Budi␛[2J␇  Santoso <script>x</script>")
    }

    @Test("the form key is made once, owner-only, and a key others can read is refused")
    func keyFile() throws {
        let h = try WebHarness()
        let path = h.dir + "/" + FormSigner.keyFileName
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let again = try FormSigner.load(folder: h.folder)
        #expect(again.keyBytes == h.server.signer.keyBytes)
        chmod(path, 0o644)
        #expect(throws: WebError.keyFile(path)) { try FormSigner.load(folder: h.folder) }
    }
}
