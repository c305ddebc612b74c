import Foundation
import Testing
import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// Issue 21: the report counts and lists the requests carried over from the year before and
/// those left open at its end, and gives every stage of a dispute (Commission, court,
/// Mahkamah Agung) and how each decision was carried out.
@Suite struct AnnualReportStagesTests {
    static let later = Timestamp.parse("2027-02-01T09:00:00+07:00")!

    func report(_ events: [Event], year: Int = 2026) throws -> (text: String, ledger: Ledger) {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            for e in events { try append(office, e, at: Self.later) }
            return (ExportFormat.report.render(office.ledger, year: year, officeName: "PPID Diskominfo Siak", now: nil), office.ledger)
        }
    }

    func decided(_ number: String, on: String) -> Event {
        .requestDecided(RequestDecided(request: number, outcome: .granted, noticeOn: day(on)))
    }

    @Test func carriedOverAndOpenAtYearEndAreCountedAndListed() throws {
        let (text, ledger) = try report([
            registration("PPID-2025-001", "2025-12-22T09:00:00+07:00"), decided("PPID-2025-001", on: "2026-01-05"),
            registration("PPID-2025-002", "2025-12-23T09:00:00+07:00"), decided("PPID-2025-002", on: "2025-12-30"),
            registration("PPID-2025-003", "2025-12-24T09:00:00+07:00"),
            registration("PPID-2026-001", "2026-12-28T09:00:00+07:00"),
            registration("PPID-2026-002", "2026-12-29T09:00:00+07:00"), decided("PPID-2026-002", on: "2026-12-30"),
        ])
        #expect(ledger.carriedOver(into: 2026).map(\.number) == ["PPID-2025-001", "PPID-2025-003"])
        #expect(ledger.openAtEnd(of: day("2026-12-31")).map(\.number) == ["PPID-2025-003", "PPID-2026-001"])
        #expect(text.contains("Sebanyak 2 permohonan yang diterima sebelum tahun 2026 masih dalam proses pada 31 Desember 2025 dan dibawa ke tahun 2026; permohonan ini tidak termasuk dalam tabel 2.6.1."))
        #expect(text.contains("menerima 2 permohonan informasi publik: 2 melalui datang langsung, 0 melalui live chat, email, dan formulir online, 0 melalui media sosial, 0 melalui telepon. Selain itu, 2 permohonan tahun sebelumnya yang masih dalam proses dibawa ke tahun ini (lihat 2.6.3)."))
        #expect(text.contains("| PPID-2025-001 | 2025-12-22 | Dikabulkan Seluruhnya, pemberitahuan 2026-01-05 |"))
        #expect(text.contains("| PPID-2025-003 | 2025-12-24 | Masih dalam proses |"))
        #expect(text.contains("Sebanyak 2 permohonan masih dalam proses pada 31 Desember 2026 (1 di antaranya diterima sebelum tahun 2026) dan dibawa ke tahun 2027:"))
        #expect(text.contains("| PPID-2026-001 | 2026-12-28 |"))
        #expect(text.contains("Menyelesaikan 2 permohonan yang masih dalam proses pada akhir tahun 2026."))
        // The year before saw none carried into it.
        #expect(try report([registration("PPID-2025-001", "2025-12-22T09:00:00+07:00")], year: 2025).text.contains("Tidak ada permohonan tahun sebelumnya yang masih dalam proses pada 31 Desember 2024."))
    }

    /// Issue 23: online requests voided as spam are in no figure, and §2.6 says how many.
    @Test func spamVoidedOnlineRequestsAreNamedApartInTheChannelParagraph() throws {
        let text = try withDataFolder { folder in
            let office = try openOffice(folder)
            let reg = try append(office, registration("PPID-2026-001", "2026-03-02T09:00:00+07:00", channel: .online), at: Self.later)
            _ = try append(office, registration("PPID-2026-002", "2026-03-03T09:00:00+07:00", channel: .online), at: Self.later)
            _ = try append(office, .eventUndone(EventUndone(request: "PPID-2026-001", undoes: reg[0].id, reason: "spam: iklan")), at: Self.later)
            return ExportFormat.report.render(office.ledger, year: 2026, officeName: "PPID Diskominfo Siak", now: nil)
        }
        #expect(text.contains("menerima 1 permohonan informasi publik: 0 melalui datang langsung, 1 melalui live chat, email, dan formulir online, 0 melalui media sosial, 0 melalui telepon. 1 permohonan online lain dibatalkan petugas sebagai spam; nomornya tetap terpakai dan tidak dihitung dalam angka laporan ini."))
    }

    @Test func everyStageOfADisputeAndHowItWasCarriedOut() throws {
        let n = "PPID-2026-001", k = "KEB-2026-001"
        func step(_ kind: DisputeStep.Kind, _ on: String, _ detail: String) -> Event {
            .disputeStep(DisputeStep(request: n, objection: k, kind: kind, on: day(on), detail: detail))
        }
        let (text, ledger) = try report([
            registration(n, "2026-02-02T09:00:00+07:00"),
            dikTest(on: "2026-02-01"),
            .requestDecided(RequestDecided(request: n, outcome: .rejected, ground: .exception(.h), noticeOn: day("2026-02-05"), tests: ["DIK-001"])),
            .objectionFiled(ObjectionFiled(request: n, objection: k, receivedAt: Timestamp.parse("2026-02-09T09:00:00+07:00")!, grounds: [.a])),
            .objectionAnswered(ObjectionAnswered(request: n, objection: k, decision: .upheld, reasons: "Pasal 17 huruf h", answeredOn: day("2026-02-20"), superiorName: "Fathullah", superiorPosition: "Kepala")),
            step(.filed, "2026-02-25", "031/KI-Riau-PS/2026"), step(.started, "2026-03-02", "adjudication"),
            step(.settled, "2026-05-04", "Dikabulkan sebagian"),
            step(.courtFiled, "2026-05-15", "PTUN Pekanbaru 12/G/KI/2026/PTUN.PBR"), step(.courtDecided, "2026-07-01", "Menguatkan putusan KI"),
            step(.cassationFiled, "2026-07-10", "123 K/TUN/KI/2026"), step(.cassationDecided, "2026-10-01", "Kasasi ditolak"),
            step(.carriedOut, "2026-10-12", "Salinan dokumen diberikan kepada pemohon"),
        ])
        #expect(text.contains("Sebanyak 1 perkara diajukan ke pengadilan (PTUN/PN, Pasal 47 UU 14/2008); 1 telah diputus. 1 perkara diajukan kasasi ke Mahkamah Agung (Pasal 50); 1 telah diputus."))
        #expect(text.contains("- KEB-2026-001: Putusan Mahkamah Agung dilaksanakan 2026-10-12: Salinan dokumen diberikan kepada pemohon"))
        #expect(text.contains("| KEB-2026-001 | Menguatkan putusan PPID (2026-02-20) | Dikabulkan sebagian (2026-05-04) | Menguatkan putusan KI (2026-07-01) | Kasasi ditolak (2026-10-01) | 2026-10-12 |"))
        // The objection register shows the same stages.
        let rows = ObjectionExport.rows(ledger, year: 2026)
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["Gugatan ke Pengadilan"] == "2026-05-15: PTUN Pekanbaru 12/G/KI/2026/PTUN.PBR")
        #expect(row["Putusan Mahkamah Agung"] == "2026-10-01: Kasasi ditolak")
        #expect(row["Pelaksanaan Putusan"] == "Putusan Mahkamah Agung 2026-10-12: Salinan dokumen diberikan kepada pemohon")
    }

    @Test func aGrantedObjectionNotYetCarriedOutIsNamed() throws {
        let n = "PPID-2026-001"
        let (text, _) = try report([
            registration(n, "2026-02-02T09:00:00+07:00"),
            dikTest(on: "2026-02-01"),
            .requestDecided(RequestDecided(request: n, outcome: .rejected, ground: .exception(.h), noticeOn: day("2026-02-05"), tests: ["DIK-001"])),
            .objectionFiled(ObjectionFiled(request: n, objection: "KEB-2026-001", receivedAt: Timestamp.parse("2026-02-09T09:00:00+07:00")!, grounds: [.a])),
            .objectionAnswered(ObjectionAnswered(request: n, objection: "KEB-2026-001", decision: .overturned, reasons: "", answeredOn: day("2026-02-20"), superiorName: "Fathullah", superiorPosition: "Kepala")),
        ])
        #expect(text.contains("Belum tercatat pelaksanaan tanggapan atasan PPID yang menerima keberatan: KEB-2026-001."))
        #expect(text.contains("Melaksanakan dan mencatat pelaksanaan tanggapan atasan atau putusan atas keberatan KEB-2026-001."))
    }
}
