import PPIDModel

/// `h`: the information is handed over to the requester.
public typealias HandOverForm = RequestDayForm<HandOverStep>

public enum HandOverStep: RequestDayStep {
    public enum Field: String, FormFieldName {
        case date, note
    }

    public static func title(_ number: String) -> Phrase {
        Phrase(id: "Penyerahan informasi \(number)", en: "Hand-over of \(number)")
    }

    public static func field(_ field: Field, today: CivilDate) -> FormField {
        switch field {
        case .date: .date(Phrase(id: "Tanggal", en: "Date"), today)
        case .note: .text(Phrase(id: "Catatan", en: "Note"))
        }
    }

    public static func command(_ number: String, _ v: inout FormValues<Field>, today: CivilDate) -> Command? {
        guard let d = v.date(.date, today: today) else { return nil }
        return .handOver(InformationHandedOver(request: number, handedOverOn: d, note: v[.note]))
    }

    public static func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .handoverBeforeNotice, .dateInFuture: .date
        default: nil
        }
    }
}
