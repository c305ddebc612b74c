import Foundation
import PPIDModel

/// The app's one state machine: a key or an effect's answer in, the new state and the
/// effects for the run loop out. No I/O happens here.
public func update(_ s: inout AppState, _ action: AppAction, _ env: AppEnvironment) -> [Effect] {
    switch action {
    case .resized(let w, let h):
        s.width = w
        s.height = h
        keepSelectionVisible(&s, env)
        keepSampleSelectionVisible(&s, env)
        return []
    case .performed(let command, let result):
        return performed(&s, command, result, env)
    case .receiptWritten(.success(let path)):
        s.status = StatusMessage(Phrase(id: "Tanda bukti ditulis ke \(path)", en: "Receipt written to \(path)"))
        return []
    case .receiptWritten(.failure(let f)), .exported(.failure(let f)):
        s.status = StatusMessage(f.message, isError: true)
        return []
    case .exported(.success(let paths)):
        let names = paths.map { "exports/" + ($0.split(separator: "/").last.map(String.init) ?? $0) }.joined(separator: ", ")
        s.status = StatusMessage(Phrase(id: "Ditulis: \(names)", en: "Written: \(names)"))
        return []
    case .key(let key):
        if key == .resize { return [] }
        if !s.overlays.isEmpty { return overlayKey(&s, key, env) }
        s.status = nil
        if s.pane == .queue, s.queue.isFiltering { return filterKey(&s, key, env) }
        if s.pane == .samples, s.samples.isFiltering { return sampleFilterKey(&s, key, env) }
        if let effects = globalKey(&s, key) {
            // A pane shown for the first time selects its first card.
            if s.pane == .samples { keepSampleSelectionVisible(&s, env) }
            return effects
        }
        switch s.pane {
        case .queue: return queueKey(&s, key, env)
        case .months: return monthBoardKey(&s, key, env)
        case .samples: return sampleBoardKey(&s, key, env)
        }
    }
}

/// Keys that work on every pane when no overlay is open; nil when the key is not one.
private func globalKey(_ s: inout AppState, _ key: Key) -> [Effect]? {
    switch key {
    case .char("1"): s.pane = .queue
    case .char("2"): s.pane = .samples
    case .char("3"): s.pane = .months
    case .tab: s.pane = Pane(rawValue: s.pane.rawValue % Pane.allCases.count + 1) ?? .queue
    case .backTab: s.pane = Pane(rawValue: (s.pane.rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1) ?? .queue
    case .char("?"), .function(1): s.overlays.append(.help)
    case .char("L"):
        s.language = s.language.toggled
        return [.saveLanguage(s.language)]
    case .char("q"), .function(10): return [.quit]
    default: return nil
    }
    return []
}

private func filterKey(_ s: inout AppState, _ key: Key, _ env: AppEnvironment) -> [Effect] {
    switch key {
    case .enter, .down:
        s.queue.isFiltering = false
    case .escape:
        s.queue.isFiltering = false
        s.queue.filter = LineEditor()
    default:
        _ = s.queue.filter.handle(key)
    }
    s.queue.scroll = 0
    keepSelectionVisible(&s, env)
    return []
}

private func queueKey(_ s: inout AppState, _ key: Key, _ env: AppEnvironment) -> [Effect] {
    let rows = env.queueRows(s.queue)
    let index = s.queue.selected.flatMap { rows.position(of: $0, in: env.ledger) } ?? 0
    let page = Layout(width: s.width, height: s.height, bannerHeight: HeaderView.bannerLines(s, env).count).listHeight
    func select(_ i: Int) {
        guard !rows.isEmpty else { return }
        s.queue.selected = rows.row(min(max(0, i), rows.count - 1), in: env.ledger).number
    }
    let selected = rows.isEmpty ? nil : rows.row(min(index, rows.count - 1), in: env.ledger)
    switch key {
    case .down, .char("j"): select(index + 1)
    case .up, .char("k"): select(index - 1)
    case .pageDown: select(index + page)
    case .pageUp: select(index - page)
    case .home, .char("g"): select(0)
    case .end, .char("G"): select(rows.count - 1)
    case .char("a"):
        s.queue.showClosed.toggle()
        s.status = StatusMessage(s.queue.showClosed ? Phrase(id: "Menampilkan juga permohonan selesai", en: "Showing closed requests too") : Phrase(id: "Hanya permohonan terbuka", en: "Open requests only"))
    case .char("t"):
        s.queue.urgentOnly.toggle()
        s.status = StatusMessage(s.queue.urgentOnly ? Phrase(id: "Hanya yang mendekati atau lewat batas waktu", en: "Only due soon and overdue") : Phrase(id: "Semua permohonan terbuka", en: "All open requests"))
    case .char("/"):
        s.queue.isFiltering = true
    case .escape:
        s.queue.filter = LineEditor()
    case .enter:
        guard let selected else { break }
        s.overlays.append(.detail(number: selected.request, scroll: 0))
    case .char("n"):
        guard writable(&s, env) else { break }
        s.overlays.append(.form(.newRequest(now: env.now, calendar: env.calendar)))
    case .char("d"), .char("e"), .char("w"), .char("h"), .char("o"), .char("b"), .char("k"), .char("i"), .char("c"):
        guard let selected else {
            s.status = StatusMessage(Phrase(id: "Belum ada permohonan yang dipilih", en: "No request selected"), isError: true)
            break
        }
        requestAction(&s, key, number: selected.request, env)
    case .char("u"):
        undo(&s, env)
    case .char("s"):
        guard let selected else { break }
        sampleFromRequest(&s, number: selected.request, env)
    default:
        break
    }
    keepSelectionVisible(&s, env)
    return []
}

/// `d`, `e`, `w`, `h`, `i`, `c` on a request: opens the form, or says why not.
func requestAction(_ s: inout AppState, _ key: Key, number: String, _ env: AppEnvironment) {
    guard writable(&s, env), let request = env.ledger.requests[number] else { return }
    let closed = Phrase(id: "\(number) sudah \(request.status.label.id.lowercased())", en: "\(number) is already \(request.status.label.en.lowercased())")
    switch key {
    case .char("d"):
        guard request.status.isOpen else { s.status = StatusMessage(closed, isError: true); return }
        s.overlays.append(.form(.decision(for: number, today: env.today)))
    case .char("e"):
        guard request.status.isOpen else { s.status = StatusMessage(closed, isError: true); return }
        guard request.extensionGiven == nil else {
            s.status = StatusMessage(LedgerError.secondExtension(number).message, isError: true)
            return
        }
        s.overlays.append(.form(.extensionForm(for: number)))
    case .char("w"):
        guard request.status.isOpen else { s.status = StatusMessage(closed, isError: true); return }
        s.overlays.append(.form(.withdrawal(for: number, now: env.now, calendar: env.calendar)))
    case .char("i"):
        guard request.status.isOpen else { s.status = StatusMessage(closed, isError: true); return }
        guard request.missing == nil else { s.status = StatusMessage(LedgerError.awaitingCompletion(number).message, isError: true); return }
        s.overlays.append(.form(.incompleteForm(for: number)))
    case .char("c"):
        guard request.status.isOpen else { s.status = StatusMessage(closed, isError: true); return }
        guard request.missing != nil else { s.status = StatusMessage(LedgerError.notAwaitingCompletion(number).message, isError: true); return }
        s.overlays.append(.form(.completeForm(for: number, now: env.now, calendar: env.calendar)))
    case .char("o"), .char("b"), .char("k"):
        objectionAction(&s, key, request: request, env)
    case .char("h"):
        guard case .decided(let outcome) = request.status else {
            s.status = StatusMessage(LedgerError.notDecided(number).message, isError: true)
            return
        }
        guard outcome != .rejected else { s.status = StatusMessage(LedgerError.nothingToHandOver(number).message, isError: true); return }
        guard request.handover == nil else { s.status = StatusMessage(LedgerError.alreadyHandedOver(number).message, isError: true); return }
        s.overlays.append(.form(.handover(for: number, today: env.today)))
    default:
        break
    }
}

/// `u`: asks to undo the officer's last action that can still be undone.
func undo(_ s: inout AppState, _ env: AppEnvironment) {
    guard writable(&s, env) else { return }
    guard let last = env.ledger.lastUndoable[env.officer], let request = env.ledger[last.request],
          let history = try? env.ledger.history(of: last.request),
          let record = history.first(where: { $0.id == last.event }) else {
        s.status = StatusMessage(Phrase(id: "Tidak ada tindakan Anda yang dapat dibatalkan", en: "You have no action to undo"), isError: true)
        return
    }
    guard request.effective(history).last?.id == record.id else {
        s.status = StatusMessage(LedgerError.notLatestEvent(request.number).message, isError: true)
        return
    }
    let command = Command.undo(EventUndone(request: request.number, undoes: record.id, reason: "dibatalkan oleh petugas"))
    s.overlays.append(.confirm(Confirmation(command: command, summary: summary(of: command, env) + [
        Phrase(id: "Tindakan yang dibatalkan: \(describe(record.event).id) (\(FormDates.dateTime(record.at, env.calendar)))",
               en: "Action undone: \(describe(record.event).en) (\(FormDates.dateTime(record.at, env.calendar)))"),
    ])))
}

func writable(_ s: inout AppState, _ env: AppEnvironment) -> Bool {
    guard let reason = env.readOnlyReason else { return true }
    s.status = StatusMessage(Phrase(id: "Hanya-baca: \(reason.id)", en: "Read-only: \(reason.en)"), isError: true)
    return false
}

func keepSelectionVisible(_ s: inout AppState, _ env: AppEnvironment) {
    let rows = env.queueRows(s.queue)
    guard !rows.isEmpty else { s.queue.scroll = 0; return }
    var index = s.queue.selected.flatMap { rows.position(of: $0, in: env.ledger) } ?? 0
    index = min(index, rows.count - 1)
    s.queue.selected = rows.row(index, in: env.ledger).number
    let page = Layout(width: s.width, height: s.height, bannerHeight: HeaderView.bannerLines(s, env).count).listHeight
    if index < s.queue.scroll { s.queue.scroll = index }
    if index >= s.queue.scroll + page { s.queue.scroll = index - page + 1 }
    s.queue.scroll = max(0, min(s.queue.scroll, max(0, rows.count - page)))
}
