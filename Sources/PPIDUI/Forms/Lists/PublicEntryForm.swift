import Foundation
import PPIDModel

/// `n` and `c` on the DIP: an entry with the columns offices publish (Perki 1/2021; LAW §8),
/// new or updated from a day; the event names what an update changed.
public struct PublicEntryForm: FormSpec {
    /// The entry updated; nil for a new one.
    public let updating: PublicEntry?
    public let today: CivilDate
    /// The number a new entry is offered.
    public let suggestedNumber: String

    public init(updating: PublicEntry? = nil, today: CivilDate, suggestedNumber: String = "") {
        self.updating = updating
        self.today = today
        self.suggestedNumber = suggestedNumber
    }

    public enum Field: String, FormFieldName {
        case number, summary, kind, unit, responsible, madeWhen, madeWhere, form, retention, on
    }

    public var title: Phrase {
        guard let e = updating else { return Phrase(id: "Entri DIP baru", en: "New DIP entry") }
        return Phrase(id: "Perbarui DIP \(e.number)", en: "Update DIP \(e.number)")
    }

    public func field(_ field: Field) -> FormField {
        let e = updating
        switch field {
        case .number: return .text(Phrase(id: "Nomor DIP", en: "DIP number"), value: e?.number ?? suggestedNumber, required: true, maxLength: 40)
        case .summary: return .text(Phrase(id: "Ringkasan isi", en: "Summary"), value: e?.summary ?? "", required: true)
        case .kind: return .choice(Phrase(id: "Jenis", en: "Kind"), PublicKind.allCases, selected: e?.kind ?? .anyTime, required: true)
        case .unit: return .text(Phrase(id: "Pejabat/unit", en: "Official/unit"), value: e?.unit ?? "", required: true)
        case .responsible: return .text(Phrase(id: "Penanggung jawab", en: "Responsible"), value: e?.responsible ?? "", required: true)
        case .madeWhen: return .text(Phrase(id: "Waktu pembuatan", en: "Made when"), value: e?.madeWhen ?? "")
        case .madeWhere: return .text(Phrase(id: "Tempat pembuatan", en: "Made where"), value: e?.madeWhere ?? "")
        case .form: return .choice(Phrase(id: "Bentuk", en: "Form"), PublicForm.allCases, selected: e?.form ?? .both, required: true)
        case .retention: return .text(Phrase(id: "Jangka simpan (JRA)", en: "Retention (JRA)"), value: e?.retention ?? "")
        case .on: return .date(Phrase(id: "Berlaku sejak", en: "In force from"), today)
        }
    }

    /// An update keeps its number.
    public func shows(_ field: Field, _ v: FormValues<Field>) -> Bool { field != .number || updating == nil }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let on = v.date(.on, today: calendar.day(of: now)), let kind = v.choice(.kind, as: PublicKind.self),
              let form = v.choice(.form, as: PublicForm.self) else { return nil }
        let entry = PublicEntry(
            number: updating?.number ?? v[.number], summary: v[.summary], unit: v[.unit], responsible: v[.responsible], madeWhen: v[.madeWhen],
            madeWhere: v[.madeWhere], form: form, retention: v[.retention], kind: kind)
        return .setPublicEntry(entry, on: on)
    }

    public func field(for refusal: LedgerError) -> Field? {
        if case .dateInFuture = refusal { return .on }
        return nil
    }
}

/// `x` on the DIP: an entry taken off the list from a day, with the reason.
public struct RemovePublicEntryForm: FormSpec {
    public let number: String
    public let today: CivilDate

    public init(number: String, today: CivilDate) {
        self.number = number
        self.today = today
    }

    public enum Field: String, FormFieldName {
        case on, reason
    }

    public var title: Phrase { Phrase(id: "Keluarkan DIP \(number)", en: "Take DIP \(number) off the list") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .on: .date(Phrase(id: "Sejak", en: "From"), today)
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"), required: true)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let on = v.date(.on, today: calendar.day(of: now)) else { return nil }
        return .removePublicEntry(PublicEntryRemoved(entry: number, on: on, reason: v[.reason]))
    }
}

/// `t` on the DIP: the PPID's decision establishing or updating the DIP (number, date).
public struct PublicListDecisionForm: FormSpec {
    public let today: CivilDate

    public init(today: CivilDate) {
        self.today = today
    }

    public enum Field: String, FormFieldName {
        case decisionNumber, on
    }

    public var title: Phrase { Phrase(id: "Keputusan PPID tentang DIP", en: "PPID decision on the DIP") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .decisionNumber: .text(Phrase(id: "No. keputusan", en: "Decision no."), required: true)
        case .on: .date(Phrase(id: "Tanggal", en: "Date"), today)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let on = v.date(.on, today: calendar.day(of: now)) else { return nil }
        return .decidePublicList(PublicListDecided(decisionNumber: v[.decisionNumber], on: on))
    }
}
