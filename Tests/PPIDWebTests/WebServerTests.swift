import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PPIDModel
import PPIDStore
import Testing
@testable import PPIDWeb

@Suite("Web: form, receipt and status page")
struct WebServerTests {
    @Test("the form has the counter's fields and labels, in Indonesian or English")
    func formPage() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let (status, html) = try await client.get("/")
            #expect(status == .ok)
            for label in ["Nama pemohon", "NIK (opsional)", "Informasi diminta", "Cara penyampaian", "form_token", "name=\"website\""] {
                #expect(html.contains(label), "\(label)")
            }
            #expect(!html.contains("name=\"channel\"") && !html.contains("name=\"received\""))
            let (_, english) = try await client.get("/?lang=en")
            #expect(english.contains("Requester name") && english.contains("lang=\"en\""))
            let (cssStatus, css) = try await client.get("/style.css")
            #expect(cssStatus == .ok && css.contains("@media print"))
        }
    }

    @Test("a request filed on the web is registered like a counter's: channel online, next number, token hashed")
    func submitRegisters() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let (status, html, headers) = try await client.post(goodRequest.merging(["form_token": token]) { $1 })
            #expect(status == .created)
            #expect(html.contains("PPID-2026-001") && html.contains("2026-11-25 10:00"))
            #expect(html.contains("Rabu 2026-12-09"), "10 working days after Wednesday 25 November")
            let location = try #require(headers[.location])
            #expect(location.hasPrefix("/status/") && location.count >= "/status/".count + 43)
            #expect(html.contains("href=\"http://ppid.test\(location)\""), "the link starts with [web] public_url")
            let statusToken = String(location.dropFirst("/status/".count))
            let line = try #require(h.lines.first)
            #expect(h.lines.count == 1)
            #expect(line.contains("\"channel\":\"online\"") && line.contains("\"by\":\"online\""))
            #expect(line.contains("\"status_token_sha256\":\"\(StatusToken.hash(statusToken))\""))
            #expect(!line.contains(statusToken), "the log keeps only the token's hash")
        }
    }

    @Test("the status page shows the request without any personal data; a wrong token or a number is a 404")
    func statusPage() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let (_, _, headers) = try await client.post(goodRequest.merging(["form_token": token]) { $1 })
            let location = try #require(headers[.location])
            let (status, html) = try await client.get(location)
            #expect(status == .ok)
            #expect(html.contains("PPID-2026-001") && html.contains("Dalam Proses") && html.contains("10 hari kerja lagi"))
            for personal in ["Budi", "Sudirman", "budi@example.id", "1471010101010001", "Peneliti", "Daftar tarif"] {
                #expect(!html.contains(personal), "\(personal) must not be shown")
            }
            for wrong in ["/status/PPID-2026-001", "/status/" + StatusToken.make(), "/status/" + String(location.dropFirst(8).dropLast())] {
                let (s, body) = try await client.get(wrong)
                #expect(s == .notFound, "\(wrong)")
                #expect(!body.contains("PPID-2026-001"))
            }
        }
    }

    @Test("after closing time the receipt says the count starts on the next working day")
    func afterClosing() async throws {
        let h = try WebHarness(now: "2026-11-27T17:30:00+07:00")  // a Friday, after 16.30
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let (status, html, _) = try await client.post(goodRequest.merging(["form_token": token]) { $1 })
            #expect(status == .created)
            #expect(html.contains("dihitung diterima pada hari kerja berikutnya, Senin 2026-11-30"))
            #expect(html.contains("setelah loket tutup pukul 16.30"))
        }
    }

    @Test("the status page follows the counter: a decision with its ground, and LEWAT once overdue")
    func statusFollowsCounter() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let (_, _, headers) = try await client.post(goodRequest.merging(["form_token": token]) { $1 })
            let location = try #require(headers[.location])
            h.clock.set(now: "2026-12-14T09:00:00+07:00")
            let (_, overdue) = try await client.get(location)
            #expect(overdue.contains("LEWAT 3 hari kerja"))
            // A counter (another Office on the folder) decides it.
            let counter = try Office(folder: h.folder)
            try counter.log.append(.recordTest(pasal17hTest), by: "siti", at: h.clock.now)
            let decided = RequestDecided(
                request: "PPID-2026-001", outcome: .rejected, ground: .exception(.h), noticeOn: CivilDate(iso: "2026-12-14")!, tests: ["DIK-001"])
            try counter.log.append(.decide(decided), by: "siti", at: h.clock.now)
            let (_, html) = try await client.get(location + "?lang=en")
            #expect(html.contains("Rejected") && html.contains("Article 17(h)"))
            #expect(!html.contains("OVERDUE"))
        }
    }

    @Test("returned for completion with what is missing, then extended with its reason: the page says both")
    func returnedAndExtended() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let path = try await client.file(h)
            let counter = try Office(folder: h.folder)
            try counter.log.append(.returnIncomplete(RequestReturnedIncomplete(request: "PPID-2026-001", missing: "tahun data yang diminta")), by: "siti", at: h.clock.now)
            let (_, returned) = try await client.get(path)
            #expect(returned.contains("Dikembalikan untuk dilengkapi") && returned.contains("Yang perlu dilengkapi: tahun data yang diminta"))
            try counter.log.append(.declareComplete(RequestDeclaredComplete(request: "PPID-2026-001", completedAt: h.clock.now)), by: "siti", at: h.clock.now)
            try counter.log.append(.extend(RequestExtended(request: "PPID-2026-001", reason: "Data di tiga bidang")), by: "siti", at: h.clock.now)
            let (_, extended) = try await client.get(path + "?lang=en")
            #expect(extended.contains("extended by 7 working days (Art. 22(8)). Reason: Data di tiga bidang"))
            #expect(extended.contains("(extended)") && extended.contains("Open"))
        }
    }

    @Test("a link still works after the server restarts: the index is rebuilt from the log")
    func tokenSurvivesRestart() async throws {
        let h = try WebHarness()
        let app = Application(router: h.server.router())
        let location = try await app.test(.router) { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            return try #require(try await client.post(goodRequest.merging(["form_token": token]) { $1 }).2[.location])
        }
        let office = try Office(folder: h.folder)
        let fresh = WebOffice(office: office)
        #expect(fresh.request(tokenHash: StatusToken.hash(String(location.dropFirst(8))))?.number == "PPID-2026-001")
        #expect(fresh.request(tokenHash: StatusToken.hash("PPID-2026-001")) == nil)
    }

    @Test("numbers come from the one sequence: counter, web, counter")
    func sharedNumbering() async throws {
        let h = try WebHarness()
        let counter = try Office(folder: h.folder)
        let details = RequestDetails(requesterName: "Siti", category: .individual, address: "Jl. A", topic: .testing, subject: "x")
        try counter.log.append(.register(receivedAt: h.clock.now, channel: .walkIn, details: details), by: "siti", at: h.clock.now)
        try await h.test { client in
            let token = try await client.formToken()
            h.clock.wait(10)
            let (status, html, _) = try await client.post(goodRequest.merging(["form_token": token]) { $1 })
            #expect(status == .created && html.contains("PPID-2026-002"))
        }
        try counter.log.append(.register(receivedAt: h.clock.now, channel: .walkIn, details: details), by: "siti", at: h.clock.now)
        #expect(counter.ledger.numbers == ["PPID-2026-001", "PPID-2026-002", "PPID-2026-003"])
    }
}
