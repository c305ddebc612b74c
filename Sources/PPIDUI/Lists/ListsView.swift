import PPIDModel

/// Pane 4: the DIK (every consequence test, in force or not) or the DIP, one row each; `v`
/// switches between them, Enter opens the whole entry with its history.
enum ListsView {
    static func draw(_ g: inout Grid, _ body: Rect, _ s: AppState, _ env: AppEnvironment) {
        let lang = s.language
        let inner = body
        g.text(" " + heading(s.lists.kind, env)(lang), x: inner.x, y: inner.y, width: inner.width, style: Theme.title)
        let (header, rows) = s.lists.kind == .exempt ? exemptRows(env, lang, width: inner.width) : publicRows(env, lang, width: inner.width)
        g.text(header, x: inner.x, y: inner.y + 1, width: inner.width, style: Theme.columnHeader)
        let height = max(1, inner.height - 2)
        guard !rows.isEmpty else {
            let empty = s.lists.kind == .exempt
                ? Phrase(id: "Belum ada uji konsekuensi. n mencatat uji baru.", en: "No consequence test yet. n records a new one.")
                : Phrase(id: "Belum ada entri DIP. n menambah entri; t mencatat keputusan PPID tentang DIP.", en: "No DIP entry yet. n adds one; t records the PPID's decision on the DIP.")
            g.text(" " + empty(lang), x: inner.x, y: inner.y + 2, width: inner.width, style: Theme.hint)
            return
        }
        for (i, row) in rows.enumerated().dropFirst(s.lists.scroll).prefix(height) {
            let style: Style = row.number == s.lists.selected ? Theme.selected : row.inactive ? Theme.hint : row.flagged ? Theme.error : .plain
            g.text(row.text, x: inner.x, y: inner.y + 2 + i - s.lists.scroll, width: inner.width, style: style)
        }
    }

    /// The line over the table: which list, how many, and the DIP's latest decision.
    static func heading(_ kind: ListKind, _ env: AppEnvironment) -> Phrase {
        switch kind {
        case .exempt:
            let inForce = env.ledger.exemptionList(on: env.today).count
            return Phrase(id: "DIK, informasi yang dikecualikan: \(inForce) uji berlaku", en: "DIK, exempt information: \(inForce) tests in force")
        case .public:
            let n = env.ledger.publicList.count
            guard let d = env.ledger.publicListDecisions.last else {
                return Phrase(id: "DIP, informasi publik: \(n) entri; belum ada keputusan PPID", en: "DIP, public information: \(n) entries; no PPID decision yet")
            }
            return Phrase(id: "DIP: \(n) entri; Keputusan PPID \(d.decisionNumber) (\(d.on))", en: "DIP: \(n) entries; PPID decision \(d.decisionNumber) (\(d.on))")
        }
    }

    struct Row {
        let number: String
        let text: String
        /// Revoked, ended, or taken off the list: shown dim.
        let inactive: Bool
        /// At its review date or end: shown as a warning.
        let flagged: Bool
    }

    private static func line(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).map { $0.truncated(toWidth: $1).padded(toWidth: $1) }.joined(separator: " ")
    }

    static func exemptRows(_ env: AppEnvironment, _ lang: Language, width: Int) -> (String, [Row]) {
        let fixed = [8, 6, 0, 22, 10]
        let title = max(10, width - 1 - fixed.reduce(0, +) - fixed.count)
        let widths = [8, 6, title, 22, 10]
        let header = " " + line([Phrase(id: "No.", en: "No.")(lang), Phrase(id: "Dasar", en: "Ground")(lang), Phrase(id: "Informasi", en: "Information")(lang),
                                 Phrase(id: "Jangka waktu", en: "Period")(lang), Phrase(id: "Status", en: "Status")(lang)], widths)
        let today = env.today
        let rows = env.ledger.exemptionEntries.map { e in
            let t = e.test
            let status: Phrase =
                e.revoked != nil ? Phrase(id: "dicabut", en: "revoked")
                : !e.inForce(on: today) && t.decidedOn <= today ? Phrase(id: "berakhir", en: "ended")
                : e.needsReview(on: today) ? Phrase(id: "kaji ulang", en: "review") : Phrase(id: "berlaku", en: "in force")
            let cells = [t.number, "17 \(t.ground.rawValue)", t.title, period(t)(lang), status(lang)]
            return Row(number: t.number, text: " " + line(cells, widths), inactive: e.revoked != nil || !e.inForce(on: today), flagged: e.needsReview(on: today))
        }
        return (header, rows)
    }

    static func publicRows(_ env: AppEnvironment, _ lang: Language, width: Int) -> (String, [Row]) {
        let fixed = [8, 11, 0, 18, 10]
        let summary = max(10, width - 1 - fixed.reduce(0, +) - fixed.count)
        let widths = [8, 11, summary, 18, 10]
        let header = " " + line([Phrase(id: "No.", en: "No.")(lang), Phrase(id: "Jenis", en: "Kind")(lang), Phrase(id: "Ringkasan isi", en: "Summary")(lang),
                                 Phrase(id: "Penguasa", en: "Held by")(lang), Phrase(id: "Bentuk", en: "Form")(lang)], widths)
        let rows = env.ledger.publicListings.map { l in
            let e = l.entry
            let kind = l.removed == nil ? e.kind.label(lang) : Phrase(id: "dikeluarkan", en: "removed")(lang)
            return Row(number: e.number, text: " " + line([e.number, kind, e.summary, e.unit, e.form.label(lang)], widths), inactive: l.removed != nil, flagged: false)
        }
        return (header, rows)
    }
}
