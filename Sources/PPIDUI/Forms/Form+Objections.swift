import Foundation
import PPIDModel

/// The forms for objections and disputes (LAW §4).
extension Form {
    /// `o`: an objection to a request, with its Pasal 35(1) grounds.
    /// `periodEnds`: while the request is still within its period, ground c cannot apply yet.
    public static func objection(for number: String, now: Date, calendar: WorkingCalendar, periodEnds: CivilDate? = nil) -> Form {
        var form = objectionFields(for: number, now: now, calendar: calendar)
        form.notes = [Phrase(id: "Alasan keberatan, Pasal 35 ayat 1 (tulis hurufnya):", en: "Grounds of objection, Art. 35(1) (type the letters):")]
            + Pasal35.allCases.map { g in
                let notYet = g == .c && periodEnds != nil
                let mark = notYet ? Phrase(id: " — belum berlaku: jangka waktu sampai \(periodEnds!)", en: " — cannot apply yet: the period runs to \(periodEnds!)") : Phrase(id: "", en: "")
                return Phrase(id: "\(g.rawValue)  \(g.label.id)\(mark.id)", en: "\(g.rawValue)  \(g.label.en)\(mark.en)")
            }
        return form
    }

    static func objectionFields(for number: String, now: Date, calendar: WorkingCalendar) -> Form {
        Form(purpose: .fileObjection(number), title: Phrase(id: "Keberatan atas \(number)", en: "Objection to \(number)"), fields: [
            .text("received", Phrase(id: "Diterima", en: "Received"), value: FormDates.dateTime(now, calendar), required: true, hint: Phrase(id: "TTTT-BB-HH JJ:MM", en: "YYYY-MM-DD HH:MM")),
            .text("grounds", Phrase(id: "Alasan (Pasal 35)", en: "Grounds (Art. 35)"), required: true, hint: Phrase(id: "huruf a–g, mis. a,c", en: "letters a–g, e.g. a,c"), maxLength: 20),
            .text("agent", Phrase(id: "Kuasa pemohon", en: "Agent"), hint: Phrase(id: "kosong bila pemohon sendiri", en: "empty when the requester files")),
            .text("note", Phrase(id: "Catatan", en: "Note")),
        ])
    }

    /// `b`: the superior's written answer.
    public static func objectionAnswer(request: String, objection: String, today: CivilDate) -> Form {
        Form(purpose: .answerObjection(request: request, objection: objection), title: Phrase(id: "Tanggapan atasan PPID atas \(objection)", en: "Superior's answer to \(objection)"), fields: [
            .choice("decision", Phrase(id: "Keputusan", en: "Decision"), ObjectionDecision.allCases, selected: .upheld, required: true),
            .text("reasons", Phrase(id: "Alasan", en: "Reasons"), hint: Phrase(id: "wajib bila menguatkan putusan", en: "required when upheld")),
            .text("date", Phrase(id: "Tanggal tanggapan", en: "Answer date"), value: today.description, required: true, hint: Phrase(id: "TTTT-BB-HH", en: "YYYY-MM-DD")),
            .text("name", Phrase(id: "Nama atasan PPID", en: "Superior's name"), required: true),
            .text("position", Phrase(id: "Jabatan", en: "Position"), required: true),
        ])
    }

    /// `K`: the next step of a dispute at the Information Commission.
    public static func dispute(request: String, objection: String, step: DisputeStep.Kind, today: CivilDate) -> Form {
        let date = FormField.text("date", Phrase(id: "Tanggal", en: "Date"), value: today.description, required: true, hint: Phrase(id: "TTTT-BB-HH", en: "YYYY-MM-DD"))
        switch step {
        case .filed:
            return Form(purpose: .dispute(request: request, objection: objection, step: step), title: Phrase(id: "Sengketa \(objection) diajukan ke Komisi Informasi", en: "Dispute \(objection) filed with the Commission"), fields: [
                date, .text("detail", Phrase(id: "No. register KI", en: "Commission number")),
            ])
        case .started:
            return Form(purpose: .dispute(request: request, objection: objection, step: step), title: Phrase(id: "Sengketa \(objection): proses dimulai", en: "Dispute \(objection): proceedings start"), fields: [
                date, .choice("detail", Phrase(id: "Proses", en: "Process"), DisputeProcess.allCases, selected: .mediation, required: true),
            ])
        case .settled:
            return Form(purpose: .dispute(request: request, objection: objection, step: step), title: Phrase(id: "Sengketa \(objection) diputus", en: "Dispute \(objection) settled"), fields: [
                date, .text("detail", Phrase(id: "Hasil", en: "Result"), required: true, hint: Phrase(id: "mis. mediasi berhasil; putusan KI", en: "e.g. mediation agreed; Commission ruling")),
            ])
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
