import PPIDModel

/// One field of a form: a line of text or a choice among options.
public struct FormField: Sendable, Equatable {
    /// One option of a choice field: its stored code and its label.
    public struct Choice: Sendable, Equatable {
        public let code: String
        public let label: Phrase

        public init(code: String, label: Phrase) {
            self.code = code
            self.label = label
        }
    }

    public enum Kind: Sendable, Equatable {
        case text(LineEditor)
        case choice([Choice], selected: Int?)
    }

    /// The field's name in its form (the raw value of its spec's `Field` case).
    public internal(set) var id = ""
    public let label: Phrase
    public var kind: Kind
    public var required: Bool
    /// What the value should look like, shown beside an empty field.
    public var hint: Phrase?
    /// Why the value is not accepted, shown at the field.
    public var error: Phrase?
    /// Hidden fields are skipped (the ground of a full grant).
    public var isVisible = true

    public init(label: Phrase, kind: Kind, required: Bool, hint: Phrase? = nil) {
        self.label = label
        self.kind = kind
        self.required = required
        self.hint = hint
    }

    public static func text(_ label: Phrase, value: String = "", required: Bool = false, hint: Phrase? = nil, maxLength: Int = 500) -> FormField {
        FormField(label: label, kind: .text(LineEditor(text: value, maxLength: maxLength)), required: required, hint: hint)
    }

    public static func choice<E: Labelled & RawRepresentable>(_ label: Phrase, _ cases: [E], selected: E? = nil, required: Bool = false) -> FormField where E.RawValue == String {
        let options = cases.map { Choice(code: $0.rawValue, label: $0.label) }
        return FormField(label: label, kind: .choice(options, selected: selected.flatMap { s in cases.firstIndex { $0.rawValue == s.rawValue } }), required: required)
    }

    /// A date and time (`start`: now, as `FormDates.dateTime` writes it), unless the officer sets an earlier one.
    static func dateTime(_ label: Phrase, _ start: String) -> FormField {
        .text(label, value: start, required: true, hint: FormDates.dateTimeHint)
    }

    /// A day, today unless the officer sets an earlier one.
    static func date(_ label: Phrase, _ today: CivilDate) -> FormField {
        .text(label, value: today.description, required: true, hint: FormDates.dateHint)
    }

    /// The text of a text field, trimmed; the code of a choice; "" when empty.
    public var value: String {
        switch kind {
        case .text(let e): e.text.trimmingCharacters(in: .whitespaces)
        case .choice(let options, let selected): selected.map { options[$0].code } ?? ""
        }
    }

    /// Why typing does nothing more: the text field holds its limit of characters; nil otherwise.
    public var fullMessage: Phrase? {
        guard case .text(let e) = kind, let limit = e.maxLength, e.characters.count >= limit else { return nil }
        return Phrase(id: "\(label.id) penuh: paling banyak \(limit) karakter", en: "\(label.en) is full: at most \(limit) characters")
    }

    /// Handles a key meant for this field; true when it used it.
    mutating func handle(_ key: Key, language: Language) -> Bool {
        switch kind {
        case .text(var editor):
            let used = editor.handle(key)
            kind = .text(editor)
            return used
        case .choice(let options, let selected):
            guard !options.isEmpty else { return false }
            switch key {
            case .right, .char(" "):
                kind = .choice(options, selected: ((selected ?? -1) + 1) % options.count)
            case .left:
                kind = .choice(options, selected: ((selected ?? 0) - 1 + options.count) % options.count)
            case .char(let c) where c.isLetter || c.isNumber:
                // The next option whose label starts with that letter, cycling among them.
                let start = (selected ?? -1) + 1
                let order = (0..<options.count).map { (start + $0) % options.count }
                // Options whose label starts with it; when none, those with a word that does
                // (`i` reaches "BPCUI (internal, …)").
                let letter = Character(c.lowercased())
                let words = { (i: Int) in options[i].label(language).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
                let starts = order.filter { options[$0].label(language).lowercased().first == letter }
                let inWords = order.filter { words($0).contains { $0.first == letter } }
                guard let hit = (starts.isEmpty ? inWords : starts).first else { return true }
                kind = .choice(options, selected: hit)
            case .backspace, .delete:
                kind = .choice(options, selected: nil)
            default:
                return false
            }
            return true
        }
    }
}

import Foundation
