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
        s.status = StatusMessage(
            shown == path
                ? Phrase(id: "Tanda bukti ditulis ke \(path)", en: "Receipt written to \(path)")
                : Phrase(
                    id: "Tanda bukti ditulis ke \(shown) di folder data (lihat ?)",
                    en: "Receipt written to \(shown) in the data folder (see ?)"))
        return []
    case .identitySaved(.success(let name)):
        if case .form(let f)? = s.top, f.spec(as: IdentityForm.self) != nil { s.overlays.removeLast() }
        s.status = StatusMessage(Phrase(id: "Identitas kantor disimpan di config.toml: \(name)", en: "The office's identity is saved in config.toml: \(name)"))
        return []
    case .receiptWritten(.failure(let f)), .exported(.failure(let f)), .lettersWritten(.failure(let f)), .identitySaved(.failure(let f)):
        s.status = StatusMessage(f.message, isError: true)
        return []
    case .exported(.success(let paths)):
        let names = paths.map { "exports/" + ($0.split(separator: "/").last.map(String.init) ?? $0) }.joined(
            separator: ", ")
        s.status = StatusMessage(Phrase(id: "Ditulis: \(names)", en: "Written: \(names)"))
        return []
    case .lettersWritten(.success(let paths)):
        let names = paths.map { "letters/" + ($0.split(separator: "/").last.map(String.init) ?? $0) }.joined(
            separator: ", ")
        s.status = StatusMessage(Phrase(id: "Surat ditulis: \(names)", en: "Letters written: \(names)"))
        return []
    case .key(let key):
        if key == .resize { return [] }
        if s.overlays.isEmpty { s.status = nil }
        let context = KeyMaps.context(s)
        let map = KeyMaps.map(context)
        if let effects = map.run(&s, key, env) { return effects }
        // A key that does nothing here says so, and where it does something.
        if let why = KeyMaps.unbound(key, in: context) { s.status = StatusMessage(why, isError: true) }
        return []
    }
}

/// Why nothing can be recorded here, or nil when the log is writable.
func readOnlyRefusal(_ env: AppEnvironment) -> Phrase? {
    env.readOnlyReason.map { Phrase(id: "Hanya-baca: \($0.id)", en: "Read-only: \($0.en)") }
}

func keepSelectionVisible(_ s: inout AppState, _ env: AppEnvironment) {
    let rows = env.queueRows(s.queue)
    guard !rows.isEmpty else { s.queue.scroll = 0; return }
    var index = s.queue.selected.flatMap { rows.position(of: $0, in: env.ledger) } ?? 0
    index = min(index, rows.count - 1)
    s.queue.selected = rows.row(index, in: env.ledger).number
    let page = Layout.of(s, env).listHeight
    if index < s.queue.scroll { s.queue.scroll = index }
    if index >= s.queue.scroll + page { s.queue.scroll = index - page + 1 }
    s.queue.scroll = max(0, min(s.queue.scroll, max(0, rows.count - page)))
}
