import Foundation
import Testing
import PPIDModel
@testable import PPIDStore
import PPIDTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The fixed "now" of the store tests: long after the 2019 fixtures, before any test date in 2028.
let testNow = Timestamp.parse("2025-11-24T09:00:00+07:00")!
let jakarta = TimeZone(identifier: "Asia/Jakarta")!

/// Runs `body` with a data folder that does not exist yet, inside a scratch folder.
func withDataFolder<T>(_ body: (DataFolder) throws -> T) throws -> T {
    try withScratch { base in try body(DataFolder(path: base + "/data")) }
}

/// The shared fixtures copied into the test bundle.
enum Fixture {
    static func path(_ name: String) throws -> String {
        let file = name as NSString
        let url = try #require(
            Bundle.module.url(forResource: file.deletingPathExtension, withExtension: file.pathExtension, subdirectory: "Fixtures"),
            "fixture \(name) is missing from the test bundle"
        )
        return url.path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        try readBytes(path(name))
    }
}

/// A registration with the details a counter would type, at whole seconds.
func registration(_ number: String, _ receivedAt: String, name: String = "Siti Nurhaliza", subject: String = "Tarif pengujian air limbah", channel: Channel = .walkIn) -> Event {
    .requestRegistered(RequestRegistered(
        request: number, receivedAt: Timestamp.parse(receivedAt)!, channel: channel,
        details: RequestDetails(requesterName: name, category: .individual, address: "Jl. Sudirman 1", topic: .testing, subject: subject)
    ))
}

func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// Opens a data folder for writing with its config.
func openOffice(_ folder: DataFolder, readOnly: Bool = false) throws -> Office {
    try Office(folder: folder, readOnly: readOnly)
}

/// Appends events one call each, by a fixed officer at `testNow`.
@discardableResult
func append(_ office: Office, _ events: Event..., at now: Date = testNow) throws -> [EventRecord] {
    try office.log.append(by: "Siti", at: now) { _ in events }
}

/// Writes events straight to the log file, past the rules, as another program (or an older
/// ppid-tui) could have written them.
func appendUnchecked(_ office: Office, _ events: Event..., at now: Date = testNow) throws {
    var bytes: [UInt8] = []
    var ids = EventIDs()
    for e in events { office.log.codec.encodeLine(EventRecord(id: ids.next(), at: now, by: "Siti", event: e), to: &bytes) }
    try appendRaw(bytes, to: office.folder.logPath)
}

/// The problems' kinds, for compact comparisons.
func kinds(_ log: EventLog) -> [LogProblem.Kind] { log.problems.map(\.kind) }

/// Whether an error is `StoreError.readOnly` whose reason mentions `text` (English).
func isReadOnly(_ error: any Error, mentioning text: String = "") -> Bool {
    guard case StoreError.readOnly(let reason)? = error as? StoreError else { return false }
    return text.isEmpty || reason.en.contains(text)
}

/// Registers one request with the next running number of 2025, as the counter's form does;
/// returns its number.
@discardableResult
func registerNext(_ office: Office, _ name: String) throws -> String {
    let records = try office.log.append(by: "Siti", at: testNow) { ledger in
        [.requestRegistered(RequestRegistered(
            request: ledger.nextNumber(year: 2025), receivedAt: testNow, channel: .walkIn,
            details: RequestDetails(requesterName: name, category: .individual, topic: .testing, subject: "Tarif")
        ))]
    }
    let r = try #require(records.first.flatMap { if case .requestRegistered(let r) = $0.event { r } else { nil } })
    return r.request
}

/// A consequence test recorded as DIK entry `number` (Pasal 17 h unless told), so a refusal
/// on its ground can cite it (LAW §3).
func dikTest(_ ground: Pasal17 = .h, number: String = "DIK-001", on: String) -> Event {
    .lists(.testRecorded(ConsequenceTest(
        number: number, title: "Data pribadi pelanggan", withheld: "NIK dan alamat pelanggan", ground: ground, law: ground == .j ? "UU 7/2014 Pasal 12" : "",
        ifOpened: "Data pribadi terbuka", ifClosed: "Layanan tetap berjalan", publicInterest: "Perlindungan data pribadi lebih besar",
        reviewOn: "abcdef".contains(ground.rawValue) ? CivilDate(iso: on)!.adding(days: 365) : nil, unit: "Seksi Pelayanan Teknis",
        decisionNumber: "UK-01/PPID/\(on.prefix(4))", decidedOn: CivilDate(iso: on)!, participants: "PPID, Kepala Seksi")))
}
