import Foundation
import PPIDModel

/// `b`: the superior's written answer to an objection (Pasal 36).
public struct ObjectionAnswerForm: FormSpec {
    public let request: String
    public let objection: String
    public let today: CivilDate
    /// The configured superior (`[ppid] superior_name`, `superior_position`): who answers as a rule.
    public let superiorName: String
    public let superiorPosition: String

    public init(request: String, objection: String, today: CivilDate, superiorName: String = "", superiorPosition: String = "") {
        self.request = request
        self.objection = objection
        self.today = today
        self.superiorName = superiorName
        self.superiorPosition = superiorPosition
    }

    public enum Field: String, FormFieldName {
        case decision, reasons, date, name, position
    }

    public var title: Phrase { Phrase(id: "Tanggapan atasan PPID atas \(objection)", en: "Superior's answer to \(objection)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .decision: .choice(Phrase(id: "Keputusan", en: "Decision"), ObjectionDecision.allCases, selected: .upheld, required: true)
        case .reasons: .text(Phrase(id: "Alasan", en: "Reasons"), hint: Phrase(id: "wajib bila menguatkan putusan", en: "required when upheld"))
        case .date: .date(Phrase(id: "Tanggal tanggapan", en: "Answer date"), today)
        case .name: .text(Phrase(id: "Nama atasan PPID", en: "Superior's name"), value: superiorName, required: true)
        case .position: .text(Phrase(id: "Jabatan", en: "Position"), value: superiorPosition, required: true)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        let d = v.date(.date, today: calendar.day(of: now))
        guard let decision = v.choice(.decision, as: ObjectionDecision.self) else { return nil }
        if decision == .upheld, v[.reasons].isEmpty {
            v.setError(.reasons, Phrase(id: "wajib bila menguatkan putusan (Pasal 36 ayat 3)", en: "required when upheld (Art. 36(3))"))
        }
        guard let d else { return nil }
        return .answerObjection(ObjectionAnswered(request: request, objection: objection, decision: decision, reasons: v[.reasons],
                                                  answeredOn: d, superiorName: v[.name], superiorPosition: v[.position]))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .answerBeforeObjection, .dateInFuture: .date
        default: nil
        }
    }
}
