import Foundation
import PPIDModel

/// Pane 1: the intake queue, one request per line, most urgent first.
enum QueueView {
    static func draw(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        let lang = s.language
        let rows = env.queueRows(s.queue)
        let filterLine = s.queue.isFiltering || !s.queue.filter.text.isEmpty
        var area = r
        if filterLine {
            let (top, rest) = area.splitTop(1)
            area = rest
            let label = Phrase(id: "Cari: ", en: "Find: ")(lang)
            let x = g.put(label, x: top.x + 1, y: top.y, style: Theme.title)
            let field = s.queue.filter.visible(width: max(1, top.maxX - x - 1))
            g.text(field.text, x: x, y: top.y, width: top.maxX - x - 1, style: Theme.field)
            if s.queue.isFiltering { g.cursor = (x + field.cursorColumn, top.y) }
        }
        let (head, list) = area.splitTop(1)
        // A long status message shortens the list: the selected row stays in it.
        let selectedIndex = s.queue.selected.flatMap { rows.position(of: $0, in: env.ledger) } ?? 0
        let scroll = min(max(s.queue.scroll, selectedIndex - list.height + 1), max(0, rows.count - list.height))
        let shown = rows.rows(scroll..<(scroll + list.height), in: env.ledger)
        let columns = Columns(width: area.width, numbers: shown.map(\.number))
        let lastTitle = Phrase(id: "Sisa hari kerja", en: "Days left")(lang)
        columns.draw(&g, y: head.y, x: head.x, cells: [
            Phrase(id: "No. Daftar", en: "Number")(lang), Phrase(id: "Diterima", en: "Received")(lang),
            Phrase(id: "Saluran", en: "Channel")(lang), Phrase(id: "Pemohon", en: "Requester")(lang),
            Phrase(id: "Topik", en: "Topic")(lang), lastTitle,
        ], style: Theme.columnHeader)
        if rows.isEmpty {
            let empty = s.queue.filter.text.isEmpty && !s.queue.urgentOnly
                ? Phrase(id: "Tidak ada permohonan terbuka. Tekan n untuk mendaftarkan permohonan baru, a untuk melihat yang selesai.", en: "No open requests. Press n to register a new one, a to see closed ones.")
                : noMatchHint(s.queue)
            for (i, line) in OverlayView.wrap(empty(lang), width: list.width - 2).enumerated() {
                g.text(line, x: list.x + 1, y: list.y + 1 + i, width: list.width - 2, style: Theme.hint)
            }
            return
        }
        for (i, row) in shown.enumerated() {
            let y = list.y + i
            // No choice yet (the first screen): the top row is the one Enter opens.
            let isSelected = row.number == (s.queue.selected ?? rows.row(0, in: env.ledger).number) && s.top == nil
            let (left, style) = standing(row, lang)
            let base: Style = row.standing == nil ? Theme.closed : .plain
            columns.draw(&g, y: y, x: list.x, cells: [
                row.number, row.received.description, row.channel.shortLabel(lang), row.requester, kindLabel(row)(lang), left,
            ], style: isSelected ? Theme.selected : base, lastStyle: isSelected ? Theme.selected : style)
        }
    }

    /// What the tabs line says at its right of the queue's rows: which are shown, of how many,
    /// and what the list holds ("1–18 dari 80 terbuka", "6 baris terbuka").
    static func countText(_ s: AppState, _ env: AppEnvironment, short: Bool = false) -> Phrase {
        let rows = env.queueRows(s.queue)
        let height = Layout.of(s, env).listHeight
            - (s.queue.isFiltering || !s.queue.filter.text.isEmpty ? 1 : 0)
        let scroll = min(s.queue.scroll, max(0, rows.count - height))
        let which = s.queue.urgentOnly ? Phrase(id: "mendesak", en: "urgent") : s.queue.showClosed ? Phrase(id: "semua", en: "in all") : Phrase(id: "terbuka", en: "open")
        guard rows.count > height else {
            let en = s.queue.showClosed && !s.queue.urgentOnly
                ? English.count(rows.count, "row") + " in all" : English.count(rows.count, "\(which.en) row")
            return Phrase(id: "\(rows.count) baris \(which.id)", en: en)
        }
        let last = min(rows.count, scroll + height)
        if short { return Phrase(id: "\(scroll + 1)–\(last) dari \(rows.count)", en: "\(scroll + 1)–\(last) of \(rows.count)") }
        return Phrase(id: "\(scroll + 1)–\(last) dari \(rows.count) \(which.id)", en: "\(scroll + 1)–\(last) of \(rows.count) \(which.en)")
    }

    /// Nothing matches: the keys that would widen the list, and only those.
    static func noMatchHint(_ q: QueueState) -> Phrase {
        var id: [String] = [], en: [String] = []
        if !q.filter.text.isEmpty { id.append("Esc menghapus pencarian"); en.append("Esc clears the search") }
        if q.urgentOnly { id.append("t menampilkan juga yang belum mendesak"); en.append("t shows those not yet urgent too") }
        if !q.showClosed { id.append("a menampilkan juga yang selesai"); en.append("a shows closed ones too") }
        return Phrase(id: "Tidak ada yang cocok. " + id.joined(separator: "; ") + ".", en: "Nothing matches. " + en.joined(separator: "; ") + ".")
    }

    private static func days(_ n: Int) -> String { n == 1 ? "day" : "days" }

    /// The topic of a request row; "Keberatan" or "Sengketa" for the others, "TELAT" when
    /// filed after its period (Pasal 36(1), 37(2)).
    static func kindLabel(_ row: QueueRow) -> Phrase {
        switch (row.kind, row.filedLate) {
        case (.request, _): row.topic.label
        case (.objection, false): Phrase(id: "Keberatan", en: "Objection")
        case (.objection, true): Phrase(id: "Keb. TELAT", en: "Obj. LATE")
        case (.dispute, false): Phrase(id: "Sengketa", en: "Dispute")
        case (.dispute, true): Phrase(id: "Sgk. TELAT", en: "Disp. LATE")
        }
    }

    /// The last column: days left with a word for due soon, overdue and extended.
    static func standing(_ row: QueueRow, _ lang: Language) -> (String, Style) {
        let ext = row.extended ? " +7" : ""
        switch row.standing {
        case .onTrack(let d)?: return (Phrase(id: "\(d) hari", en: "\(d) \(days(d))")(lang) + ext, .plain)
        case .dueSoon(0)?: return (Phrase(id: "HARI INI", en: "DUE TODAY")(lang) + ext, Theme.dueSoon)
        case .dueSoon(let d)?: return (Phrase(id: "\(d) hari SEGERA", en: "\(d) \(days(d)) SOON")(lang) + ext, Theme.dueSoon)
        case .overdue(let d)?: return (Phrase(id: "LEWAT \(d) hari", en: "OVERDUE \(d) \(days(d))")(lang) + ext, Theme.overdue)
        case nil: return (row.status.label(lang), Theme.closed)
        }
    }

    /// Column widths: the number column is as wide as the widest number shown (13 to 24, so a
    /// number is never cut), the last one holds a closed request's whole status ("Dikabulkan
    /// Sebagian") from 100 columns, the requester takes what the others leave.
    struct Columns {
        let widths: [Int]

        init(width: Int, numbers: [String] = []) {
            let number = min(24, max(13, numbers.map(\.displayWidth).max() ?? 0))
            let last = width >= 100 ? 22 : 16
            let fixed = [number, 10, 8, 0, 11, last]
            let requester = max(8, width - fixed.reduce(0, +) - fixed.count - 1)
            widths = [number, 10, 8, requester, 11, last]
        }

        func draw(_ g: inout Grid, y: Int, x: Int, cells: [String], style: Style, lastStyle: Style? = nil) {
            var cx = x + 1
            g.fill(Rect(x: x, y: y, width: widths.reduce(0, +) + widths.count + 1, height: 1), style: style)
            for (i, (cell, w)) in zip(cells, widths).enumerated() {
                g.text(cell, x: cx, y: y, width: w, style: i == cells.count - 1 ? (lastStyle ?? style) : style)
                cx += w + 1
            }
        }
    }
}
