import Foundation
import PPIDModel

/// The default letter templates, made from the program's own XML at run time: the office
/// edits copies of them in `templates/` (its letterhead, signature block, wording).
public enum LetterTemplates {
    /// The letterhead (*kop surat*) every default template starts with: parent body, office,
    /// address and contacts from the config, beside `templates/logo.png` when there is one,
    /// over a rule. An office replaces it with its own in Word or LibreOffice.
    static let letterhead: [Block] = [
        .letterhead([
            [Run("{{induk_badan}}", bold: true)],
            [Run("{{nama_badan}}", bold: true)],
            [Run("{{alamat_badan}}")],
            [Run("{{kontak_badan}}")],
        ]),
        .rule,
        .blank,
    ]

    /// The title, the letter's own number, and the number it replaces when corrected.
    static func heading(_ title: String) -> [Block] {
        [.paragraph([Run(title, bold: true)], .center), .text("Nomor: {{nomor_surat}}", .center), .text("{{surat_pengganti}}", .center), .blank]
    }

    static let requester: [Block] = [
        .field("Nama", "{{nama_pemohon}}"),
        .field("Alamat", "{{alamat_pemohon}}"),
        .field("Nomor telepon/e-mail", "{{kontak_pemohon}}"),
        .field("Pekerjaan", "{{pekerjaan_pemohon}}"),
    ]

    /// The letter's closing paragraph, then its signature by the configured official with
    /// name and NIP, never the login that made it: kept on one page with the closing, so the
    /// block never falls alone onto the next.
    static func signature(
        after closing: String, _ role: String = "Pejabat Pengelola Informasi dan Dokumentasi", name: String = "{{nama_ppid}}",
        nip: String = "NIP. {{nip_ppid}}", place: String = "{{kota}}, {{tanggal_surat}}"
    ) -> [Block] {
        [.closing([Run(closing)], .both), .closing([], .left), .together([[Run(place)], [Run(role)], [], [], [Run(name, bold: true)], [Run(nip)]], .right)]
    }

    static let rightToObject = "Apabila Saudara/i tidak puas dengan keputusan ini, Saudara/i berhak mengajukan keberatan kepada atasan PPID paling lambat 30 (tiga puluh) hari kerja sejak menerima surat ini, yaitu sampai dengan {{batas_keberatan}}, sesuai Pasal 35 dan Pasal 36 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik."

    /// The default template's content for a kind.
    public static func blocks(_ kind: LetterKind) -> [Block] {
        switch kind {
        case .receipt:
            return letterhead + heading("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK") + [
                .field("Nomor pendaftaran", "{{nomor}}"),
            ] + requester + [
                .field("Kategori pemohon", "{{kategori_pemohon}}"),
                .field("Rincian informasi yang dibutuhkan", "{{informasi_diminta}}"),
                .field("Tujuan penggunaan informasi", "{{tujuan_penggunaan}}"),
                .field("Cara memperoleh informasi", "{{cara_memperoleh}}"),
                .field("Bentuk informasi", "{{bentuk_informasi}}"),
                .field("Cara penyampaian", "{{cara_penyampaian}}"),
                .field("Diterima melalui", "{{saluran}}"),
                .field("Tanggal diterima", "{{tanggal_permohonan}} pukul {{jam_permohonan}}"),
                .blank,
            ] + signature(
                after: "Pemberitahuan tertulis atas permohonan ini disampaikan paling lambat {{batas_waktu}} (10 hari kerja sejak permohonan diterima; dapat diperpanjang paling lama 7 hari kerja dengan alasan tertulis), sesuai Pasal 22 ayat (7) dan (8) Undang-Undang Nomor 14 Tahun 2008.")
        case .notice:
            return letterhead + heading("PEMBERITAHUAN TERTULIS") + [
                .text("Berdasarkan permohonan informasi tanggal {{tanggal_permohonan}} dengan nomor pendaftaran {{nomor}}, kami menyampaikan kepada:", .both),
            ] + requester + [
                .field("Informasi yang dimohon", "{{informasi_diminta}}"),
                .blank,
                .text("pemberitahuan sebagai berikut (Pasal 22 ayat (7) Undang-Undang Nomor 14 Tahun 2008):", .both),
                .field("a. Keputusan", "{{keputusan}}"),
                .text("b. Keputusan atas tiap bagian informasi:"),
                // One line per part, broken by line breaks: left-aligned, or a justified line
                // before each break would be stretched across the page.
                .text("{{bagian_informasi}}"),
                .field("c. Materi informasi yang diberikan", "{{materi_informasi}}"),
                .field("d. Diberikan paling lambat", "{{waktu_pemberian}}"),
                .field("e. Bagian yang dihitamkan", "{{informasi_dihitamkan}}"),
                .field("f. Bentuk informasi", "{{bentuk_informasi}}"),
                .field("g. Cara penyampaian", "{{cara_penyampaian}}"),
                .field("h. Biaya", "{{biaya}}"),
                .field("i. Rincian biaya", "{{rincian_biaya}}"),
                .field("j. Cara pembayaran", "{{cara_pembayaran}}"),
                .field("Tanggal pemberitahuan", "{{tanggal_pemberitahuan}}"),
                .blank,
            ] + signature(after: rightToObject, place: "{{kota}}, {{tanggal_pemberitahuan}}")
        case .extension:
            return letterhead + heading("PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU") + [
                .text("Berdasarkan permohonan informasi tanggal {{tanggal_permohonan}} dengan nomor pendaftaran {{nomor}}, kami menyampaikan kepada:", .both),
            ] + requester + [
                .field("Informasi yang dimohon", "{{informasi_diminta}}"),
                .blank,
                .text("bahwa jangka waktu pemberitahuan tertulis, yang semula paling lambat {{batas_waktu_awal}}, diperpanjang paling lama 7 (tujuh) hari kerja sesuai Pasal 22 ayat (8) Undang-Undang Nomor 14 Tahun 2008.", .both),
                .field("Alasan perpanjangan", "{{alasan_perpanjangan}}"),
                .field("Batas waktu yang baru", "{{batas_waktu}}"),
                .blank,
            ] + signature(after: "Demikian pemberitahuan ini kami sampaikan.")
        case .refusal:
            return letterhead + heading("KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI\nTENTANG PENOLAKAN PERMOHONAN INFORMASI") + [
                .text("Pada tanggal {{tanggal_pemberitahuan}}, Pejabat Pengelola Informasi dan Dokumentasi {{nama_badan}} memutuskan permohonan informasi nomor pendaftaran {{nomor}} tanggal {{tanggal_permohonan}}:", .both),
            ] + requester + [
                .field("Informasi yang dibutuhkan", "{{informasi_diminta}}"),
                .field("Tujuan penggunaan", "{{tujuan_penggunaan}}"),
                .field("Keputusan", "{{keputusan}}"),
                .blank,
                .text("Informasi berikut: {{informasi_ditolak}}, adalah INFORMASI YANG DIKECUALIKAN berdasarkan {{pasal_pengecualian}} ({{isi_pengecualian}}), sehingga permohonan atasnya ditolak.", .both),
                .text("{{penolakan_sebagian}}", .both),
                .text("{{uji_konsekuensi}}", .both),
                .blank,
            ] + signature(after: rightToObject, place: "{{kota}}, {{tanggal_pemberitahuan}}")
        case .objectionReceipt:
            return letterhead + heading("TANDA BUKTI PENERIMAAN KEBERATAN") + [
                .field("Nomor registrasi keberatan", "{{nomor_keberatan}}"),
                .field("Nomor pendaftaran permohonan", "{{nomor}}"),
                .field("Informasi yang dimohon", "{{informasi_diminta}}"),
                .field("Tujuan penggunaan", "{{tujuan_penggunaan}}"),
            ] + requester + [
                .field("Kuasa pemohon", "{{kuasa_pemohon}}"),
                .field("Alasan keberatan", "{{alasan_keberatan}}"),
                .field("Kasus posisi", "{{kasus_posisi}}"),
                .field("Tanggal keberatan diterima", "{{tanggal_keberatan}}"),
                .blank,
                .closing([Run("Atasan PPID memberikan tanggapan tertulis atas keberatan ini paling lambat {{batas_tanggapan}} (30 hari kerja sejak keberatan diterima, Pasal 36 ayat (2) Undang-Undang Nomor 14 Tahun 2008).")], .both),
                .closing([], .left),
                .closing([Run("{{kota}}, {{tanggal_keberatan}}")], .right),
                .signatures(
                    // Received for the PPID, who signs with name and NIP; the objector beside.
                    [[Run("Petugas penerima keberatan,")], [Run("Pejabat Pengelola Informasi dan Dokumentasi")], [], [], [Run("{{nama_ppid}}", bold: true)], [Run("NIP. {{nip_ppid}}")]],
                    [[Run("Pengaju keberatan,")], [], [], [], [Run("{{pengaju_keberatan}}", bold: true)], []]
                ),
            ]
        case .objectionAnswer:
            return letterhead + heading("TANGGAPAN ATASAN PPID ATAS KEBERATAN") + [
                .field("Nomor registrasi keberatan", "{{nomor_keberatan}}"),
                .text("Menanggapi keberatan tanggal {{tanggal_keberatan}} atas permohonan informasi nomor pendaftaran {{nomor}}, dari:", .both),
            ] + requester + [
                .field("Kuasa pemohon", "{{kuasa_pemohon}}"),
                .field("Alasan keberatan", "{{alasan_keberatan}}"),
                .blank,
                .text("atasan PPID memutuskan:", .both),
                .field("Tanggapan", "{{keputusan_atasan}}"),
                .field("Alasan", "{{alasan_atasan}}"),
                .field("Tanggal tanggapan", "{{tanggal_tanggapan}}"),
                .blank,
            ] + signature(
                after: "Apabila Pemohon tidak puas dengan tanggapan ini, Pemohon dapat mengajukan penyelesaian sengketa informasi publik kepada {{komisi_informasi}} paling lambat 14 (empat belas) hari kerja setelah menerima tanggapan ini, yaitu sampai dengan {{batas_sengketa}}, sesuai Pasal 37 ayat (2) Undang-Undang Nomor 14 Tahun 2008.",
                "{{jabatan_atasan}}", name: "{{nama_atasan}}", nip: "{{baris_nip_atasan}}", place: "{{kota}}, {{tanggal_tanggapan}}")
        case .testSheet:
            return letterhead + [
                .paragraph([Run("LEMBAR UJI KONSEKUENSI\nINFORMASI YANG DIKECUALIKAN", bold: true)], .center),
                .text("Lampiran Keputusan PPID Nomor {{nomor_surat}}", .center), .blank,
            ] + testFacts + [
                .field("Akibat apabila informasi dibuka", "{{akibat_dibuka}}"),
                .field("Akibat apabila informasi ditutup", "{{akibat_ditutup}}"),
                .field("Kepentingan publik (Pasal 2 ayat 4)", "{{kepentingan_publik}}"),
                .field("Jangka waktu (Pasal 20)", "{{jangka_waktu}}"),
                .field("Peserta uji konsekuensi", "{{peserta_uji}}"),
                .field("Status", "{{status_uji}}"),
                .blank,
                .text("Kesimpulan: berdasarkan uji konsekuensi sebagaimana dimaksud Pasal 19 Undang-Undang Nomor 14 Tahun 2008, akibat yang timbul apabila informasi tersebut dibuka lebih besar daripada kepentingan publik untuk membukanya, sehingga bagian informasi tersebut di atas DIKECUALIKAN untuk jangka waktu tersebut dan dicatat dalam Daftar Informasi yang Dikecualikan.", .both),
                .blank,
            ] + signature(after: "Demikian lembar uji konsekuensi ini dibuat dengan sebenar-benarnya.", place: "{{kota}}, {{tanggal_keputusan_uji}}")
        case .testDecision:
            return letterhead + heading("KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI\nTENTANG PENETAPAN INFORMASI YANG DIKECUALIKAN") + [
                .text("Menimbang: bahwa berdasarkan uji konsekuensi {{nomor_uji}} yang dilakukan bersama {{peserta_uji}}, informasi \"{{judul_informasi}}\" yang dikuasai {{unit_penguasa}} perlu ditetapkan sebagai informasi yang dikecualikan.", .both),
                .text("Mengingat: Pasal 2 ayat (4), Pasal 17, Pasal 19 dan Pasal 20 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik; Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.", .both),
                .blank,
                .paragraph([Run("MEMUTUSKAN", bold: true)], .center),
                .text("KESATU: Menetapkan bagian informasi \"{{judul_informasi}}\", yaitu {{informasi_dikecualikan}}, sebagai informasi yang dikecualikan berdasarkan {{dasar_pengecualian}}, dengan pertimbangan sebagaimana tercantum dalam lembar uji konsekuensi {{nomor_uji}} yang menjadi lampiran keputusan ini.", .both),
                .text("KEDUA: Jangka waktu pengecualian: {{jangka_waktu}}.", .both),
                .text("KETIGA: Informasi tersebut dicatat dalam Daftar Informasi yang Dikecualikan {{nama_badan}}; penolakan permohonan atasnya menyebut keputusan ini, dan Pemohon berhak mengajukan keberatan sesuai Pasal 35 Undang-Undang Nomor 14 Tahun 2008.", .both),
                .text("KEEMPAT: Keputusan ini berlaku sejak tanggal ditetapkan.", .both),
                .blank,
            ] + signature(after: "Demikian keputusan ini ditetapkan untuk dilaksanakan.", place: "{{kota}}, {{tanggal_keputusan_uji}}")
        }
    }

    /// What a test is about, as its sheet lists it.
    static let testFacts: [Block] = [
        .field("Nomor DIK", "{{nomor_uji}}"),
        .field("Informasi", "{{judul_informasi}}"),
        .field("Bagian yang dikecualikan", "{{informasi_dikecualikan}}"),
        .field("Dasar pengecualian", "{{dasar_pengecualian}}"),
        .field("Pejabat/unit yang menguasai", "{{unit_penguasa}}"),
        .field("Uji dilakukan", "{{pemicu_uji}}"),
    ]

    /// The default template of a kind, as a `.docx`, drawing the office's logo when given.
    public static func defaultTemplate(_ kind: LetterKind, logo: Logo? = nil) throws(DocumentError) -> Data {
        try Docx.make(blocks(kind), logo: logo)
    }
}
