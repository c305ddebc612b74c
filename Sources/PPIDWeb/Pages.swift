import Foundation
import PPIDModel
import PPIDStore
import PPIDUI

/// What each page's template is given: plain dictionaries of text, every value escaped by
/// Mustache when drawn. Nothing here reads a requester's personal fields except the form page,
/// which shows back what the requester typed.
enum Pages {
    /// The fields of the counter's new-request form the public fills in (the channel is
    /// always online and the time of receipt is the server's).
    static let publicFields: Set<String> = ["name", "category", "address", "contact", "occupation", "nik", "topic", "subject", "purpose", "access", "medium", "delivery"]
    static let areas: Set<String> = ["address", "subject", "purpose"]

    static func base(_ title: String, _ lang: Language, office: String, path: String) -> [String: Any] {
        let other: Language = lang == .indonesian ? .english : .indonesian
        return [
            "lang": lang.rawValue, "title": title, "office": office.isEmpty ? "PPID" : office, "t": WebText.all(lang),
            "otherLang": other.rawValue, "otherLangName": other == .english ? "English" : "Bahasa Indonesia",
            "otherLangLink": path + (other == .english ? "?lang=en" : "?lang=id"),
        ]
    }

    static func form(_ form: Form, token: String, lang: Language, office: String, extraProblem: String? = nil) -> [String: Any] {
        var page = base(WebText.say("formTitle", lang), lang, office: office, path: "/")
        var fields: [[String: Any]] = []
        var problems: [[String: Any]] = []
        if let extraProblem { problems.append(["error": extraProblem]) }
        for f in form.fields where publicFields.contains(f.id) && f.isVisible {
            var field: [String: Any] = ["name": f.id, "label": f.label(lang), "required": f.required]
            if let hint = f.hint { field["hint"] = hint(lang) }
            if let error = f.error {
                field["error"] = error(lang)
                problems.append(["name": f.id, "label": f.label(lang), "error": error(lang)])
            }
            switch f.kind {
            case .text(let editor):
                field[areas.contains(f.id) ? "isArea" : "isText"] = true
                field["value"] = editor.text
                field["maxLength"] = editor.maxLength ?? 500
            case .choice(let options, let selected):
                field["isChoice"] = true
                field["options"] = options.enumerated().map { i, o in ["code": o.code, "label": o.label(lang), "selected": i == selected] as [String: Any] }
            }
            fields.append(field)
        }
        page["fields"] = fields
        page["problems"] = problems
        page["hasProblems"] = !problems.isEmpty
        page["formToken"] = token
        return page
    }

    /// The receipt; its language link leads to the status page, since the post cannot be repeated.
    static func receipt(_ r: Request, env: AppEnvironment, link: String, path: String, lang: Language) -> [String: Any] {
        var page = base(WebText.say("receiptPage", lang), lang, office: env.officeName, path: path)
        let dl = env.calendar.deadline(of: r)
        page["number"] = r.number
        page["receivedAt"] = PublicRequestText.dateTime(r.receivedAt, env.calendar)
        page["deemedDay"] = PublicRequestText.day(dl.start.day, lang)
        page["deadline"] = PublicRequestText.day(dl.inForce, lang)
        switch dl.start.reason {
        case .afterClosing, .dayOff:
            page["nextDay"] = Phrase(
                id: "Permohonan Anda masuk di luar jam layanan atau pada hari libur, sehingga dihitung diterima pada hari kerja berikutnya, \(PublicRequestText.day(dl.start.day, .indonesian)). Jangka 10 hari kerja dihitung mulai hari berikutnya.",
                en: "Your request arrived outside service hours or on a day off, so it counts as received on the next working day, \(PublicRequestText.day(dl.start.day, .english)). The 10 working days count from the day after.")(lang)
        case .receivedInHours, .ruleOff: break
        }
        page["explanation"] = PublicRequestText.deadline(r, env, lang)
        page["statusLink"] = link
        return page
    }

    static func status(_ r: Request, env: AppEnvironment, lang: Language, path: String, commission: String) -> [String: Any] {
        var page = base(WebText.say("statusPage", lang), lang, office: env.officeName, path: path)
        let cal = env.calendar
        page["number"] = r.number
        page["receivedOn"] = PublicRequestText.day(cal.day(of: r.receivedAt), lang)
        page["status"] = r.missing != nil ? Phrase(id: "Dikembalikan untuk dilengkapi", en: "Returned for completion")(lang) : r.status.label(lang)
        let dl = cal.deadline(of: r)
        page["deadline"] = PublicRequestText.day(dl.inForce, lang) + (dl.extended != nil ? Phrase(id: " (diperpanjang)", en: " (extended)")(lang) : "")
        if r.status.isOpen {
            switch cal.standing(of: r, today: env.today) {
            case .onTrack(let n), .dueSoon(let n):
                page["standing"] = Phrase(id: "\(n) hari kerja lagi", en: "\(n) working day\(n == 1 ? "" : "s") left")(lang)
            case .overdue(let n):
                page["standing"] = Phrase(id: "LEWAT \(n) hari kerja", en: "OVERDUE by \(n) working day\(n == 1 ? "" : "s")")(lang)
                page["overdue"] = true
            }
        }
        var details: [String] = []
        if let missing = r.missing {
            details.append(Phrase(id: "Permohonan dikembalikan untuk dilengkapi. Yang perlu dilengkapi: \(missing)", en: "The request was returned for completion. What is missing: \(missing)")(lang))
        }
        if let ext = r.extensionGiven {
            details.append(Phrase(id: "Batas waktu diperpanjang 7 hari kerja (Pasal 22 ayat 8). Alasan: \(ext.reason)", en: "The deadline was extended by 7 working days (Art. 22(8)). Reason: \(ext.reason)")(lang))
        }
        if let d = r.decision?.decided {
            details.append(Phrase(id: "Keputusan: \(d.outcome.label.id), pemberitahuan tertulis tanggal \(PublicRequestText.day(d.noticeOn, .indonesian)).",
                                  en: "Decision: \(d.outcome.label.en), written notice dated \(PublicRequestText.day(d.noticeOn, .english)).")(lang))
            for g in d.grounds {
                details.append(Phrase(id: "Alasan: \(g.label.id)", en: "Ground: \(g.label.en)")(lang))
            }
            if !d.heldBy.isEmpty { details.append(Phrase(id: "Informasi dikuasai oleh: \(d.heldBy)", en: "The information is held by: \(d.heldBy)")(lang)) }
            if d.fee > 0 { details.append(Phrase(id: "Biaya: Rp\(d.fee) (\(d.payment))", en: "Fee: Rp\(d.fee) (\(d.payment))")(lang)) }
        }
        if let h = r.handover {
            details.append(Phrase(id: "Informasi diserahkan pada \(PublicRequestText.day(h.handedOverOn, .indonesian)).", en: "The information was handed over on \(PublicRequestText.day(h.handedOverOn, .english)).")(lang))
        }
        if let w = r.withdrawal {
            details.append(Phrase(id: "Permohonan dicabut pada \(PublicRequestText.dateTime(w.withdrawnAt, cal)).", en: "The request was withdrawn on \(PublicRequestText.dateTime(w.withdrawnAt, cal)).")(lang))
        }
        details += objections(r, cal, lang, commission: commission)
        page["details"] = details.map { InertText.displayable($0) }
        page["path"] = path
        page["canWithdraw"] = r.status.isOpen
        // An objection once a Pasal 35 ground can have arisen: a notice was given, or the
        // deadline passed without one; one at a time, while the superior has not answered.
        let overdue = r.decision == nil && env.today > dl.inForce
        if !r.voided, r.withdrawal == nil, r.decision != nil || overdue, r.objectionAwaitingAnswer == nil {
            let window = cal.objectionFilingWindow(for: r)
            page["canObject"] = true
            page["objectWindow"] = Phrase(
                id: "Keberatan diajukan kepada atasan PPID paling lambat 30 hari kerja sejak alasannya timbul (Pasal 36 ayat 1): sejak \(PublicRequestText.day(window.arose, .indonesian)), hari terakhir \(PublicRequestText.day(window.last, .indonesian)).",
                en: "An objection goes to the PPID's superior within 30 working days after its ground arose (Art. 36(1)): from \(PublicRequestText.day(window.arose, .english)), last day \(PublicRequestText.day(window.last, .english)).")(lang)
            page["grounds"] = Pasal35.allCases.map { ["code": $0.rawValue, "label": $0.label(lang)] }
        }
        page["hasDetails"] = !details.isEmpty
        page["explanation"] = PublicRequestText.deadline(r, env, lang)
        return page
    }

    /// The status page's letters, in the order the law sends them, each with its download link.
    static func letters(_ made: [PublicLetter: LetterMade], path: String, lang: Language) -> [[String: Any]] {
        PublicLetter.allCases.compactMap { kind in
            guard let e = made[kind], DataFolder.letterName(recorded: e.file) != nil else { return nil }
            let number = e.number.isEmpty ? "" : " " + Phrase(id: "nomor", en: "number")(lang) + " " + InertText.displayable(e.number)
            return ["label": kind.label(lang) + number, "link": path + "/surat/" + kind.rawValue]
        }
    }

    /// Each objection in plain words: filed, the superior's answer or its due day, and after
    /// the answer the 14 working days to take it to the Information Commission.
    static func objections(_ r: Request, _ cal: WorkingCalendar, _ lang: Language, commission: String) -> [String] {
        let ki = commission.isEmpty ? Phrase(id: "Komisi Informasi", en: "the Information Commission")(lang) : commission
        return r.objections.flatMap { o -> [String] in
            let grounds = o.filed.grounds.map(\.rawValue).joined(separator: ", ")
            var out = [Phrase(id: "Keberatan \(o.number) diajukan \(PublicRequestText.dateTime(o.filed.receivedAt, cal)) (alasan Pasal 35 ayat 1 huruf \(grounds)).",
                              en: "Objection \(o.number) filed \(PublicRequestText.dateTime(o.filed.receivedAt, cal)) (grounds of Art. 35(1): \(grounds)).")(lang)]
            if let a = o.answer {
                out.append(Phrase(id: "Tanggapan atasan PPID \(PublicRequestText.day(a.answeredOn, .indonesian)): \(a.decision.label.id).",
                                  en: "The superior's answer of \(PublicRequestText.day(a.answeredOn, .english)): \(a.decision.label.en).")(lang))
            } else {
                let due = cal.answerDeadline(of: o)
                out.append(Phrase(id: "Tanggapan tertulis atasan PPID paling lambat \(PublicRequestText.day(due, .indonesian)) (30 hari kerja, Pasal 36 ayat 2).",
                                  en: "The superior's written answer is due by \(PublicRequestText.day(due, .english)) (30 working days, Art. 36(2)).")(lang))
            }
            if o.disputeFiled == nil {
                let last = cal.disputeFilingDeadline(of: o)
                let after = o.answer == nil ? Phrase(id: "bila tidak ada tanggapan", en: "if no answer comes") : Phrase(id: "bila Anda tidak puas", en: "if you are not satisfied")
                out.append(Phrase(id: "Sengketa informasi dapat diajukan ke \(ki) \(after.id), paling lambat \(PublicRequestText.day(last, .indonesian)) (14 hari kerja, Pasal 37 ayat 2).",
                                  en: "An information dispute can be taken to \(ki) \(after.en), by \(PublicRequestText.day(last, .english)) at the latest (14 working days, Art. 37(2)).")(lang))
            }
            return out
        }
    }

    static func refusal(_ title: String, _ message: String, lang: Language, office: String, back: Bool) -> [String: Any] {
        var page = base(title, lang, office: office, path: "/")
        page["message"] = message
        if back { page["back"] = lang == .english ? "/?lang=en" : "/" }
        return page
    }
}
