import PPIDModel

/// `e`: the one extension of a request (Pasal 22(8)): the date of the extension letter and its
/// written reason. The rules refuse a letter dated after the original 10 days.
public typealias ExtensionForm = RequestDayForm<ExtensionStep>

public enum ExtensionStep: RequestDayStep {
    public enum Field: String, FormFieldName {
        case reason, on
    }

    public static func title(_ number: String) -> Phrase {
        Phrase(id: "Perpanjangan \(number) (+7 hari kerja)", en: "Extend \(number) (+7 working days)")
    }

    public static func field(_ field: Field, today: CivilDate) -> FormField {
        switch field {
        case .on: .date(Phrase(id: "Tanggal surat", en: "Letter date"), today)
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"), required: true)
        }
    }

    public static func command(_ number: String, _ v: inout FormValues<Field>, today: CivilDate) -> Command? {
        guard let on = v.date(.on, today: today) else { return nil }
        return .extend(RequestExtended(request: number, reason: v[.reason], on: on))
    }

    public static func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .extensionAfterDeadline, .extensionBeforeReceipt, .dateInFuture: .on
        case .requiredFieldEmpty: .reason
        default: nil
        }
    }
}
