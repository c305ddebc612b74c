import PPIDModel

/// `v`: the samples one per line, for small terminals and long boards.
enum SampleListView {
    static func draw(_ g: inout Grid, header: Rect, rows: Rect, cards: [SampleCard], _ s: AppState) {
        let lang = s.language
        let columns = Columns(width: header.width)
        let scroll = min(s.samples.listScroll, max(0, cards.count - rows.height))
        let info = cards.count > rows.height ? "\(min(cards.count, scroll + rows.height))/\(cards.count)" : ""
        let lastTitle = Phrase(id: "Waktu / baku", en: "Time / std")(lang)
        columns.draw(&g, y: header.y, x: header.x, cells: [
            Phrase(id: "No. BPCU", en: "Number")(lang), Phrase(id: "Pelanggan", en: "Customer")(lang),
            Phrase(id: "Komoditas", en: "Commodity")(lang), Phrase(id: "Menunggu", en: "Waiting for")(lang),
            info.isEmpty ? lastTitle : "",
        ], style: Theme.columnHeader)
        if !info.isEmpty { g.text(info, x: header.maxX - info.count - 1, y: header.y, width: info.count, style: Theme.hint) }
        for (i, card) in cards.dropFirst(scroll).prefix(rows.height).enumerated() {
            let selected = card.number == s.samples.selected && s.top == nil
            let late = card.waiting?.isLate ?? false
            let base: Style = card.column == nil ? Theme.closed : .plain
            let time = card.waiting.map { Durations.against($0, lang, width: columns.widths.last ?? 0) } ?? ""
            columns.draw(&g, y: rows.y + i, x: rows.x, cells: [
                card.number, card.customer(width: columns.widths[1]), card.commodity, card.stage(lang, width: columns.widths[3]), time,
            ], style: selected ? Theme.selected : base, lastStyle: selected ? Theme.selected : (late ? Theme.overdue : base),
                         stageStyle: selected ? Theme.selected : (card.billingExpired ? Theme.overdue : base))
        }
    }

    /// Column widths: number, customer, commodity, waiting for, time; customer and commodity
    /// share what the others leave, three to two.
    struct Columns {
        let widths: [Int]

        init(width: Int) {
            let rest = max(22, width - (14 + 14 + 13) - 6)
            let customer = max(8, rest * 3 / 5)
            widths = [14, customer, rest - customer, 14, 13]
        }

        func draw(_ g: inout Grid, y: Int, x: Int, cells: [String], style: Style, lastStyle: Style? = nil, stageStyle: Style? = nil) {
            var cx = x + 1
            g.fill(Rect(x: x, y: y, width: widths.reduce(0, +) + widths.count + 1, height: 1), style: style)
            for (i, (cell, w)) in zip(cells, widths).enumerated() {
                let cellStyle = i == cells.count - 1 ? (lastStyle ?? style) : (i == 3 ? (stageStyle ?? style) : style)
                g.text(cell, x: cx, y: y, width: w, style: cellStyle)
                cx += w + 1
            }
        }
    }
}
