import Foundation
import PPIDModel

/// The text of a sample's detail: its documents, each step's time against its standard, its history.
enum SampleText {
    static func detail(_ s: Sample, _ env: AppEnvironment, _ lang: Language) -> [RequestText.Line] {
        typealias Line = RequestText.Line
        let cal = env.calendar
        let d = s.details
        func at(_ date: Date) -> String { FormDates.dateTime(date, cal) }
        func field(_ label: Phrase, _ value: String) -> Line { Line(text: "  " + label(lang).padded(toWidth: 20) + value) }
        var lines = [
            Line(text: "\(s.number) — \(statusText(s, env)(lang))", style: Theme.title),
            field(Phrase(id: "Jenis", en: "Kind"), d.kind.label(lang)),
            field(Phrase(id: "Surat permintaan", en: "Request letter"), at(s.registration.receivedAt) + (d.letterNumber.isEmpty ? "" : " · No. \(d.letterNumber)")),
            field(Phrase(id: "Pelanggan", en: "Customer"), customerLine(d.customer)),
            field(Phrase(id: "Komoditas", en: "Commodity"), d.commodity),
            field(Phrase(id: "Parameter uji", en: "Parameters"), d.parameters),
            field(Phrase(id: "Jumlah sampel", en: "Quantity"), d.quantity),
        ]
        if let from = d.fromRequest { lines.append(field(Phrase(id: "Dari permohonan", en: "From request"), from)) }
        if let r = s.receipt { lines.append(field(Phrase(id: "Label sampel", en: "Sample label"), r.label)) }
        for (i, b) in s.billings.enumerated() {
            let current = i == s.billings.count - 1
            var text = "\(b.code) · Rp \(PaymentCodes.rupiah(b.amount)) · " + Phrase(id: "berlaku s.d. ", en: "payable until ")(lang) + at(b.expiresAt)
            if current, s.billingExpired(at: env.now) { text += Phrase(id: " — KEDALUWARSA, terbitkan ulang (e)", en: " — EXPIRED, re-issue it (e)")(lang) }
            if !current { text += Phrase(id: " (diganti)", en: " (replaced)")(lang) }
            if !b.amountReason.isEmpty { text += Phrase(id: " · bukan tarif: \(b.amountReason)", en: " · not the tariff: \(b.amountReason)")(lang) }
            lines.append(field(Phrase(id: "e-billing", en: "e-billing"), text))
        }
        if let p = s.payment { lines.append(field(Phrase(id: "NTPN / kuitansi", en: "NTPN / kuitansi"), "\(p.ntpn) · \(p.receiptNumber)")) }
        if let a = s.assignment { lines.append(field(Phrase(id: "Analis", en: "Analyst"), a.analyst)) }
        if let r = s.result, !r.note.isEmpty { lines.append(field(Phrase(id: "Hasil analisa", en: "Result"), r.note)) }
        if let r = s.report { lines.append(field(Phrase(id: "LHP", en: "LHP"), r.lhp + (r.note.isEmpty ? "" : " · \(r.note)"))) }
        if let h = s.handover, !h.receivedBy.isEmpty { lines.append(field(Phrase(id: "Diterima oleh", en: "Collected by"), h.receivedBy)) }
        if let c = s.cancellation { lines.append(field(Phrase(id: "Dibatalkan", en: "Cancelled"), "\(at(c.cancelledAt)) · \(c.reason)")) }
        lines.append(Line(text: ""))
        lines.append(Line(text: Phrase(id: "Waktu per langkah — jam layanan saja; Mutu Baku PK.TU-PJT.02", en: "Time per step — service hours only; Mutu Baku of PK.TU-PJT.02")(lang), style: Theme.title))
        lines += steps(s, env, lang)
        lines.append(Line(text: ""))
        lines.append(Line(text: Phrase(id: "Riwayat (waktu langkah · petugas · dicatat)", en: "History (time of the step · officer · recorded)")(lang), style: Theme.title))
        let history: [EventRecord]
        do {
            history = try env.ledger.history(ofSample: s.number, reading: env.reader)
        } catch {
            lines.append(Line(text: "  " + error.message(lang), style: Theme.error))
            history = []
        }
        for r in history {
            guard case .sample(let e) = r.event else { continue }
            let recorded = r.at == e.time ? "" : Phrase(id: " (dicatat \(at(r.at)))", en: " (recorded \(at(r.at)))")(lang)
            lines.append(Line(text: "  \(at(e.time))  \(r.by.padded(toWidth: 10))  \(describe(e)(lang))\(recorded)"))
        }
        return lines
    }

    /// One line per step on the route: done (when, time, standard, ✓ or ! LEWAT), running, or to come.
    static func steps(_ s: Sample, _ env: AppEnvironment, _ lang: Language) -> [RequestText.Line] {
        let times = s.stepTimes(calendar: env.calendar, standards: env.ledger.samplePolicy.standards, now: env.now)
        let standards = env.ledger.samplePolicy.standards
        let head = "  " + Phrase(id: "Langkah (no. prosedur)", en: "Step (procedure no.)")(lang).padded(toWidth: 34) + " "
            + Phrase(id: "Selesai", en: "Done")(lang).padded(toWidth: 17) + " " + Phrase(id: "Waktu", en: "Time")(lang).padded(toWidth: 7) + " "
            + Phrase(id: "Baku", en: "Std")(lang)
        return [RequestText.Line(text: head, style: Theme.hint)] + s.route.dropFirst().map { step in
            let name = "\(step.label(lang)) (\(step.procedureStepsLabel))".padded(toWidth: 34)
            guard let t = times.first(where: { $0.step == step }) else {
                let std = Durations.text(minutes: standards.minutes(for: step, of: s.details), lang)
                return RequestText.Line(text: "  \(name) " + "—".padded(toWidth: 17) + " " + "".padded(toWidth: 7) + " \(std.padded(toWidth: 6))", style: Theme.closed)
            }
            let when: String
            if let end = t.ended {
                when = FormDates.dateTime(end, env.calendar)
            } else if s.cancellation != nil {
                when = Phrase(id: "dibatalkan", en: "cancelled")(lang)
            } else {
                when = t.waitsOnCustomer ? Phrase(id: "tunggu pelanggan", en: "customer's turn")(lang) : Phrase(id: "berjalan", en: "running")(lang)
            }
            let mark: String
            switch (t.isLate, t.ended) {
            case _ where t.waitsOnCustomer: mark = ""
            case (true, _): mark = Phrase(id: "! LEWAT", en: "! LATE")(lang)
            case (false, nil): mark = ""
            case (false, _?): mark = "✓"
            }
            // The customer's steps are not judged against the standard: "—" in its column.
            let standard = t.waitsOnCustomer ? "—" : Durations.text(minutes: t.standardMinutes, lang)
            let line = "  \(name) \(when.padded(toWidth: 17)) \(Durations.text(minutes: t.workingMinutes, lang).padded(toWidth: 7)) \(standard.padded(toWidth: 6)) \(mark)"
            return RequestText.Line(text: line, style: t.isLate ? Theme.overdue : .plain)
        } + (s.route.contains(where: \.waitsOnCustomer) ? [RequestText.Line(text: "  " + Phrase(
            id: "Membayar dan mengambil LHP menunggu pelanggan: waktunya dicatat, tidak dinilai terhadap Mutu Baku.",
            en: "Paying and collecting the LHP wait on the customer: timed, not judged against the standard."
        )(lang), style: Theme.hint)] : [])
    }

    /// What the sample waits for, in a phrase for the detail's title.
    static func statusText(_ s: Sample, _ env: AppEnvironment) -> Phrase {
        switch s.status {
        case .open(let next):
            let missing = next.missing
            return Phrase(id: "menunggu: \(missing.id)", en: "waiting: \(missing.en)")
        case .handedOver: return Phrase(id: "selesai, LHP diserahkan", en: "done, LHP handed over")
        case .cancelled: return Phrase(id: "dibatalkan", en: "cancelled")
        }
    }
}
