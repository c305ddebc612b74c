import PPIDModel

// The actions the key maps bind, one per kind of move; the rules' own steps live in
// Update+Requests / Update+SampleActions / Update+Objections.

/// The request of the queue's selected row (the first row when none was chosen yet).
func selectedRequest(_ s: AppState, _ env: AppEnvironment) -> String? {
    selectedQueueRow(s, env)?.request
}

/// The queue's selected row (the first row when none was chosen yet).
func selectedQueueRow(_ s: AppState, _ env: AppEnvironment) -> QueueRow? {
    let rows = env.queueRows(s.queue)
    guard !rows.isEmpty else { return nil }
    let index = s.queue.selected.flatMap { rows.position(of: $0, in: env.ledger) } ?? 0
    return rows.row(min(index, rows.count - 1), in: env.ledger)
}

/// Moves the queue's selection by `delta` rows, kept within the list.
func moveQueue(_ s: inout AppState, _ env: AppEnvironment, by delta: Int) {
    let rows = env.queueRows(s.queue)
    guard !rows.isEmpty else { return }
    let index = s.queue.selected.flatMap { rows.position(of: $0, in: env.ledger) } ?? 0
    s.queue.selected = rows.row(min(max(0, index + delta), rows.count - 1), in: env.ledger).number
}

/// The sample of the board's selected card.
func selectedSample(_ s: AppState, _ env: AppEnvironment) -> String? {
    let cards = sampleCards(env.ledger, now: env.now, board: s.samples)
    return cards.first { $0.number == s.samples.selected }?.number
}

func moveSample(_ s: inout AppState, _ env: AppEnvironment, by delta: Int) {
    let cards = sampleCards(env.ledger, now: env.now, board: s.samples)
    guard !cards.isEmpty else { return }
    // On the board, up and down stay in the selected card's column.
    let list = s.samples.listView ? cards : cards.filter { $0.column?.rawValue == s.samples.column }
    guard !list.isEmpty else { return }
    let index = list.firstIndex { $0.number == s.samples.selected } ?? 0
    s.samples.selected = list[min(max(0, index + delta), list.count - 1)].number
}

/// Left or right to the nearest column holding cards, keeping the card's place on screen.
func moveSampleColumn(_ s: inout AppState, _ env: AppEnvironment, by step: Int) {
    guard !s.samples.listView else { return }
    let cards = sampleCards(env.ledger, now: env.now, board: s.samples)
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

/// After the board's filter changed: every column and the list from the top.
func resetSampleScroll(_ s: inout AppState, _ env: AppEnvironment) {
    s.samples.scrolls = s.samples.scrolls.map { _ in 0 }
    s.samples.listScroll = 0
    keepSampleSelectionVisible(&s, env)
}

/// The month board's selected line moved by `delta`, kept within the board.
func moveMonthItem(_ s: inout AppState, _ env: AppEnvironment, by delta: Int) {
    let count = env.cache.board(env.ledger, year: boardYear(s, env), today: env.today).items.count
    let last = max(0, count - 1)
    // Past the last figure the page scrolls on, and comes back before the selection moves.
    if delta > 0, s.months.item + delta > last {
        s.months.below = min(
            s.months.below + s.months.item + delta - last,
            MonthBoardView.page(width: s.width, s, env).linesBelowLastItem)
    } else if delta < 0, s.months.below > 0 {
        let back = min(s.months.below, -delta)
        s.months.below -= back
        s.months.item = max(0, s.months.item + delta + back)
        return
    }
    s.months.item = min(max(0, s.months.item + delta), last)
}

/// The selection of whichever pane is shown, kept valid and in view.
func settlePane(_ s: inout AppState, _ env: AppEnvironment) {
    switch s.pane {
    case .queue: keepSelectionVisible(&s, env)
    case .samples: keepSampleSelectionVisible(&s, env)
    case .months:
        let count = env.cache.board(env.ledger, year: boardYear(s, env), today: env.today).items.count
        s.months.item = min(s.months.item, max(0, count - 1))
        if s.months.item != count - 1 { s.months.below = 0 }
        if s.months.item >= 13 { s.months.column = 0 }
    case .lists: keepListSelectionVisible(&s, env)
    }
}

/// Enter on the month board: the requests (or samples) behind the selected figure.
let monthDrill: KeyAction = { s, env in
    let year = boardYear(s, env)
    let items = env.cache.board(env.ledger, year: year, today: env.today).items
    guard !items.isEmpty else { return [] }
    let isTableRow = s.months.item < 13
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
    let title =
        isTableRow && s.months.column > 0
        ? Phrase(
            id: "\(item.label.id) \(year) · \(column.shortLabel.id)",
            en: "\(item.label.en) \(year) · \(column.shortLabel.en)")
        : Phrase(id: "\(item.label.id) (\(year))", en: "\(item.label.en) (\(year))")
    s.overlays.append(.drill(filter: filter, title: title, selected: 0))
    return []
}

/// A move through a list or a text by a line or a page, as the key map reads it from a key.
enum Scroll: Sendable {
    case lineUp, lineDown, pageUp, pageDown

    /// The lines it moves, with `page` lines to a page.
    func delta(page: Int) -> Int {
        switch self {
        case .lineUp: -1
        case .lineDown: 1
        case .pageUp: -page
        case .pageDown: page
        }
    }
}

/// The drill-down list's selection moved, kept within the list.
func drillMove(_ s: inout AppState, _ scroll: Scroll, _ env: AppEnvironment) {
    guard case .drill(let filter, let title, let selected)? = s.top else { return }
    let rows = env.cache.drillRows(env.ledger, filter: filter)
    let i = min(max(0, rows.count - 1), max(0, selected + scroll.delta(page: 10)))
    s.overlays[s.overlays.count - 1] = .drill(filter: filter, title: title, selected: i)
}

/// Enter on the drill-down list: the selected request's details.
let drillOpen: KeyAction = { s, env in
    guard case .drill(let filter, _, let i)? = s.top else { return [] }
    let rows = env.cache.drillRows(env.ledger, filter: filter)
    if i < rows.count { s.overlays.append(.detail(number: rows[i].number, scroll: 0)) }
    return []
}

/// Scrolls the top overlay (detail, receipt, help) by a line or a page, within `limit`.
func scrollTop(_ s: inout AppState, _ scroll: Scroll, limit: Int) {
    guard let top = s.top else { return }
    let delta = scroll.delta(page: max(1, s.height - 8))
    // Kept within the text, so Up moves the view at once after scrolling past the end.
    func moved(_ at: Int) -> Int { max(0, min(limit, min(at, limit) + delta)) }
    switch top {
    case .detail(let n, let at): s.overlays[s.overlays.count - 1] = .detail(number: n, scroll: moved(at))
    case .sampleDetail(let n, let at): s.overlays[s.overlays.count - 1] = .sampleDetail(number: n, scroll: moved(at))
    case .listDetail(let k, let n, let at): s.overlays[s.overlays.count - 1] = .listDetail(k, number: n, scroll: moved(at))
    case .receipt(let n, let at): s.overlays[s.overlays.count - 1] = .receipt(n, scroll: moved(at))
    case .help(let at): s.overlays[s.overlays.count - 1] = .help(scroll: moved(at))
    default: break
    }
}

/// A form binding's action: move, choose, save (checking first), cancel.
func formKey(_ operation: Form.FormOperation) -> KeyAction {
    { s, env in formOperation(&s, operation, env) }
}

/// A key no form binding holds: typed into the field.
let formTyping: KeyTyping = { s, key, env in formOperation(&s, .type(key), env) }

private func formOperation(_ s: inout AppState, _ operation: Form.FormOperation, _ env: AppEnvironment) -> [Effect] {
    guard case .form(var form)? = s.top else { return [] }
    // A character typed into a full field is dropped: say so, naming the field.
    let full: Phrase? = if case .type(.char) = operation { form.fields[form.focus].fullMessage } else { nil }
    switch form.perform(operation, language: s.language) {
    case .submit where form.spec(as: IdentityForm.self) != nil:
        // Config, not an event: saved as typed, no confirmation of a command.
        let values = IdentityForm.values(&form)
        s.overlays[s.overlays.count - 1] = .form(form)
        guard let values else {
            s.status = StatusMessage(form.errorSummary(s.language), isError: true)
            return []
        }
        s.status = nil
        return [.saveIdentity(values)]
    case .submit:
        if let command = form.checkedCommand(env) {
            s.overlays[s.overlays.count - 1] = .form(form)
            s.overlays.append(
                .confirm(Confirmation(command: command, summary: Form.doubts(command, env) + summary(of: command, env)))
            )
            s.status = nil
        } else {
            s.overlays[s.overlays.count - 1] = .form(form)
            s.status = StatusMessage(form.errorSummary(s.language), isError: true)
        }
    case .cancel:
        if form.isDirty {
            s.overlays.append(.discardForm)
        } else {
            s.overlays.removeLast()
        }
    case .edited:
        s.overlays[s.overlays.count - 1] = .form(form)
        s.status = full.map { StatusMessage($0, isError: true) }
    case .ignored:
        s.overlays[s.overlays.count - 1] = .form(form)
    }
    return []
}
