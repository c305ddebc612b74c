import Foundation
import PPIDModel

/// The letters a requester may download from the status page: the ones the law has the office
/// send them (Pasal 22(7)–(8), Pasal 17, Pasal 36). Not the request's receipt (the web's own
/// receipt page is that), nor a DIK test's sheet or decision, which are the office's. The raw
/// value is both the `letter.made` kind and the last part of the link `/status/<token>/surat/<kind>`.
enum PublicLetter: String, CaseIterable {
    case notice
    case `extension`
    case refusal
    case objectionReceipt = "objection-receipt"
    case objectionAnswer = "objection-answer"

    var label: Phrase {
        switch self {
        case .notice: Phrase(id: "Pemberitahuan tertulis", en: "Written notice")
        case .extension: Phrase(id: "Pemberitahuan perpanjangan jangka waktu", en: "Extension letter")
        case .refusal: Phrase(id: "Keputusan penolakan permohonan", en: "Refusal decision")
        case .objectionReceipt: Phrase(id: "Tanda bukti penerimaan keberatan", en: "Receipt of the objection")
        case .objectionAnswer: Phrase(id: "Tanggapan atasan PPID atas keberatan", en: "The superior's answer to the objection")
        }
    }

    /// The latest letter of each kind recorded for `r` among the events of `history` still in
    /// force (an undone `letter.made` is not offered), while it still speaks for the request
    /// (`stands`). Its recorded file is the only place a download reads: nothing of the URL
    /// but the kind is used.
    static func made(for r: Request, history: [EventRecord]) -> [PublicLetter: LetterMade] {
        var out: [PublicLetter: LetterMade] = [:]
        for record in r.effective(history) {
            guard case .letterMade(let e) = record.event, e.request == r.number, let kind = PublicLetter(rawValue: e.letter) else { continue }
            out[kind] = kind.stands(e, madeAt: record.at, for: r) ? e : nil
        }
        return out
    }

    /// Whether a letter made at `at` still speaks for `r`: a notice or refusal made for the
    /// decision in force (one made before a decision was undone and taken again is not), an
    /// extension letter for the extension in force, an objection's letter for an objection
    /// on record (its answer for one answered).
    func stands(_ e: LetterMade, madeAt at: Date, for r: Request) -> Bool {
        switch self {
        case .notice, .refusal: return r.decision.map { at >= $0.recordedAt } ?? false
        case .extension: return r.extensionGiven.map { at >= $0.recordedAt } ?? false
        case .objectionReceipt: return r.objections.contains { $0.number == e.objection }
        case .objectionAnswer: return r.objections.contains { $0.number == e.objection && $0.answer != nil }
        }
    }
}
