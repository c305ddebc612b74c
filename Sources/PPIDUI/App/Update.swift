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
        // Relative to the data folder, whose path the help shows: never cut.
        let shown = env.shown(path)
        s.status = StatusMessage(shown == path ? Phrase(id: "Tanda bukti ditulis ke \(path)", en: "Receipt written to \(path)")
                                               : Phrase(id: "Tanda bukti ditulis ke \(shown) di folder data (lihat ?)", en: "Receipt written to \(shown) in the data folder (see ?)"))
        return []
    case .receiptWritten(.failure(let f)), .exported(.failure(let f)), .lettersWritten(.failure(let f)):
        s.status = StatusMessage(f.message, isError: true)
        return []
    case .exported(.success(let paths)):
        let names = paths.map { "exports/" + ($0.split(separator: "/").last.map(String.init) ?? $0) }.joined(separator: ", ")
        s.status = StatusMessage(Phrase(id: "Ditulis: \(names)", en: "Written: \(names)"))
        return []
    case .lettersWritten(.success(let paths)):
        let names = paths.map { "letters/" + ($0.split(separator: "/").last.map(String.init) ?? $0) }.joined(separator: ", ")
        s.status = StatusMessage(Phrase(id: "Surat ditulis: \(names)", en: "Letters written: \(names)"))
        return []
    case .key(let key):
        if key == .resize { return [] }
        if s.overlays.isEmpty { s.status = nil }
        let map = KeyMaps.map(KeyMaps.context(s))
        if let binding = map.binding(for: key) { return binding.action(&s, key, env) }
        return map.fallback?(&s, key, env) ?? []
    }
}

/// `d`, `e`, `w`, `h`, `i`, `c` on a request: opens the form, or says why not.
func requestAction(_ s: inout AppState, _ key: Key, number: String, _ env: AppEnvironment) {
    guard writable(&s, env), let request = env.ledger.requests[number] else { return }
    // The rules' own question, before a form: the officer reads the words saving would give.
    func allowed(_ action: RequestAction) -> Bool {
        guard let refused = request.refusal(of: action) else { return true }
        s.status = StatusMessage(refused.message, isError: true)
        return false
    }
    switch key {
    case .char("d"):
        guard allowed(.decide) else { return }
        s.overlays.append(.form(Form(DecisionForm(number: number, today: env.today))))
    case .char("e"):
        guard allowed(.extend) else { return }
        s.overlays.append(.form(Form(ExtensionForm(number: number, today: env.today))))
    case .char("i"):
        guard allowed(.returnIncomplete) else { return }
        s.overlays.append(.form(Form(ReturnIncompleteForm(number: number, today: env.today))))
    case .char("c"):
        guard allowed(.declareComplete) else { return }
        s.overlays.append(.form(Form(DeclareCompleteForm(number: number, now: env.now, calendar: env.calendar))))
    case .char("w"):
        guard allowed(.withdraw) else { return }
        s.overlays.append(.form(Form(WithdrawalForm(number: number, now: env.now, calendar: env.calendar))))
    case .char("o"), .char("b"), .char("K"):
        objectionAction(&s, key, request: request, env)
    case .char("h"):
        guard allowed(.handOver) else { return }
        s.overlays.append(.form(Form(HandOverForm(number: number, today: env.today))))
    default:
        break
    }
}

/// `u`: asks to undo the newest action this running app recorded that is still the latest in
/// force on its request — never another counter's, even under the same officer's name; work
/// in between (a sample's step, an action on another request) does not hide it.
func undo(_ s: inout AppState, _ env: AppEnvironment, on number: String? = nil) {
    guard writable(&s, env) else { return }
    for action in s.appendedHere.reversed() {
        guard let request = env.ledger[action.request], let history = try? env.ledger.history(of: action.request),
              let record = history.first(where: { $0.id == action.event }), record.by == env.officer else { continue }
        // A letter's record is passed over, as the rules do.
        let latest = request.effective(history).last { if case .letterMade = $0.event { false } else { true } }
        guard latest?.id == record.id else { continue }
        let command = Command.undo(EventUndone(request: request.number, undoes: record.id, reason: "dibatalkan oleh petugas"))
        s.overlays.append(.confirm(Confirmation(command: command, summary: summary(of: command, env) + [
            Phrase(id: "Tindakan yang dibatalkan: \(describe(record.event).id) (\(FormDates.dateTime(record.at, env.calendar)))",
                   en: "Action undone: \(describe(record.event).en) (\(FormDates.dateTime(record.at, env.calendar)))"),
        ])))
        return
    }
    // Nothing of this app's: say why when the request at hand ends in this officer's action.
    if let n = number ?? selectedRequest(s, env), let last = try? env.ledger.latestEffectiveEvent(of: n), last.by == env.officer {
        s.status = StatusMessage(Phrase(
            id: "Tindakan terakhir atas nama \(env.officer) pada \(n) dicatat di penghitung lain atau sebelum aplikasi ini dibuka; batalkan di sana",
            en: "The last action under \(env.officer) on \(n) was recorded at another counter or before this app was opened; undo it there"
        ), isError: true)
        return
    }
    s.status = StatusMessage(Phrase(id: "Tidak ada tindakan Anda yang dapat dibatalkan", en: "You have no action to undo"), isError: true)
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
