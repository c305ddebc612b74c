import Foundation
import PPIDModel

/// A form on screen: the spec it was made from (one type per form, under Forms/), its fields
/// as typed so far, which has the focus, and whether anything was typed.
public struct Form: Sendable, Equatable {
    /// What the form is: its fields, their visibility and its command (see `FormSpec`).
    public let spec: any FormSpec

    /// What a form binding asks of the form.
    public enum FormOperation: Sendable, Equatable {
        case nextField, previousField
        /// On to the next field; on the last one, check and save.
        case advance
        case save, cancel
        /// A key for the focused field: typed, or choosing an option.
        case type(Key)
    }

    /// What a key did to the form.
    public enum KeyResult: Sendable, Equatable {
        case edited
        case submit
        case cancel
        case ignored
    }

    public let title: Phrase
    public internal(set) var fields: [FormField]
    public private(set) var focus = 0
    /// True once anything was typed, so leaving asks first.
    public private(set) var isDirty = false
    /// Lines shown under the fields: what the choices mean (the Pasal 35 grounds).
    public let notes: [Phrase]

    public init<Spec: FormSpec>(_ spec: Spec) {
        self.spec = spec
        title = spec.title
        notes = spec.notes
        fields = spec.makeFields()
        refreshVisibility()
    }

    public static func == (a: Form, b: Form) -> Bool {
        a.spec.isSame(b.spec) && a.fields == b.fields && a.focus == b.focus && a.isDirty == b.isDirty
    }

    /// The spec, when it is of this type.
    public func spec<Spec: FormSpec>(as: Spec.Type) -> Spec? { spec as? Spec }

    /// A field by its form's own name (`form[DecisionForm.Field.ground]`); nil when the form is another.
    public subscript<F: FormFieldName>(_ name: F) -> FormField? {
        guard spec.names(F.self) else { return nil }
        return fields.first { $0.id == name.rawValue }
    }

    public func value<F: FormFieldName>(_ name: F) -> String { self[name]?.value ?? "" }

    mutating func setError(named id: String, _ error: Phrase?) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[i].error = error
    }

    public mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
    }

    /// Moves the focus to the first field with an error.
    public mutating func focusFirstError() {
        if let i = fields.firstIndex(where: { $0.error != nil && $0.isVisible }) { focus = i }
    }

    var visibleIndices: [Int] { fields.indices.filter { fields[$0].isVisible } }

    /// Does what a form binding asks (the key map says which key asks what); a key no
    /// binding holds is typed into the focused field.
    public mutating func perform(_ operation: FormOperation, language: Language) -> KeyResult {
        let visible = visibleIndices
        let position = visible.firstIndex(of: focus) ?? 0
        switch operation {
        case .nextField:
            focus = visible[(position + 1) % visible.count]
        case .previousField:
            focus = visible[(position - 1 + visible.count) % visible.count]
        case .advance:
            if position == visible.count - 1 { return .submit }
            focus = visible[position + 1]
        case .save:
            return .submit
        case .cancel:
            return .cancel
        case .type(let key):
            guard fields[focus].handle(key, language: language) else { return .ignored }
            fields[focus].error = nil
            isDirty = true
            refreshVisibility()
        }
        return .edited
    }

    /// Shows each field as its spec says for the values typed so far.
    mutating func refreshVisibility() {
        let shown = spec.visibility(fields)
        for i in fields.indices { fields[i].isVisible = shown[fields[i].id] ?? true }
    }

    /// The command the form's values ask for; or nil, with an error marked at each bad field.
    public mutating func command(now: Date, calendar: WorkingCalendar) -> Command? {
        clearErrors()
        for i in fields.indices where fields[i].isVisible && fields[i].required && fields[i].value.isEmpty {
            fields[i].error = Phrase(id: "wajib diisi", en: "required")
        }
        let command = spec.build(&fields, now: now, calendar: calendar)
        if fields.contains(where: { $0.error != nil && $0.isVisible }) {
            focusFirstError()
            return nil
        }
        return command
    }
}
