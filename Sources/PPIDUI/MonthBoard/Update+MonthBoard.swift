import PPIDModel

/// Keys of the month board.
func monthBoardKey(_ s: inout AppState, _ key: Key, _ env: AppEnvironment) -> [Effect] {
    let year = boardYear(s, env)
    let items = env.cache.board(env.ledger, year: year, today: env.today).items
    let isTableRow = s.months.item < 13
    switch key {
    case .left, .char("["): s.months.year = year - 1
    case .right, .char("]"): s.months.year = year + 1
    case .down, .char("j"): s.months.item = min(items.count - 1, s.months.item + 1)
    case .up, .char("k"): s.months.item = max(0, s.months.item - 1)
    case .home, .char("g"): s.months.item = 0
    case .end, .char("G"): s.months.item = items.count - 1
    case .char("l") where isTableRow: s.months.column = min(MonthBoardColumn.allCases.count - 1, s.months.column + 1)
    case .char("h") where isTableRow: s.months.column = max(0, s.months.column - 1)
    case .enter:
        let item = items[min(s.months.item, items.count - 1)]
        if item.kind == .samples {
            // The samples behind the figure: the sample board's list, finished ones included.
            s.pane = .samples
            s.samples.listView = true
            s.samples.showClosed = true
            return []
        }
        let column = isTableRow ? MonthBoardColumn.allCases[s.months.column] : .all
        let filter = column.narrow(item.filter)
        let title = isTableRow && s.months.column > 0
            ? Phrase(id: "\(item.label.id) \(year) · \(column.shortLabel.id)", en: "\(item.label.en) \(year) · \(column.shortLabel.en)")
            : Phrase(id: "\(item.label.id) (\(year))", en: "\(item.label.en) (\(year))")
        s.overlays.append(.drill(filter: filter, title: title, selected: 0))
    case .char("x"):
        return [.exportYear(year)]
    default:
        break
    }
    s.months.item = min(s.months.item, items.count - 1)
    if s.months.item >= 13 { s.months.column = 0 }
    return []
}

/// Keys of the drill-down list: move, open a request, go back.
func drillKey(_ s: inout AppState, _ key: Key, filter: RecapFilter, title: Phrase, selected: Int, _ env: AppEnvironment) {
    let rows = env.cache.drillRows(env.ledger, filter: filter)
    var i = selected
    switch key {
    case .escape, .char("q"):
        s.overlays.removeLast()
        return
    case .down, .char("j"): i = min(max(0, rows.count - 1), i + 1)
    case .up, .char("k"): i = max(0, i - 1)
    case .pageDown: i = min(max(0, rows.count - 1), i + 10)
    case .pageUp: i = max(0, i - 10)
    case .enter:
        guard i < rows.count else { return }
        s.overlays.append(.detail(number: rows[i].number, scroll: 0))
        return
    default: return
    }
    s.overlays[s.overlays.count - 1] = .drill(filter: filter, title: title, selected: i)
}
