import Foundation
import PPIDModel

/// Keys of the sample board: move between cards and columns, switch views, filter, act.
func sampleBoardKey(_ s: inout AppState, _ key: Key, _ env: AppEnvironment) -> [Effect] {
    keepSampleSelectionVisible(&s, env)
    let cards = sampleCards(env.ledger, now: env.now, board: s.samples)
    let geometry = SampleBoardGeometry(body: sampleBody(s, env), board: s.samples)
    let selected = cards.first { $0.number == s.samples.selected }
    switch key {
    case .down, .char("j"): moveSample(&s, cards, by: 1)
    case .up, .char("k"): moveSample(&s, cards, by: -1)
    case .pageDown: moveSample(&s, cards, by: s.samples.listView ? geometry.list.height : geometry.cardsPerColumn)
    case .pageUp: moveSample(&s, cards, by: -(s.samples.listView ? geometry.list.height : geometry.cardsPerColumn))
    case .home, .char("g"): moveSample(&s, cards, by: -cards.count)
    case .end, .char("G"): moveSample(&s, cards, by: cards.count)
    case .left, .right:
        guard !s.samples.listView else { break }
        moveColumn(&s, cards, by: key == .left ? -1 : 1, perColumn: geometry.cardsPerColumn)
    case .char("v"):
        s.samples.listView.toggle()
        s.status = StatusMessage(s.samples.listView ? Phrase(id: "Tampilan daftar: satu sampel per baris", en: "List view: one sample per line")
                                                    : Phrase(id: "Tampilan papan: kolom per tahap", en: "Board view: a column per stage"))
    case .char("a"):
        s.samples.showClosed.toggle()
        if s.samples.showClosed { s.samples.listView = true }
        s.status = StatusMessage(s.samples.showClosed ? Phrase(id: "Daftar menampilkan juga sampel selesai dan batal", en: "The list shows done and cancelled samples too")
                                                      : Phrase(id: "Hanya sampel dalam proses", en: "Samples in progress only"))
    case .char("/"):
        s.samples.isFiltering = true
    case .escape:
        s.samples.filter = LineEditor()
    case .enter:
        guard let selected else { break }
        s.overlays.append(.sampleDetail(number: selected.number, scroll: 0))
    case .char("n"):
        guard writable(&s, env) else { break }
        s.overlays.append(.form(.newSample(now: env.now, calendar: env.calendar)))
    case .char(">"), .char("h"), .char("e"), .char("c"):
        guard let selected else {
            s.status = StatusMessage(Phrase(id: "Belum ada sampel yang dipilih", en: "No sample selected"), isError: true)
            break
        }
        sampleAction(&s, key, number: selected.number, env)
    case .char("u"):
        s.status = StatusMessage(Phrase(id: "Langkah sampel tidak dapat diurungkan; bila keliru, batalkan sampel dengan c dan daftarkan ulang.",
                                        en: "A sample's steps cannot be undone; if one is wrong, cancel the sample with c and register it again."), isError: true)
    default:
        break
    }
    keepSampleSelectionVisible(&s, env)
    return []
}

/// Typing into the board's filter: Enter or Down keeps it, Esc clears it.
func sampleFilterKey(_ s: inout AppState, _ key: Key, _ env: AppEnvironment) -> [Effect] {
    switch key {
    case .enter, .down:
        s.samples.isFiltering = false
    case .escape:
        s.samples.isFiltering = false
        s.samples.filter = LineEditor()
    default:
        _ = s.samples.filter.handle(key)
    }
    s.samples.scrolls = s.samples.scrolls.map { _ in 0 }
    s.samples.listScroll = 0
    keepSampleSelectionVisible(&s, env)
    return []
}

/// The pane's rectangle at the current size.
func sampleBody(_ s: AppState, _ env: AppEnvironment) -> Rect {
    Layout(width: s.width, height: s.height, bannerHeight: HeaderView.bannerLines(s, env).count).body
}

private func moveSample(_ s: inout AppState, _ cards: [SampleCard], by delta: Int) {
    guard !cards.isEmpty else { return }
    // On the board, up and down stay in the selected card's column.
    let list = s.samples.listView ? cards : cards.filter { $0.column?.rawValue == s.samples.column }
    guard !list.isEmpty else { return }
    let index = list.firstIndex { $0.number == s.samples.selected } ?? 0
    s.samples.selected = list[min(max(0, index + delta), list.count - 1)].number
}

/// Left or right to the nearest column holding cards, keeping the card's place on screen.
private func moveColumn(_ s: inout AppState, _ cards: [SampleCard], by step: Int, perColumn: Int) {
    let current = s.samples.column
    let inCurrent = cards.filter { $0.column?.rawValue == current }
    let row = (inCurrent.firstIndex { $0.number == s.samples.selected } ?? 0) - s.samples.scrolls[current]
    var target = current + step
    while SampleColumn(rawValue: target) != nil {
        let list = cards.filter { $0.column?.rawValue == target }
        if !list.isEmpty {
            s.samples.column = target
            let index = min(max(0, s.samples.scrolls[target] + row), list.count - 1)
            s.samples.selected = list[index].number
            return
        }
        target += step
    }
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
