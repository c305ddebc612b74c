import PPIDModel

/// Invented but realistic requests: Indonesian requesters (some names with é, ñ, ë), their
/// institutions, and subjects that fit the topic. The same seed gives the same sequence.
struct SampleRequests {
    struct Sample {
        let channel: Channel
        let details: RequestDetails
    }

    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let firstNames = [
        "Siti", "Budi", "Dewi", "Agus", "Rina", "Andi", "Putri", "Joko", "Yuni", "Dedi", "Fitri", "Rizky",
        "Nurul", "Hendra", "Wulan", "Fajar", "Ayu", "Bambang", "Indah", "Teguh", "René", "André", "Désirée",
        "Noël", "Zoë", "Inés", "José", "Margaretha", "Cécilia", "Kadek",
    ]
    static let lastNames = [
        "Nasution", "Harahap", "Siregar", "Lubis", "Simanjuntak", "Saputra", "Hidayat", "Kurniawan", "Pratama",
        "Wijaya", "Rahmawati", "Santoso", "Hasibuan", "Tarigan", "Ginting", "Situmorang", "Manurung", "Muñoz",
        "Sembiring", "Purba", "Damanik", "Syahputra", "Lumbantobing", "Sitompul",
    ]
    static let institutions: [(RequesterCategory, String)] = [
        (.industry, "PT Sawit Riau Lestari"), (.industry, "CV Karya Kayu Siak"), (.industry, "PT Pulp Kampar Jaya"),
        (.industry, "UD Kerupuk Sagu Meranti"), (.education, "Universitas Riau"), (.education, "SMK Negeri 2 Pekanbaru"),
        (.education, "Politeknik Caltex Riau"), (.government, "Dinas Perindustrian Provinsi Riau"),
        (.government, "Dinas Koperasi dan UKM Kota Pekanbaru"), (.government, "Bappeda Kabupaten Kampar"),
    ]
    static let subjects: [Topic: [String]] = [
        .testing: ["Tarif pengujian mutu air limbah", "Prosedur uji emisi cerobong boiler", "Hasil uji kadar air CPO"],
        .calibration: ["Informasi layanan kalibrasi timbangan", "Jadwal kalibrasi termometer industri"],
        .training: ["Jadwal pelatihan operator boiler", "Biaya pelatihan sistem manajemen mutu"],
        .research: ["Data penelitian produk turunan sawit", "Laporan riset pengolahan limbah sagu"],
        .internship: ["Permohonan tempat magang mahasiswa", "Syarat magang siswa SMK"],
        .other: ["Informasi sertifikasi SNI produk", "Struktur organisasi dan tugas pokok balai"],
    ]
    static let streets = ["Jl. Jenderal Sudirman", "Jl. Tuanku Tambusai", "Jl. HR Soebrantas", "Jl. Arifin Ahmad", "Jl. Riau"]
    static let occupations = ["Wiraswasta", "Mahasiswa", "Pegawai Negeri Sipil", "Guru", "Karyawan Swasta", "Peneliti"]
    static let purposes = ["Bahan penelitian skripsi", "Persiapan pengujian produk", "Perencanaan anggaran", "Laporan kegiatan"]

    mutating func next() -> Sample {
        let name = pick(Self.firstNames) + " " + pick(Self.lastNames)
        let personal = random.next() % 4 == 0
        let (category, institution) = personal ? (.individual, "") : pick(Self.institutions)
        let topic = pick(Topic.allCases)
        let details = RequestDetails(
            requesterName: personal ? name : "\(name) (\(institution))",
            category: category,
            address: "\(pick(Self.streets)) No. \(1 + random.next() % 250), Pekanbaru",
            contact: "08\(11 + random.next() % 89)\(String(10_000_000 + random.next() % 89_999_999))",
            occupation: pick(Self.occupations),
            identityNumber: personal ? "1471\(String(100_000_000_000 + random.next() % 899_999_999_999))" : "",
            topic: topic,
            subject: pick(Self.subjects[topic] ?? ["Informasi layanan"]),
            purpose: pick(Self.purposes),
            accessKind: pick(AccessKind.allCases),
            medium: pick(Medium.allCases),
            delivery: pick(Delivery.allCases)
        )
        return Sample(channel: pick(Channel.allCases), details: details)
    }

    private mutating func pick<T>(_ list: [T]) -> T {
        list[Int(random.next() % UInt64(list.count))]
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
