import Foundation
import PPIDModel

/// A short name for what an event did, for the history and confirmations.
public func describe(_ event: Event) -> Phrase {
    switch event {
    case .requestRegistered(let e):
        Phrase(id: "Didaftarkan (\(e.channel.label.id))", en: "Registered (\(e.channel.label.en))")
    case .requestReturnedIncomplete(let e):
        Phrase(id: "Dikembalikan untuk dilengkapi: \(e.missing)", en: "Sent back as incomplete: \(e.missing)")
    case .requestDeclaredComplete: Phrase(id: "Dinyatakan lengkap", en: "Declared complete")
    case .requestExtended(let e):
        Phrase(id: "Diperpanjang 7 hari kerja: \(e.reason)", en: "Extended by 7 working days: \(e.reason)")
    case .requestDecided(let e):
        Phrase(
            id: "Diputuskan: \(e.outcome.label.id)" + e.grounds.map { " — " + $0.label.id }.joined(),
            en: "Decided: \(e.outcome.label.en)" + e.grounds.map { " — " + $0.label.en }.joined())
    case .informationHandedOver(let e):
        Phrase(id: "Informasi diserahkan \(e.handedOverOn)", en: "Information handed over \(e.handedOverOn)")
    case .requestWithdrawn(let e):
        Phrase(
            id: "Dicabut" + (e.reason.isEmpty ? "" : ": \(e.reason)"),
            en: "Withdrawn" + (e.reason.isEmpty ? "" : ": \(e.reason)"))
    case .requestCorrected: Phrase(id: "Data pendaftaran dikoreksi", en: "Registration corrected")
    // Never an internal id: `describe(_:among:_:)` names what was undone where the history is at hand.
    case .eventUndone: Phrase(id: "Membatalkan tindakan sebelumnya", en: "Undid an earlier action")
    case .objectionFiled(let e):
        Phrase(
            id:
                "Keberatan \(e.objection) diajukan (Pasal 35 huruf "
                    + "\(e.grounds.map(\.rawValue).joined(separator: ", ")))",
            en: "Objection \(e.objection) filed (Art. 35 \(English.letters(e.grounds.map(\.rawValue))))")
    case .objectionAnswered(let e):
        Phrase(
            id: "Keberatan \(e.objection) ditanggapi \(e.answeredOn): \(e.decision.label.id)",
            en: "Objection \(e.objection) answered \(e.answeredOn): \(e.decision.label.en)")
    case .groundClassified(let e):
        Phrase(id: "Alasan diklasifikasi: \(e.ground.label.id)", en: "Ground classified: \(e.ground.label.en)")
    case .disputeStep(let e):
        switch e.kind {
        case .filed:
            // The Commission's register number, when typed: the summary and the history keep it.
            Phrase(
                id: "Sengketa \(e.objection) diajukan ke Komisi Informasi \(e.on)"
                    + (e.detail.isEmpty ? "" : ", No. register KI \(e.detail)"),
                en: "Dispute \(e.objection) filed with the Commission \(e.on)"
                    + (e.detail.isEmpty ? "" : ", Commission number \(e.detail)"))
        case .started:
            Phrase(
                id:
                    "Sengketa \(e.objection): \(DisputeProcess(rawValue: e.detail)?.label.id ?? e.detail) dimulai "
                        + "\(e.on)",
                en:
                    "Dispute \(e.objection): \(DisputeProcess(rawValue: e.detail)?.label.en ?? e.detail) started "
                        + "\(e.on)"
            )
        case .settled:
            Phrase(
                id: "Sengketa \(e.objection) diputus \(e.on): \(e.detail)",
                en: "Dispute \(e.objection) settled \(e.on): \(e.detail)")
        case .courtFiled: Phrase(id: "Sengketa \(e.objection) digugat ke pengadilan \(e.on): \(e.detail)", en: "Dispute \(e.objection) taken to court \(e.on): \(e.detail)")
        case .courtDecided: Phrase(id: "Sengketa \(e.objection): putusan pengadilan \(e.on): \(e.detail)", en: "Dispute \(e.objection): court decision \(e.on): \(e.detail)")
        case .cassationFiled: Phrase(id: "Sengketa \(e.objection): kasasi \(e.on): \(e.detail)", en: "Dispute \(e.objection): cassation filed \(e.on): \(e.detail)")
        case .cassationDecided: Phrase(id: "Sengketa \(e.objection): putusan Mahkamah Agung \(e.on): \(e.detail)", en: "Dispute \(e.objection): Supreme Court decision \(e.on): \(e.detail)")
        case .carriedOut: Phrase(id: "Keberatan \(e.objection): putusan dilaksanakan \(e.on): \(e.detail)", en: "Objection \(e.objection): decision carried out \(e.on): \(e.detail)")
        }
    case .letterMade(let e):
        Phrase(
            id: "Surat dibuat (\(e.letter)\(e.objection.isEmpty ? "" : " " + e.objection))\(e.number.isEmpty ? "" : " nomor " + e.number)\(e.replaces.isEmpty ? "" : ", menggantikan " + e.replaces): \(e.file)",
            en: "Letter made (\(e.letter)\(e.objection.isEmpty ? "" : " " + e.objection))\(e.number.isEmpty ? "" : " number " + e.number)\(e.replaces.isEmpty ? "" : ", replacing " + e.replaces): \(e.file)")
    case .sample(let e): describe(e)
    case .lists(let e): describe(e)
    }
}

/// An event as the history names it: an undo says in words what it undid (never an id),
/// looked up among the request's `history`.
public func describe(_ event: Event, among history: [EventRecord], _ calendar: WorkingCalendar) -> Phrase {
    guard case .eventUndone(let e) = event else { return describe(event) }
    guard let undone = history.first(where: { $0.id == e.undoes }) else {
        return Phrase(id: "Membatalkan tindakan sebelumnya", en: "Undid an earlier action")
    }
    let what = describe(undone.event), at = FormDates.dateTime(undone.at, calendar)
    return Phrase(id: "Membatalkan: \(what.id) (dicatat \(at))", en: "Undid: \(what.en) (recorded \(at))")
}

/// What a command will record, line by line, for its confirmation.
public func summary(of command: Command, _ env: AppEnvironment) -> [Phrase] {
    let cal = env.calendar
    switch command {
    case .register(let receivedAt, let channel, let d):
        let deadline = cal.deadline(receivedAt: receivedAt)
        return [
            Phrase(
                id: "Mendaftarkan permohonan baru (nomor diberikan saat disimpan)",
                en: "Register a new request (its number is given on saving)"),
            Phrase(
                id: "Pemohon: \(d.requesterName) (\(d.category.label.id))",
                en: "Requester: \(d.requesterName) (\(d.category.label.en))"),
            Phrase(id: "Saluran: \(channel.label.id)", en: "Channel: \(channel.label.en)"),
            Phrase(
                id: "Diterima: \(FormDates.dateTime(receivedAt, cal))",
                en: "Received: \(FormDates.dateTime(receivedAt, cal))"),
            Phrase(id: "Informasi: \(d.subject)", en: "Information: \(d.subject)"),
            Phrase(
                id: "Batas waktu: \(deadline.inForce) (10 hari kerja dari \(deadline.start.day))",
                en: "Deadline: \(deadline.inForce) (10 working days from \(deadline.start.day))"),
        ]
    case .decide(let e):
        var lines = [
            Phrase(
                id: "Keputusan atas \(e.request): \(e.outcome.label.id)",
                en: "Decision on \(e.request): \(e.outcome.label.en)"),
            Phrase(id: "Tanggal pemberitahuan tertulis: \(e.noticeOn)", en: "Written notice dated \(e.noticeOn)"),
            Phrase(
                id: "Biaya: Rp \(PaymentCodes.rupiah(e.fee))" + (e.payment.isEmpty ? "" : ", \(e.payment)"),
                en: "Fee: Rp \(PaymentCodes.rupiah(e.fee))" + (e.payment.isEmpty ? "" : ", \(e.payment)")),
        ]
        if let g = e.ground { lines.insert(Phrase(id: "Alasan: \(g.label.id)", en: "Ground: \(g.label.en)"), at: 1) }
        for (i, g) in e.moreGrounds.enumerated() {
            lines.insert(Phrase(id: "Alasan lain: \(g.label.id)", en: "Also: \(g.label.en)"), at: 2 + i)
        }
        if !e.heldBy.isEmpty {
            lines.append(
                Phrase(id: "Informasi dikuasai oleh: \(e.heldBy)", en: "The information is held by: \(e.heldBy)"))
        }
        if !e.redacted.isEmpty {
            lines.append(Phrase(id: "Yang dihitamkan: \(e.redacted)", en: "Blacked out: \(e.redacted)"))
        }
        if !e.material.isEmpty { lines.append(Phrase(id: "Materi diberikan: \(e.material)", en: "Material given: \(e.material)")) }
        if let d = e.givenBy { lines.append(Phrase(id: "Diberikan paling lambat \(d)", en: "Given by \(d)")) }
        if let d = e.documentedBy { lines.append(Phrase(id: "Didokumentasikan paling lambat \(d)", en: "Documented by \(d)")) }
        if !e.feeBreakdown.isEmpty { lines.append(Phrase(id: "Rincian biaya: \(e.feeBreakdown)", en: "Fee breakdown: \(e.feeBreakdown)")) }
        if !e.note.isEmpty { lines.append(Phrase(id: "Catatan: \(e.note)", en: "Note: \(e.note)")) }
        if !e.publicEntry.isEmpty {
            lines.append(Phrase(id: "Informasi publik, diberikan dari DIP \(e.publicEntry)", en: "Public information, given from DIP \(e.publicEntry)"))
        }
        return lines + e.tests.map { testCited($0, env) }
    case .extend(let e):
        var lines = [
            Phrase(
                id: "Perpanjangan \(e.request) sebanyak 7 hari kerja (hanya sekali)",
                en: "Extend \(e.request) by 7 working days (once only)")
        ]
        if let on = e.on {
            lines.append(Phrase(id: "Tanggal surat perpanjangan: \(on)", en: "Extension letter dated \(on)"))
        }
        lines.append(Phrase(id: "Alasan: \(e.reason)", en: "Reason: \(e.reason)"))
        if let r = env.ledger.requests[e.request] {
            let d = cal.deadline(
                receivedAt: r.receivedAt, completedAt: cal.countsFromCompletion ? r.completedAt : nil, extended: true)
            lines.append(
                Phrase(
                    id: "Batas waktu menjadi \(d.inForce) (semula \(d.original))",
                    en: "Deadline becomes \(d.inForce) (was \(d.original))"))
        }
        return lines
    case .withdraw(let e):
        return [
            Phrase(
                id: "Pencabutan \(e.request) oleh pemohon, \(FormDates.dateTime(e.withdrawnAt, cal))",
                en: "Withdrawal of \(e.request) by the requester, \(FormDates.dateTime(e.withdrawnAt, cal))"),
            Phrase(id: "Alasan: \(e.reason)", en: "Reason: \(e.reason)"),
        ]
    case .handOver(let e):
        return [
            Phrase(
                id: "Penyerahan informasi \(e.request) pada \(e.handedOverOn)",
                en: "Hand-over of \(e.request) on \(e.handedOverOn)")
        ]
    case .undo(let e):
        return [
            Phrase(
                id: "Membatalkan tindakan terakhir Anda pada \(e.request); riwayat menyimpan keduanya",
                en: "Undo your last action on \(e.request); the history keeps both")
        ]
    case .returnIncomplete(let e):
        var lines = [
            Phrase(
                id: "Kembalikan \(e.request) untuk dilengkapi: \(e.missing)", en: "Send \(e.request) back: \(e.missing)"
            )
        ]
        if cal.countsFromCompletion {
            lines.append(
                Phrase(
                    id: "Jangka waktu dihitung ulang setelah dinyatakan lengkap (c)",
                    en: "The period counts again once it is declared complete (c)"))
        }
        return lines
    case .declareComplete(let e):
        var lines = [
            Phrase(
                id: "Nyatakan \(e.request) lengkap pada \(FormDates.dateTime(e.completedAt, cal))",
                en: "Declare \(e.request) complete at \(FormDates.dateTime(e.completedAt, cal))")
        ]
        if cal.countsFromCompletion, let r = env.ledger.requests[e.request] {
            let d = cal.deadline(
                receivedAt: r.receivedAt, completedAt: e.completedAt, extended: r.extensionGiven != nil)
            lines.append(
                Phrase(
                    id: "10 hari kerja dihitung ulang sejak itu: batas waktu menjadi \(d.inForce)",
                    en: "The 10 working days count again from then: the deadline becomes \(d.inForce)"))
        }
        return lines
    case .correct(let e):
        return [Phrase(id: "Koreksi data pendaftaran \(e.request)", en: "Correct the registration of \(e.request)")]
    case .classifyGround(let e):
        let what = describe(.groundClassified(e))
        return [Phrase(id: "\(e.request): \(what.id)", en: "\(e.request): \(what.en)")]
    case .recordLetter(let e):
        let what = describe(.letterMade(e))
        return [Phrase(id: "\(e.request): \(what.id)", en: "\(e.request): \(what.en)")]
    case .fileObjection(let request, let receivedAt, let grounds, let agent, _):
        let due = cal.adding(workingDays: ObjectionPeriods.answer, to: cal.deemedReceipt(of: receivedAt).day)
        return [
            Phrase(
                id: "Keberatan atas \(request) (nomor diberikan saat disimpan)",
                en: "Objection to \(request) (its number is given on saving)"),
            Phrase(
                id: "Diterima: \(FormDates.dateTime(receivedAt, cal))" + (agent.isEmpty ? "" : ", kuasa: \(agent)"),
                en: "Received: \(FormDates.dateTime(receivedAt, cal))" + (agent.isEmpty ? "" : ", agent: \(agent)")),
        ]
            + grounds.map {
                Phrase(id: "Alasan huruf \($0.rawValue): \($0.label.id)", en: "Ground \($0.rawValue): \($0.label.en)")
            } + [
                Phrase(
                    id: "Tanggapan atasan PPID paling lambat \(due) (30 hari kerja, Pasal 36 ayat 2)",
                    en: "The superior's answer is due by \(due) (30 working days, Art. 36(2))")
            ] + lateObjectionWarning(request: request, receivedAt: receivedAt, env)
    case .answerObjection(let e):
        return [
            Phrase(
                id: "Tanggapan atasan PPID atas \(e.objection): \(e.decision.label.id)",
                en: "Superior's answer to \(e.objection): \(e.decision.label.en)"),
            Phrase(
                id: "Tanggal \(e.answeredOn), \(e.superiorName), \(e.superiorPosition)",
                en: "Dated \(e.answeredOn), \(e.superiorName), \(e.superiorPosition)"),
            Phrase(id: "Alasan: \(e.reasons)", en: "Reasons: \(e.reasons)"),
        ] + lateAnswerWarning(e, env)
    case .recordDispute(let e):
        var lines = [describe(.disputeStep(e))]
        if e.kind == .filed,
            let o = env.ledger.requests[e.request]?.objections.first(where: { $0.number == e.objection })
        {
            let last = cal.disputeFilingDeadline(of: o)
            if e.on > last {
                lines.append(
                    Phrase(
                        id:
                            "TERLAMBAT: lebih dari 14 hari kerja setelah tanggapan atasan (batas \(last), Pasal 37 "
                                + "ayat 2); tetap dicatat dan ditandai.",
                        en:
                            "LATE: more than 14 working days after the superior's answer (due \(last), Art. 37(2)); "
                                + "recorded all the same, and flagged."
                    ))
            }
        }
        if e.kind == .started, let o = env.ledger.requests[e.request]?.objections.first(where: { $0.number == e.objection }),
           let k = cal.commissionDeadlines(of: o), e.on > k.start {
            lines.append(Phrase(
                id: "TERLAMBAT: Komisi Informasi memulai lebih dari 14 hari kerja setelah sengketa diajukan (batas \(k.start), Pasal 38 ayat 1); tetap dicatat dan ditandai.",
                en: "LATE: the Commission started more than 14 working days after the dispute was filed (due \(k.start), Art. 38(1)); recorded all the same, and flagged."
            ))
        }
        return lines
    case .registerSample(let receivedAt, let details):
        return registerSampleSummary(receivedAt: receivedAt, details, env)
    case .makeReport(let sample, let madeAt, let note):
        return reportSummary(sample: sample, madeAt: madeAt, note: note, env)
    case .recordSample(let e):
        return sampleEventSummary(e, env)
    case .decideWithTest(let d, let t):
        return summary(of: .decide(d), env) + testSummary(t)
    case .recordTest(let t):
        return testSummary(t)
    case .correctTest(let t, let reason):
        let changed = env.ledger.exemption(t.number).map { t.changes(from: $0.test) } ?? []
        return [
            Phrase(id: "Koreksi uji konsekuensi \(t.number): \(changed.joined(separator: ", "))", en: "Correct consequence test \(t.number): \(changed.joined(separator: ", "))"),
            Phrase(id: "Alasan: \(reason)", en: "Reason: \(reason)"),
        ]
    case .revokeTest(let e):
        return [describe(.lists(.testRevoked(e)))]
    case .setPublicEntry(let entry, let on):
        return [describe(.lists(.publicEntrySet(PublicEntrySet(entry: entry, on: on))))]
    case .removePublicEntry(let e):
        return [describe(.lists(.publicEntryRemoved(e)))]
    case .decidePublicList(let e):
        return [describe(.lists(.publicListDecided(e)))]
    case .moveToPublic(let r, let entry):
        return [describe(.lists(.testRevoked(r))), describe(.lists(.publicEntrySet(PublicEntrySet(entry: entry, on: r.on))))]
    }
}

/// The confirmation's word on an objection filed more than 30 working days after its ground
/// arose (Pasal 36(1)): the written notice, or the working day after the deadline in force
/// when none came.
private func lateObjectionWarning(request: String, receivedAt: Date, _ env: AppEnvironment) -> [Phrase] {
    let cal = env.calendar
    guard let r = env.ledger.requests[request] else { return [] }
    let (arose, last) = cal.objectionFilingWindow(for: r)
    guard cal.day(of: receivedAt) > last else { return [] }
    return [
        Phrase(
            id:
                "TERLAMBAT: lebih dari 30 hari kerja setelah alasannya timbul \(arose) (batas \(last), Pasal 36 "
                    + "ayat 1); tetap dicatat dan ditandai.",
            en:
                "LATE: more than 30 working days after its ground arose on \(arose) (due \(last), Art. 36(1)); "
                    + "recorded all the same, and flagged."
        )
    ]
}

/// The confirmation's word on a superior's answer dated after its 30 working days (Pasal 36(2)).
private func lateAnswerWarning(_ e: ObjectionAnswered, _ env: AppEnvironment) -> [Phrase] {
    guard let o = env.ledger.requests[e.request]?.objections.first(where: { $0.number == e.objection }) else { return [] }
    let due = env.calendar.answerDeadline(of: o)
    guard e.answeredOn > due else { return [] }
    return [Phrase(
        id: "TERLAMBAT: lebih dari 30 hari kerja setelah keberatan diterima (batas \(due), Pasal 36 ayat 2); tetap dicatat dan ditandai.",
        en: "LATE: more than 30 working days after the objection was received (due \(due), Art. 36(2)); recorded all the same, and flagged."
    )]
}
