import Foundation
import Testing
import PPIDModel
@testable import PPIDStore

/// The annual report's sections 2.6 and 2.7 drafted from the 2019 register: the seed report's
/// own table, and the figures it states in words (internships answered within three days).
@Suite struct ReportDraftTests {
    func draft2019() throws -> (String, Ledger) {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            _ = try RegisterImport.run(file: try Fixture.path("register-2019.csv"), into: office.log, by: "kasubag", now: testNow)
            return (ExportFormat.report.render(office.ledger, year: 2019, officeName: "BPPSI Pekanbaru", now: testNow), office.ledger)
        }
    }

    @Test func theTableIsTheSeedReportsWithItsTotals() throws {
        let (text, _) = try draft2019()
        #expect(text.contains("| Juni | 7 | 0 | 0 | 1 | 7 | 0 | 0 |"))
        #expect(text.contains("| **Jumlah** | 47 | 8 | 16 | 3 | 73 | 0 | 0 |"))
        #expect(text.contains("Selama periode tahun 2019, BPPSI Pekanbaru menerima 74 permohonan informasi publik: 47 melalui datang langsung, 8 melalui live chat, email, dan formulir online, 16 melalui media sosial, 3 melalui telepon."))
        #expect(text.contains("1 permohonan dicabut oleh pemohon"))
    }

    @Test func responseTimesByTopicMatchTheReportsWords() throws {
        let (text, ledger) = try draft2019()
        // Seed §2.6.2: internship requests are answered within three days at most.
        let internship = try #require(ledger.figures(year: 2019).byTopic.first { $0.topic == .internship }?.times)
        #expect(internship.longest == 3)
        #expect(text.contains("| Magang | 7 | 3 | 3 | 0 |"))
        #expect(text.contains("Sebanyak 73 permohonan diberi pemberitahuan tertulis"))
        #expect(text.contains("Seluruhnya dijawab dalam jangka waktu yang ditetapkan Pasal 22 UU 14/2008."))
        #expect(text.contains("| 0–2 hari kerja | 66 |"))
    }

    @Test func section27SaysThereWereNoDisputes() throws {
        let (text, _) = try draft2019()
        #expect(text.contains("## 2.7 Rincian Penyelesaian Sengketa Informasi Publik"))
        #expect(text.contains("Pada tahun 2019, tidak ada keberatan yang diajukan dan tidak pernah terjadi sengketa informasi publik di BPPSI Pekanbaru."))
    }

    /// Issue 14 item 8: an open request past its deadline and an unanswered objection past
    /// its 30 days are counted and named; the draft never says all were answered on time.
    @Test func overdueRequestsAndObjectionsAreCountedAndNamed() throws {
        let text = try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2025-001", "2025-09-01T09:00:00+07:00"))
            try append(office, registration("PPID-2025-002", "2025-09-02T09:00:00+07:00"))
            try append(office, .requestDecided(RequestDecided(request: "PPID-2025-002", outcome: .granted, noticeOn: day("2025-09-03"))))
            try append(office, .objectionFiled(ObjectionFiled(request: "PPID-2025-002", objection: "KEB-2025-001", receivedAt: Timestamp.parse("2025-09-10T09:00:00+07:00")!, grounds: [.d])))
            return ExportFormat.report.render(office.ledger, year: 2025, officeName: "BPPSI Pekanbaru", now: testNow)
        }
        #expect(!text.contains("Seluruhnya dijawab dalam jangka waktu"))
        #expect(text.contains("1 permohonan belum dijawab padahal batas waktunya telah lewat (per 2025-11-24): PPID-2025-001."))
        #expect(text.contains("| PPID-2025-001 | 2025-09-01 |"))
        #expect(text.contains("1 keberatan belum ditanggapi padahal batas 30 hari kerja (Pasal 36 ayat 2) telah lewat per 2025-11-24: KEB-2025-001"))
    }
}
