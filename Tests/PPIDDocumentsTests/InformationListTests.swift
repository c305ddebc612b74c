import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
@testable import PPIDDocuments

/// The 2019 office with a DIP set by a decision on 2 January 2019, an entry added on 1 July and
/// one taken off on 1 August, and two consequence tests (one revoked on 1 September).
func officeWithLists(_ base: String) throws -> Office {
    let office = try office2019(base)
    let now = Timestamp.parse("2025-11-24T09:00:00+07:00")!
    func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }
    func entry(_ n: String, _ summary: String) -> PublicEntry {
        PublicEntry(number: n, summary: summary, unit: "Seksi Pelayanan Teknis", responsible: "Ir. Sutrisno Hadi", madeWhen: "2019", madeWhere: "Pekanbaru", form: .both, retention: "5 tahun", kind: .periodic)
    }
    let commands: [Command] = [
        .decidePublicList(PublicListDecided(decisionNumber: "01/KEP/PPID/2019", on: day("2019-01-02"))),
        .setPublicEntry(entry("DIP-001", "Tarif pengujian laboratorium"), on: day("2019-01-02")),
        .setPublicEntry(entry("DIP-002", "Jadwal kalibrasi timbangan"), on: day("2019-01-02")),
        .setPublicEntry(entry("DIP-003", "Laporan keuangan semester"), on: day("2019-07-01")),
        .removePublicEntry(PublicEntryRemoved(entry: "DIP-002", on: day("2019-08-01"), reason: "diganti jadwal daring")),
        .recordTest(ConsequenceTest(
            title: "Hasil uji sampel milik pelanggan", withheld: "Nama pelanggan dan angka hasil uji", ground: .h,
            ifOpened: "Rahasia usaha pelanggan terbuka", ifClosed: "Rekapitulasi tetap dibuka", publicInterest: "Melindungi pelanggan lebih besar",
            unit: "Seksi Pelayanan Teknis", decisionNumber: "UK-01/PPID/2019", decidedOn: day("2019-02-01"), participants: "PPID, Kepala Seksi")),
        .recordTest(ConsequenceTest(
            title: "Kontrak pengadaan alat", withheld: "Harga satuan penawaran", ground: .b,
            ifOpened: "Persaingan usaha terganggu", ifClosed: "Nilai total tetap diumumkan", publicInterest: "Persaingan sehat lebih besar",
            reviewOn: day("2020-02-01"), unit: "Subbagian TU", decisionNumber: "UK-02/PPID/2019", decidedOn: day("2019-02-01"), participants: "PPID")),
        .revokeTest(TestRevoked(test: "DIK-002", on: day("2019-09-01"), decisionNumber: "UK-03/PPID/2019", reason: "pengadaan selesai")),
    ]
    for c in commands { _ = try office.log.append(c, by: "test", at: now) }
    return office
}

/// Issue 22: the DIP as of a day with the decision establishing it, its public variant, its
/// changes between two days, and the DIK with each test's summary, as .docx read back.
@Suite struct InformationListTests {
    func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    @Test func theDIPAsOfADayHoldsTheEntriesThenInForceAndItsDecision() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let june = InformationLists.dipRows(office.ledger, on: day("2019-06-30"), publicVariant: false)
            #expect(june.dropFirst().map(\.[0]) == ["DIP-001", "DIP-002"])
            #expect(june[0] == ["No.", "Ringkasan Isi Informasi", "Pejabat/Unit yang Menguasai", "Penanggung Jawab", "Waktu dan Tempat Pembuatan", "Bentuk Informasi", "Jangka Waktu Penyimpanan", "Jenis Informasi"])
            #expect(june[1] == ["DIP-001", "Tarif pengujian laboratorium", "Seksi Pelayanan Teknis", "Ir. Sutrisno Hadi", "2019, Pekanbaru", "Tercetak dan elektronik", "5 tahun", "Berkala"])
            let december = InformationLists.dipRows(office.ledger, on: day("2019-12-31"), publicVariant: false)
            #expect(december.dropFirst().map(\.[0]) == ["DIP-001", "DIP-003"])
            let path = base + "/dip.docx"
            try InformationLists.write(InformationLists.dip(office.ledger, on: day("2019-06-30"), identity: siak, publicVariant: false), title: "DIP", to: path, config: office.config, folder: office.folder)
            let text = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path))).joined(separator: "\n")
            #expect(text.contains("Ditetapkan dengan Keputusan PPID Nomor 01/KEP/PPID/2019 tanggal 2 Januari 2019"))
            #expect(text.contains("Jadwal kalibrasi timbangan") && !text.contains("Laporan keuangan semester"))
            #expect(text.contains("Drs. Ahmad Fauzi") && text.contains("Siak Sri Indrapura, 30 Juni 2019"))
        }
    }

    @Test func theDIPsPublicVariantHasNoPersonsName() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let rows = InformationLists.dipRows(office.ledger, on: day("2019-12-31"), publicVariant: true)
            #expect(!rows[0].contains("Penanggung Jawab") && rows.count == 3)
            #expect(!rows.joined().contains("Ir. Sutrisno Hadi"))
            let path = base + "/dip-publik.docx"
            try InformationLists.write(InformationLists.dip(office.ledger, on: day("2019-12-31"), identity: siak, publicVariant: true), title: "DIP", to: path, config: office.config, folder: office.folder)
            let text = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path))).joined(separator: "\n")
            #expect(!text.contains("Ir. Sutrisno Hadi") && !text.contains("Hasil uji sampel") && text.contains("(versi publik)"))
        }
    }

    @Test func theDIPsChangesBetweenTwoDaysNameEachEntryAddedOrTakenOff() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let rows = InformationLists.changeRows(office.ledger, after: day("2019-06-30"), through: day("2019-12-31"))
            #expect(rows.dropFirst().map { Array($0.prefix(3)) } == [["1 Juli 2019", "DIP-003", "ditambahkan"], ["1 Agustus 2019", "DIP-002", "dikeluarkan: diganti jadwal daring"]])
            #expect(rows[2][3] == "Jadwal kalibrasi timbangan")
            #expect(InformationLists.changeRows(office.ledger, after: day("2019-08-01"), through: day("2019-12-31")).count == 1)
        }
    }

    @Test func theDIKHoldsEachTestInForceWithItsSummary() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let path = base + "/dik.docx"
            try InformationLists.write(InformationLists.dik(office.ledger, on: day("2019-12-31"), identity: siak), title: "DIK", to: path, config: office.config, folder: office.folder)
            let text = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path))).joined(separator: "\n")
            for part in [
                "DIK-001 — Hasil uji sampel milik pelanggan", "Yang dikecualikan: Nama pelanggan dan angka hasil uji", "Akibat apabila dibuka: Rahasia usaha pelanggan terbuka",
                "Akibat apabila ditutup: Rekapitulasi tetap dibuka", "Pertimbangan kepentingan publik (Pasal 2 ayat 4): Melindungi pelanggan lebih besar",
                "Jangka waktu pengecualian: tanpa batas waktu yang ditetapkan", "Keputusan PPID: Nomor UK-01/PPID/2019 tanggal 1 Februari 2019",
            ] { #expect(text.contains(part), "\(part)") }
            // Revoked on 1 September: in the DIK of August, not of December.
            #expect(!text.contains("Kontrak pengadaan alat"))
            let august = InformationLists.dik(office.ledger, on: day("2019-08-31"), identity: siak).markdown()
            #expect(august.contains("Kontrak pengadaan alat") && august.contains("dikaji ulang 1 Februari 2020"))
        }
    }

    @Test func theListsAreRefusedForAnOfficeWithoutIdentityAndOutsideOutputs() throws {
        try withScratch { base in
            let office = try officeWithLists(base)
            let document = InformationLists.dik(office.ledger, on: day("2019-12-31"), identity: siak)
            #expect(throws: DocumentError.self) { try InformationLists.write(document, title: "DIK", to: office.folder.path + "/dik.docx", config: office.config, folder: office.folder) }
            var bare = office.config
            bare.identity = OfficeIdentity()
            #expect(throws: DocumentError.self) { try InformationLists.write(document, title: "DIK", to: base + "/dik.docx", config: bare, folder: office.folder) }
        }
    }
}

/// Issue 22: the annual report's grounds part counts the imported Pasal 17 refusals that have
/// no consequence test on record, naming them, and leaves a refusal resting on a test out.
@Test func theReportMarksImportedRefusalsWithNoConsequenceTestOnRecord() throws {
    try withScratch { base in
        let office = try deskFolder(base)
        _ = try office.log.append(by: "Rina", at: now) { _ in
            [
                .requestRegistered(RequestRegistered(
                    request: "PPID-2024-009", receivedAt: Timestamp.parse("2024-03-07T09:00:00+07:00")!, channel: .walkIn,
                    details: RequestDetails(requesterName: "Dedi", category: .individual, topic: .testing, subject: "Hasil uji PT Lain"))),
                .requestDecided(RequestDecided(request: "PPID-2024-009", outcome: .rejected, ground: .exception(.h), noticeOn: day("2024-03-12"), fromRegister: true)),
            ]
        }
        let report = AnnualReport.document(office.ledger, year: 2024, config: office.config, now: now).markdown()
        #expect(report.contains("1 penolakan berdasarkan Pasal 17 berasal dari register lama yang diimpor dan tidak ada uji konsekuensi tercatat (Pasal 19): PPID-2024-009."), "\(report)")
        #expect(office.ledger.refusalsWithoutTest(in: ReportPeriod(year: 2024)).map(\.number) == ["PPID-2024-009"])
    }
}
