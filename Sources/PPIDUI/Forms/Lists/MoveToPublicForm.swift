import Foundation
import PPIDModel

/// `p` on a DIK test: its exemption ended or was reviewed open, so the test is revoked and
/// the information listed in the DIP, in one action (issue 22).
public struct MoveToPublicForm: FormSpec {
    public let test: ConsequenceTest
    public let today: CivilDate
    public let suggestedNumber: String

    public init(test: ConsequenceTest, today: CivilDate, suggestedNumber: String) {
        self.test = test
        self.today = today
        self.suggestedNumber = suggestedNumber
    }

    public enum Field: String, FormFieldName {
        case number, summary, kind, unit, responsible, form, decisionNumber, reason, on
    }

    public var title: Phrase { Phrase(id: "Pindahkan \(test.number) ke DIP", en: "Move \(test.number) to the DIP") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .number: .text(Phrase(id: "Nomor DIP", en: "DIP number"), value: suggestedNumber, required: true, maxLength: 40)
        case .summary: .text(Phrase(id: "Ringkasan isi", en: "Summary"), value: test.title, required: true)
        case .kind: .choice(Phrase(id: "Jenis", en: "Kind"), PublicKind.allCases, selected: .anyTime, required: true)
        case .unit: .text(Phrase(id: "Pejabat/unit", en: "Official/unit"), value: test.unit, required: true)
        case .responsible: .text(Phrase(id: "Penanggung jawab", en: "Responsible"), required: true)
        case .form: .choice(Phrase(id: "Bentuk", en: "Form"), PublicForm.allCases, selected: .both, required: true)
        case .decisionNumber: .text(Phrase(id: "No. keputusan PPID", en: "PPID decision no."), required: true)
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"), value: "Masa pengecualian berakhir; informasi menjadi terbuka", required: true)
        case .on: .date(Phrase(id: "Sejak", en: "From"), today)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let on = v.date(.on, today: calendar.day(of: now)), let kind = v.choice(.kind, as: PublicKind.self),
              let form = v.choice(.form, as: PublicForm.self) else { return nil }
        let entry = PublicEntry(
            number: v[.number], summary: v[.summary], unit: v[.unit], responsible: v[.responsible], madeWhen: "", madeWhere: "", form: form,
            retention: "", kind: kind)
        return .moveToPublic(TestRevoked(test: test.number, on: on, decisionNumber: v[.decisionNumber], reason: v[.reason]), entry)
    }

    public func field(for refusal: LedgerError) -> Field? {
        if case .dateInFuture = refusal { return .on }
        return nil
    }
}
