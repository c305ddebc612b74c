import Foundation
import PPIDModel

/// The pane's rectangle at the current size.
func sampleBody(_ s: AppState, _ env: AppEnvironment) -> Rect {
    Layout.of(s, env).body
}

/// Keeps a sample selected and in view: the one selected, else the first of its column, else
/// the first; scrolls its column (or the list) to show it.
func keepSampleSelectionVisible(_ s: inout AppState, _ env: AppEnvironment) {
    let cards = sampleCards(env.ledger, now: env.now, board: s.samples)
    let geometry = SampleBoardGeometry(body: sampleBody(s, env), board: s.samples)
    guard !cards.isEmpty else {
        s.samples.scrolls = s.samples.scrolls.map { _ in 0 }
        s.samples.listScroll = 0
        return
    }
    var card = cards.first { $0.number == s.samples.selected }
    if card == nil || (!s.samples.listView && card?.column == nil) {
        card = cards.first { $0.column?.rawValue == s.samples.column } ?? cards.first { $0.column != nil } ?? cards.first
    }
    guard let card else { return }
    s.samples.selected = card.number
    if let column = card.column { s.samples.column = column.rawValue }
    // Each column: the selected card in view, and no scrolling past the last card.
    let per = geometry.cardsPerColumn
    for column in SampleColumn.allCases {
        let list = cards.filter { $0.column == column }
        var top = s.samples.scrolls[column.rawValue]
        if column == card.column, let i = list.firstIndex(where: { $0.number == card.number }) {
            if i < top { top = i }
            if i >= top + per { top = i - per + 1 }
        }
        s.samples.scrolls[column.rawValue] = max(0, min(top, list.count - per))
    }
    // The list.
    let page = max(1, geometry.list.height)
    if let i = cards.firstIndex(where: { $0.number == card.number }) {
        if i < s.samples.listScroll { s.samples.listScroll = i }
        if i >= s.samples.listScroll + page { s.samples.listScroll = i - page + 1 }
    }
    s.samples.listScroll = max(0, min(s.samples.listScroll, cards.count - page))
}
