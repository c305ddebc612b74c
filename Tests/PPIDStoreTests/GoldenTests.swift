import Foundation
import Testing
import PPIDTestSupport
import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// The golden test: the 2019 register imported into an empty folder exports table
/// 2.6.1 of the seed report byte for byte, through the library and through the binary.
@Suite struct GoldenTests {
    /// Imports the 2019 fixture into a new folder through the library.
    func importFixture(_ folder: DataFolder) throws -> (Office, RegisterImport.Summary) {
        let office = try openOffice(folder)
        let summary = try RegisterImport.run(file: try Fixture.path("register-2019.csv"), into: office.log, by: "Siti", now: testNow)
        return (office, summary)
    }

    @Test func importThenCSVExportIsTheExpectedRecapByteForByte() throws {
        try withDataFolder { folder in
            let (office, summary) = try importFixture(folder)
            #expect(summary == RegisterImport.Summary(added: 74, alreadyPresent: 0))
            #expect(office.log.problems.isEmpty)
            let expected = try Fixture.bytes("recap-2019-expected.csv")
            let text = ExportFormat.csv.render(office.ledger, year: 2019, officeName: office.config.officeName)
            #expect(Array(text.utf8) == expected, "\n\(text)")

            // The same table replayed from the file by a fresh open.
            let reopened = try openOffice(folder, readOnly: true)
            #expect(reopened.log.problems.isEmpty)
            #expect(reopened.ledger.eventCount == 148)
            #expect(Array(ExportFormat.csv.render(reopened.ledger, year: 2019, officeName: "").utf8) == expected)
        }
    }

    @Test func importingTheSameFileAgainAddsNothing() throws {
        try withDataFolder { folder in
            let (office, _) = try importFixture(folder)
            let before = try readBytes(folder.logPath)
            let again = try RegisterImport.run(file: try Fixture.path("register-2019.csv"), into: office.log, by: "Siti", now: testNow)
            #expect(again == RegisterImport.Summary(added: 0, alreadyPresent: 74))
            #expect(try readBytes(folder.logPath) == before)

            // From another process's point of view too: a fresh open, then the import.
            let other = try openOffice(folder)
            let third = try RegisterImport.run(file: try Fixture.path("register-2019.csv"), into: other.log, by: "Budi", now: testNow)
            #expect(third == RegisterImport.Summary(added: 0, alreadyPresent: 74))
            #expect(try readBytes(folder.logPath) == before)
        }
    }

    @Test func registerExportHasTheThirtyOneColumnsAndEveryRequest() throws {
        try withDataFolder { folder in
            let (office, _) = try importFixture(folder)
            let text = ExportFormat.register.render(office.ledger, year: 2019, officeName: "")
            let rows = try CSVReader.rows(Array(text.utf8))
            let header = [
                "No. Pendaftaran", "Tanggal Permohonan", "Saluran", "Nama", "Alamat", "Nomor Kontak", "Pekerjaan",
                "Kategori Pemohon", "Informasi yang Diminta", "Tujuan Penggunaan", "Status Informasi", "Bentuk Informasi",
                "Jenis Permohonan", "Cara Penyampaian", "Batas Waktu", "Diperpanjang", "Keputusan", "Alasan",
                "Tanggal Pemberitahuan Tertulis", "Tanggal Pemberian Informasi", "Waktu Penyelesaian (Hari Kerja)",
                "Tepat Waktu", "Biaya", "Cara Pembayaran",
                "NIK", "Tanggal Perpanjangan", "Alasan Perpanjangan", "Tanggal Dikembalikan untuk Dilengkapi", "Kekurangan (Dikembalikan untuk Dilengkapi)",
                "Tanggal Dinyatakan Lengkap", "Informasi yang Dihitamkan", "Badan Publik yang Menguasai Informasi",
                "Nomor Surat Pemberitahuan", "Tanggal Surat Pemberitahuan", "Uji Konsekuensi (DIK)",
            ]
            #expect(header.count == 35)
            #expect(rows.first?.fields == header)
            #expect(rows.count == 1 + 74)
            #expect(rows.allSatisfy { $0.fields.count == 35 })
            #expect(text.hasSuffix("\r\n"))

            let numbers = rows.dropFirst().map { $0.fields[0] }
            #expect(numbers == (1...74).map { String(format: "PPID-2019-%03d", $0) })

            let june = try #require(rows.first { $0.fields[0] == "PPID-2019-049" })
            #expect(june.fields[1] == "2019-06-26 17:29")
            #expect(june.fields[2] == "Telepon")
            #expect(june.fields[16] == "Dicabut")
            #expect(june.fields[17] == "Permohonan dicabut oleh pemohon")
            #expect(june.fields[18] == "", "a withdrawn request has no written notice")

            let first = try #require(rows.dropFirst().first)
            #expect(first.fields[0] == "PPID-2019-001")
            #expect(first.fields[16] == "Dikabulkan Seluruhnya")
            #expect(first.fields[18] == "2019-01-09")
            #expect(first.fields[20] == "0", "answered the same day")
            #expect(first.fields[21] == "Ya")
        }
    }

    @Test func publicRegisterLeavesOutPersonalData() throws {
        try withDataFolder { folder in
            let (office, _) = try importFixture(folder)
            let text = ExportFormat.register.render(office.ledger, year: 2019, officeName: "", publicVariant: true)
            let rows = try CSVReader.rows(Array(text.utf8))
            let first = try #require(rows.dropFirst().first)
            #expect(first.fields[3] == "J. N.", "Joko Nasution (PT Sawit Riau Lestari) → initials")
            #expect(!text.contains("Joko Nasution"))
        }
    }

    @Test func markdownHasTheMonthsAndTheTotalsRow() throws {
        try withDataFolder { folder in
            let (office, _) = try importFixture(folder)
            let text = ExportFormat.md.render(office.ledger, year: 2019, officeName: "PPID BPPSI Pekanbaru")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.first == "# Rekapitulasi Permohonan Informasi Publik 2019")
            #expect(lines.contains("| Januari | 2 | 0 | 12 | 0 | 14 | 0 | 0 | 0 | 0 |"))
            #expect(lines.contains("| Juni | 7 | 0 | 0 | 1 | 7 | 0 | 0 | 1 | 0 |"), "the withdrawn June request is counted as a requester, in no outcome")
            #expect(lines.contains("| **Jumlah** | 47 | 8 | 16 | 3 | 73 | 0 | 0 | 1 | 0 |"))
            #expect(text.hasSuffix("\n"))
        }
    }

    @Test func theBinaryImportsAndExportsTheSameBytes() throws {
        try withScratch { scratch in
            let data = scratch + "/data"
            let out = scratch + "/exports/rekap-2019.csv"
            let env = ["PPID_NOW": "2025-11-24T09:00:00+07:00"]
            let fixture = try Fixture.path("register-2019.csv")

            let imported = try Binary.run("ppid-tui", ["import", fixture, "--data", data, "--officer", "Siti"], environment: env, scratch: scratch)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stdout == "74 requests imported, 0 already present.\n")

            let exported = try Binary.run("ppid-tui", ["export", "--year", "2019", "--format", "csv", "--out", out, "--data", data], scratch: scratch)
            #expect(exported.status == 0, "\(exported.stderr)")
            #expect(try readBytes(out) == Fixture.bytes("recap-2019-expected.csv"))

            let toStdout = try Binary.run("ppid-tui", ["export", "--year", "2019", "--format", "csv", "--data", data], scratch: scratch)
            #expect(Array(toStdout.stdout.utf8) == (try Fixture.bytes("recap-2019-expected.csv")))

            let log = try readBytes(DataFolder(path: data).logPath)
            let again = try Binary.run("ppid-tui", ["import", fixture, "--data", data], environment: env, scratch: scratch)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "0 requests imported, 74 already present.\n")
            #expect(try readBytes(DataFolder(path: data).logPath) == log)
        }
    }

    @Test func theBinaryRefusesABadFileWithTheRowNumberAndWritesNothing() throws {
        try withScratch { scratch in
            let data = scratch + "/data"
            let file = scratch + "/bad.csv"
            var lines = String(decoding: try Fixture.bytes("register-2019.csv"), as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
            try #require(lines.count == 75)
            lines[5] = lines[5].replacingOccurrences(of: ",walk_in,", with: ",fax,").replacingOccurrences(of: ",social_media,", with: ",fax,")
            try writeBytes(Array((lines.joined(separator: "\r\n") + "\r\n").utf8), to: file)

            let run = try Binary.run("ppid-tui", ["import", file, "--data", data], environment: ["PPID_NOW": "2025-11-24T09:00:00+07:00"], scratch: scratch)
            #expect(run.status != 0)
            #expect(run.stderr.contains("line 6: channel \"fax\" is unknown"), "\(run.stderr)")
            #expect(run.stderr.contains("nothing was written"))
            let log = DataFolder(path: data).logPath
            let written = FileManager.default.fileExists(atPath: log) ? try readBytes(log) : []
            #expect(written.isEmpty)
        }
    }
}
