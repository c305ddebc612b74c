import Foundation
import PPIDModel

/// The demo's two lists (LAW §8): a DIP set by a PPID decision, and the consequence tests the
/// demo's refusals rest on (made at their requests by `DemoData.addObjections`).
enum DemoLists {
    /// The DIP, established by the PPID's decision on the first working day of the year.
    static func add(to office: Office, now: Date) throws(StoreError) {
        let today = office.calendar.day(of: now)
        let on = CivilDate(year: today.year, month: 1, day: 2).map { min($0, today) } ?? today
        try office.log.append(.decidePublicList(PublicListDecided(decisionNumber: "01/KEP/PPID-BPPSI/\(on.year)", on: on)), by: "demo", at: now)
        for entry in entries(year: on.year) {
            try office.log.append(.setPublicEntry(entry, on: on), by: "demo", at: now)
        }
    }

    static func entries(year: Int) -> [PublicEntry] { [
        PublicEntry(
            number: "DIP-001", summary: "Tarif dan lama pengujian laboratorium (PNBP)", unit: "Seksi Pelayanan Teknis", responsible: "Kepala Seksi Pelayanan Teknis",
            madeWhen: "\(year)", madeWhere: "Pekanbaru", form: .both, retention: "5 tahun", kind: .periodic),
        PublicEntry(
            number: "DIP-002", summary: "Jadwal kalibrasi dan pelatihan keamanan pangan", unit: "Seksi Pengembangan Jasa Teknik", responsible: "Kepala Seksi PJT",
            madeWhen: "\(year)", madeWhere: "Pekanbaru", form: .electronic, retention: "2 tahun", kind: .anyTime),
        PublicEntry(
            number: "DIP-003", summary: "Laporan tahunan layanan informasi publik", unit: "PPID", responsible: "Sekretaris PPID",
            madeWhen: "Maret setiap tahun", madeWhere: "Pekanbaru", form: .both, retention: "10 tahun", kind: .periodic),
        PublicEntry(
            number: "DIP-004", summary: "Persyaratan magang dan kerja praktik laboratorium", unit: "Subbagian Tata Usaha", responsible: "Kepala Subbagian TU",
            madeWhen: "\(year)", madeWhere: "Pekanbaru", form: .electronic, retention: "2 tahun", kind: .anyTime),
    ] }

    /// The consequence test a demo refusal on `ground` rests on, made at `request`.
    static func test(for ground: Pasal17, request: String, on day: CivilDate) -> ConsequenceTest {
        switch ground {
        case .h:
            ConsequenceTest(
                title: "Hasil uji sampel milik pelanggan", withheld: "Nama pelanggan, komoditas dan angka hasil uji per sampel", ground: .h,
                ifOpened: "Rahasia usaha dan data pribadi pelanggan terbuka; pelanggan dirugikan dan berhenti menguji",
                ifClosed: "Publik tetap memperoleh rekapitulasi jumlah dan jenis pengujian tanpa identitas",
                publicInterest: "Melindungi pelanggan lebih besar manfaatnya; rekapitulasi tetap dibuka", unit: "Seksi Pelayanan Teknis",
                trigger: .atRequest, triggerReference: request, decisionNumber: "UK-02/PPID-BPPSI/\(day.year)", decidedOn: day,
                participants: "PPID, Kepala Seksi Pelayanan Teknis, Manajer Mutu")
        default:
            ConsequenceTest(
                title: "Kontrak pengadaan alat laboratorium", withheld: "Harga satuan dan spesifikasi teknis penawaran penyedia", ground: ground,
                ifOpened: "Persaingan usaha penyedia terganggu pada pengadaan berikutnya",
                ifClosed: "Nilai total kontrak dan nama penyedia tetap diumumkan di LPSE",
                publicInterest: "Persaingan sehat pengadaan berikutnya lebih besar; nilai total tetap terbuka", reviewOn: day.adding(days: 730),
                unit: "Subbagian Tata Usaha", trigger: .atRequest, triggerReference: request, decisionNumber: "UK-01/PPID-BPPSI/\(day.year)",
                decidedOn: day, participants: "PPID, Kepala Subbagian TU, Pejabat Pengadaan")
        }
    }
}
