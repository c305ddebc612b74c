import Foundation
import PPIDModel

/// `n` and `c` on the DIK: a consequence test (UU KIP Pasal 19; LAW §3), new or corrected.
/// A correction starts from the test as it reads and asks why; the event names what changed.
public struct ConsequenceTestForm: FormSpec {
    /// The test corrected; nil for a new one.
    public let correcting: ConsequenceTest?
    public let today: CivilDate

    public init(correcting: ConsequenceTest? = nil, today: CivilDate) {
        self.correcting = correcting
        self.today = today
    }

    public enum Field: String, FormFieldName {
        case title, withheld, ground, law, ifOpened, ifClosed, publicInterest, until, reviewOn, unit, trigger, triggerReference
        case decisionNumber, decidedOn, participants, reason
    }

    public var title: Phrase {
        guard let t = correcting else { return Phrase(id: "Uji konsekuensi baru (DIK)", en: "New consequence test (DIK)") }
        return Phrase(id: "Koreksi uji konsekuensi \(t.number)", en: "Correct consequence test \(t.number)")
    }

    public func field(_ field: Field) -> FormField {
        let t = correcting
        let optionalDate = Phrase(id: "TTTT-BB-HH, boleh kosong", en: "YYYY-MM-DD, may be empty")
        switch field {
        case .title: return .text(Phrase(id: "Judul informasi", en: "Information"), value: t?.title ?? "", required: true)
        case .withheld: return .text(Phrase(id: "Yang dikecualikan", en: "What is withheld"), value: t?.withheld ?? "", required: true, hint: Phrase(id: "bagian yang tepat", en: "exactly which part"))
        case .ground:
            let choices = Pasal17.allCases.map { FormField.Choice(code: $0.rawValue, label: Ground.exception($0).label) }
            return FormField(label: Phrase(id: "Dasar Pasal 17", en: "Article 17 ground"), kind: .choice(choices, selected: t.flatMap { Pasal17.allCases.firstIndex(of: $0.ground) }), required: true)
        case .law: return .text(Phrase(id: "UU lain dan pasalnya", en: "Other law, article"), value: t?.law ?? "", hint: Phrase(id: "untuk huruf j, mis. UU 43/2009 Pasal 44", en: "for letter j, e.g. UU 43/2009 Art. 44"))
        case .ifOpened: return .text(Phrase(id: "Bila dibuka", en: "If opened"), value: t?.ifOpened ?? "", required: true)
        case .ifClosed: return .text(Phrase(id: "Bila ditutup", en: "If kept closed"), value: t?.ifClosed ?? "", required: true)
        case .publicInterest: return .text(Phrase(id: "Kepentingan publik", en: "Public interest"), value: t?.publicInterest ?? "", required: true, hint: Phrase(id: "Pasal 2(4): mengapa menutup lebih besar manfaatnya", en: "Art. 2(4): why closing protects a greater interest"))
        case .until: return .text(Phrase(id: "Dikecualikan s.d.", en: "Exempt until"), value: t?.until?.description ?? "", hint: optionalDate, maxLength: 10)
        case .reviewOn: return .text(Phrase(id: "Tanggal kaji ulang", en: "Review date"), value: t?.reviewOn?.description ?? "", hint: Phrase(id: "huruf a–f: isi ini atau s.d.", en: "letters a–f: this or 'until'"), maxLength: 10)
        case .unit: return .text(Phrase(id: "Unit penguasa", en: "Holding unit"), value: t?.unit ?? "", required: true)
        case .trigger: return .choice(Phrase(id: "Pemicu uji", en: "Trigger"), TestTrigger.allCases, selected: t?.trigger ?? .beforeRequest, required: true)
        case .triggerReference: return .text(Phrase(id: "No. permohonan/KI", en: "Request/order no."), value: t?.triggerReference ?? "")
        case .decisionNumber: return .text(Phrase(id: "No. keputusan PPID", en: "PPID decision no."), value: t?.decisionNumber ?? "", required: true)
        case .decidedOn: return .text(Phrase(id: "Tgl keputusan", en: "Decision date"), value: (t?.decidedOn ?? today).description, required: true, hint: FormDates.dateHint, maxLength: 10)
        case .participants: return .text(Phrase(id: "Peserta uji", en: "Participants"), value: t?.participants ?? "", required: true)
        case .reason: return .text(Phrase(id: "Alasan koreksi", en: "Why corrected"), required: true)
        }
    }

    /// The law only for letter j; the request or order only when the trigger names one; the
    /// reason only for a correction.
    public func shows(_ field: Field, _ v: FormValues<Field>) -> Bool {
        switch field {
        case .law: v[.ground] == Pasal17.j.rawValue
        case .triggerReference: v[.trigger] != TestTrigger.beforeRequest.rawValue
        case .reason: correcting != nil
        default: true
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        func day(_ f: Field) -> CivilDate?? {
            guard !v[f].isEmpty else { return .some(nil) }
            guard let d = CivilDate(iso: v[f]) else {
                v.setError(f, Phrase(id: "tulis seperti \(today)", en: "write it like \(today)"))
                return nil
            }
            return .some(d)
        }
        let until = day(.until), reviewOn = day(.reviewOn)
        let decidedOn = v.date(.decidedOn, today: calendar.day(of: now))
        guard let until, let reviewOn, let decidedOn, let ground = v.choice(.ground, as: Pasal17.self),
              let trigger = v.choice(.trigger, as: TestTrigger.self) else { return nil }
        let t = ConsequenceTest(
            number: correcting?.number ?? "", title: v[.title], withheld: v[.withheld], ground: ground, law: shows(.law, v) ? v[.law] : "",
            ifOpened: v[.ifOpened], ifClosed: v[.ifClosed], publicInterest: v[.publicInterest], until: until, reviewOn: reviewOn, unit: v[.unit],
            trigger: trigger, triggerReference: shows(.triggerReference, v) ? v[.triggerReference] : "", decisionNumber: v[.decisionNumber],
            decidedOn: decidedOn, participants: v[.participants])
        return correcting == nil ? .recordTest(t) : .correctTest(t, reason: v[.reason])
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .lists(.lawRequired): .law
        case .lists(.periodRequired), .lists(.periodBeforeDecision): .reviewOn
        case .lists(.unknownTriggerRequest): .triggerReference
        case .dateInFuture: .decidedOn
        default: nil
        }
    }
}
