import PPIDModel

/// The whole of a DIK test or a DIP entry, then its history, for the detail overlay.
enum ListsText {
    static func detail(_ kind: ListKind, _ number: String, _ env: AppEnvironment, _ lang: Language) -> [String] {
        switch kind {
        case .exempt:
            guard let e = env.ledger.exemption(number) else { return [] }
            return test(e, env, lang)
        case .public:
            guard let l = env.ledger.publicListings.first(where: { $0.entry.number == number }) else { return [] }
            return entry(l, env, lang)
        }
    }

    private static func field(_ label: Phrase, _ value: String, _ lang: Language) -> String {
        label(lang) + ": " + (value.isEmpty ? "-" : value)
    }

    static func test(_ e: ExemptionEntry, _ env: AppEnvironment, _ lang: Language) -> [String] {
        let t = e.test
        var lines = [
            field(Phrase(id: "Informasi", en: "Information"), t.title, lang),
            field(Phrase(id: "Yang dikecualikan", en: "Withheld"), t.withheld, lang),
            field(Phrase(id: "Dasar", en: "Ground"), t.groundLabel(lang), lang),
            field(Phrase(id: "Bila dibuka", en: "If opened"), t.ifOpened, lang),
            field(Phrase(id: "Bila ditutup", en: "If kept closed"), t.ifClosed, lang),
            field(Phrase(id: "Kepentingan publik", en: "Public interest"), t.publicInterest, lang),
            field(Phrase(id: "Jangka waktu", en: "Period"), period(t)(lang), lang),
            field(Phrase(id: "Unit penguasa", en: "Holding unit"), t.unit, lang),
            field(Phrase(id: "Pemicu", en: "Trigger"), t.trigger.label(lang) + (t.triggerReference.isEmpty ? "" : " " + t.triggerReference), lang),
            field(Phrase(id: "Keputusan PPID", en: "PPID decision"), "\(t.decisionNumber), \(t.decidedOn)", lang),
            field(Phrase(id: "Peserta", en: "Participants"), t.participants, lang),
        ]
        if let r = e.revoked {
            lines.append(field(Phrase(id: "Dicabut", en: "Revoked"), "\(r.on) (\(r.decisionNumber)): \(r.reason)", lang))
        } else if e.needsReview(on: env.today) {
            lines.append("⚠ " + e.reviewNotice(on: env.today)(lang))
        }
        // The refusals resting on it.
        let citing = env.ledger.requests.filter { $0.decision?.decided.tests.contains(t.number) == true }.map(\.number)
        if !citing.isEmpty { lines.append(field(Phrase(id: "Dasar penolakan", en: "Refusals resting on it"), citing.joined(separator: ", "), lang)) }
        return lines + history(e.history, env, lang)
    }

    static func entry(_ l: PublicListing, _ env: AppEnvironment, _ lang: Language) -> [String] {
        let e = l.entry
        var lines = [
            field(Phrase(id: "Ringkasan isi", en: "Summary"), e.summary, lang),
            field(Phrase(id: "Jenis", en: "Kind"), e.kind.label(lang), lang),
            field(Phrase(id: "Pejabat/unit penguasa", en: "Holding official/unit"), e.unit, lang),
            field(Phrase(id: "Penanggung jawab", en: "Responsible"), e.responsible, lang),
            field(Phrase(id: "Waktu dan tempat pembuatan", en: "Made when and where"), [e.madeWhen, e.madeWhere].filter { !$0.isEmpty }.joined(separator: ", "), lang),
            field(Phrase(id: "Bentuk", en: "Form"), e.form.label(lang), lang),
            field(Phrase(id: "Jangka waktu simpan (JRA)", en: "Retention (JRA)"), e.retention, lang),
        ]
        if let r = l.removed { lines.append(field(Phrase(id: "Dikeluarkan", en: "Removed"), "\(r.on): \(r.reason)", lang)) }
        return lines + history(l.history, env, lang)
    }

    private static func history(_ records: [EventRecord], _ env: AppEnvironment, _ lang: Language) -> [String] {
        ["", Phrase(id: "Riwayat", en: "History")(lang)]
            + records.map { "  \(FormDates.dateTime($0.at, env.calendar))  \($0.by)  " + describe($0.event)(lang) }
    }
}

/// How long a test keeps its information exempt, short.
func period(_ t: ConsequenceTest) -> Phrase {
    switch (t.until, t.reviewOn) {
    case (let u?, let r?): Phrase(id: "s.d. \(u), kaji \(r)", en: "to \(u), review \(r)")
    case (let u?, nil): Phrase(id: "s.d. \(u)", en: "to \(u)")
    case (nil, let r?): Phrase(id: "kaji ulang \(r)", en: "review \(r)")
    case (nil, nil): Phrase(id: "tanpa batas", en: "no end")
    }
}
