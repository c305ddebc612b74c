import Foundation
import PPIDModel

extension Form {
    /// Fills the fields from text typed elsewhere (the web's request form), by field name:
    /// a text field takes the text, a choice the option with that code. A text longer than the
    /// field takes, or a code no option has, is marked at its field, as the counter's editor
    /// would have stopped it. Names the form does not have are ignored.
    public mutating func fill(_ values: [String: String]) {
        for i in fields.indices {
            guard let value = values[fields[i].id] else { continue }
            switch fields[i].kind {
            case .text(let editor):
                if let limit = editor.maxLength, value.count > limit {
                    fields[i].kind = .text(LineEditor(text: String(value.prefix(limit)), maxLength: limit))
                    fields[i].error = Phrase(id: "paling banyak \(limit) karakter", en: "at most \(limit) characters")
                } else {
                    fields[i].kind = .text(LineEditor(text: value, maxLength: editor.maxLength))
                }
            case .choice(let options, _):
                if value.isEmpty {
                    fields[i].kind = .choice(options, selected: nil)
                } else if let hit = options.firstIndex(where: { $0.code == value }) {
                    fields[i].kind = .choice(options, selected: hit)
                } else {
                    fields[i].error = Phrase(id: "pilihan tidak dikenal", en: "unknown choice")
                }
            }
        }
        refreshVisibility()
    }

    /// The form's command once the form and the rules accept it, as the counter's `y` checks it;
    /// otherwise nil with every problem marked at once (the counter marks the required fields
    /// first; a web page shows them together with what the form's own checks doubt).
    public mutating func checkedAll(_ env: AppEnvironment) -> Command? {
        let filled = fields
        let marksBefore = fields.map(\.error)
        if let command = checkedCommand(env) {
            // A value `fill` had to cut or refuse is a problem even when the rest builds.
            guard marksBefore.allSatisfy({ $0 == nil }) else { restore(marksBefore); return nil }
            return command
        }
        var marked = filled
        if let built = spec.build(&marked, now: env.now, calendar: env.calendar) { spec.markPlausibility(built, &marked, env) }
        // What `fill` cut or refused says most: it comes first at its field.
        for i in fields.indices { fields[i].error = marksBefore[i] ?? fields[i].error ?? marked[i].error }
        return nil
    }

    private mutating func restore(_ marks: [Phrase?]) {
        for i in fields.indices where fields[i].error == nil { fields[i].error = marks[i] }
    }
}
