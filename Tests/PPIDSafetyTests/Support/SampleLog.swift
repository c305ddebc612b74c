import Foundation
import PPIDModel
@testable import PPIDStore

/// A log with every kind of line the counter writes: registrations (names with accents, CJK,
/// quotes, backslashes, newlines and escape sequences, which the line escapes), decisions with
/// their hand-over in one append, extensions, withdrawals, and requests left open.
enum SampleLog {
    static let names = [
        "Joko Nasution", "Désirée Muñoz", "漢字 Tanaka", "Zoë \"Ayu\" Lubis", "C:\\Users\\budi",
        "Rina\nKusuma", "Andi\tSaputra", "\u{1B}]0;judul\u{07}Wulan", "Putri \u{202E}Sari", "👩‍💼 Indah",
    ]

    /// Appends `requests` requests to the folder's log, one or two appends each.
    @discardableResult
    static func build(_ folder: DataFolder, requests: Int) throws -> Office {
        let office = try Office(folder: folder)
        // The consequence test the Pasal 17 refusals below rest on (LAW §3).
        _ = try office.log.append(by: "Siti", at: testNow) { _ in [.lists(.testRecorded(ConsequenceTest(
            number: "DIK-001", title: "Data pribadi pemohon", withheld: "NIK", ground: .h, ifOpened: "Data pribadi terbuka", ifClosed: "Layanan tetap berjalan",
            publicInterest: "Perlindungan data pribadi", unit: "PPID", decisionNumber: "UK-01/PPID/2019", decidedOn: CivilDate(year: 2019, month: 1, day: 2)!,
            participants: "PPID")))] }
        for k in 0..<requests {
            let day = CivilDate(year: 2019, month: 1, day: 2)!.adding(days: (k * 3) % 330)
            let received = String(format: "%@T%02d:%02d:00+07:00", day.description, 8 + k % 7, k % 60)
            let number = String(format: "PPID-2019-%03d", k + 1)
            _ = try office.log.append(by: "Siti", at: testNow) { _ in
                [registration(number, received, name: names[k % names.count], subject: "Permohonan nomor \(k): data \"uji\" \\ baris")]
            }
            let notice = day.adding(days: 5)
            switch k % 4 {
            case 0:
                _ = try office.log.append(by: "Siti", at: testNow) { _ in [
                    .requestDecided(RequestDecided(request: number, outcome: .partial, ground: .exception(.h), noticeOn: notice, fee: 5000, payment: "tunai", note: "NIK dihitamkan", tests: ["DIK-001"])),
                    .informationHandedOver(InformationHandedOver(request: number, handedOverOn: notice)),
                ] }
            case 1:
                _ = try office.log.append(by: "Budi", at: testNow) { _ in [.requestExtended(RequestExtended(request: number, reason: "arsip di gudang", on: day.adding(days: 1)))] }
            case 2:
                _ = try office.log.append(by: "Budi", at: testNow) { _ in
                    [.requestWithdrawn(RequestWithdrawn(request: number, withdrawnAt: Timestamp.parse(received)!.addingTimeInterval(86_400), reason: "dicabut"))]
                }
            default:
                break
            }
        }
        return office
    }
}
