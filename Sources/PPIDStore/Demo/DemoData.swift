import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built-in demo data set: the 2019 register, plus open requests dated relative to
/// today so the queue shows live deadlines (fresh, due soon, overdue, extended), and samples
/// in every step of the sample board (``DemoSamples``).
public enum DemoData {
    /// Makes a new, empty folder for a demo in the temporary directory, with `mkdtemp` (mode
    /// 0700, an unpredictable name, never one that already exists); returns its path.
    public static func makeFolder(in temporary: String = NSTemporaryDirectory()) throws(StoreError) -> String {
        var template = Array(((temporary as NSString).appendingPathComponent("ppid-demo-XXXXXX")).utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { throw POSIXFile.fail(temporary, Phrase(id: "membuat folder demo di", en: "create a demo folder in")) }
        return String(decoding: template.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
    }

    /// Fills an empty folder with the demo data as of `now`.
    public static func create(in folder: DataFolder, now: Date) throws(StoreError) {
        // The seed office's facts for the annual report, so the demo's report is whole.
        try POSIXFile.makeFolder(folder.path)
        try POSIXFile.writeAtomically(Data(configText.utf8), to: folder.configPath)
        let office = try Office(folder: folder)
        guard let url = Bundle.module.url(forResource: "demo-register-2019", withExtension: "csv") else {
            throw .io(
                path: "demo-register-2019.csv", action: Phrase(id: "membaca", en: "read"),
                reason: Phrase(id: "tidak ada dalam paket", en: "missing from the package"))
        }
        _ = try RegisterImport.run(file: url.path, into: office.log, by: "demo", now: now)
        let cal = office.calendar
        let today = cal.day(of: now)
        var testingRequest: String?
        for sample in samples {
            var day = today
            for _ in 0..<sample.workingDaysAgo { day = previousWorkingDay(before: day, cal) }
            let offset = cal.offset(at: now)
            var received = Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + sample.minute * 60 - offset))
            if received > now { received = now.addingTimeInterval(-600) }
            let details = RequestDetails(
                requesterName: sample.name, category: sample.category, address: sample.address, contact: sample.contact,
                occupation: sample.occupation, topic: sample.topic, subject: sample.subject, purpose: sample.purpose,
                accessKind: .copy, medium: .softcopy, delivery: .email
            )
            let records = try office.log.append(.register(receivedAt: received, channel: sample.channel, details: details), by: "demo", at: now)
            guard let number = records.first?.event.request else { continue }
            if sample.topic == .testing, testingRequest == nil { testingRequest = number }
            if let reason = sample.extensionReason {
                // The letter dated while the 10 days ran (Pasal 22(8)): eight working days in, or today.
                let letter = min(today, cal.adding(workingDays: 8, to: cal.deemedReceiptDay(of: received)))
                try office.log.append(.extend(RequestExtended(request: number, reason: reason, on: letter)), by: "demo", at: now)
            }
        }
        try DemoSamples.add(to: office, now: now, testingRequest: testingRequest)
        try DemoLists.add(to: office, now: now)
        try addObjections(to: office, now: now)
        try addIncomplete(to: office, now: now)
    }

    /// Two decided requests objected to, so a new user meets each part of Pasal 35–38: one
    /// answered by the superior with its 14 days for a dispute still running, one whose
    /// dispute is in mediation at the Information Commission.
    static func addObjections(to office: Office, now: Date) throws(StoreError) {
        let cal = office.calendar
        let today = cal.day(of: now)
        func back(_ n: Int) -> CivilDate {
            var d = today
            for _ in 0..<n { d = previousWorkingDay(before: d, cal) }
            return d
        }
        func at(_ d: CivilDate, _ minute: Int) -> Date {
            let t = Date(timeIntervalSince1970: TimeInterval(d.ordinal * 86_400 + minute * 60 - cal.offset(at: now)))
            return min(t, now.addingTimeInterval(-600))
        }
        let cases: [(ago: Int, name: String, subject: String, ground: Pasal17, objectionAgo: Int, answerAgo: Int, dispute: (filed: Int, mediation: Int)?)] = [
            (28, "Rahmat Hidayat (LBH Pekanbaru)", "Salinan kontrak pengadaan alat laboratorium 2025", .b, 20, 5, nil),
            (75, "Yulia Sari", "Data hasil uji sampel milik perusahaan lain", .h, 66, 50, (40, 30)),
        ]
        for c in cases {
            let details = RequestDetails(
                requesterName: c.name, category: .individual, address: "Jl. Sudirman No. 45, Pekanbaru", contact: "0813-6500-7788",
                occupation: "Advokat", topic: .other, subject: c.subject, purpose: "Pengawasan publik", accessKind: .copy, medium: .softcopy, delivery: .email
            )
            let records = try office.log.append(.register(receivedAt: at(back(c.ago), 9 * 60), channel: .walkIn, details: details), by: "demo", at: now)
            guard let number = records.first?.event.request else { continue }
            // The refusal rests on a consequence test made at the request, which joins the DIK.
            let notice = back(c.ago - 4)
            try office.log.append(
                .decideWithTest(
                    RequestDecided(request: number, outcome: .rejected, ground: .exception(c.ground), noticeOn: notice, note: "Dikecualikan setelah uji konsekuensi (Pasal 19)"),
                    DemoLists.test(for: c.ground, request: number, on: notice)),
                by: "demo", at: now)
            let filed = try office.log.append(.fileObjection(request: number, receivedAt: at(back(c.objectionAgo), 10 * 60), grounds: [.a], agent: "", note: ""), by: "demo", at: now)
            guard case .objectionFiled(let o)? = filed.first?.event else { continue }
            var steps: [Event] = [.objectionAnswered(ObjectionAnswered(
                request: number, objection: o.objection, decision: .upheld, reasons: "Informasi dikecualikan; uji konsekuensi terlampir",
                answeredOn: back(c.answerAgo), superiorName: "Fathullah", superiorPosition: "Kepala Balai"
            ))]
            if let d = c.dispute {
                steps.append(.disputeStep(DisputeStep(request: number, objection: o.objection, kind: .filed, on: back(d.filed), detail: "Reg. 031/KI-Riau-PS/2026")))
                steps.append(.disputeStep(DisputeStep(request: number, objection: o.objection, kind: .started, on: back(d.mediation), detail: DisputeProcess.mediation.rawValue)))
            }
            try office.log.append(by: "demo", at: now) { _ in steps }
        }
    }

    /// A request sent back as incomplete four working days ago and declared complete two days
    /// later: its 10 days count from the completion, as its deadline's explanation says.
    static func addIncomplete(to office: Office, now: Date) throws(StoreError) {
        let cal = office.calendar
        var day = cal.day(of: now)
        var days: [CivilDate] = []
        for _ in 0..<6 { day = previousWorkingDay(before: day, cal); days.append(day) }
        func at(_ d: CivilDate, _ minute: Int) -> Date {
            min(Date(timeIntervalSince1970: TimeInterval(d.ordinal * 86_400 + minute * 60 - cal.offset(at: now))), now.addingTimeInterval(-600))
        }
        let details = RequestDetails(
            requesterName: "Dewi Lestari", category: .education, address: "Jl. Kaharuddin Nasution 113, Pekanbaru", contact: "0812-7788-1122",
            occupation: "Mahasiswa", topic: .research, subject: "Data pengujian kadar air karet remah 2024–2026 untuk skripsi",
            purpose: "Penelitian skripsi", accessKind: .copy, medium: .softcopy, delivery: .email
        )
        let records = try office.log.append(.register(receivedAt: at(days[5], 10 * 60), channel: .online, details: details), by: "demo", at: now)
        guard let number = records.first?.event.request else { return }
        try office.log.append(.returnIncomplete(RequestReturnedIncomplete(request: number, missing: "Surat pengantar dari kampus", on: days[4])), by: "demo", at: now)
        try office.log.append(.declareComplete(RequestDeclaredComplete(request: number, completedAt: at(days[2], 9 * 60))), by: "demo", at: now)
    }

    /// The default config with the seed report's own office and facts (BPPSI Pekanbaru 2019,
    /// §1.2–2.5): the only config that carries them.
    static var configText: String {
        let text = OfficeIdentity.seed.written(into: OfficeConfig.defaultText)
        let base = text.components(separatedBy: "\n[report]\n").first ?? text
        return base + """

        [report]
        policy_basis = [
            "UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Peraturan Menteri Perindustrian Nomor 70 Tahun 2011 tentang Tata Kelola Layanan Informasi Publik di Lingkungan Kementerian Perindustrian",
            "Keputusan Menteri Perindustrian Nomor 351 Tahun 2011 tentang Pejabat Pengelola Informasi dan Dokumentasi di Lingkungan Kementerian Perindustrian",
            "Peraturan Menteri Perindustrian Nomor 26/M-IND/PER/7/2017 tentang Organisasi dan Tata Kerja Balai Pengembangan Produk dan Standardisasi Industri Pekanbaru",
        ]
        services = [
            "Analisis kebutuhan teknologi, analisis pasar, dan studi kelayakan",
            "Pengembangan produk, proses, sistem, dan alih teknologi",
            "Konsultasi",
            "Pengujian, kalibrasi, dan inspeksi bahan baku, bahan penolong, proses, dan produk",
            "Kerja sama / jejaring industri",
        ]
        channels = [
            "Layanan langsung di Unit Pelayanan Publik, gedung BPPSI Pekanbaru",
            "Website BPPSI Pekanbaru (http://bppsipekanbaru.kemenperin.go.id), live chat, dan formulir permohonan informasi online",
            "Media sosial: Instagram dan Twitter @bppsipekanbaru",
            "Telepon/fax (0761 8406902)",
        ]
        staff = [
            "Kepala Sub Bagian Tata Usaha ditunjuk sebagai PPID",
            "Dua petugas tetap di UPP: satu untuk permohonan informasi, satu untuk pengujian sampel",
        ]
        procedures = [
            { code = "PK.TU-PJT.01", name = "Kode Etik Pelayanan Publik dan Penyelenggara Pelayanan Publik", effective = "2018-10-17" },
            { code = "PK.TU-PJT.02", name = "Pelaksanaan Pelayanan pada Unit Pelayanan Publik", effective = "2018-10-17" },
        ]

        [[report.budget]]
        year = 2019
        source = "DIPA BPPSI Pekanbaru Tahun Anggaran 2019 Nomor SP DIPA-019.07.2.417912/2019 tanggal 5 Desember 2018"
        lines = [
            { name = "Biaya belanja bahan", amount = 9950000 },
            { name = "Biaya perjalanan dinas dalam rangka bimtek dan lain-lain", amount = 19470000 },
        ]

        """
    }

    private static func previousWorkingDay(before d: CivilDate, _ cal: WorkingCalendar) -> CivilDate {
        var x = d.adding(days: -1)
        while !cal.isWorkingDay(x) { x = x.adding(days: -1) }
        return x
    }

    private struct Sample {
        let workingDaysAgo: Int
        let minute: Int
        let channel: Channel
        let name: String
        let category: RequesterCategory
        let address: String
        let contact: String
        let occupation: String
        let topic: Topic
        let subject: String
        let purpose: String
        var extensionReason: String?
    }

    private static let samples = [
        Sample(workingDaysAgo: 0, minute: 8 * 60 + 15, channel: .walkIn, name: "Siti Rahmawati (CV Tenun Melayu)", category: .industry,
               address: "Jl. Hang Tuah No. 12, Pekanbaru", contact: "0812-7601-1122", occupation: "Wiraswasta", topic: .testing,
               subject: "Tarif dan lama pengujian kadar air kain songket", purpose: "Persiapan produksi"),
        Sample(workingDaysAgo: 1, minute: 10 * 60 + 40, channel: .online, name: "Andrés Pratama", category: .education,
               address: "Jl. Bina Widya KM 12,5, Simpang Baru", contact: "andres.pratama@student.unri.ac.id", occupation: "Mahasiswa", topic: .internship,
               subject: "Persyaratan magang di laboratorium kimia", purpose: "Kerja praktik semester 7"),
        Sample(workingDaysAgo: 8, minute: 9 * 60, channel: .phone, name: "Hendra Gunawan (PT Riau Crumb Rubber)", category: .industry,
               address: "Kawasan Industri Tenayan, Pekanbaru", contact: "0761-556677", occupation: "Manajer mutu", topic: .calibration,
               subject: "Jadwal kalibrasi timbangan 500 kg", purpose: "Audit ISO 9001"),
        Sample(workingDaysAgo: 12, minute: 14 * 60 + 5, channel: .socialMedia, name: "Nur Aisyah", category: .individual,
               address: "Jl. Soekarno-Hatta No. 8, Pekanbaru", contact: "@nuraisyah.pku", occupation: "Pelaku UMKM", topic: .training,
               subject: "Jadwal pelatihan keamanan pangan untuk UMKM", purpose: "Mengikuti pelatihan"),
        Sample(workingDaysAgo: 14, minute: 11 * 60, channel: .walkIn, name: "Dr. Bambang Siregar", category: .government,
               address: "Dinas Perindustrian Provinsi Riau", contact: "0761-223344", occupation: "Kepala Seksi", topic: .research,
               subject: "Data hasil uji mutu minyak sawit 2025", purpose: "Kajian kebijakan daerah",
               extensionReason: "Data berada di laboratorium lain dan perlu dihimpun"),
    ]
}
