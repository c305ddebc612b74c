import Foundation
import PPIDModel

/// Draws an overlay over the body: detail, form, confirmation, receipt, help, questions.
enum OverlayView {
    static func draw(_ g: inout Grid, _ body: Rect, _ o: Overlay, _ s: AppState, _ env: AppEnvironment) {
        let lang = s.language
        switch o {
        case .detail(let number, let scroll):
            guard let r = env.ledger.requests[number] else { return }
            g.fill(body)
            let lines = detailLines(r, env, lang, width: body.width - 2)
            let top = min(scroll, max(0, lines.count - body.height))
            for (i, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
                g.text(line.text, x: body.x + 1, y: body.y + i, width: body.width - 2, style: line.style)
            }
        case .sampleDetail(let number, let scroll):
            guard let sample = env.ledger.samples[number] else { return }
            g.fill(body)
            let lines = wrapped(SampleText.detail(sample, env, lang), width: body.width - 2)
            let top = min(scroll, max(0, lines.count - body.height))
            for (i, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
                g.text(line.text, x: body.x + 1, y: body.y + i, width: body.width - 2, style: line.style)
            }
        case .listDetail(let kind, let number, let scroll):
            box(&g, body, title: "\(number) — \(kind.title(lang))", lines: ListsText.detail(kind, number, env, lang), scroll: scroll)
        case .form(let form):
            FormView.draw(&g, body, form, lang)
        case .confirm(let c):
            // Back to the form when there is one beneath (an undo has none).
            let back = s.overlays.dropLast().last.map { if case .form = $0 { true } else { false } } ?? false
                ? Phrase(id: "y = catat     n / Esc = kembali ke isian", en: "y = record     n / Esc = back to the form")
                : Phrase(id: "y = catat     n / Esc = kembali tanpa mencatat", en: "y = record     n / Esc = go back without recording")
            let lines = c.summary.map { $0(lang) } + ["", back(lang)]
            box(&g, body, title: Phrase(id: "Periksa sebelum dicatat", en: "Check before recording")(lang), lines: lines)
        case .receipt(let number, let scroll):
            guard let r = env.ledger.requests[number] else { return }
            box(&g, body, title: Phrase(id: "Tanda bukti permohonan", en: "Request receipt")(lang), lines: receiptLines(r, env, lang), scroll: scroll)
        case .help(let scroll):
            HelpView.draw(&g, body, s, env, scroll: scroll)
        case .drill(let filter, let title, let selected):
            DrillView.draw(&g, body, filter: filter, title: title, selected: selected, s, env)
        case .discardForm:
            box(&g, body, title: Phrase(id: "Buang isian?", en: "Discard the form?")(lang), lines: [
                Phrase(id: "Isian belum disimpan akan hilang.", en: "What you typed has not been saved.")(lang), "",
                Phrase(id: "y = buang     n / Esc = kembali ke isian", en: "y = discard     n / Esc = back to the form")(lang),
            ])
        case .quit:
            box(&g, body, title: Phrase(id: "Keluar?", en: "Quit?")(lang), lines: [
                Phrase(id: "Isian yang belum disimpan akan hilang.", en: "Unsaved input will be lost.")(lang), "",
                Phrase(id: "y = keluar     n / Esc = kembali", en: "y = quit     n / Esc = back")(lang),
            ])
        }
    }

    /// A centred box sized to its lines; a line wider than the screen allows is wrapped.
    /// Lines longer than the box scroll: `scroll` lines are skipped (kept within the text), and
    /// "↓ more" / "↑" marks on the frame say that there is more above or below.
    static func box(_ g: inout Grid, _ body: Rect, title: String, lines: [String], scroll: Int = 0) {
        let rect = boxRect(body, title: title, lines: lines)
        let lines = boxLines(body, title: title, lines: lines)
        let top = min(scroll, max(0, lines.count - (rect.height - 2)))
        g.box(rect, title: title)
        for (i, line) in lines.dropFirst(top).prefix(rect.height - 2).enumerated() {
            g.text(line, x: rect.x + 2, y: rect.y + 1 + i, width: rect.width - 4)
        }
        if top > 0 { g.text(" ↑ ", x: rect.maxX - 5, y: rect.y, width: 3, style: Theme.title) }
        if top + rect.height - 2 < lines.count { g.text(" ↓ ", x: rect.maxX - 5, y: rect.maxY - 1, width: 3, style: Theme.title) }
    }

    static func boxRect(_ body: Rect, title: String, lines: [String]) -> Rect {
        let width = min(body.width - 2, max(title.displayWidth + 6, (lines.map(\.displayWidth).max() ?? 0) + 4))
        let count = lines.flatMap { wrap($0, width: width - 4) }.count
        let height = min(body.height, count + 2)
        return Rect(x: body.x + (body.width - width) / 2, y: body.y + max(0, (body.height - height) / 2), width: width, height: height)
    }

    /// The box's lines as wrapped to its width.
    static func boxLines(_ body: Rect, title: String, lines: [String]) -> [String] {
        let width = min(body.width - 2, max(title.displayWidth + 6, (lines.map(\.displayWidth).max() ?? 0) + 4))
        return lines.flatMap { wrap($0, width: width - 4) }
    }

    /// How far a box of these lines can scroll in `body`.
    static func boxScrollLimit(_ body: Rect, title: String, lines: [String]) -> Int {
        max(0, boxLines(body, title: title, lines: lines).count - (boxRect(body, title: title, lines: lines).height - 2))
    }

    /// The receipt as the box shows it, with its keys below.
    static func receiptLines(_ r: Request, _ env: AppEnvironment, _ lang: Language) -> [String] {
        receiptText(r, ledger: env.ledger, reading: env.reader, officeName: env.officeName)
            + ["", Phrase(id: "p = tulis ke berkas     ↑↓ = gulir     Esc = tutup", en: "p = write to a file     ↑↓ = scroll     Esc = close")(lang)]
    }

    /// The detail of a request as drawn `width` columns wide, long lines wrapped.
    static func detailLines(_ r: Request, _ env: AppEnvironment, _ lang: Language, width: Int) -> [RequestText.Line] {
        wrapped(RequestText.detail(r, env, lang), width: width)
    }

    /// Lines of a detail as drawn `width` columns wide, long ones wrapped in their style.
    static func wrapped(_ lines: [RequestText.Line], width: Int) -> [RequestText.Line] {
        lines.flatMap { line in
            wrap(line.text, width: width).map { RequestText.Line(text: $0, style: line.style) }
        }
    }

    /// `text` broken at spaces into lines at most `width` columns wide, each continuation
    /// indented two more than the text. A word wider than a line stays whole (and is cut
    /// with "…" when drawn); the spaces inside a line are kept, so columns stay aligned.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, text.displayWidth > width else { return [text] }
        let indent = String(repeating: " ", count: min(width / 2, text.prefix { $0 == " " }.count + 2))
        var lines: [String] = []
        var rest = Substring(text)
        var prefix = ""
        while (prefix + rest).displayWidth > width {
            // The last space after the leading ones where the part before it still fits.
            var used = prefix.displayWidth, cut: Substring.Index?, seenWord = false
            for i in rest.indices {
                if rest[i] == " " { if seenWord { cut = i } } else { seenWord = true }
                used += rest[i].displayWidth
                if used > width { break }
            }
            guard let cut else { break }
            lines.append(prefix + rest[..<cut])
            rest = rest[cut...].drop { $0 == " " }
            prefix = indent
        }
        lines.append(prefix + rest)
        return lines
    }
}

/// A form: a label and a value per field, the focused one marked, errors in words at the field.
enum FormView {
    static func draw(_ g: inout Grid, _ body: Rect, _ form: Form, _ lang: Language) {
        g.box(body, title: form.title(lang))
        let labelWidth = 20
        let inner = body.inset(by: 1)
        let visible = form.visibleIndices
        let valueX = inner.x + 2 + labelWidth + 1
        // The width there is: the field runs to the box's edge, less room for its error.
        let fullWidth = max(10, inner.maxX - valueX)
        let rows = inner.height - 1
        let marks = form.fields.map { f in f.error.map { "← " + $0(lang) } }
        let widths = marks.map { mark in
            mark.map { max(10, min(fullWidth, inner.maxX - $0.displayWidth - 1 - valueX)) } ?? fullWidth
        }
        // A focused choice shows its whole option, wrapped; every other field takes a line.
        let lines = visible.map { index in
            guard index == form.focus, case .choice = form.fields[index].kind else { return [String]() }
            return OverlayView.wrap(choiceText(form.fields[index], lang), width: widths[index])
        }
        let heights = lines.map { max(1, $0.count) }
        let focusAt = visible.firstIndex(of: form.focus) ?? 0
        var first = 0
        while first < focusAt, heights[first...focusAt].reduce(0, +) > rows { first += 1 }
        var y = inner.y
        for (position, index) in visible.enumerated().dropFirst(first) where y < inner.y + rows {
            let f = form.fields[index]
            let focused = index == form.focus
            let label = (focused ? "▶ " : "  ") + f.label(lang) + (f.required ? " *" : "")
            g.text(label, x: inner.x, y: y, width: labelWidth + 2, style: focused ? Theme.focused : Theme.label)
            let (mark, valueWidth) = (marks[index], widths[index])
            switch f.kind {
            case .text(let editor) where focused:
                let shown = editor.visible(width: valueWidth)
                g.text(shown.text, x: valueX, y: y, width: valueWidth, style: Theme.field)
                g.cursor = (valueX + shown.cursorColumn, y)
            case .text(let editor):
                // Left, the field shows the start of its text: the end only while it is edited.
                g.text(editor.text.truncated(toWidth: valueWidth), x: valueX, y: y, width: valueWidth, style: Theme.field)
                if editor.text.isEmpty, let hint = f.hint { g.text(hint(lang), x: valueX, y: y, width: valueWidth, style: Theme.hint) }
            case .choice where focused:
                for (i, line) in lines[position].enumerated() where y + i < inner.y + rows {
                    g.text(line, x: valueX, y: y + i, width: valueWidth, style: Theme.title)
                }
            case .choice:
                g.text(choiceText(f, lang), x: valueX, y: y, width: valueWidth, style: .plain)
            }
            if let mark {
                // Right of the value, never cut to "← waj…".
                let x = max(valueX, min(valueX + valueWidth + 1, inner.maxX - mark.displayWidth))
                g.text(mark, x: x, y: y, width: max(0, inner.maxX - x), style: Theme.error)
            }
            y += heights[position]
        }
        let notesTop = y + 1
        // The notes below the fields, as many as there is room for above the tip.
        let notes = form.notes.enumerated().flatMap { i, note in OverlayView.wrap(note(lang), width: inner.width - 3).map { ($0, i == 0) } }
        for (i, (note, first)) in notes.enumerated() where notesTop + i < inner.maxY - 1 {
            g.text(note, x: inner.x + 2, y: notesTop + i, width: inner.width - 3, style: first ? Theme.title : Theme.hint)
        }
        let tip = Phrase(id: "* wajib · Tab/↓ pindah · ←→ atau huruf awal memilih · F2 simpan · Esc batal",
                         en: "* required · Tab/↓ next · ←→ or first letter chooses · F2 saves · Esc cancels")
        g.text(tip(lang), x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, style: Theme.hint)
    }

    /// A choice's option between its arrows, or the prompt to choose one.
    static func choiceText(_ f: FormField, _ lang: Language) -> String {
        guard case .choice(let options, let selected) = f.kind else { return "" }
        return selected.map { "◀ " + options[$0].label(lang) + " ▶" } ?? Phrase(id: "◀ pilih ▶", en: "◀ choose ▶")(lang)
    }
}
