import Foundation
import Testing
import PPIDTestSupport
import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// The annual report's sections 2.6 and 2.7 drafted from the 2019 register: the seed report's
/// own table, and the figures it states in words (internships answered within three days).
@Suite struct AnnualReportFiguresTests {
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
        #expect(text.contains("\n### 2.7 Rincian Penyelesaian Sengketa Informasi Publik\n"))
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

/// Issue 14 item 12: the whole report in the seed report's structure, the office's facts from
/// config, the narrative parts marked for the head, and a period summary with the same figures.
@Suite struct AnnualReportStructureTests {
    /// The seed office's facts, as its config.toml would hold them.
    static let seedConfig = """
    [report]
    institution = "Balai Pengembangan Produk dan Standardisasi Industri Pekanbaru"
    parent = "Kementerian Perindustrian"
    city = "Pekanbaru"
    head_name = "Fathullah"
    address = "Jalan Hang Tuah Ujung No. 124 Pekanbaru"
    policy_basis = ["UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik", "Peraturan Menteri Perindustrian Nomor 70 Tahun 2011"]
    services = ["Konsultasi", "Pengujian, kalibrasi, dan inspeksi"]
    channels = ["Website BPPSI Pekanbaru, live chat, dan formulir online", "Telepon/fax (0761 8406902)"]
    staff = ["Kepala Sub Bagian Tata Usaha sebagai PPID", "Dua petugas tetap di UPP"]
    procedures = [{ code = "PK.TU-PJT.02", name = "Pelaksanaan Pelayanan pada Unit Pelayanan Publik", effective = "2018-10-17" }]

    obstacles = ["Jaringan internet di loket sering terputus"]
    conclusion = "Layanan berjalan baik.\\n\\nPerlu loket kedua."

    [[report.budget]]
    year = 2019
    source = "DIPA BPPSI Pekanbaru Tahun Anggaran 2019 Nomor SP DIPA-019.07.2.417912/2019"
    lines = [{ name = "Biaya belanja bahan", amount = 9950000 }, { name = "Biaya perjalanan dinas dalam rangka bimtek dan lain-lain", amount = 19470000 }]
    """

    func report(config: String, period: ReportPeriod? = nil) throws -> String {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            _ = try RegisterImport.run(file: try Fixture.path("register-2019.csv"), into: office.log, by: "kasubag", now: testNow)
            let parsed = try OfficeConfig.parse(config)
            return ExportFormat.report.render(office.ledger, year: 2019, officeName: "BPPSI Pekanbaru", now: testNow, config: parsed, period: period)
        }
    }

    @Test func theWholeReportHasEveryChapterAndSectionInOrder() throws {
        let text = try report(config: Self.seedConfig)
        let headings = [
            "# Laporan Pejabat Pengelola Informasi dan Dokumentasi Balai Pengembangan Produk dan Standardisasi Industri Pekanbaru Tahun Anggaran 2019",
            "## Kata Pengantar", "## Daftar Isi", "## BAB I PENDAHULUAN", "### 1.1 Latar Belakang", "### 1.2 Landasan Kebijakan", "### 1.3 Profil PPID",
            "## BAB II PELAKSANAAN PELAYANAN INFORMASI PUBLIK", "### 2.1 Jenis Layanan Informasi Publik",
            "### 2.2 Sarana dan Prasarana Pelayanan Informasi Publik", "### 2.3 SDM Pelayanan Informasi Publik",
            "### 2.4 Prosedur Kerja Pelaksanaan Pelayanan Publik", "### 2.5 Anggaran Pelayanan Informasi Publik",
            "### 2.6 Rincian Pelayanan Informasi Publik", "#### 2.6.1 Jumlah Permohonan Informasi Publik",
            "#### 2.6.2 Waktu Pemenuhan Permohonan Informasi Publik", "#### 2.6.3 Permohonan dari Tahun Sebelumnya dan yang Belum Selesai",
            "### 2.7 Rincian Penyelesaian Sengketa Informasi Publik",
            "### 2.8 Kendala Eksternal dan Internal dalam Pelaksanaan Layanan Informasi Publik", "### 2.9 Rekomendasi dan Rencana Tindak Lanjut",
            "## BAB III PENUTUP", "### 3.1 Kesimpulan", "### 3.2 Saran", "## LAMPIRAN",
        ]
        let lines = text.split(separator: "\n").map(String.init)
        let found = lines.filter { $0.hasPrefix("#") }
        #expect(found.filter { !$0.hasPrefix("#### 2.4.") } == headings)
    }

    @Test func theOfficesFactsComeFromConfigAndTheHoursFromServiceHours() throws {
        let text = try report(config: Self.seedConfig)
        #expect(text.contains("**Kementerian Perindustrian**"))
        #expect(text.contains("1. UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n2. Peraturan Menteri Perindustrian Nomor 70 Tahun 2011"))
        #expect(text.contains("2. Telepon/fax (0761 8406902)"))
        #expect(text.contains("Waktu layanan di Jalan Hang Tuah Ujung No. 124 Pekanbaru:"))
        #expect(text.contains("- Senin s/d Kamis: 08.00–12.00 dan 13.00–16.00 WIB\n- Jumat: 08.00–12.00 dan 13.30–16.30 WIB"))
        #expect(text.contains("1. Kepala Sub Bagian Tata Usaha sebagai PPID"))
        #expect(text.contains("#### 2.4.1 Pelaksanaan Pelayanan pada Unit Pelayanan Publik"))
        #expect(text.contains("nomor PK.TU-PJT.02 berlaku sejak 2018-10-17"))
        #expect(text.contains("sebesar Rp29.420.000,- dengan rincian:\n\n1. Biaya belanja bahan sebesar Rp9.950.000,-\n2. Biaya perjalanan dinas dalam rangka bimtek dan lain-lain sebesar Rp19.470.000,-"))
        // Signed where and on the day the report is made.
        #expect(text.contains("Pekanbaru, 24 November 2025  \nKepala,  \n  \n  \nFathullah"))
        // Figures from the log beside the facts.
        #expect(text.contains("Permohonan tahun 2019 menurut saluran: datang langsung 47, live chat, email, dan formulir online 8, media sosial 16, telepon 3."))
        // The head's own words from the config, as written.
        #expect(text.contains("### 2.8 Kendala Eksternal dan Internal dalam Pelaksanaan Layanan Informasi Publik\n\n1. Jaringan internet di loket sering terputus"))
        #expect(text.contains("### 3.1 Kesimpulan\n\nLayanan berjalan baik.\n\nPerlu loket kedua."))
    }

    /// Issue 21: without the config's words the report says what the register shows or what
    /// the law asks, never a placeholder to fill in or delete, nor how it was made; the keys
    /// it fell back for go to the export's message.
    @Test func withoutTheFactsNothingIsLeftToFillInOrDelete() throws {
        let text = try report(config: "")
        #expect(text.contains("1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"))
        for marker in ["DIISI", "config.toml", "ppid-tui", "[report]"] { #expect(!text.contains(marker), "\(marker)") }
        #expect(text.contains("Rincian anggaran pelayanan informasi publik tahun 2019 tidak tercatat dalam data layanan PPID."))
        #expect(text.contains("1. Pelayanan permohonan informasi publik (Pasal 21–22 UU 14/2008)"))
        #expect(text.contains("Menurut register, permohonan diterima melalui:\n\n1. Datang Langsung"))
        #expect(text.contains("Selama tahun 2019, BPPSI Pekanbaru menerima 74 permohonan informasi publik: 73 dikabulkan seluruhnya."))
        #expect(!text.contains("Rp"), "no budget is invented")
        let document = try withDataFolder { folder in
            let office = try openOffice(folder)
            _ = try RegisterImport.run(file: try Fixture.path("register-2019.csv"), into: office.log, by: "kasubag", now: testNow)
            return AnnualReport.document(office.ledger, year: 2019, config: try OfficeConfig.parse(""), now: testNow)
        }
        #expect(document.made == "Disusun oleh ppid-tui dari log layanan per 2025-11-24; semua angka dihitung dari register.")
        for key in ["[report] policy_basis", "[report] services", "[report] channels", "[report] staff", "[report] procedures", "[[report.budget]] year = 2019", "[report] foreword", "[report] conclusion"] {
            #expect(document.fallbacks.contains(key), "\(key)")
            #expect(AnnualReport.message(document).contains(key))
        }
    }

    @Test func aQuarterSummaryHasTheSameFiguresForItsMonths() throws {
        let text = try report(config: Self.seedConfig, period: ReportPeriod(text: "2019-Q2"))
        #expect(text.hasPrefix("# Ringkasan Layanan Informasi Publik Balai Pengembangan Produk dan Standardisasi Industri Pekanbaru — Triwulan II 2019 (April–Juni)\n"))
        #expect(text.contains("| April | 4 | 0 | 0 | 0 | 4 | 0 | 0 |\n| Mei | 13 | 0 | 0 | 0 | 13 | 0 | 0 |\n| Juni | 7 | 0 | 0 | 1 | 7 | 0 | 0 |\n| **Jumlah** | 24 | 0 | 0 | 1 | 24 | 0 | 0 |"))
        #expect(!text.contains("| Januari |"))
        #expect(text.contains("Selama Triwulan II 2019 (April–Juni), BPPSI Pekanbaru menerima 25 permohonan informasi publik"))
        #expect(text.contains("### 2.6.2 Waktu Pemenuhan Permohonan Informasi Publik"))
        #expect(text.contains("## 2.7 Rincian Penyelesaian Sengketa Informasi Publik"))
        #expect(!text.contains("BAB I"))
        // The same figures as the year's, restricted to the quarter's requests.
        let year = try report(config: Self.seedConfig)
        #expect(year.contains("| **Jumlah** | 47 | 8 | 16 | 3 | 73 | 0 | 0 |"))
    }

    @Test func theDemoConfigHoldsTheSeedOfficesFacts() throws {
        let c = try OfficeConfig.parse(DemoData.configText)
        #expect(c.report.budgets.first?.total == 29_420_000)
        #expect(c.report.procedures.map(\.code) == ["PK.TU-PJT.01", "PK.TU-PJT.02"])
        #expect(c.report.channels.count == 4)
        #expect(c.identity == OfficeIdentity.seed)
    }

    @Test func aBadBudgetIsABadConfigNamingIt() {
        #expect(throws: StoreError.self) { try OfficeConfig.parse("[[report.budget]]\nyear = 2019\nlines = [{ name = \"x\", amount = -5 }]\n") }
        #expect(throws: StoreError.self) { try OfficeConfig.parse("[[report.budget]]\nyear = 2019\n[[report.budget]]\nyear = 2019\n") }
    }

    @Test func theExportCommandTakesAPeriod() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let office = try openOffice(folder)
            _ = try RegisterImport.run(file: try Fixture.path("register-2019.csv"), into: office.log, by: "kasubag", now: testNow)
            // No report goes out under no name: refused, saying how to set the identity.
            let unnamed = try Binary.run("ppid-tui", ["export", "--format", "report", "--year", "2019", "--data", folder.path], environment: ["PPID_NOW": "2025-11-24T09:00:00+07:00", "PPID_LANG": "en"], scratch: scratch)
            #expect(unnamed.status != 0 && unnamed.stderr.contains("ppid-tui init --data"), "\(unnamed.stderr)")
            let initialised = try Binary.run("ppid-tui", ["init", "--data", folder.path, "--office", "Balai X", "--city", "Kota Y", "--ppid-name", "Nama PPID", "--ppid-nip", "1970"], scratch: scratch)
            #expect(initialised.status == 0, "\(initialised.stderr)")
            let run = try Binary.run("ppid-tui", ["export", "--format", "report", "--period", "2019-S1", "--data", folder.path], environment: ["PPID_NOW": "2025-11-24T09:00:00+07:00"], scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Semester I 2019 (Januari–Juni)"))
            #expect(run.stdout.contains("| Juni | 7 | 0 | 0 | 1 | 7 | 0 | 0 |"))
            #expect(!run.stdout.contains("| Juli |"))
            let wrong = try Binary.run("ppid-tui", ["export", "--format", "csv", "--period", "2019-Q5", "--data", folder.path], scratch: scratch)
            #expect(wrong.status != 0)
            #expect(wrong.stderr.contains("--period"))
        }
    }
}
