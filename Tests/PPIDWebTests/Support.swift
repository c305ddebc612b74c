import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PPIDModel
import PPIDStore
import Testing
@testable import PPIDWeb

/// The two clocks a test moves by hand: `now` (what is recorded, as `PPID_NOW` pins it) and
/// `real` (the machine's, which times the form tokens).
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var _now: Date
    private var _real = Date(timeIntervalSince1970: 1_800_000_000)

    init(_ iso: String) { _now = Timestamp.parse(iso) ?? Date() }

    var now: Date { lock.withLock { _now } }
    var real: Date { lock.withLock { _real } }
    /// Moves the real clock on (the time a person takes to fill the form).
    func wait(_ seconds: TimeInterval) { lock.withLock { _real += seconds } }
    func set(now iso: String) { lock.withLock { _now = Timestamp.parse(iso) ?? _now } }
    var webClock: WebClock { WebClock(now: { self.now }, real: { self.real }) }
}

/// A fresh data folder with a web server on it, tested through its router (in process).
final class WebHarness: @unchecked Sendable {
    static let origin = "http://ppid.test"
    let dir: String
    let clock: TestClock
    let server: WebServer

    init(now: String = "2026-11-25T10:00:00+07:00", settings: WebSettings = WebSettings()) throws {
        dir = NSTemporaryDirectory() + "ppid-web-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        clock = TestClock(now)
        var s = settings
        s.publicURL = Self.origin
        let office = try Office(folder: DataFolder(path: dir))
        server = try WebServer(office: WebOffice(office: office), signer: try FormSigner.load(folder: office.folder), settings: s, clock: clock.webClock)
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    var folder: DataFolder { DataFolder(path: dir) }

    /// The log's lines.
    var lines: [String] {
        ((try? String(contentsOfFile: folder.logPath, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: server.router())
        try await app.test(.router) { client in try await body(client) }
    }
}

/// A complete, valid request as the form posts it (field name → value).
let goodRequest: [String: String] = [
    "name": "Budi Santoso", "category": "individual", "address": "Jl. Sudirman 1, Pekanbaru", "contact": "budi@example.id",
    "occupation": "Peneliti", "nik": "1471010101010001", "topic": "testing", "subject": "Daftar tarif pengujian 2026",
    "purpose": "Penelitian", "access": "copy", "medium": "softcopy", "delivery": "email", "lang": "id", "website": "",
]

extension TestClientProtocol {
    func get(_ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
    }

    /// A served form's token (the request form's, or the page at `uri`).
    func formToken(lang: String = "id", uri: String? = nil) async throws -> String {
        let (_, html) = try await get(uri ?? "/?lang=\(lang)")
        return try #require(html.firstMatch(of: /name="form_token" value="([^"]+)"/)).1.description
    }

    /// Posts `fields` url-encoded, with our Origin unless `headers` say otherwise.
    /// Files `goodRequest` after a person's pause; the status page's path.
    func file(_ h: WebHarness) async throws -> String {
        let token = try await formToken()
        h.clock.wait(10)
        let (status, _, headers) = try await post(goodRequest.merging(["form_token": token]) { $1 })
        #expect(status == .created)
        return try #require(headers[.location])
    }

    func post(_ fields: [String: String], to uri: String = "/permohonan", headers: HTTPFields? = nil, raw: String? = nil) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        let body = raw ?? fields.map { "\(encode($0.key))=\(encode($0.value))" }.joined(separator: "&")
        let h: HTTPFields = headers ?? [.origin: WebHarness.origin, .contentType: "application/x-www-form-urlencoded"]
        return try await execute(uri: uri, method: .post, headers: h, body: ByteBuffer(string: body)) {
            ($0.status, String(buffer: $0.body), $0.headers)
        }
    }
}

func encode(_ s: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
}

/// A consequence test in force for Pasal 17 h, which a counter's refusal on that ground cites
/// (LAW §3): recorded before the refusal, it becomes DIK-001.
let pasal17hTest = ConsequenceTest(
    title: "Data pribadi pelanggan", withheld: "NIK dan alamat pelanggan", ground: .h, ifOpened: "Data pribadi terbuka",
    ifClosed: "Layanan tetap berjalan", publicInterest: "Perlindungan data pribadi lebih besar", unit: "Seksi Pelayanan Teknis",
    decisionNumber: "UK-01/PPID/2026", decidedOn: CivilDate(iso: "2026-11-02")!, participants: "PPID, Kepala Seksi")
