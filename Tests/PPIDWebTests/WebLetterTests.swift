import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PPIDModel
import PPIDStore
import Testing
@testable import PPIDWeb

/// Issue 23: the status page lists the letters made for its request, each downloadable —
/// only that request's, only the kinds a requester is sent, read from the file the
/// `letter.made` recorded inside `letters/`, through no link.
@Suite("Web: the letters on the status page")
struct WebLetterTests {
    static let notice = Array("PK\u{3}\u{4} notice of PPID-2026-001".utf8)

    /// Two online requests; the first decided at the counter, its notice made, and a receipt
    /// (not a kind the web hands out) recorded for it too. The two status paths.
    func twoRequests(_ h: WebHarness, _ client: any TestClientProtocol) async throws -> (String, String) {
        let first = try await client.file(h)
        h.clock.wait(60)
        let second = try await client.file(h)
        let counter = try Office(folder: h.folder)
        try counter.log.append(.decide(RequestDecided(request: "PPID-2026-001", outcome: .granted, noticeOn: CivilDate(iso: "2026-11-25")!)), by: "siti", at: h.clock.now)
        try FileManager.default.createDirectory(atPath: h.folder.lettersPath, withIntermediateDirectories: true)
        try Data(Self.notice).write(to: URL(fileURLWithPath: h.folder.lettersPath + "/PPID-2026-001-notice.docx"))
        try Data("receipt".utf8).write(to: URL(fileURLWithPath: h.folder.lettersPath + "/PPID-2026-001-receipt.docx"))
        for (kind, number) in [("notice", "010/PPID/XI/2026"), ("receipt", "011/PPID/XI/2026")] {
            let made = LetterMade(request: "PPID-2026-001", letter: kind, file: "letters/PPID-2026-001-\(kind).docx", number: number)
            try counter.log.append(.recordLetter(made), by: "siti", at: h.clock.now)
        }
        return (first, second)
    }

    @Test("a made letter is listed and downloads as an attachment from the recorded file")
    func download() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let (path, _) = try await twoRequests(h, client)
            let (_, page) = try await client.get(path)
            #expect(page.contains("Surat untuk Anda"))
            #expect(page.contains("<a href=\"\(path)/surat/notice\" download>Pemberitahuan tertulis nomor 010/PPID/XI/2026</a>"))
            #expect(!page.contains("/surat/receipt"), "the receipt is not a letter the web hands out")
            try await client.execute(uri: path + "/surat/notice", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Array(buffer: response.body) == Self.notice)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"PPID-2026-001-notice.docx\"")
                #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            }
        }
    }

    @Test("another token's letter, a kind not made, a kind not handed out and a path are 404")
    func notFound() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let (path, other) = try await twoRequests(h, client)
            #expect(!(try await client.get(other).1.contains("/surat/")), "the other request lists no letter")
            #expect(try await client.get(other + "/surat/notice").0 == .notFound)
            #expect(try await client.get(path + "/surat/extension").0 == .notFound)
            #expect(try await client.get(path + "/surat/receipt").0 == .notFound)
            #expect(try await client.get(path + "/surat/..%2F..%2Fevents.jsonl").0 == .notFound)
            #expect(try await client.get("/status/PPID-2026-001/surat/notice").0 == .notFound)
        }
    }

    @Test("the notice of a decision since undone is neither listed nor served")
    func undoneDecision() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let (path, _) = try await twoRequests(h, client)
            let counter = try Office(folder: h.folder)
            let decision = try #require(try counter.log.history(of: "PPID-2026-001").first { if case .requestDecided = $0.event { true } else { false } })
            try counter.log.append(.undo(EventUndone(request: "PPID-2026-001", undoes: decision.id, reason: "salah putus")), by: "siti", at: h.clock.now)
            #expect(!(try await client.get(path).1.contains("/surat/notice")))
            #expect(try await client.get(path + "/surat/notice").0 == .notFound)
        }
    }

    @Test("a record naming a file outside letters/ is neither listed nor served")
    func recordedElsewhere() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let (path, _) = try await twoRequests(h, client)
            let counter = try Office(folder: h.folder)
            for file in ["config.toml", "letters/../events.jsonl", "/etc/passwd"] {
                try counter.log.append(.recordLetter(LetterMade(request: "PPID-2026-001", letter: "extension", file: file)), by: "siti", at: h.clock.now)
                #expect(!(try await client.get(path).1.contains("/surat/extension")), "\(file)")
                #expect(try await client.get(path + "/surat/extension").0 == .notFound, "\(file)")
            }
        }
    }

    @Test("a symbolic link planted at the letter's path is refused, not followed")
    func symlink() async throws {
        let h = try WebHarness()
        try await h.test { client in
            let (path, _) = try await twoRequests(h, client)
            let secret = h.dir + "/secret.txt"
            try "RAHASIA".write(toFile: secret, atomically: true, encoding: .utf8)
            let letter = h.folder.lettersPath + "/PPID-2026-001-notice.docx"
            try FileManager.default.removeItem(atPath: letter)
            try FileManager.default.createSymbolicLink(atPath: letter, withDestinationPath: secret)
            let (status, body) = try await client.get(path + "/surat/notice")
            #expect(status == .notFound)
            #expect(!body.contains("RAHASIA"))
            // So is letters/ itself as a link to another folder holding a file of that name.
            try FileManager.default.removeItem(atPath: h.folder.lettersPath)
            let elsewhere = h.dir + "/elsewhere"
            try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
            try "RAHASIA".write(toFile: elsewhere + "/PPID-2026-001-notice.docx", atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: h.folder.lettersPath, withDestinationPath: elsewhere)
            #expect(try await client.get(path + "/surat/notice").0 == .notFound)
        }
    }
}
