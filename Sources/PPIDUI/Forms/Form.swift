import PPIDModel

/// A form on screen: its fields, which has the focus, and whether anything was typed.
public struct Form: Sendable, Equatable {
    /// What saving the form records.
    public enum Purpose: Sendable, Equatable {
        case register
        case decide(String)
        case extend(String)
        /// `i`: sent back as incomplete, with what is missing.
        case returnIncomplete(String)
        /// `c`: declared complete after being sent back.
        case declareComplete(String)
        case withdraw(String)
        case handOver(String)
        case fileObjection(String)
        case answerObjection(request: String, objection: String)
        case dispute(request: String, objection: String, step: DisputeStep.Kind)
        /// A sample: its registration, one of its steps, or its cancellation.
        case sample(SampleFormPurpose)
    }

    /// What a key did to the form.
    public enum KeyResult: Sendable, Equatable {
        case edited
        case submit
        case cancel
        case ignored
    }

    public let purpose: Purpose
    public let title: Phrase
    public var fields: [FormField]
    public private(set) var focus = 0
    /// True once anything was typed, so leaving asks first.
    public private(set) var isDirty = false
    /// Lines shown under the fields: what the choices mean (the Pasal 35 grounds).
    public var notes: [Phrase] = []

    public init(purpose: Purpose, title: Phrase, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    /// The form with these notes under its fields.
    func with(notes: [Phrase]) -> Form {
        var f = self
        f.notes = notes
        return f
    }

    public subscript(id: String) -> FormField? {
        fields.first { $0.id == id }
    }

    public func value(_ id: String) -> String { self[id]?.value ?? "" }

    /// Sets a field's error (nil clears it).
    public mutating func setError(_ id: String, _ error: Phrase?) {
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

    /// Applies a key: Tab/Down and Shift-Tab/Up move, Enter moves on (saves on the last
    /// field), F2 saves, Esc cancels; the rest goes to the focused field.
    public mutating func handle(_ key: Key, language: Language) -> KeyResult {
        let visible = visibleIndices
        let position = visible.firstIndex(of: focus) ?? 0
        switch key {
        case .tab, .down:
            focus = visible[(position + 1) % visible.count]
        case .backTab, .up:
            focus = visible[(position - 1 + visible.count) % visible.count]
        case .enter:
            if position == visible.count - 1 { return .submit }
            focus = visible[position + 1]
        case .function(2):
            return .submit
        case .escape:
            return .cancel
        default:
            guard fields[focus].handle(key, language: language) else { return .ignored }
            fields[focus].error = nil
            isDirty = true
            refreshVisibility()
        }
        return .edited
    }

    /// Shows the ground only where the outcome needs one.
    mutating func refreshVisibility() {
        guard let ground = fields.firstIndex(where: { $0.id == "ground" }) else { return }
        let outcome = PPIDModel.Outcome(rawValue: value("outcome"))
        fields[ground].isVisible = outcome?.needsGround ?? false
        fields[ground].required = fields[ground].isVisible
    }
}
