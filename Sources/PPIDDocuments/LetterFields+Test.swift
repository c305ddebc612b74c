import PPIDModel
import PPIDStore

extension LetterFields {
    /// The placeholders of the test sheet and the PPID's decision on a test (issue 22).
    public static let testNames: [(name: String, meaning: Phrase)] = [
        ("nomor_uji", Phrase(id: "nomor uji konsekuensi dalam DIK, mis. DIK-001", en: "the test's DIK number, e.g. DIK-001")),
        ("judul_informasi", Phrase(id: "informasi yang diuji (judulnya)", en: "the information tested (its title)")),
        ("informasi_dikecualikan", Phrase(id: "bagian informasi yang dikecualikan", en: "exactly what is withheld")),
        ("dasar_pengecualian", Phrase(id: "dasar pengecualian: Pasal 17 huruf …, dan undang-undang lain untuk huruf j", en: "the ground: Article 17 letter …, and the other law for letter j")),
        ("akibat_dibuka", Phrase(id: "akibat apabila informasi dibuka", en: "the consequence if opened")),
        ("akibat_ditutup", Phrase(id: "akibat apabila informasi ditutup", en: "the consequence if kept closed")),
        ("kepentingan_publik", Phrase(id: "pertimbangan kepentingan publik (Pasal 2 ayat 4)", en: "the public-interest weighing (Art. 2(4))")),
        ("jangka_waktu", Phrase(id: "jangka waktu pengecualian: sampai, dikaji ulang (Pasal 20)", en: "the exemption's period: until, review date (Art. 20)")),
        ("unit_penguasa", Phrase(id: "pejabat atau unit yang menguasai informasi", en: "the official or unit holding it")),
        ("pemicu_uji", Phrase(id: "kapan uji dilakukan: sebelum ada permohonan, saat permohonan (nomornya), perintah Komisi Informasi", en: "what led to the test: before any request, at a request (its number), a Commission order")),
        ("peserta_uji", Phrase(id: "peserta uji konsekuensi", en: "who took part in the test")),
        ("nomor_keputusan_uji", Phrase(id: "nomor keputusan PPID atas uji", en: "the PPID's decision number on the test")),
        ("tanggal_keputusan_uji", Phrase(id: "tanggal keputusan PPID atas uji", en: "the date of the PPID's decision on the test")),
        ("status_uji", Phrase(id: "berlaku, atau dicabut (keputusan, tanggal, alasan)", en: "in force, or revoked (decision, date, reason)")),
    ]

    /// The placeholder dictionary of a DIK test's letters: the office's letterhead and signer,
    /// the test's substance, and as `nomor_surat` the PPID's decision number on it (the sheet
    /// is that decision's attachment), dated the day of the decision.
    public static func fields(test entry: ExemptionEntry, identity: OfficeIdentity, officer: String) -> [String: String] {
        let t = entry.test
        var f = office(identity)
        f["nomor_surat"] = t.decisionNumber
        f["surat_pengganti"] = ""
        f["tanggal_surat"] = longDate(t.decidedOn)
        f["petugas"] = officer
        f["nomor_uji"] = t.number
        f["judul_informasi"] = t.title
        f["informasi_dikecualikan"] = t.withheld
        f["dasar_pengecualian"] = t.groundLabel.id
        f["akibat_dibuka"] = t.ifOpened
        f["akibat_ditutup"] = t.ifClosed
        f["kepentingan_publik"] = t.publicInterest
        f["jangka_waktu"] = InformationLists.period(t)
        f["unit_penguasa"] = t.unit
        f["pemicu_uji"] = t.triggerReference.isEmpty ? t.trigger.label.id : "\(t.trigger.label.id) (\(t.triggerReference))"
        f["peserta_uji"] = t.participants
        f["nomor_keputusan_uji"] = t.decisionNumber
        f["tanggal_keputusan_uji"] = longDate(t.decidedOn)
        f["status_uji"] = entry.revoked.map { "Dicabut dengan Keputusan PPID Nomor \($0.decisionNumber) tanggal \(longDate($0.on)): \($0.reason)" } ?? "Berlaku"
        return f
    }
}
