import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PPIDModel
import PPIDStore
import Testing
@testable import PPIDWeb

@Suite("Web: withdrawal and objection from the status page")
struct WebStatusActionTests {
    @Test("a requester withdraws after confirming; the event is the counter's, recorded by online")
    func withdraw() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let path = try await client.file(h)
            let token = try await client.formToken(uri: path)
            h.clock.wait(10)
            let unconfirmed = try await client.post(["form_token": token, "lang": "id", "reason": "Sudah dapat"], to: path + "/cabut")
            #expect(unconfirmed.0 == .unprocessableContent && unconfirmed.1.contains("Centang konfirmasi"))
            #expect(h.lines.count == 1)
            let done = try await client.post(["form_token": token, "lang": "id", "confirm": "ya", "reason": "Sudah dapat"], to: path + "/cabut")
            #expect(done.0 == .seeOther && done.2[.location] == path)
            let (_, html) = try await client.get(path)
            #expect(html.contains("Dicabut") && html.contains("Permohonan dicabut pada"))
            #expect(!html.contains("/cabut\""), "no second withdrawal offered")
            let line = try #require(h.lines.last)
            #expect(line.contains("\"type\":\"request.withdrawn\"") && line.contains("\"by\":\"online\"") && line.contains("Sudah dapat"))
            let again = try await client.post(["form_token": token, "lang": "id", "confirm": "ya"], to: path + "/cabut")
            #expect(again.0 == .conflict)
            #expect(try await client.post(["form_token": token, "confirm": "ya"], to: "/status/PPID-2026-001/cabut").0 == .notFound)
            #expect(h.lines.count == 2)
        }
    }

    @Test("the objection is offered once a ground can arise, with its window; filed online it is a recorded objection")
    func objection() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let path = try await client.file(h)
            #expect(!(try await client.get(path).1.contains("/keberatan\"")), "not while the request runs in time")
            let counter = try Office(folder: h.folder)
            try counter.log.append(.recordTest(pasal17hTest), by: "siti", at: h.clock.now)
            let decided = RequestDecided(
                request: "PPID-2026-001", outcome: .rejected, ground: .exception(.h), noticeOn: CivilDate(iso: "2026-11-25")!, tests: ["DIK-001"])
            try counter.log.append(.decide(decided), by: "siti", at: h.clock.now)
            let (_, page) = try await client.get(path)
            #expect(page.contains("/keberatan\"") && page.contains("hari terakhir Selasa 2027-01-12"))
            let token = try await client.formToken(uri: path)
            h.clock.wait(10)
            let none = try await client.post(["form_token": token, "lang": "id"], to: path + "/keberatan")
            #expect(none.0 == .unprocessableContent && none.1.contains("Pilih sedikitnya satu alasan"))
            let filed = try await client.post(["form_token": token, "lang": "id", "ground_a": "1", "note": "Bukan data pribadi"], to: path + "/keberatan")
            #expect(filed.0 == .seeOther)
            let (_, after) = try await client.get(path)
            #expect(after.contains("Keberatan KEB-2026-001 diajukan") && after.contains("huruf a"))
            #expect(after.contains("paling lambat Selasa 2027-01-12 (30 hari kerja, Pasal 36 ayat 2)"))
            #expect(!after.contains("/keberatan\""), "one objection at a time")
            let line = try #require(h.lines.last)
            #expect(line.contains("\"type\":\"objection.filed\"") && line.contains("\"by\":\"online\""))
        }
    }
}
