import Foundation
import PPIDModel

/// `o`: an objection to a request, with its Pasal 35(1) grounds (LAW §4).
public struct ObjectionForm: FormSpec {
    public let number: String
    /// Now, as the form shows it.
    public let now: String
    /// While the request is still within its period (this day), ground c cannot apply yet.
    public let periodEnds: CivilDate?

    public init(number: String, now: Date, calendar: WorkingCalendar, periodEnds: CivilDate? = nil) {
        self.number = number
        self.now = FormDates.dateTime(now, calendar)
        self.periodEnds = periodEnds
    }

    public enum Field: String, FormFieldName {
        case received, grounds, agent, note
    }

    public var title: Phrase { Phrase(id: "Keberatan atas \(number)", en: "Objection to \(number)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .received: .dateTime(Phrase(id: "Diterima", en: "Received"), now)
        case .grounds: .text(Phrase(id: "Alasan (Pasal 35)", en: "Grounds (Art. 35)"), required: true, hint: Phrase(id: "huruf a–g, mis. a,c", en: "letters a–g, e.g. a,c"), maxLength: 20)
        case .agent: .text(Phrase(id: "Kuasa pemohon", en: "Agent"), hint: Phrase(id: "kosong bila pemohon sendiri", en: "empty when the requester files"))
        case .note: .text(Phrase(id: "Catatan", en: "Note"))
        }
    }

    /// The Pasal 35(1) letters and what each means.
    public var notes: [Phrase] {
        [Phrase(id: "Alasan keberatan, Pasal 35 ayat 1 (tulis hurufnya):", en: "Grounds of objection, Art. 35(1) (type the letters):")]
            + Pasal35.allCases.map { g in
                let mark = if g == .c, let periodEnds {
                    Phrase(id: " — belum berlaku: jangka waktu sampai \(periodEnds)", en: " — cannot apply yet: the period runs to \(periodEnds)")
                } else {
                    Phrase(id: "", en: "")
                }
                return Phrase(id: "\(g.rawValue)  \(g.label.id)\(mark.id)", en: "\(g.rawValue)  \(g.label.en)\(mark.en)")
            }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        let received = v.dateTime(.received, now: now, calendar: calendar)
        let grounds = Self.grounds(v[.grounds])
        if grounds == nil, !v[.grounds].isEmpty {
            v.setError(.grounds, Phrase(id: "huruf a sampai g, mis. a,c", en: "letters a to g, e.g. a,c"))
        }
        guard let received, let grounds else { return nil }
        return .fileObjection(request: number, receivedAt: received, grounds: grounds, agent: v[.agent], note: v[.note])
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .objectionBeforeRequest, .receivedInFuture, .dateInFuture: .received
        case .objectionGroundsRequired: .grounds
        default: nil
        }
    }

    /// Ground c (not answered) while the request is still in its period: doubted at the counter.
    public func plausibility(_ command: Command, _ v: inout FormValues<Field>, _ env: AppEnvironment) {
        guard case .fileObjection(let number, _, let grounds, _, _) = command, grounds.contains(.c),
              let r = env.ledger.requests[number], r.status.isOpen else { return }
        let due = env.calendar.deadline(of: r).inForce
        if env.today <= due {
            // The ground arises the working day after the deadline (LAW §4).
            let arises = env.calendar.objectionFilingWindow(for: r).arose
            v.setError(.grounds, Phrase(id: "huruf c (tidak ditanggapi) belum berlaku: jangka waktu sampai \(due); berlaku mulai \(arises)",
                                        en: "letter c (not answered) cannot apply yet: the period runs to \(due); it applies from \(arises)"))
        }
    }

    /// Reads "a,c", "a c" or "ac" as Pasal 35(1) letters; nil when any is not a–g.
    static func grounds(_ text: String) -> [Pasal35]? {
        let letters = text.lowercased().filter { $0.isLetter }
        guard !letters.isEmpty else { return nil }
        var out: [Pasal35] = []
        for c in letters {
            guard let g = Pasal35(rawValue: String(c)) else { return nil }
            if !out.contains(g) { out.append(g) }
        }
        return out
    }
}
