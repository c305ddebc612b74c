import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
import ZIPFoundation
@testable import PPIDDocuments

/// Issue 22: the e-Monev evidence pack holds the report, the public registers and the service
/// times, says plainly when there is no PDF, holds the DIP and the DIK (missing, saying why,
/// while the office has none), and writes only where outputs may go.
@Suite struct EvidencePackTests {
    @Test func withoutLibreOfficeThePackHoldsTheDocumentsAndAnIndexOfWhatIsMissing() throws {
        try withScratch { base in
            let office = try office2019(base)
            let dir = office.folder.exportsPath + "/" + EvidencePack.folderName(2019)
            let context = EvidenceContext(ledger: office.ledger, year: 2019, config: office.config, folder: office.folder, directory: dir, now: nil)
            let (entries, index) = try EvidencePack.write(context, office: nil)
            #expect(entries.map(\.file) == ["laporan-2019.docx", "register-2019-publik.xlsx", "keberatan-2019-publik.xlsx", "waktu-layanan-2019.xlsx", nil, nil])
            for e in entries where e.file != nil {
                #expect(e.note.hasPrefix("PDF tidak dibuat: LibreOffice tidak terpasang"), "\(e.title)")
                #expect(FileManager.default.fileExists(atPath: dir + "/" + (e.file ?? "")))
            }
            #expect(entries[4].title == "Daftar Informasi Publik (DIP)" && entries[5].title.hasPrefix("Daftar Informasi yang Dikecualikan (DIK)"))
            let text = try String(contentsOfFile: index, encoding: .utf8)
            #expect(index.hasSuffix("/indeks-bukti-2019.md"))
            #expect(text.contains("| 5 | Daftar Informasi Publik (DIP) | — | DIP belum memuat informasi per 2019-12-31; catat DIP"))
            #expect(text.contains("## Yang belum ada\n\n- Daftar Informasi Publik (DIP):"))
            #expect(text.contains("LibreOffice tidak terpasang: berkas .docx/.xlsx disertakan sebagai gantinya."))
        }
    }

    @Test func thePackHoldsTheDIPAndTheDIKAsTheyReadAtTheYearsEnd() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let dir = office.folder.exportsPath + "/" + EvidencePack.folderName(2019)
            let context = EvidenceContext(ledger: office.ledger, year: 2019, config: office.config, folder: office.folder, directory: dir, now: nil)
            let (entries, index) = try EvidencePack.write(context, office: nil)
            #expect(entries.suffix(2).map(\.file) == ["dip-2019.docx", "dik-2019.docx"])
            let dip = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: dir + "/dip-2019.docx"))).joined(separator: "\n")
            #expect(dip.contains("Keadaan per 31 Desember 2019") && dip.contains("Laporan keuangan semester") && !dip.contains("Jadwal kalibrasi timbangan"))
            let dik = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: dir + "/dik-2019.docx"))).joined(separator: "\n")
            #expect(dik.contains("Akibat apabila dibuka: Rahasia usaha pelanggan terbuka"))
            #expect(try String(contentsOfFile: index, encoding: .utf8).contains("Semua dokumen tersedia."))
        }
    }

    @Test func theIndexSaysWhenNoPPIDDecisionSetTheDIPThatYear() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let dir = office.folder.exportsPath + "/" + EvidencePack.folderName(2020)
            let context = EvidenceContext(ledger: office.ledger, year: 2020, config: office.config, folder: office.folder, directory: dir, now: nil)
            let (entries, index) = try EvidencePack.write(context, office: nil)
            #expect(entries[4].file == "dip-2020.docx")
            let text = try String(contentsOfFile: index, encoding: .utf8)
            #expect(text.contains("## Yang belum ada\n\n- Daftar Informasi Publik (DIP): Tidak ada keputusan PPID yang menetapkan atau memperbarui DIP pada tahun 2020 (terakhir: Nomor 01/KEP/PPID/2019 tanggal 2 Januari 2019); catat di panel 4 (t)."), "\(text)")
        }
    }

    @Test func thePublicRegisterHasNoPersonalColumnsAndInitialsOnly() throws {
        try withScratch { base in
            let office = try office2019(base)
            let rows = EvidencePack.publicRows(RegisterExport.rows(office.ledger, year: 2019, publicVariant: true))
            for column in ["Alamat", "Nomor Kontak", "NIK"] { #expect(!rows[0].contains(column)) }
            let full = RegisterExport.rows(office.ledger, year: 2019)
            let name = try #require(full[0].firstIndex(of: "Nama")), publicName = try #require(rows[0].firstIndex(of: "Nama"))
            #expect(rows[1][publicName] != full[1][name] && !rows[1][publicName].isEmpty)
            #expect(rows.count == full.count)
        }
    }

    @Test func thePackIsNeverWrittenAmongTheDataFoldersOwnFiles() throws {
        try withScratch { base in
            let office = try office2019(base)
            let context = EvidenceContext(ledger: office.ledger, year: 2019, config: office.config, folder: office.folder, directory: office.folder.path, now: nil)
            #expect(throws: DocumentError.self) { try EvidencePack.write(context, office: nil) }
            #expect(!FileManager.default.fileExists(atPath: office.folder.path + "/laporan-2019.docx"))
        }
    }
}
