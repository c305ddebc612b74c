import Foundation
import PPIDModel

/// `K`: the next step of a dispute at the Information Commission (Pasal 37–38) or in court
/// after it (Pasal 47–50): its date and the step's one detail (the Commission's number, the
/// process, the result, the court and case number, the decision). `X`: how the decision in
/// force was carried out, its date and what was done.
public struct DisputeForm: FormSpec {
    public let request: String
    public let objection: String
    public let step: DisputeStep.Kind
    public let today: CivilDate

    public init(request: String, objection: String, step: DisputeStep.Kind, today: CivilDate) {
        self.request = request
        self.objection = objection
        self.step = step
        self.today = today
    }

    public enum Field: String, FormFieldName {
        case date, detail
    }

    public var title: Phrase {
        switch step {
        case .filed: Phrase(id: "Sengketa \(objection) diajukan ke Komisi Informasi", en: "Dispute \(objection) filed with the Commission")
        case .started: Phrase(id: "Sengketa \(objection): proses dimulai", en: "Dispute \(objection): proceedings start")
        case .settled: Phrase(id: "Sengketa \(objection) diputus", en: "Dispute \(objection) settled")
        case .courtFiled: Phrase(id: "Sengketa \(objection) digugat ke pengadilan", en: "Dispute \(objection) taken to court")
        case .courtDecided: Phrase(id: "Sengketa \(objection): putusan pengadilan", en: "Dispute \(objection): court decision")
        case .cassationFiled: Phrase(id: "Sengketa \(objection): kasasi ke Mahkamah Agung", en: "Dispute \(objection): cassation filed")
        case .cassationDecided: Phrase(id: "Sengketa \(objection): putusan Mahkamah Agung", en: "Dispute \(objection): Supreme Court decision")
        case .carriedOut: Phrase(id: "Keberatan \(objection): putusan dilaksanakan", en: "Objection \(objection): decision carried out")
        }
    }

    public func field(_ field: Field) -> FormField {
        switch (field, step) {
        case (.date, _): .date(Phrase(id: "Tanggal", en: "Date"), today)
        case (.detail, .filed): .text(Phrase(id: "No. register KI", en: "Commission number"))
        case (.detail, .started): .choice(Phrase(id: "Proses", en: "Process"), DisputeProcess.allCases, selected: .mediation, required: true)
        case (.detail, .settled): .text(Phrase(id: "Hasil", en: "Result"), required: true, hint: Phrase(id: "mis. mediasi berhasil; putusan KI", en: "e.g. mediation agreed; Commission ruling"))
        case (.detail, .courtFiled): .text(Phrase(id: "Pengadilan/perkara", en: "Court, case no."), required: true, hint: Phrase(id: "mis. PTUN Pekanbaru 12/G/KI/2026", en: "e.g. PTUN Pekanbaru 12/G/KI/2026"))
        case (.detail, .cassationFiled): .text(Phrase(id: "No. perkara kasasi", en: "Cassation case no."), required: true)
        case (.detail, .courtDecided), (.detail, .cassationDecided): .text(Phrase(id: "Putusan", en: "Decision"), required: true)
        case (.detail, .carriedOut): .text(Phrase(id: "Pelaksanaan", en: "Carried out"), required: true, hint: Phrase(id: "mis. salinan diberikan 3 Mar", en: "e.g. copy given 3 Mar"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let d = v.date(.date, today: calendar.day(of: now)) else { return nil }
        return .recordDispute(DisputeStep(request: request, objection: objection, kind: step, on: d, detail: v[.detail]))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .disputeTooEarly, .disputeStepOutOfOrder, .dateInFuture: .date
        default: nil
        }
    }
}
