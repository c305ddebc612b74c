import Foundation
import PPIDModel

/// `w`: the requester withdraws the request.
public struct WithdrawalForm: FormSpec {
    public let number: String
    /// Now, as the form shows it: the time the form starts with.
    public let now: String

    public init(number: String, now: Date, calendar: WorkingCalendar) {
        self.number = number
        self.now = FormDates.dateTime(now, calendar)
    }

    public enum Field: String, FormFieldName {
        case when, reason
    }

    public var title: Phrase { Phrase(id: "Pencabutan \(number)", en: "Withdrawal of \(number)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu dicabut", en: "Withdrawn at"), self.now)
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .withdraw(RequestWithdrawn(request: number, withdrawnAt: when, reason: v[.reason]))
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .withdrawnBeforeReceipt, .dateInFuture: .when
        default: nil
        }
    }
}
