import Foundation

/// Why an event cannot be recorded, in words an officer can act on.
public enum LedgerError: Error, Sendable, Equatable {
    case unknownRequest(String)
    /// A rule of the DIK or the DIP (consequence tests, public-information entries).
    case lists(ListError)
    case duplicateNumber(String)
    /// A number not written exactly as its format writes it (`PPID-2026-5`, `PPID-2026-+05`).
    case numberNotOfFormat(String, pattern: String, example: String)
    /// A number whose year is not the year its request was received in (office time zone).
    case numberOfAnotherYear(String, year: Int, received: Int)
    case receivedInFuture(String)
    case requiredFieldEmpty(Phrase)
    case alreadyClosed(String, RequestStatus)
    case secondExtension(String)
    case extensionAfterDeadline(String, on: CivilDate, deadline: CivilDate)
    case extensionBeforeReceipt(String, on: CivilDate, received: CivilDate)
    case decisionBeforeReceipt(String, notice: CivilDate, received: CivilDate)
    case groundRequired(Outcome)
    case groundsRepeated(String)
    /// A ground (Pasal 17, not held, not documented) given with a grant in full.
    case groundOnGrant(String)
    case returnAfterDeadline(String, deadline: CivilDate)
    /// A ground classified where the decision has no unclassified ground, or to "unclassified".
    case groundNotToClassify(String)
    case negativeFee
    /// A fee beyond `Rupiah.limit`: a typo, not a fee.
    case feeBeyondLimit(Int)
    case notDecided(String)
    case nothingToHandOver(String)
    case alreadyHandedOver(String)
    case handoverBeforeNotice(String)
    case notAwaitingCompletion(String)
    case awaitingCompletion(String)
    case completedBeforeReceipt(String)
    case withdrawnBeforeReceipt(String)
    case unknownEvent(String)
    case notLatestEvent(String)
    case correctsWrongEvent(String)
    case dateInFuture(Phrase)
    case unknownObjection(String)
    case duplicateObjectionNumber(String)
    case objectionGroundsRequired
    case objectionBeforeRequest(String)
    case objectionAlreadyAnswered(String)
    case answerBeforeObjection(String)
    case disputeTooEarly(String, until: CivilDate)
    case disputeStepOutOfOrder(String, Phrase)
    /// Every objection to the request is answered (or none was filed).
    case noObjectionAwaitingAnswer(String)
    /// A dispute step asked for a request with no objection.
    case noObjectionYet(String)
    /// The dispute over the objection is settled: no step follows.
    case disputeSettled(String)
    /// A sample's event refused by the procedure's rules.
    case sample(SampleError)
    /// The request's earlier events could not be read back from the log (it was changed outside ppid-tui).
    case historyUnreadable(String)
    /// A date of an event (a notice, a hand-over, an answer, a sample's step) falls on a day
    /// the current calendar counts as off: never refused, only warned of by `check`.
    case datedOnDayOff(String, Phrase, CivilDate, DayOff)

    /// The message shown to the officer.
    public var message: Phrase {
        switch self {
        case .unknownRequest(let n):
            Phrase(id: "Permohonan \(n) tidak ditemukan.", en: "Request \(n) not found.")
        case .duplicateNumber(let n):
            Phrase(id: "Nomor pendaftaran \(n) sudah dipakai.", en: "Registration number \(n) is already taken.")
        case .numberNotOfFormat(let n, let pattern, let example):
            Phrase(
                id: "Nomor \"\(n)\" tidak sesuai pola \(pattern): hanya angka, selebar polanya, tanpa tanda atau nol tambahan (mis. \(example); numbers di config.toml).",
                en: "Number \"\(n)\" does not match the format \(pattern): digits only, the pattern's width, no sign or extra zero (e.g. \(example); numbers in config.toml)."
            )
        case .numberOfAnotherYear(let n, let year, let received):
            Phrase(
                id: "Nomor \(n) bertahun \(year), tetapi diterima tahun \(received) (zona waktu kantor); tahun nomor adalah tahun diterima.",
                en: "Number \(n) has the year \(year) but was received in \(received) (the office's time zone); a number's year is its year of receipt."
            )
        case .receivedInFuture(let n):
            Phrase(
                id: "Waktu diterima \(n) tidak boleh di masa depan; periksa tanggal dan jam.",
                en: "Request \(n) cannot be received in the future; check the date and time.")
        case .requiredFieldEmpty(let field):
            Phrase(id: "\(field.id) wajib diisi.", en: "\(field.en) is required.")
        case .alreadyClosed(let n, let status):
            Phrase(
                id: "Permohonan \(n) sudah \(status.label.id.lowercased()); tidak dapat diubah lagi.",
                en: "Request \(n) is already \(status.label.en.lowercased()) and cannot change.")
        case .secondExtension(let n):
            Phrase(
                id: "Permohonan \(n) sudah pernah diperpanjang; perpanjangan hanya boleh sekali (Pasal 22 ayat 8).",
                en: "Request \(n) was already extended; only one extension is allowed (Art. 22(8)).")
        case .extensionAfterDeadline(let n, let on, let deadline):
            Phrase(
                id:
                    "Perpanjangan \(n) bertanggal \(on) sesudah batas waktu \(deadline); perpanjangan hanya dapat "
                        + "diberikan selama jangka waktu 10 hari kerja berjalan (Pasal 22 ayat 8).",
                en:
                    "The extension of \(n) dated \(on) is after the deadline \(deadline); an extension can only be "
                        + "given while the 10 working days run (Art. 22(8))."
            )
        case .extensionBeforeReceipt(let n, let on, let received):
            Phrase(
                id: "Tanggal surat perpanjangan \(on) lebih awal dari tanggal diterima \(received) (\(n)).",
                en: "The extension letter's date \(on) is before the receipt date \(received) (\(n)).")
        case .decisionBeforeReceipt(let n, let notice, let received):
            Phrase(
                id: "Tanggal pemberitahuan \(notice) lebih awal dari tanggal diterima \(received) (\(n)).",
                en: "Notice date \(notice) is before the receipt date \(received) (\(n)).")
        case .groundNotToClassify(let n):
            Phrase(
                id:
                    "Keputusan \(n) tidak memiliki alasan yang belum diklasifikasi; pilih huruf Pasal 17, tidak "
                        + "dikuasai, atau belum didokumentasikan",
                en:
                    "The decision on \(n) has no unclassified ground; choose a Pasal 17 letter, not held, or not "
                        + "yet documented"
            )
        case .groundRequired(let outcome):
            Phrase(
                id:
                    "Keputusan \(outcome.label.id) wajib menyebut alasan (Pasal 17, tidak dikuasai, atau belum "
                        + "didokumentasikan).",
                en:
                    "A decision \(outcome.label.en.lowercased()) must give its ground (Article 17, not held, or not "
                        + "yet documented)."
            )
        case .returnAfterDeadline(let n, let deadline):
            Phrase(
                id:
                    "\(n) hanya dapat dikembalikan untuk dilengkapi sebelum batas waktu \(deadline) (SOP; "
                        + "[deadlines] return_only_before_deadline di config.toml).",
                en:
                    "\(n) can only be sent back as incomplete before its deadline \(deadline) (SOP; [deadlines] "
                        + "return_only_before_deadline in config.toml)."
            )
        case .groundsRepeated(let n):
            Phrase(
                id: "Alasan keputusan \(n) disebut dua kali, atau alasan tambahan tanpa alasan pertama.",
                en: "A ground of the decision on \(n) is given twice, or a further ground without a first one.")
        case .groundOnGrant(let n):
            Phrase(
                id: "Permohonan \(n) dikabulkan seluruhnya: tidak ada yang dikecualikan, jadi tidak ada alasan Pasal 17, "
                    + "tidak dikuasai, atau belum didokumentasikan. Hapus alasannya, atau pilih Dikabulkan Sebagian.",
                en: "Request \(n) is granted in full: nothing is withheld, so it has no Article 17, not-held or "
                    + "not-documented ground. Remove the ground, or choose granted in part.")
        case .negativeFee:
            Phrase(id: "Biaya tidak boleh negatif.", en: "The fee cannot be negative.")
        case .feeBeyondLimit(let fee):
            Phrase(id: "Biaya Rp \(PaymentCodes.rupiah(fee)) tidak masuk akal; paling besar Rp \(PaymentCodes.rupiah(Rupiah.limit - 1)).", en: "A fee of Rp \(PaymentCodes.rupiah(fee)) is not plausible; at most Rp \(PaymentCodes.rupiah(Rupiah.limit - 1)).")
        case .notDecided(let n):
            Phrase(
                id: "Permohonan \(n) belum diputuskan; informasi diserahkan setelah pemberitahuan tertulis.",
                en: "Request \(n) is not decided yet; information is handed over after the written notice.")
        case .nothingToHandOver(let n):
            Phrase(
                id: "Permohonan \(n) ditolak; tidak ada informasi yang diserahkan.",
                en: "Request \(n) was rejected; there is no information to hand over.")
        case .alreadyHandedOver(let n):
            Phrase(
                id: "Informasi untuk \(n) sudah diserahkan.", en: "The information for \(n) was already handed over.")
        case .handoverBeforeNotice(let n):
            Phrase(
                id: "Tanggal penyerahan \(n) lebih awal dari tanggal pemberitahuan.",
                en: "The hand-over date of \(n) is before the notice date.")
        case .notAwaitingCompletion(let n):
            Phrase(
                id: "Permohonan \(n) tidak sedang dikembalikan untuk dilengkapi.",
                en: "Request \(n) is not waiting to be completed.")
        case .awaitingCompletion(let n):
            Phrase(
                id: "Permohonan \(n) sedang dikembalikan untuk dilengkapi; nyatakan lengkap dahulu.",
                en: "Request \(n) was sent back as incomplete; declare it complete first.")
        case .completedBeforeReceipt(let n):
            Phrase(
                id: "Waktu dinyatakan lengkap \(n) tidak boleh sebelum diterima atau di masa depan.",
                en: "Request \(n) cannot be complete before it was received, or in the future.")
        case .withdrawnBeforeReceipt(let n):
            Phrase(
                id: "Waktu pencabutan \(n) tidak boleh sebelum diterima atau di masa depan.",
                en: "Request \(n) cannot be withdrawn before it was received, or in the future.")
        case .unknownEvent(let id):
            Phrase(
                id: "Kejadian \(id) tidak ditemukan pada permohonan ini.",
                en: "Event \(id) is not part of this request.")
        case .notLatestEvent(let n):
            Phrase(
                id: "Hanya tindakan terakhir pada \(n) yang dapat dibatalkan.",
                en: "Only the last action on \(n) can be undone.")
        case .dateInFuture(let field):
            Phrase(id: "\(field.id) tidak boleh di masa depan.", en: "\(field.en) cannot be in the future.")
        case .unknownObjection(let n):
            Phrase(id: "Keberatan \(n) tidak ditemukan.", en: "Objection \(n) not found.")
        case .duplicateObjectionNumber(let n):
            Phrase(id: "Nomor keberatan \(n) sudah dipakai.", en: "Objection number \(n) is already taken.")
        case .objectionGroundsRequired:
            Phrase(
                id: "Keberatan wajib menyebut alasannya: Pasal 35 ayat 1 huruf a–g.",
                en: "An objection must give its grounds: Article 35(1) letters a–g.")
        case .objectionBeforeRequest(let n):
            Phrase(
                id: "Waktu diterima keberatan atas \(n) tidak boleh sebelum permohonannya atau di masa depan.",
                en: "The objection to \(n) cannot be received before its request, or in the future.")
        case .objectionAlreadyAnswered(let n):
            Phrase(id: "Keberatan \(n) sudah dijawab atasan PPID.", en: "Objection \(n) was already answered.")
        case .answerBeforeObjection(let n):
            Phrase(
                id: "Tanggal tanggapan atas keberatan \(n) tidak boleh sebelum keberatan diterima.",
                en: "The answer to objection \(n) cannot be dated before the objection.")
        case .disputeTooEarly(let n, let until):
            Phrase(
                id:
                    "Sengketa atas keberatan \(n) baru dapat diajukan setelah tanggapan atasan PPID, atau setelah "
                        + "\(until) bila tidak ditanggapi (Pasal 37).",
                en:
                    "A dispute over objection \(n) can be filed after the superior's answer, or after \(until) when "
                        + "none comes (Art. 37)."
            )
        case .disputeStepOutOfOrder(let n, let why):
            Phrase(id: "Sengketa \(n): \(why.id)", en: "Dispute \(n): \(why.en)")
        case .noObjectionAwaitingAnswer(let n):
            Phrase(
                id: "Tidak ada keberatan atas \(n) yang menunggu tanggapan",
                en: "No objection to \(n) is waiting for an answer")
        case .noObjectionYet(let n):
            Phrase(
                id: "Belum ada keberatan atas \(n); sengketa didahului keberatan (Pasal 37)",
                en: "No objection to \(n) yet; a dispute follows an objection (Art. 37)")
        case .disputeSettled(let n):
            Phrase(id: "Sengketa \(n) sudah diputus", en: "Dispute \(n) is already settled")
        case .sample(let e):
            e.message
        case .lists(let e):
            e.message
        case .historyUnreadable(let n):
            Phrase(
                id: "Riwayat \(n) tidak dapat dibaca kembali dari berkas log; jalankan `ppid-tui check`.",
                en: "The history of \(n) cannot be read back from the log; run `ppid-tui check`.")
        case .datedOnDayOff(let n, let field, let date, let off):
            Phrase(
                id: "\(field.id) \(date) (\(n)) jatuh pada hari libur menurut konfigurasi sekarang: \(off.name.id).",
                en: "\(field.en) \(date) (\(n)) falls on a day off under the current config: \(off.name.en)."
            )
        case .correctsWrongEvent(let n):
            Phrase(
                id: "Koreksi \(n) harus menyebut pendaftaran atau koreksi terakhirnya.",
                en: "A correction of \(n) must name its registration or its latest correction.")
        }
    }
}
