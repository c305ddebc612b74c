import PPIDModel

/// The letters the law asks the desk to send (Perki 1/2021 forms; LAW §2, §4).
public enum LetterKind: String, Sendable, CaseIterable {
    /// *Tanda bukti penerimaan permohonan* (Pasal 22(3)–(4)).
    case receipt
    /// *Pemberitahuan tertulis* (Pasal 22(7)).
    case notice
    /// *Pemberitahuan perpanjangan jangka waktu* (Pasal 22(8)).
    case `extension`
    /// *Keputusan PPID tentang penolakan permohonan* (Pasal 17, 19).
    case refusal
    /// *Tanda bukti penerimaan keberatan* (Pasal 35–36).
    case objectionReceipt = "objection-receipt"
    /// *Tanggapan atasan PPID atas keberatan* (Pasal 36).
    case objectionAnswer = "objection-answer"
    /// *Lembar uji konsekuensi* (Pasal 19; Perki 1/2021): a DIK test as its participants sign it.
    case testSheet = "test-sheet"
    /// *Keputusan PPID tentang penetapan informasi yang dikecualikan*: the PPID's decision on a test.
    case testDecision = "test-decision"

    /// Whether the letter belongs to an objection rather than to a request.
    public var isObjectionLetter: Bool { self == .objectionReceipt || self == .objectionAnswer }

    /// Whether the letter belongs to a DIK test (`--test`) rather than to a request.
    public var isTestLetter: Bool { self == .testSheet || self == .testDecision }

    /// The template's file name in `templates/`.
    public var templateName: String { rawValue + ".docx" }

    public var label: Phrase {
        switch self {
        case .receipt: Phrase(id: "Tanda Bukti Penerimaan Permohonan", en: "Receipt of the request")
        case .notice: Phrase(id: "Pemberitahuan Tertulis", en: "Written notice")
        case .extension: Phrase(id: "Pemberitahuan Perpanjangan Jangka Waktu", en: "Extension letter")
        case .refusal: Phrase(id: "Keputusan Penolakan Permohonan", en: "Refusal decision")
        case .objectionReceipt: Phrase(id: "Tanda Bukti Penerimaan Keberatan", en: "Receipt of the objection")
        case .objectionAnswer: Phrase(id: "Tanggapan Atasan PPID atas Keberatan", en: "The superior's answer to the objection")
        case .testSheet: Phrase(id: "Lembar Uji Konsekuensi", en: "Consequence test sheet")
        case .testDecision: Phrase(id: "Keputusan PPID tentang Informasi yang Dikecualikan", en: "The PPID's decision on the exempt information")
        }
    }

    /// Why the letter cannot be made for the request (and objection) now; nil when it fits.
    public func misfit(_ r: Request, objection o: Objection?) -> Phrase? {
        if r.voided { return Phrase(id: "Permohonan \(r.number) dibatalkan; tidak ada surat untuknya.", en: "Request \(r.number) is voided; no letter is made for it.") }
        switch self {
        case .receipt:
            return nil
        case .notice:
            guard r.decision != nil else {
                return Phrase(id: "Permohonan \(r.number) belum diputus; pemberitahuan tertulis dibuat setelah keputusan dicatat (d).", en: "Request \(r.number) is not decided yet; the written notice is made once the decision is recorded (d).")
            }
            return nil
        case .extension:
            guard r.extensionGiven != nil else {
                return Phrase(id: "Permohonan \(r.number) tidak diperpanjang; surat perpanjangan hanya untuk permohonan yang diperpanjang (e).", en: "Request \(r.number) has no extension; the extension letter is only for an extended request (e).")
            }
            return nil
        case .refusal:
            guard let d = r.decision?.decided else {
                return Phrase(id: "Permohonan \(r.number) belum diputus; tidak ada penolakan.", en: "Request \(r.number) is not decided yet; there is no refusal.")
            }
            guard d.outcome != .granted else {
                return Phrase(id: "Permohonan \(r.number) dikabulkan seluruhnya; surat penolakan tidak dapat dibuat. Buat pemberitahuan tertulis (notice).", en: "Request \(r.number) was granted in full; no refusal letter can be made. Make the written notice (notice).")
            }
            // A mixed decision is refused in part under Pasal 17 whichever of its grounds says so.
            guard d.grounds.contains(where: { if case .exception = $0 { true } else { false } }) else {
                return Phrase(id: "Permohonan \(r.number) tidak ditolak berdasarkan Pasal 17 (\(d.ground?.label.id ?? "tanpa alasan")); pemberitahuan tertulis (notice) sudah memuatnya.", en: "Request \(r.number) was not refused under Article 17 (\(d.ground?.label.en ?? "no ground")); the written notice (notice) says so.")
            }
            return nil
        case .objectionReceipt:
            guard o != nil else { return Phrase(id: "Sebutkan keberatannya (--objection).", en: "Name the objection (--objection).") }
            return nil
        case .objectionAnswer:
            guard let o else { return Phrase(id: "Sebutkan keberatannya (--objection).", en: "Name the objection (--objection).") }
            guard o.answer != nil else {
                return Phrase(id: "Keberatan \(o.number) belum ditanggapi atasan PPID; catat tanggapannya dahulu.", en: "Objection \(o.number) has no answer from the superior yet; record the answer first.")
            }
            return nil
        case .testSheet, .testDecision:
            return Phrase(id: "Surat \(rawValue) dibuat untuk uji konsekuensi DIK, bukan permohonan; gunakan --test DIK-NNN.", en: "The \(rawValue) letter is for a DIK consequence test, not a request; use --test DIK-NNN.")
        }
    }

    /// The kinds that fit a request's state now, and each objection's: what the detail view's
    /// key makes.
    public static func fitting(_ r: Request) -> [(LetterKind, Objection?)] {
        var out: [(LetterKind, Objection?)] = []
        for kind in allCases where !kind.isObjectionLetter && !kind.isTestLetter && kind.misfit(r, objection: nil) == nil { out.append((kind, nil)) }
        for o in r.objections {
            for kind in [LetterKind.objectionReceipt, .objectionAnswer] where kind.misfit(r, objection: o) == nil { out.append((kind, o)) }
        }
        return out
    }
}
