import PPIDModel

/// The public pages' fixed words, Indonesian with English beside (`?lang=en`).
enum WebText {
    static let phrases: [String: Phrase] = [
        "language": Phrase(id: "Bahasa", en: "Language"),
        "formTitle": Phrase(id: "Formulir Permohonan Informasi Publik", en: "Public information request form"),
        "intro": Phrase(
            id: "Isi formulir ini untuk meminta informasi publik (UU 14/2008 Pasal 22). Setelah dikirim, Anda menerima nomor pendaftaran sebagai tanda bukti, batas waktu jawaban, dan tautan pribadi untuk melihat statusnya.",
            en: "Fill in this form to request public information (Law 14/2008, Art. 22). Once sent, you get a registration number as your receipt, the deadline for the answer, and a private link to follow its status."),
        "required": Phrase(id: "wajib", en: "required"),
        "problemsTitle": Phrase(id: "Periksa isian berikut", en: "Please check these fields"),
        "privacy": Phrase(
            id: "Data pribadi Anda hanya dibaca petugas PPID dan tidak pernah ditampilkan di halaman status.",
            en: "Your personal data is read only by the PPID's officers and never shown on the status page."),
        "submit": Phrase(id: "Kirim permohonan", en: "Send request"),
        "receiptPage": Phrase(id: "Tanda Bukti Penerimaan Permohonan", en: "Receipt of your request"),
        "receiptTitle": Phrase(id: "Permohonan Anda telah diterima (Pasal 22 ayat 4)", en: "Your request has been received (Art. 22(4))"),
        "number": Phrase(id: "Nomor pendaftaran", en: "Registration number"),
        "receivedAt": Phrase(id: "Waktu diterima", en: "Time of receipt"),
        "receivedOn": Phrase(id: "Tanggal diterima", en: "Date received"),
        "deemedDay": Phrase(id: "Dihitung diterima (hari ke-0)", en: "Deemed received (day 0)"),
        "letters": Phrase(id: "Surat untuk Anda", en: "Letters for you"),
        "deadline": Phrase(id: "Batas waktu pemberitahuan tertulis", en: "Deadline for the written notice"),
        "howComputed": Phrase(id: "Cara menghitung batas waktu", en: "How the deadline is computed"),
        "statusLinkTitle": Phrase(id: "Tautan status pribadi Anda", en: "Your private status link"),
        "statusLinkKeep": Phrase(
            id: "Simpan tautan ini. Siapa pun yang memegangnya dapat melihat status permohonan (tanpa data pribadi). Kantor tidak menyimpan tautan ini dan tidak dapat mengirimkannya ulang.",
            en: "Keep this link. Whoever holds it can see the request's status (without personal data). The office does not keep the link and cannot send it again."),
        "printHint": Phrase(id: "Cetak atau simpan halaman ini sebagai tanda bukti (Ctrl+P).", en: "Print or save this page as your receipt (Ctrl+P)."),
        "statusPage": Phrase(id: "Status Permohonan Informasi", en: "Status of your request"),
        "status": Phrase(id: "Status", en: "Status"),
        "standing": Phrase(id: "Sisa waktu", en: "Time left"),
        "whatHappened": Phrase(id: "Keterangan", en: "Details"),
        "statusPrivacy": Phrase(id: "Halaman ini tidak menampilkan nama, NIK, alamat, telepon, atau email.", en: "This page never shows a name, ID number, address, phone or e-mail."),
        "backToForm": Phrase(id: "Kembali ke formulir", en: "Back to the form"),
        "refusedTitle": Phrase(id: "Permohonan tidak dapat diterima", en: "The request could not be accepted"),
        "notFound": Phrase(id: "Tidak ditemukan", en: "Not found"),
        "objectTitle": Phrase(id: "Ajukan keberatan", en: "File an objection"),
        "objectGrounds": Phrase(id: "Alasan keberatan (Pasal 35 ayat 1)", en: "Grounds of objection (Art. 35(1))"),
        "objectNote": Phrase(id: "Uraian keberatan (opsional)", en: "Your objection in words (optional)"),
        "objectSubmit": Phrase(id: "Kirim keberatan", en: "Send objection"),
        "withdrawTitle": Phrase(id: "Cabut permohonan", en: "Withdraw the request"),
        "withdrawReason": Phrase(id: "Alasan (opsional)", en: "Reason (optional)"),
        "withdrawConfirm": Phrase(id: "Ya, saya mencabut permohonan ini. Pencabutan tidak dapat dibatalkan.", en: "Yes, I withdraw this request. A withdrawal cannot be undone."),
        "withdrawSubmit": Phrase(id: "Cabut permohonan", en: "Withdraw"),
        "footer": Phrase(id: "Layanan informasi publik — UU 14/2008 tentang Keterbukaan Informasi Publik.", en: "Public information service — Law 14/2008 on Public Information Disclosure."),
    ]

    /// Every phrase in `lang`, for a template's `t`.
    static func all(_ lang: Language) -> [String: String] { phrases.mapValues { $0(lang) } }

    static func say(_ key: String, _ lang: Language) -> String { phrases[key]?(lang) ?? key }
}
