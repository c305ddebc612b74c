import PPIDModel

/// The requests behind a figure of the month board: a heading over each column, the
/// requester's whole name where the width allows.
enum DrillView {
    static func draw(_ g: inout Grid, _ body: Rect, filter: RecapFilter, title: Phrase, selected: Int, _ s: AppState, _ env: AppEnvironment) {
        let lang = s.language
        let rows = env.cache.drillRows(env.ledger, filter: filter)
        g.box(body, title: title(lang) + " — \(rows.count)")
        let inner = body.inset(by: 1)
        guard !rows.isEmpty else {
            g.text(Phrase(id: "Tidak ada permohonan.", en: "No requests.")(lang), x: inner.x + 1, y: inner.y, width: inner.width - 2, style: Theme.hint)
            return
        }
        let cal = env.calendar
        // Number as wide as the widest; the status whole (22) from 100 columns, else 16.
        let number = max(13, rows.map(\.number.displayWidth).max() ?? 13)
        let status = inner.width >= 98 ? 22 : 16
        let widths = [number, 10, 9, status, 8]
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.truncated(toWidth: $1).padded(toWidth: $1) }.joined(separator: " ") + " " + (cells.last ?? "")
        }
        let heading = line([Phrase(id: "No. Daftar", en: "Number")(lang), Phrase(id: "Diterima", en: "Received")(lang), Phrase(id: "Saluran", en: "Channel")(lang),
                            Phrase(id: "Status", en: "Status")(lang), Phrase(id: "Waktu", en: "Time")(lang), Phrase(id: "Pemohon", en: "Requester")(lang)])
        g.text(heading, x: inner.x, y: inner.y, width: inner.width, style: Theme.columnHeader)
        let height = max(1, inner.height - 1)
        let top = max(0, min(selected - height + 1, rows.count - height))
        for (i, r) in rows.enumerated().dropFirst(top).prefix(height) {
            let days = cal.responseDays(of: r).map { Phrase(id: "\($0) hari", en: English.count($0, "day"))(lang) } ?? ""
            let text = line([r.number, cal.day(of: r.receivedAt).description, r.channel.shortLabel(lang), r.status.label(lang), days, r.details.requesterName])
            g.text(text, x: inner.x, y: inner.y + 1 + i - top, width: inner.width, style: i == selected ? Theme.selected : .plain)
        }
    }
}
