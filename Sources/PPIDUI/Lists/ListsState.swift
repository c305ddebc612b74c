import PPIDModel

/// Which list pane 4 shows.
public enum ListKind: String, Sendable, Equatable, CaseIterable {
    /// The exempt information: consequence tests (DIK).
    case exempt
    /// The public information (DIP).
    case `public`

    public var title: Phrase {
        switch self {
        case .exempt: Phrase(id: "DIK — Daftar Informasi yang Dikecualikan", en: "DIK — exempt information")
        case .public: Phrase(id: "DIP — Daftar Informasi Publik", en: "DIP — public information")
        }
    }
}

/// Pane 4's own state.
public struct ListsState: Sendable, Equatable {
    public var kind = ListKind.exempt
    /// The selected row, kept by number.
    public var selected: String?
    public var scroll = 0

    public init() {}
}

/// The numbers pane 4 lists, in order: every test (revoked ones last to show their end), or
/// every DIP entry ever listed.
func listNumbers(_ kind: ListKind, _ env: AppEnvironment) -> [String] {
    switch kind {
    case .exempt: env.ledger.exemptionEntries.map(\.test.number)
    case .public: env.ledger.publicListings.map(\.entry.number)
    }
}

/// Keeps a row of pane 4 selected and in view.
func keepListSelectionVisible(_ s: inout AppState, _ env: AppEnvironment) {
    let numbers = listNumbers(s.lists.kind, env)
    guard !numbers.isEmpty else { s.lists.selected = nil; s.lists.scroll = 0; return }
    let index = s.lists.selected.flatMap { numbers.firstIndex(of: $0) } ?? 0
    s.lists.selected = numbers[index]
    let page = max(1, Layout.of(s, env).body.height - 2)
    if index < s.lists.scroll { s.lists.scroll = index }
    if index >= s.lists.scroll + page { s.lists.scroll = index - page + 1 }
    s.lists.scroll = max(0, min(s.lists.scroll, numbers.count - page))
}

/// Moves pane 4's selection by `delta` rows.
func moveList(_ s: inout AppState, _ env: AppEnvironment, by delta: Int) {
    let numbers = listNumbers(s.lists.kind, env)
    guard !numbers.isEmpty else { return }
    let index = s.lists.selected.flatMap { numbers.firstIndex(of: $0) } ?? 0
    s.lists.selected = numbers[max(0, min(numbers.count - 1, index + delta))]
    keepListSelectionVisible(&s, env)
}

/// The key action that moves pane 4's selection `delta` rows.
func moveList(by delta: Int) -> KeyAction {
    { s, env in moveList(&s, env, by: delta); return [] }
}
