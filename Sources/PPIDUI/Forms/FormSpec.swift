import Foundation
import PPIDModel

/// The name of a field of one form: a case of that form's `Field` enum. The cases' order is
/// the fields' order on screen; the raw value is the field's stable name (tests, status lines).
public protocol FormFieldName: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

/// One form, whole in one place: its fields (an enum, in screen order), what each field looks
/// like, when each shows, and the command its values ask for. The rules themselves stay in the
/// model (`refusal(of:_:now:by:)`); a spec only says which of its fields a refusal is about.
///
/// A new form is one new type conforming to this, in its own file under Forms/, and the line
/// that opens it (`Form(MyForm(...))`).
public protocol FormSpec: Sendable, Equatable {
    associatedtype Field: FormFieldName

    var title: Phrase { get }
    /// What one field looks like when the form opens: its label, kind, starting value.
    func field(_ field: Field) -> FormField
    /// Lines shown under the fields (what the choices mean). None unless said.
    var notes: [Phrase] { get }
    /// Whether `field` shows while the form holds `values`. Every field shows unless said.
    func shows(_ field: Field, _ values: FormValues<Field>) -> Bool
    /// The command the values ask for; or nil, with an error marked at each bad field.
    /// Empty required fields are already marked before this runs.
    func command(_ values: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command?
    /// The field a refusal by the rules is about (the date it compares); nil: the focused one.
    func field(for refusal: LedgerError) -> Field?
    /// What the rules allow but the counter doubts, marked at its field (a NIK not of 16
    /// digits, an amount outside the config's range). Nothing unless said.
    func plausibility(_ command: Command, _ values: inout FormValues<Field>, _ env: AppEnvironment)
}

extension FormSpec {
    public var notes: [Phrase] { [] }
    public func shows(_ field: Field, _ values: FormValues<Field>) -> Bool { true }
    public func field(for refusal: LedgerError) -> Field? { nil }
    public func plausibility(_ command: Command, _ values: inout FormValues<Field>, _ env: AppEnvironment) {}
}

/// The values of one form's fields, read and marked by the form's own field names.
public struct FormValues<Field: FormFieldName>: Sendable {
    var fields: [FormField]

    init(_ fields: [FormField]) { self.fields = fields }

    private func index(_ f: Field) -> Int? { fields.firstIndex { $0.id == f.rawValue } }

    /// The text of a text field, trimmed; the code of a choice; "" when empty.
    public subscript(_ f: Field) -> String { index(f).map { fields[$0].value } ?? "" }

    /// The chosen case of a choice field.
    public func choice<E: RawRepresentable>(_ f: Field, as: E.Type = E.self) -> E? where E.RawValue == String {
        E(rawValue: self[f])
    }

    /// Marks a field with why its value is not accepted.
    public mutating func setError(_ f: Field, _ error: Phrase) {
        if let i = index(f) { fields[i].error = error }
    }

    /// A date and time, in the office's zone, not in the future; nil (marked) otherwise, or when empty.
    public mutating func dateTime(_ f: Field, now: Date, calendar: WorkingCalendar) -> Date? {
        let text = self[f]
        guard !text.isEmpty else { return nil }
        guard let d = FormDates.parseDateTime(text, calendar, now: now) else {
            setError(f, Phrase(id: "tulis seperti \(FormDates.dateTime(now, calendar))", en: "write it like \(FormDates.dateTime(now, calendar))"))
            return nil
        }
        // Minutes are what the form shows: "now" rounded down to the minute is not the future.
        guard d.timeIntervalSince(now) < 60 else {
            setError(f, Phrase(id: "tidak boleh di masa depan", en: "cannot be in the future"))
            return nil
        }
        return min(d, now)
    }

    /// A day, not after `today`; nil (marked) otherwise, or when empty.
    public mutating func date(_ f: Field, today: CivilDate) -> CivilDate? {
        let text = self[f]
        guard !text.isEmpty else { return nil }
        guard let d = CivilDate(iso: text) else {
            setError(f, Phrase(id: "tulis seperti \(today)", en: "write it like \(today)"))
            return nil
        }
        guard d <= today else {
            setError(f, Phrase(id: "tidak boleh di masa depan", en: "cannot be in the future"))
            return nil
        }
        return d
    }

    /// Whole rupiah, dots between thousands allowed; more than 0. Marks the field otherwise.
    public mutating func rupiah(_ f: Field) -> Int? {
        let text = self[f]
        guard !text.isEmpty else { return nil }
        guard let amount = Rupiah.parse(text), amount > 0 else {
            setError(f, Phrase(id: "rupiah tanpa koma, lebih dari 0, di bawah 1 triliun, mis. 450000", en: "whole rupiah above 0 and below a trillion, e.g. 450000"))
            return nil
        }
        return amount
    }
}

/// The bridge from a form on screen (`Form`, which holds its spec unnamed) to the spec's typed
/// functions.
extension FormSpec {
    func makeFields() -> [FormField] {
        Field.allCases.map { name in
            var f = field(name)
            f.id = name.rawValue
            return f
        }
    }

    func visibility(_ fields: [FormField]) -> [String: Bool] {
        let values = FormValues<Field>(fields)
        return Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0.rawValue, shows($0, values)) })
    }

    func build(_ fields: inout [FormField], now: Date, calendar: WorkingCalendar) -> Command? {
        var values = FormValues<Field>(fields)
        let command = command(&values, now: now, calendar: calendar)
        fields = values.fields
        return command
    }

    func markPlausibility(_ command: Command, _ fields: inout [FormField], _ env: AppEnvironment) {
        var values = FormValues<Field>(fields)
        plausibility(command, &values, env)
        fields = values.fields
    }

    func fieldName(for refusal: LedgerError) -> String? { field(for: refusal)?.rawValue }

    func names<F: FormFieldName>(_: F.Type) -> Bool { Field.self == F.self }

    func isSame(_ other: any FormSpec) -> Bool { (other as? Self) == self }
}

/// Dates as the forms show and read them, in the office's zone.
enum FormDates {
    static func dateTime(_ d: Date, _ calendar: WorkingCalendar) -> String {
        let t = calendar.local(d)
        return "\(t.date) \(t.clock)"
    }

    static func parseDateTime(_ s: String, _ calendar: WorkingCalendar, now: Date) -> Date? {
        Timestamp.parse(s, defaultOffsetSeconds: calendar.offset(at: now))
    }

    static let dateTimeHint = Phrase(id: "TTTT-BB-HH JJ:MM", en: "YYYY-MM-DD HH:MM")
    static let dateHint = Phrase(id: "TTTT-BB-HH", en: "YYYY-MM-DD")
}
