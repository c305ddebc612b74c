import Foundation
import PPIDModel

/// Where the board's parts go inside the pane: the filter line, the column titles, the columns.
struct SampleBoardGeometry {
    /// Lines a card takes, and the blank line between cards.
    static let cardHeight = 5
    static let cardGap = 1

    let filterLine: Rect?
    let header: Rect
    /// The cards' area of each column, left to right.
    let columns: [Rect]
    /// The list view's rows (below its header).
    let list: Rect

    init(body: Rect, board: SampleBoardState) {
        var area = body
        if board.isFiltering || !board.filter.text.isEmpty {
            let split = area.splitTop(1)
            filterLine = split.top
            area = split.rest
        } else {
            filterLine = nil
        }
        let (head, rest) = area.splitTop(1)
        header = head
        list = rest
        // Five columns with a rule between them; the first ones take any spare column.
        let count = SampleColumn.allCases.count
        let usable = max(0, area.width - (count - 1))
        var x = area.x
        var rects: [Rect] = []
        for i in 0..<count {
            let w = usable / count + (i < usable % count ? 1 : 0)
            rects.append(Rect(x: x, y: rest.y, width: w, height: rest.height))
            x += w + 1
        }
        columns = rects
    }

    /// Whole cards a column shows at once.
    var cardsPerColumn: Int {
        max(1, ((columns.first?.height ?? 0) + Self.cardGap) / (Self.cardHeight + Self.cardGap))
    }
}

/// Pane 2: the sample board — a column per stage, a card per sample — or, with `v`, a list.
enum SampleBoardView {
    static func draw(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        let lang = s.language
        let board = s.samples
        let geometry = SampleBoardGeometry(body: r, board: board)
        let cards = sampleCards(env.ledger, now: env.now, board: board)
        if let line = geometry.filterLine { drawFilter(&g, line, board, lang) }
        if board.listView {
            SampleListView.draw(&g, header: geometry.header, rows: geometry.list, cards: cards, s)
        } else {
            drawColumns(&g, geometry, cards: cards, s)
        }
        if cards.isEmpty { drawEmpty(&g, geometry.list, board, lang) }
    }

    static func drawFilter(_ g: inout Grid, _ line: Rect, _ board: SampleBoardState, _ lang: Language) {
        let x = g.put(Phrase(id: "Cari: ", en: "Find: ")(lang), x: line.x + 1, y: line.y, style: Theme.title)
        let field = board.filter.visible(width: max(1, line.maxX - x - 1))
        g.text(field.text, x: x, y: line.y, width: line.maxX - x - 1, style: Theme.field)
        if board.isFiltering { g.cursor = (x + field.cursorColumn, line.y) }
    }

    static func drawEmpty(_ g: inout Grid, _ area: Rect, _ board: SampleBoardState, _ lang: Language) {
        let text = board.filter.text.isEmpty
            ? Phrase(id: "Belum ada sampel dalam proses. Tekan n untuk mendaftarkan surat permintaan uji; pada Antrian, s membuat permintaan dari permohonan pengujian.",
                     en: "No samples in progress. Press n to register a testing request letter; on the queue, s starts one from a testing request.")
            : Phrase(id: "Tidak ada sampel yang cocok. Esc menghapus saringan.", en: "No sample matches. Esc clears the filter.")
        g.fill(area)
        for (i, line) in OverlayView.wrap(text(lang), width: area.width - 2).enumerated() where i + 1 < area.height {
            g.text(line, x: area.x + 1, y: area.y + 1 + i, width: area.width - 2, style: Theme.hint)
        }
    }

    static func drawColumns(_ g: inout Grid, _ geometry: SampleBoardGeometry, cards: [SampleCard], _ s: AppState) {
        let lang = s.language
        let perColumn = geometry.cardsPerColumn
        for column in SampleColumn.allCases {
            let rect = geometry.columns[column.rawValue]
            let list = cards.filter { $0.column == column }
            let scroll = min(s.samples.scrolls[column.rawValue], max(0, list.count - perColumn))
            let below = max(0, list.count - scroll - perColumn)
            // The title with its count; arrows say cards are hidden above or below.
            let arrows = (scroll > 0 ? "↑" : "") + (below > 0 ? "↓" : "")
            let count = " \(list.count)" + (arrows.isEmpty ? "" : " " + arrows)
            let title = column.title(lang).truncated(toWidth: max(1, rect.width - count.displayWidth - 1))
            g.text(" " + title + count, x: rect.x, y: geometry.header.y, width: rect.width, style: Theme.columnHeader)
            if column.rawValue > 0 {
                g.put("│", x: rect.x - 1, y: geometry.header.y, style: Theme.hint)
                for y in rect.y..<rect.maxY { g.put("│", x: rect.x - 1, y: y, style: Theme.hint) }
            }
            for (i, card) in list.dropFirst(scroll).prefix(perColumn).enumerated() {
                let y = rect.y + i * (SampleBoardGeometry.cardHeight + SampleBoardGeometry.cardGap)
                drawCard(&g, card, x: rect.x, y: y, width: rect.width, selected: card.number == s.samples.selected && s.top == nil, lang)
            }
            // The spare line under the last card, when there is one, says how many more.
            let used = perColumn * (SampleBoardGeometry.cardHeight + SampleBoardGeometry.cardGap) - SampleBoardGeometry.cardGap
            if below > 0, rect.height > used {
                g.text(" " + Phrase(id: "↓ \(below) lagi", en: "↓ \(below) more")(lang), x: rect.x, y: rect.maxY - 1, width: rect.width, style: Theme.hint)
            }
        }
    }

    /// Five lines: number, customer, commodity, what it waits for, time against the standard.
    static func drawCard(_ g: inout Grid, _ c: SampleCard, x: Int, y: Int, width: Int, selected: Bool, _ lang: Language) {
        let inner = width - 1
        let late = c.waiting?.isLate ?? false
        let lines: [(String, Style)] = [
            (c.number, selected ? Theme.selected : Theme.title),
            (c.customer(width: inner), selected ? Theme.selected : .plain),
            (c.commodity, selected ? Theme.selected : .plain),
            (c.stage(lang, width: inner), selected ? Theme.selected : (c.billingExpired ? Theme.overdue : Theme.hint)),
            (c.waiting.map { Durations.against($0, lang, width: inner) } ?? "", selected ? Theme.selected : (late ? Theme.overdue : .plain)),
        ]
        for (i, (text, style)) in lines.enumerated() {
            g.text(" " + text, x: x, y: y + i, width: width, style: style)
        }
    }
}
