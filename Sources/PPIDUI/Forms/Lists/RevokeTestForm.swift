import Foundation
import PPIDModel

/// `x` on the DIK: the PPID's decision revoking a consequence test; it leaves the DIK from
/// that day, and no refusal noticed from then on can rest on it.
public struct RevokeTestForm: FormSpec {
    public let number: String
    public let today: CivilDate

    public init(number: String, today: CivilDate) {
        self.number = number
        self.today = today
    }

    public enum Field: String, FormFieldName {
        case on, decisionNumber, reason
    }

    public var title: Phrase { Phrase(id: "Cabut uji konsekuensi \(number)", en: "Revoke consequence test \(number)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .on: .date(Phrase(id: "Tanggal pencabutan", en: "Revoked on"), today)
        case .decisionNumber: .text(Phrase(id: "No. keputusan PPID", en: "PPID decision no."), required: true)
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"), required: true, hint: Phrase(id: "mis. sudah tidak rahasia; pindahkan ke DIP", en: "e.g. no longer secret; move it to the DIP"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let on = v.date(.on, today: calendar.day(of: now)) else { return nil }
        return .revokeTest(TestRevoked(test: number, on: on, decisionNumber: v[.decisionNumber], reason: v[.reason]))
    }

    public func field(for refusal: LedgerError) -> Field? {
        if case .dateInFuture = refusal { return .on }
        return nil
    }
}
