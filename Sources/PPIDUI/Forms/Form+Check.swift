import Foundation
import PPIDModel

extension Form {
    /// The form's command once the form and the rules both accept it; otherwise nil, with the
    /// reason marked at its field. The rules are asked through `decide` (what the
    /// confirmation's write runs), so `y` never fails for a reason the form could have shown.
    mutating func checkedCommand(_ env: AppEnvironment) -> Command? {
        guard let command = command(now: env.now, calendar: env.calendar) else { return nil }
        spec.markPlausibility(command, &fields, env)
        if fields.contains(where: { $0.error != nil && $0.isVisible }) {
            focusFirstError()
            return nil
        }
        // An undo is checked against its request's events, read back as the store's append reads them.
        var histories: [String: [EventRecord]] = [:]
        if case .undo(let e) = command, let h = try? env.ledger.history(of: e.request, reading: env.reader) { histories[e.request] = h }
        if let refused = refusal(of: command, env.ledger, now: env.now, by: env.officer, histories: histories) {
            setError(named: ruleField(refused), refused.message)
            focusFirstError()
            return nil
        }
        return command
    }

    /// What the summary asks the officer to look at again before `y`: a receipt time further
    /// back than the config's days, an analyst not on the config's list.
    static func doubts(_ command: Command, _ env: AppEnvironment) -> [Phrase] {
        var doubts: [Phrase] = []
        let received: Date? = switch command {
        case .register(let at, _, _), .fileObjection(_, let at, _, _, _), .registerSample(let at, _): at
        default: nil
        }
        if let received {
            let days = env.today.ordinal - env.calendar.day(of: received).ordinal
            if days > env.forms.receiptDaysBack {
                doubts.append(Phrase(id: "⚠ Waktu diterima \(days) hari yang lalu (lebih dari \(env.forms.receiptDaysBack)): benarkah tanggalnya?",
                                     en: "⚠ Received \(days) days ago (more than \(env.forms.receiptDaysBack)): is the date right?"))
            }
        }
        if case .register(_, _, let d) = command { doubts += publicSuggestions(d.subject, env) }
        if case .recordSample(.assigned(let a)) = command, !env.forms.analysts.isEmpty, !env.forms.analysts.contains(a.analyst) {
            doubts.append(Phrase(id: "⚠ Analis baru: \(a.analyst) tidak ada di daftar analis (config [forms] analysts)",
                                 en: "⚠ New analyst: \(a.analyst) is not on the analysts' list (config [forms] analysts)"))
        }
        return doubts
    }

    /// The DIP entries a new request's words match (at most three): already public, so the
    /// information can be handed over now rather than decided in 10 working days.
    static func publicSuggestions(_ subject: String, _ env: AppEnvironment) -> [Phrase] {
        env.ledger.publicEntries(matching: subject).prefix(3).map { e in
            Phrase(
                id: "ℹ Sudah publik, \(e.kind == .anyTime ? "tersedia setiap saat" : "informasi " + e.kind.label.id.lowercased()) (\(e.number)): \(e.summary) — serahkan sekarang",
                en: "ℹ Already public, \(e.kind == .anyTime ? "available at any time" : e.kind.label.en.lowercased() + " information") (\(e.number)): \(e.summary) — hand it over now")
        }
    }

    /// The field a rule's refusal is about, as the form's spec says (the date or time it
    /// compares) when that field shows; else the focused one.
    func ruleField(_ error: LedgerError) -> String {
        if let named = spec.fieldName(for: error), fields.contains(where: { $0.id == named && $0.isVisible }) { return named }
        return fields[focus].id
    }

    /// The status line after a refused save: the first marked field and why.
    func errorSummary(_ lang: Language) -> Phrase {
        guard let field = fields.first(where: { $0.error != nil && $0.isVisible }), let error = field.error else {
            return Phrase(id: "Periksa isian yang ditandai", en: "Check the marked fields")
        }
        let count = fields.filter { $0.error != nil && $0.isVisible }.count
        let more = count > 1 ? Phrase(id: " (dan \(count - 1) isian lain)", en: " (and \(count - 1) more)") : Phrase(id: "", en: "")
        return Phrase(id: "Periksa isian yang ditandai — \(field.label.id): \(error.id)\(more.id)",
                      en: "Check the marked fields — \(field.label.en): \(error.en)\(more.en)")
    }
}
