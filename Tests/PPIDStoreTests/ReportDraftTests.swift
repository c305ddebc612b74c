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
            return (ExportFormat.report.render(office.ledger, year: 2019, officeName: "BPPSI Pekanbaru"), office.ledger)
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
}
