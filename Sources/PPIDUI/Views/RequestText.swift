import Foundation
import PPIDModel

/// The text of a request's detail: fields, deadline explanation, history.
enum RequestText {
    struct Line {
        let text: String
        var style: Style = .plain
    }

    static func detail(_ r: Request, _ env: AppEnvironment, _ lang: Language) -> [Line] {
        let cal = env.calendar
        let d = r.details
        func field(_ label: Phrase, _ value: String) -> Line { Line(text: "  " + label(lang).padded(toWidth: 20) + value) }
        var lines = [
            Line(text: "\(r.number) — \(r.status.label(lang))", style: Theme.title),
            field(Phrase(id: "Diterima", en: "Received"), "\(FormDates.dateTime(r.receivedAt, cal)) · \(r.channel.label(lang))"),
            field(Phrase(id: "Pemohon", en: "Requester"), "\(d.requesterName) · \(d.category.label(lang))"),
            field(Phrase(id: "Alamat", en: "Address"), d.address),
            field(Phrase(id: "Nomor kontak", en: "Contact"), d.contact),
            field(Phrase(id: "Pekerjaan", en: "Occupation"), d.occupation),
            field(Phrase(id: "NIK", en: "ID number"), d.identityNumber),
            field(Phrase(id: "Topik", en: "Topic"), d.topic.label(lang)),
            field(Phrase(id: "Informasi diminta", en: "Information asked"), d.subject),
            field(Phrase(id: "Tujuan penggunaan", en: "Purpose of use"), d.purpose),
            field(Phrase(id: "Jenis / bentuk", en: "Access / form"), [d.accessKind?.label(lang), d.medium?.label(lang), d.delivery?.label(lang)].compactMap { $0 }.joined(separator: " · ")),
        ]
        if let dec = r.decision?.decided {
            lines.append(field(Phrase(id: "Keputusan", en: "Decision"), dec.outcome.label(lang) + dec.grounds.map { " — " + $0.label(lang) }.joined()))
            lines.append(field(Phrase(id: "Pemberitahuan", en: "Notice"), "\(dec.noticeOn) · Rp \(PaymentCodes.rupiah(dec.fee))" + (dec.payment.isEmpty ? "" : " · \(dec.payment)")))
            if let days = cal.responseDays(of: r) {
                let onTime = cal.isOnTime(r) == true ? Phrase(id: "tepat waktu", en: "on time") : Phrase(id: "TERLAMBAT", en: "LATE")
                lines.append(field(Phrase(id: "Waktu penyelesaian", en: "Response time"), Phrase(id: "\(days) hari kerja, ", en: English.count(days, "working day") + ", ")(lang) + onTime(lang)))
            }
        }
        if let h = r.handover { lines.append(field(Phrase(id: "Diserahkan", en: "Handed over"), h.handedOverOn.description)) }
        if let x = r.extensionGiven {
            let letter = x.on.map { Phrase(id: "surat tanggal \($0)", en: "letter dated \($0)")(lang) } ?? Phrase(id: "dicatat \(cal.day(of: x.recordedAt))", en: "recorded \(cal.day(of: x.recordedAt))")(lang)
            lines.append(field(Phrase(id: "Diperpanjang", en: "Extended"), "\(letter) · \(x.reason)"))
        }
        let history: [EventRecord]
        let historyError: LedgerError?
        do {
            history = try env.ledger.history(of: r.number, reading: env.reader)
            historyError = nil
        } catch {
            history = []
            historyError = error
        }
        let completion = Completion(r, history, cal)
        if let returned = completion.returned {
            lines.append(field(Phrase(id: "Dikembalikan", en: "Sent back"), "\(returned.when) · \(returned.missing)"))
        }
        if let m = r.missing { lines.append(field(Phrase(id: "Perlu dilengkapi", en: "Missing"), m)) }
        if let c = r.completedAt { lines.append(field(Phrase(id: "Dinyatakan lengkap", en: "Declared complete"), FormDates.dateTime(c, cal))) }
        lines.append(Line(text: ""))
        lines.append(Line(text: Phrase(id: "Batas waktu", en: "Deadline")(lang), style: Theme.title))
        lines += deadline(r, env, lang, completion: completion).map { Line(text: "  " + $0) }
        if !r.objections.isEmpty {
            lines.append(Line(text: ""))
            lines.append(Line(text: Phrase(id: "Keberatan dan sengketa", en: "Objections and disputes")(lang), style: Theme.title))
            lines += r.objections.flatMap { objection($0, r, env, lang) }.map { Line(text: "  " + $0) }
        }
        lines.append(Line(text: ""))
        lines.append(Line(text: Phrase(id: "Riwayat", en: "History")(lang), style: Theme.title))
        if let historyError { lines.append(Line(text: "  " + historyError.message(lang), style: Theme.error)) }
        let warnings = Request.ruleWarnings(in: history, calendar: cal)
        if !warnings.isEmpty {
            lines.insert(contentsOf: [Line(text: ""), Line(text: Phrase(id: "Peringatan", en: "Warnings")(lang), style: Theme.title)] + warnings.map { w in
                Line(text: "  " + Phrase(
                    id: "\(describe(w.record.event).id), dicatat \(FormDates.dateTime(w.record.at, cal)): menurut konfigurasi sekarang, \(w.rule.message.id) Kejadian ini tetap tercatat.",
                    en: "\(describe(w.record.event).en), recorded \(FormDates.dateTime(w.record.at, cal)): under the current config, \(w.rule.message.en) It stays recorded."
                )(lang), style: Theme.error)
            }, at: lines.count - 2)
        }
        for e in history {
            let undone = r.undone.contains(e.id) ? Phrase(id: " [dibatalkan]", en: " [undone]")(lang) : ""
            lines.append(Line(text: "  \(FormDates.dateTime(e.at, cal))  \(e.by.padded(toWidth: 10))  \(describe(e.event, among: history, cal)(lang))\(undone)", style: r.undone.contains(e.id) ? Theme.closed : .plain))
        }
        return lines
    }

    /// An objection's grounds, answer and dispute, each with its legal deadline.
    static func objection(_ o: Objection, _ r: Request, _ env: AppEnvironment, _ lang: Language) -> [String] {
        let cal = env.calendar
        let grounds = o.filed.grounds.map(\.rawValue).joined(separator: ", ")
        var out = [Phrase(id: "\(o.number) diterima \(FormDates.dateTime(o.filed.receivedAt, cal)), alasan Pasal 35 ayat 1 huruf \(grounds)", en: "\(o.number) received \(FormDates.dateTime(o.filed.receivedAt, cal)), grounds Art. 35(1) \(English.letters(o.filed.grounds.map(\.rawValue)))")(lang)
            + (o.filed.agent.isEmpty ? "" : Phrase(id: ", kuasa \(o.filed.agent)", en: ", agent \(o.filed.agent)")(lang))]
        if cal.isFiledLate(o, request: r) {
            // Without a notice the ground arose the working day after the deadline (LAW §4).
            let (arose, last) = cal.objectionFilingWindow(for: r)
            out.append(Phrase(id: "  Diajukan lebih dari 30 hari kerja setelah alasannya timbul \(arose) (batas \(last), Pasal 36 ayat 1).", en: "  Filed more than 30 working days after its ground arose on \(arose) (due \(last), Art. 36(1)).")(lang))
        }
        let due = cal.answerDeadline(of: o)
        if let a = o.answer {
            out.append(Phrase(id: "  Ditanggapi \(a.answeredOn) (batas \(due)): \(a.decision.label.id) — \(a.reasons) · \(a.superiorName), \(a.superiorPosition)", en: "  Answered \(a.answeredOn) (due \(due)): \(a.decision.label.en) — \(a.reasons) · \(a.superiorName), \(a.superiorPosition)")(lang))
            if cal.isAnsweredLate(o) {
                out.append(Phrase(id: "  Ditanggapi lebih dari 30 hari kerja setelah keberatan diterima (Pasal 36 ayat 2).", en: "  Answered more than 30 working days after the objection was received (Art. 36(2)).")(lang))
            }
        } else {
            let left = Names.daysLeft(cal.standing(due: due, today: env.today))
            out.append(Phrase(id: "  Tanggapan atasan PPID paling lambat \(due) (30 hari kerja, Pasal 36 ayat 2); \(left.id)", en: "  Superior's answer due \(due) (30 working days, Art. 36(2)); \(left.en)")(lang))
        }
        if cal.isDisputeFiledLate(o), let filed = o.disputeFiled {
            out.append(Phrase(id: "  Sengketa diajukan \(filed.on), lebih dari 14 hari kerja setelah tanggapan atasan (batas \(cal.disputeFilingDeadline(of: o)), Pasal 37 ayat 2).", en: "  Dispute filed \(filed.on), more than 14 working days after the superior's answer (due \(cal.disputeFilingDeadline(of: o)), Art. 37(2)).")(lang))
        }
        if let filed = o.disputeFiled, let k = cal.commissionDeadlines(of: o) {
            out.append(Phrase(id: "  Sengketa diajukan ke Komisi Informasi \(filed.on)\(filed.detail.isEmpty ? "" : " (\(filed.detail))"); dimulai paling lambat \(k.start), diputus paling lambat \(k.settle) (Pasal 38)", en: "  Dispute filed with the Commission \(filed.on)\(filed.detail.isEmpty ? "" : " (\(filed.detail))"); to start by \(k.start), settle by \(k.settle) (Art. 38)")(lang))
        } else if o.answer != nil {
            out.append(Phrase(id: "  Sengketa ke Komisi Informasi dapat diajukan sampai \(cal.disputeFilingDeadline(of: o)) (14 hari kerja, Pasal 37 ayat 2)", en: "  A dispute may be filed with the Commission until \(cal.disputeFilingDeadline(of: o)) (14 working days, Art. 37(2))")(lang))
        }
        if let s = o.disputeStarted {
            out.append("  " + describe(.disputeStep(s))(lang))
            if cal.isDisputeStartedLate(o) { out.append(Phrase(id: "  Dimulai lebih dari 14 hari kerja setelah sengketa diajukan (Pasal 38 ayat 1).", en: "  Started more than 14 working days after the dispute was filed (Art. 38(1)).")(lang)) }
        }
        if let s = o.disputeSettled {
            out.append("  " + describe(.disputeStep(s))(lang))
            if cal.isDisputeSettledLate(o) { out.append(Phrase(id: "  Diputus lebih dari 100 hari kerja setelah sengketa diajukan (Pasal 38 ayat 2).", en: "  Settled more than 100 working days after the dispute was filed (Art. 38(2)).")(lang)) }
        }
        // The court case after the Commission, and how each decision was carried out.
        for s in [o.courtFiled, o.courtDecided, o.cassationFiled, o.cassationDecided].compactMap({ $0 }) + o.carriedOut {
            out.append("  " + describe(.disputeStep(s))(lang))
        }
        return out
    }

    /// What a deadline counted through years the holiday table does not cover must say: that
    /// only weekends were skipped there, and what the office should add (issue 14 item 6).
    static func holidayGapLines(_ years: [Int], _ lang: Language) -> [String] {
        guard !years.isEmpty else { return [] }
        let list = years.map(String.init).joined(separator: ", ")
        return [Phrase(
            id: "PERHATIAN: tabel hari libur belum memuat tahun \(list); di tahun itu hanya Sabtu dan Minggu yang dilewati. Tambahkan hari libur dan cuti bersama dari SKB 3 Menteri tahun \(list) di config.toml ([[holidays]]), lalu buka ulang.",
            en: "WARNING: the holiday table does not cover \(list); only Saturdays and Sundays are skipped there. Add that year's holidays and collective leave from the joint decree (SKB 3 Menteri) to config.toml ([[holidays]]), then reopen."
        )(lang)]
    }

    /// The request's last return as incomplete still in force, from its history: when, and
    /// what was missing (the state keeps only what is missing now).
    struct Completion {
        /// When it was sent back (the day of the return, else the time it was recorded), and why.
        var returned: (when: String, missing: String)?

        init(_ r: Request, _ history: [EventRecord], _ calendar: WorkingCalendar) {
            for e in history where !r.undone.contains(e.id) {
                if case .requestReturnedIncomplete(let x) = e.event { returned = (x.on?.description ?? FormDates.dateTime(e.at, calendar), x.missing) }
            }
        }
    }

    /// How the deadline was computed, in words: day 0, the count, each skipped day named; when
    /// the request was sent back as incomplete, whether and why the count starts again.
    static func deadline(_ r: Request, _ env: AppEnvironment, _ lang: Language, completion: Completion? = nil) -> [String] {
        let cal = env.calendar
        let dl = cal.deadline(of: r)
        let start = dl.start
        let received = "\(Names.weekday(start.received.date, lang)) \(start.received.date) \(start.received.clock)"
        let day0 = "\(Names.weekday(start.day, lang)) \(start.day)"
        let basis = dl.countsFromCompletion ? Phrase(id: "Dinyatakan lengkap", en: "Declared complete") : Phrase(id: "Diterima", en: "Received")
        var out: [String] = []
        let receipt = FormDates.dateTime(r.receivedAt, cal)
        // When it went back and what was missing: from the history, else what the state keeps.
        let returnedAt = completion?.returned.map { Phrase(id: " pada \($0.when)", en: " on \($0.when)") } ?? Phrase(id: "", en: "")
        let missing = r.missing ?? completion?.returned?.missing
        let lacking = missing.map { Phrase(id: " (kurang: \($0))", en: " (missing: \($0))") } ?? Phrase(id: "", en: "")
        // (A completion imported from a past register may have no return recorded before it.)
        let sentBack = r.missing == nil && completion?.returned == nil ? Phrase(id: "Diterima \(receipt)", en: "Received \(receipt)")
            : Phrase(id: "Diterima \(receipt), dikembalikan untuk dilengkapi\(returnedAt.id)\(lacking.id)",
                     en: "Received \(receipt), sent back as incomplete\(returnedAt.en)\(lacking.en)")
        let config = "config [deadlines] count_from_completion"
        if r.missing != nil {
            // Sent back and not yet complete: the count shown runs on from receipt until it is.
            out.append(cal.countsFromCompletion
                ? Phrase(id: "\(sentBack.id). Setelah dinyatakan lengkap (c), 10 hari kerja dihitung ulang sejak saat itu (SOP; \(config)).",
                         en: "\(sentBack.en). Once declared complete (c), the 10 working days count again from then (SOP; \(config)).")(lang)
                : Phrase(id: "\(sentBack.id). Jangka waktu tetap dihitung sejak diterima (\(config) = false).",
                         en: "\(sentBack.en). The period still counts from receipt (\(config) = false).")(lang))
        } else if let c = r.completedAt {
            let complete = FormDates.dateTime(c, cal)
            out.append(dl.countsFromCompletion
                ? Phrase(id: "\(sentBack.id), dinyatakan lengkap \(complete): jangka waktu dimulai ulang dari kelengkapan, karena permohonan yang belum lengkap belum dapat diproses (SOP; \(config)).",
                         en: "\(sentBack.en), declared complete \(complete): the period restarts from completion, since an incomplete request cannot be processed (SOP; \(config)).")(lang)
                : Phrase(id: "\(sentBack.id), dinyatakan lengkap \(complete); jangka waktu tetap dihitung sejak diterima (\(config) = false).",
                         en: "\(sentBack.en), declared complete \(complete); the period still counts from receipt (\(config) = false).")(lang))
        }
        switch start.reason {
        case .receivedInHours, .ruleOff:
            out += [Phrase(id: "\(basis.id) \(received): hari ke-0 adalah \(day0).", en: "\(basis.en) \(received): day 0 is \(day0).")(lang)]
        case .afterClosing(let closing):
            let c = "\(closing / 60).\(String(format: "%02d", closing % 60))"
            out += [Phrase(id: "\(basis.id) \(received), setelah loket tutup pukul \(c): dihitung dari hari kerja berikutnya, \(day0) (hari ke-0).",
                          en: "\(basis.en) \(received), after the counter closed at \(c): counted from the next working day, \(day0) (day 0).")(lang)]
        case .dayOff(let off):
            out += [Phrase(id: "\(basis.id) \(received), hari libur (\(Names.dayOff(off, .indonesian))): dihitung dari \(day0) (hari ke-0).",
                          en: "\(basis.en) \(received), a day off (\(Names.dayOff(off, .english))): counted from \(day0) (day 0).")(lang)]
        }
        out.append(Phrase(id: "10 hari kerja → \(Names.weekday(dl.original, lang)) \(dl.original) (Pasal 22 ayat 7).", en: "10 working days → \(Names.weekday(dl.original, lang)) \(dl.original) (Art. 22(7)).")(lang))
        if let ext = dl.extended {
            out.append(Phrase(id: "Diperpanjang 7 hari kerja → \(Names.weekday(ext, lang)) \(ext) (Pasal 22 ayat 8).", en: "Extended by 7 working days → \(Names.weekday(ext, lang)) \(ext) (Art. 22(8)).")(lang))
        }
        if dl.skipped.isEmpty {
            out.append(Phrase(id: "Tidak ada hari libur yang dilewati.", en: "No days off skipped.")(lang))
        } else {
            out.append(Phrase(id: "Hari yang tidak dihitung (\(dl.skipped.count)):", en: "Days not counted (\(dl.skipped.count)):")(lang))
            out += dl.skipped.map { day in
                switch day.reason {
                case .saturday, .sunday: "  \(day.date) \(Names.weekday(day.date, lang))"
                case .holiday(let h): "  \(day.date) \(Names.weekday(day.date, lang)): \(Names.dayOff(day.reason, lang)) — \(Names.holidaySource(h.source, lang))"
                }
            }
        }
        out += holidayGapLines(cal.uncoveredYears(from: start.day, to: dl.inForce), lang)
        if r.status.isOpen {
            switch cal.standing(of: r, today: env.today) {
            case .onTrack(let n), .dueSoon(let n):
                out.append(Phrase(id: "Sisa \(n) hari kerja sampai batas waktu.", en: English.count(n, "working day") + " left.")(lang))
            case .overdue(let n):
                out.append(Phrase(id: "LEWAT batas waktu \(n) hari kerja.", en: "OVERDUE by " + English.count(n, "working day") + ".")(lang))
            }
        }
        return out
    }
}
