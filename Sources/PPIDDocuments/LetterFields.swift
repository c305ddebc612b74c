import Foundation
import PPIDModel
import PPIDStore

/// The placeholders a letter template may hold, and what fills them.
///
/// `fields(...)` is the one place a request (and objection) becomes the placeholder
/// dictionary: a new field of the model becomes a new line there and in `all`.
public enum LetterFields {
    /// Every placeholder, with what it holds (in the order the officer's guide lists them).
    public static let all: [(name: String, meaning: Phrase)] = [
        ("nama_badan", Phrase(id: "nama kantor (`name` di bagian `[office]` config.toml)", en: "the office's name (`name` under `[office]` in config.toml)")),
        ("induk_badan", Phrase(id: "badan induk (`[office] parent_body`)", en: "the parent body (`[office] parent_body`)")),
        ("alamat_badan", Phrase(id: "alamat kantor (`[office] address`)", en: "the office's address (`[office] address`)")),
        ("kontak_badan", Phrase(id: "telepon, e-mail dan laman kantor dalam satu baris", en: "the office's telephone, e-mail and website on one line")),
        ("kota", Phrase(id: "kota tempat surat ditandatangani (`[office] city`)", en: "the city letters are signed in (`[office] city`)")),
        ("komisi_informasi", Phrase(id: "Komisi Informasi yang berwenang (`[office] commission`)", en: "the competent Information Commission (`[office] commission`)")),
        ("nama_ppid", Phrase(id: "nama PPID penanda tangan (`[ppid] name`)", en: "the signing PPID's name (`[ppid] name`)")),
        ("nip_ppid", Phrase(id: "NIP PPID (`[ppid] nip`)", en: "the PPID's civil-service number (`[ppid] nip`)")),
        ("nomor_surat", Phrase(id: "nomor surat ini (`[letters] number`), bukan nomor pendaftaran", en: "this letter's own number (`[letters] number`), not the registration number")),
        ("surat_pengganti", Phrase(id: "\"Surat ini menggantikan surat nomor …\" bila surat diperbaiki; kosong bila tidak", en: "\"This letter replaces letter number …\" for a corrected letter; empty otherwise")),
        ("tanggal_surat", Phrase(id: "tanggal surat dibuat (cetak ulang: tanggal semula); tanda bukti penerimaan: tanggal permohonan diterima", en: "the date the letter is made (a reprint: its first date); a receipt: the day the request was received")),
        ("petugas", Phrase(id: "petugas yang membuat surat (login; tidak dipakai templat bawaan)", en: "the officer making the letter (the login; the default templates do not use it)")),
        ("nomor", Phrase(id: "nomor pendaftaran permohonan", en: "the request's registration number")),
        ("tanggal_permohonan", Phrase(id: "tanggal permohonan diterima", en: "the date the request was received")),
        ("jam_permohonan", Phrase(id: "jam permohonan diterima", en: "the time the request was received")),
        ("saluran", Phrase(id: "saluran permohonan", en: "the request's channel")),
        ("nama_pemohon", Phrase(id: "nama pemohon", en: "the requester's name")),
        ("alamat_pemohon", Phrase(id: "alamat pemohon", en: "the requester's address")),
        ("kontak_pemohon", Phrase(id: "nomor telepon/e-mail pemohon", en: "the requester's phone or e-mail")),
        ("pekerjaan_pemohon", Phrase(id: "pekerjaan pemohon", en: "the requester's occupation")),
        ("nik_pemohon", Phrase(id: "NIK pemohon", en: "the requester's identity number")),
        ("kategori_pemohon", Phrase(id: "kategori pemohon", en: "the requester's category")),
        ("informasi_diminta", Phrase(id: "rincian informasi yang diminta", en: "the information asked for")),
        ("tujuan_penggunaan", Phrase(id: "tujuan penggunaan informasi", en: "what the information is for")),
        ("cara_memperoleh", Phrase(id: "cara memperoleh informasi (melihat/membaca, salinan)", en: "how the information is obtained")),
        ("bentuk_informasi", Phrase(id: "bentuk informasi (softcopy/hardcopy)", en: "the information's format")),
        ("cara_penyampaian", Phrase(id: "cara penyampaian informasi", en: "how the information is delivered")),
        ("batas_waktu", Phrase(id: "batas waktu pemberitahuan tertulis yang berlaku", en: "the notice deadline in force")),
        ("batas_waktu_awal", Phrase(id: "batas waktu 10 hari kerja", en: "the 10-working-day deadline")),
        ("alasan_perpanjangan", Phrase(id: "alasan perpanjangan", en: "the reason for the extension")),
        ("keputusan", Phrase(id: "keputusan (dikabulkan seluruhnya/sebagian, ditolak)", en: "the decision")),
        ("tanggal_pemberitahuan", Phrase(id: "tanggal pemberitahuan tertulis", en: "the written notice's date")),
        ("penguasaan_informasi", Phrase(id: "informasi dikuasai atau tidak", en: "whether the information is held")),
        ("pemegang_informasi", Phrase(id: "badan publik yang menguasai informasi", en: "the body holding the information")),
        ("alasan", Phrase(id: "alasan penolakan atau pengecualian, lengkap", en: "the ground of refusal, in full")),
        ("pasal_pengecualian", Phrase(id: "pasal pengecualian, mis. Pasal 17 huruf h UU 14/2008", en: "the exception's article")),
        ("huruf_pengecualian", Phrase(id: "huruf Pasal 17 (a–j)", en: "the letter of Article 17")),
        ("isi_pengecualian", Phrase(id: "isi pengecualian Pasal 17", en: "the text of the exception")),
        ("uji_konsekuensi", Phrase(id: "uji konsekuensi (Pasal 19) atas informasi yang ditolak: isi uji DIK yang dikutip, atau yang dicatat petugas", en: "the consequence test (Art. 19) of the information refused: the cited DIK test's substance, or what the officer recorded")),
        ("bagian_informasi", Phrase(id: "keputusan per bagian informasi: dikabulkan, ditolak (Pasal 17), tidak dikuasai (dan pemegangnya), belum didokumentasikan", en: "the decision part by part: granted, refused (Art. 17), not held (and who holds it), not yet documented")),
        ("materi_informasi", Phrase(id: "materi informasi yang diberikan", en: "the material to be given")),
        ("waktu_pemberian", Phrase(id: "tanggal informasi diberikan paling lambat (atau telah diberikan)", en: "the day by which the information is given (or was)")),
        ("waktu_dokumentasi", Phrase(id: "informasi belum didokumentasikan: didokumentasikan paling lambat", en: "not yet documented: the day by which it will be")),
        ("informasi_ditolak", Phrase(id: "bagian informasi yang ditolak (seluruhnya bila ditolak)", en: "the part of the information refused (all of it when rejected)")),
        ("penolakan_sebagian", Phrase(id: "dikabulkan sebagian: kalimat bahwa bagian selebihnya diberikan; kosong bila ditolak", en: "a partial grant: that the rest is given; empty for a rejection")),
        ("informasi_dihitamkan", Phrase(id: "bagian yang dihitamkan dan alasannya", en: "what was blacked out and why")),
        ("biaya", Phrase(id: "biaya, mis. Rp 15.000", en: "the fee")),
        ("rincian_biaya", Phrase(id: "rincian biaya", en: "what the fee is made of")),
        ("cara_pembayaran", Phrase(id: "cara pembayaran biaya", en: "how the fee is paid")),
        ("tanggal_penyerahan", Phrase(id: "tanggal informasi diserahkan", en: "the hand-over date")),
        ("batas_keberatan", Phrase(id: "batas akhir mengajukan keberatan (30 hari kerja)", en: "the last day to object (30 working days)")),
        ("nomor_keberatan", Phrase(id: "nomor registrasi keberatan", en: "the objection's number")),
        ("tanggal_keberatan", Phrase(id: "tanggal keberatan diterima", en: "the date the objection was received")),
        ("alasan_keberatan", Phrase(id: "alasan keberatan (Pasal 35 ayat 1)", en: "the objection's grounds (Art. 35(1))")),
        ("kuasa_pemohon", Phrase(id: "kuasa pemohon, bila ada", en: "the requester's agent, if any")),
        ("catatan_keberatan", Phrase(id: "catatan keberatan", en: "the objection's note")),
        ("kasus_posisi", Phrase(id: "kasus posisi: teks keberatan, atau permohonan dan alasannya bila tidak ada", en: "the case: the objection's text, or the request and its grounds when it has none")),
        ("pengaju_keberatan", Phrase(id: "yang mengajukan keberatan: kuasa bila ada, atau pemohon", en: "who filed the objection: the agent if any, else the requester")),
        ("batas_tanggapan", Phrase(id: "batas tanggapan atasan PPID (30 hari kerja)", en: "the superior's answer deadline")),
        ("keputusan_atasan", Phrase(id: "tanggapan atasan PPID", en: "the superior's decision")),
        ("alasan_atasan", Phrase(id: "alasan tanggapan atasan PPID", en: "the superior's reasons")),
        ("tanggal_tanggapan", Phrase(id: "tanggal tanggapan atasan PPID", en: "the answer's date")),
        ("nama_atasan", Phrase(id: "nama atasan PPID (tanggapan, atau `[ppid] superior_name`)", en: "the superior's name (the answer's, or `[ppid] superior_name`)")),
        ("jabatan_atasan", Phrase(id: "jabatan atasan PPID", en: "the superior's position")),
        ("nip_atasan", Phrase(id: "NIP atasan PPID (`[ppid] superior_nip`)", en: "the superior's civil-service number (`[ppid] superior_nip`)")),
        ("baris_nip_atasan", Phrase(id: "\"NIP. …\" atasan PPID; kosong (barisnya hilang) bila NIP-nya tidak diketahui", en: "the superior's \"NIP. …\" line; empty (the line left out) when the NIP is not known")),
        ("batas_sengketa", Phrase(id: "batas mengajukan sengketa ke Komisi Informasi (14 hari kerja)", en: "the last day to take the dispute to the Commission")),
    ]

    public static var names: Set<String> { Set((all + testNames).map(\.name)) }

    /// The placeholder dictionary of a request (and, for an objection's letter, its objection).
    /// Every name of `all` is present; what does not apply yet is "-".
    public static func fields(
        _ r: Request, objection o: Objection?, calendar: WorkingCalendar, identity: OfficeIdentity, officer: String, letter: LetterNumberPlan,
        tests: [ConsequenceTest] = []
    ) -> [String: String] {
        let officeName = identity.name
        let today = letter.dated
        let d = r.details
        let received = calendar.local(r.receivedAt)
        let deadline = calendar.deadline(of: r)
        let decided = r.decision?.decided
        var f = office(identity)
        f["nomor_surat"] = letter.number
        f["surat_pengganti"] = letter.replaces.isEmpty ? "" : "Surat ini menggantikan surat nomor \(letter.replaces)."
        f["tanggal_surat"] = longDate(today)
        f["petugas"] = officer
        f["nomor"] = r.number
        f["tanggal_permohonan"] = longDate(received.date)
        f["jam_permohonan"] = received.clock
        f["saluran"] = r.channel.label.id
        f["nama_pemohon"] = d.requesterName
        f["alamat_pemohon"] = dash(d.address)
        f["kontak_pemohon"] = dash(d.contact)
        f["pekerjaan_pemohon"] = dash(d.occupation)
        f["nik_pemohon"] = dash(d.identityNumber)
        f["kategori_pemohon"] = d.category.label.id
        f["informasi_diminta"] = d.subject
        f["tujuan_penggunaan"] = dash(d.purpose)
        f["cara_memperoleh"] = d.accessKind?.label.id ?? "-"
        f["bentuk_informasi"] = d.medium?.label.id ?? "-"
        f["cara_penyampaian"] = d.delivery?.label.id ?? "-"
        f["batas_waktu"] = longDate(deadline.inForce)
        f["batas_waktu_awal"] = longDate(deadline.original)
        f["alasan_perpanjangan"] = dash(r.extensionGiven?.reason ?? "")
        f["keputusan"] = decided?.outcome.label.id ?? "-"
        f["tanggal_pemberitahuan"] = decided.map { longDate($0.noticeOn) } ?? "-"
        f["penguasaan_informasi"] = decided.map { holding($0, office: officeName) } ?? "-"
        f["pemegang_informasi"] = decided.map { holder($0, office: officeName) } ?? "-"
        f["alasan"] = decided.map { d in d.grounds.isEmpty ? "-" : d.grounds.map(\.label.id).joined(separator: "; ") } ?? "-"
        let refused = decided.map(exceptions) ?? []
        f["pasal_pengecualian"] = exceptionArticle(refused)
        f["huruf_pengecualian"] = refused.isEmpty ? "-" : refused.map(\.rawValue).joined(separator: ", ")
        f["isi_pengecualian"] = refused.isEmpty ? "-" : refused.map(\.label.id).joined(separator: "; ")
        if let decided, !refused.isEmpty {
            let letters = refused.map { "huruf \($0.rawValue)" }.joined(separator: " dan ")
            // The law's test in its words, then the test as recorded: an imported register's
            // note may only name the ground, so it never stands alone as the test.
            // A cited DIK test carries its own substance; without one, the law's words and the
            // test as the officer recorded it.
            f["uji_konsekuensi"] = !tests.isEmpty ? consequenceText(tests) : ("Berdasarkan uji konsekuensi sebagaimana dimaksud Pasal 19 Undang-Undang Nomor 14 Tahun 2008, informasi yang ditolak termasuk informasi yang dikecualikan karena apabila dibuka dan diberikan kepada Pemohon dapat menimbulkan akibat sebagaimana dimaksud Pasal 17 \(letters); kepentingan yang dilindungi lebih besar daripada kepentingan umum untuk membukanya."
                + (consequenceTest(of: decided).map { " Hasil uji konsekuensi yang dicatat: \($0)" } ?? ""))
        } else {
            f["uji_konsekuensi"] = "-"
        }
        f["bagian_informasi"] = decided.map { parts(r, $0, office: officeName, longDate: longDate) } ?? "-"
        f["materi_informasi"] = decided.map { material(r, $0) } ?? "-"
        f["waktu_pemberian"] = decided.map { givenOn(r, $0, longDate: longDate) } ?? "-"
        f["waktu_dokumentasi"] = decided?.documentedBy.map(longDate) ?? "-"
        f["informasi_ditolak"] = decided.map { refusedPart(r, $0) } ?? "-"
        f["penolakan_sebagian"] = decided.map { d in
            d.outcome != .partial ? ""
                : "Keputusan ini hanya menolak bagian informasi tersebut; bagian selebihnya, yaitu \(material(r, d)), diberikan sebagaimana pemberitahuan tertulis tanggal \(longDate(d.noticeOn))."
        } ?? ""
        f["informasi_dihitamkan"] = decided?.outcome == .partial ? dash(decided?.redacted ?? "") : "-"
        f["biaya"] = decided.map { rupiah($0.fee) } ?? "-"
        f["rincian_biaya"] = dash(decided?.feeBreakdown ?? "")
        f["cara_pembayaran"] = dash(decided?.payment ?? "")
        f["tanggal_penyerahan"] = r.handover.map { longDate($0.handedOverOn) } ?? "-"
        // 30 working days from the notice, or from the deadline in force when none came (Pasal 35–36).
        f["batas_keberatan"] = longDate(calendar.adding(workingDays: ObjectionPeriods.filing, to: decided?.noticeOn ?? deadline.inForce))
        f["nomor_keberatan"] = o?.number ?? "-"
        f["tanggal_keberatan"] = o.map { longDate(calendar.day(of: $0.filed.receivedAt)) } ?? "-"
        f["alasan_keberatan"] = o.map { $0.filed.grounds.map { "Pasal 35 ayat (1) huruf \($0.rawValue): \($0.label.id)" }.joined(separator: "\n") } ?? "-"
        f["kuasa_pemohon"] = dash(o?.filed.agent ?? "")
        f["catatan_keberatan"] = dash(o?.filed.note ?? "")
        f["kasus_posisi"] = o.map { caseSummary(r, $0, received: received.date, longDate: longDate) } ?? "-"
        let agent = (o?.filed.agent ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        f["pengaju_keberatan"] = agent.isEmpty ? d.requesterName : agent
        f["batas_tanggapan"] = o.map { longDate(calendar.answerDeadline(of: $0)) } ?? "-"
        let answer = o?.answer
        f["keputusan_atasan"] = answer?.decision.label.id ?? "-"
        f["alasan_atasan"] = dash(answer?.reasons ?? "")
        f["tanggal_tanggapan"] = answer.map { longDate($0.answeredOn) } ?? "-"
        // The superior who answered, as the answer recorded; the configured one when it named none.
        let answered = (answer?.superiorName ?? "").trimmingCharacters(in: .whitespaces)
        let signer = answered.isEmpty ? identity.superiorName : answered
        f["nama_atasan"] = dash(signer)
        let position = (answer?.superiorPosition ?? "").trimmingCharacters(in: .whitespaces)
        f["jabatan_atasan"] = dash(position.isEmpty ? identity.superiorPosition : position)
        f["nip_atasan"] = signer == identity.superiorName ? dash(identity.superiorNIP) : "-"
        f["baris_nip_atasan"] = f["nip_atasan"] == "-" ? "" : "NIP. " + identity.superiorNIP
        f["batas_sengketa"] = o.map { longDate(calendar.disputeFilingDeadline(of: $0)) } ?? "-"
        return f
    }

    /// The office's letterhead and signer, as every letter gives them.
    static func office(_ identity: OfficeIdentity) -> [String: String] {
        var f: [String: String] = [:]
        f["nama_badan"] = identity.name
        f["induk_badan"] = identity.parentBody
        f["alamat_badan"] = identity.address
        f["kontak_badan"] = [("Telp. ", identity.phone), ("E-mail ", identity.email), ("", identity.website)]
            .filter { !$0.1.isEmpty }.map { $0.0 + $0.1 }.joined(separator: " · ")
        f["kota"] = identity.city
        f["komisi_informasi"] = identity.commission.isEmpty ? "Komisi Informasi yang berwenang" : identity.commission
        f["nama_ppid"] = identity.ppidName
        f["nip_ppid"] = dash(identity.ppidNIP)
        return f
    }

    /// The substance of the tests a refusal rests on (issue 22), not a restated ground; an
    /// imported register's refusal says it has none on record.
    static func dash(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "-" : s }

    /// "9 Januari 2019".
    public static func longDate(_ d: CivilDate) -> String { "\(d.day) \(MonthlyRecap.monthNames[d.month - 1]) \(d.year)" }

    /// "Rp 15.000"; "Rp 0 (tanpa biaya)" for none.
    public static func rupiah(_ n: Int) -> String {
        if n == 0 { return "Rp 0 (tanpa biaya)" }
        var digits = String(n), out = ""
        while digits.count > 3 {
            out = "." + digits.suffix(3) + out
            digits = String(digits.dropLast(3))
        }
        return "Rp " + digits + out
    }
}
