import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
@testable import PPIDDocuments

/// Issue 22: the consequence test sheet (lembar uji konsekuensi) and the PPID's decision on a
/// test are letters from the office's templates, with its letterhead, signer and the decision's number.
@Suite struct TestLetterTests {
    @Test func theTestSheetCarriesTheWholeTestUnderTheOfficesLetterhead() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let path = try Letters.write(.testSheet, test: "DIK-001", office: office, officer: "Rina")
            #expect(path.hasSuffix("/letters/DIK-001-test-sheet.docx"))
            let text = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path)))
            for line in [
                "Pemerintah Kabupaten Siak", "Dinas Komunikasi dan Informatika Kabupaten Siak", "Lampiran Keputusan PPID Nomor UK-01/PPID/2019",
                "Nomor DIK: DIK-001", "Bagian yang dikecualikan: Nama pelanggan dan angka hasil uji",
                "Akibat apabila informasi dibuka: Rahasia usaha pelanggan terbuka", "Akibat apabila informasi ditutup: Rekapitulasi tetap dibuka",
                "Kepentingan publik (Pasal 2 ayat 4): Melindungi pelanggan lebih besar", "Peserta uji konsekuensi: PPID, Kepala Seksi",
                "Status: Berlaku", "Siak Sri Indrapura, 1 Februari 2019", "Drs. Ahmad Fauzi", "NIP. 197001012000031001",
            ] { #expect(text.contains(line), "\(line)") }
            #expect(!text.joined().contains("{{") && !text.joined().contains("Rina"))
        }
    }

    @Test func thePPIDsDecisionIsNumberedByTheDecisionAndARevokedTestSaysSo() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let decision = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: try Letters.write(.testDecision, test: "DIK-002", office: office, officer: "Rina"))))
            #expect(decision.contains("Nomor: UK-02/PPID/2019"))
            #expect(decision.contains { $0.hasPrefix("KESATU: Menetapkan bagian informasi \"Kontrak pengadaan alat\", yaitu Harga satuan penawaran, sebagai informasi yang dikecualikan berdasarkan Pasal 17 huruf b") })
            #expect(decision.contains("KEDUA: Jangka waktu pengecualian: dikaji ulang 1 Februari 2020."))
            let sheet = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: try Letters.write(.testSheet, test: "DIK-002", office: office, officer: "Rina"))))
            #expect(sheet.contains("Status: Dicabut dengan Keputusan PPID Nomor UK-03/PPID/2019 tanggal 1 September 2019: pengadaan selesai"))
        }
    }

    @Test func aTestLetterNeedsAKnownTestAndIsNeverOfferedForARequest() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            #expect(throws: DocumentError.self) { try Letters.write(.testSheet, test: "DIK-009", office: office, officer: "Rina") }
            #expect(throws: DocumentError.self) { try Letters.write(.refusal, test: "DIK-001", office: office, officer: "Rina") }
            for r in office.ledger.requests.prefix(50) {
                #expect(!LetterKind.fitting(r).contains { $0.0.isTestLetter })
                #expect(LetterKind.testSheet.misfit(r, objection: nil) != nil)
            }
        }
    }
}
