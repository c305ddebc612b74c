import PPIDModel

/// The requests behind a figure of the month board.
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
        let top = max(0, min(selected - inner.height + 1, rows.count - inner.height))
        for (i, r) in rows.enumerated().dropFirst(top).prefix(inner.height) {
            let days = cal.responseDays(of: r).map { Phrase(id: "\($0) hari", en: "\($0) days")(lang) } ?? ""
            let line = "\(r.number.padded(toWidth: 14)) \(cal.day(of: r.receivedAt)) \(r.channel.shortLabel(lang).padded(toWidth: 9)) \(r.status.label(lang).padded(toWidth: 22)) \(days.padded(toWidth: 8)) \(r.details.requesterName)"
            g.text(line, x: inner.x, y: inner.y + i - top, width: inner.width, style: i == selected ? Theme.selected : .plain)
        }
    }
}
