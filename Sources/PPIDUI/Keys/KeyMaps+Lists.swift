import PPIDModel

/// Pane 4's keys and those of a list entry's detail: one map each.
extension KeyMaps {
    static let lists = paneMap(
        .lists,
        [
            KeyBinding(
                [(.up, moveList(by: -1)), (.down, moveList(by: 1)), (.char("j"), moveList(by: 1)), (.char("k"), moveList(by: -1))], "↑↓ jk",
                help: Phrase(id: "pilih baris", en: "move")),
            KeyBinding(
                [.enter], help: Phrase(id: "uji atau entri selengkapnya, dengan riwayatnya", en: "the whole test or entry, with its history"),
                hint: Phrase(id: "Buka", en: "Open"), rank: 1
            ) { s, _ in
                if let n = s.lists.selected { s.overlays.append(.listDetail(s.lists.kind, number: n, scroll: 0)) }
                return []
            },
            KeyBinding(
                [.char("v")], help: Phrase(id: "ganti daftar: DIK (dikecualikan) / DIP (publik)", en: "switch list: DIK (exempt) / DIP (public)"),
                hint: Phrase(id: "DIK/DIP", en: "DIK/DIP"), rank: 2
            ) { s, _ in
                s.lists.kind = s.lists.kind == .exempt ? .public : .exempt
                s.lists.selected = nil
                s.lists.scroll = 0
                return []
            },
            KeyBinding(
                [.char("n")], help: Phrase(id: "uji konsekuensi baru (DIK) / entri baru (DIP)", en: "new consequence test (DIK) / new entry (DIP)"),
                hint: Phrase(id: "Baru", en: "New"), rank: 1, refusal: { _, env in readOnlyRefusal(env) }
            ) { s, env in
                let form = s.lists.kind == .exempt
                    ? Form(ConsequenceTestForm(today: env.today))
                    : Form(PublicEntryForm(today: env.today, suggestedNumber: nextPublicNumber(env)))
                s.overlays.append(.form(form))
                return []
            },
            KeyBinding(
                [.char("t")], help: Phrase(id: "keputusan PPID yang menetapkan/memperbarui DIP", en: "the PPID's decision setting or updating the DIP"),
                hint: Phrase(id: "Keputusan", en: "Decision"), rank: 4,
                refusal: { s, env in
                    readOnlyRefusal(env) ?? (s.lists.kind == .public ? nil : Phrase(id: "t berlaku pada DIP; v menampilkan DIP", en: "t applies to the DIP; v shows the DIP"))
                }
            ) { s, env in
                s.overlays.append(.form(Form(PublicListDecisionForm(today: env.today)))); return []
            },
        ] + listEntryActions)

    static let listDetail = KeyMap(
        context: .listDetail,
        bindings: [
            KeyBinding(
                scrolling(space: true) { move in
                    { s, env in
                        guard case .listDetail(let kind, let number, _)? = s.top else { return [] }
                        let body = Layout.of(s, env).body, title = "\(number) — \(kind.title(s.language))"
                        let lines = ListsText.detail(kind, number, env, s.language)
                        let limit = max(0, OverlayView.boxLines(body, title: title, lines: lines).count - (OverlayView.boxRect(body, title: title, lines: lines).height - 2))
                        scrollTop(&s, move, limit: limit); return []
                    }
                },
                "↑↓ PgUp PgDn", help: Phrase(id: "gulir (juga j k Spasi)", en: "scroll (also j k Space)"), hint: Phrase(id: "Gulir", en: "Scroll"), rank: 1),
            KeyBinding(
                [.escape, .enter, .char("q")], "Esc", help: Phrase(id: "kembali (juga Enter, q)", en: "back (also Enter, q)"),
                hint: Phrase(id: "Kembali", en: "Back"), rank: 0
            ) { s, _ in
                s.overlays.removeLast(); return []
            },
        ] + listEntryActions + [
            KeyBinding([.char("?"), .function(1)], "?", help: Phrase(id: "bantuan ini", en: "this help"), hint: Phrase(id: "Bantuan", en: "Help"), rank: 0) { s, _ in
                s.overlays.append(.help(scroll: 0)); return []
            }
        ], fallback: nil)

    /// Correct and revoke a test, update and remove a DIP entry: the selected row's, or the
    /// detail's on screen.
    static let listEntryActions: [KeyBinding] = [
        KeyBinding(
            [.char("c")], help: Phrase(id: "koreksi uji / perbarui entri DIP", en: "correct the test / update the DIP entry"),
            hint: Phrase(id: "Koreksi", en: "Correct"), rank: 2, refusal: { s, env in readOnlyRefusal(env) ?? listEntryRefusal(s, env) }
        ) { s, env in
            guard let (kind, number) = listTarget(s) else { return [] }
            switch kind {
            case .exempt:
                guard let t = env.ledger.exemption(number)?.test else { return [] }
                s.overlays.append(.form(Form(ConsequenceTestForm(correcting: t, today: env.today))))
            case .public:
                guard let e = env.ledger.publicListings.first(where: { $0.entry.number == number })?.entry else { return [] }
                s.overlays.append(.form(Form(PublicEntryForm(updating: e, today: env.today))))
            }
            return []
        },
        KeyBinding(
            [.char("x")], help: Phrase(id: "cabut uji (keluar dari DIK) / keluarkan entri dari DIP", en: "revoke the test (leaves the DIK) / take the entry off the DIP"),
            hint: Phrase(id: "Cabut", en: "Revoke"), rank: 3, refusal: { s, env in readOnlyRefusal(env) ?? listEntryRefusal(s, env) }
        ) { s, env in
            guard let (kind, number) = listTarget(s) else { return [] }
            let form = kind == .exempt ? Form(RevokeTestForm(number: number, today: env.today)) : Form(RemovePublicEntryForm(number: number, today: env.today))
            s.overlays.append(.form(form))
            return []
        },
        KeyBinding(
            [.char("p")], help: Phrase(id: "pindahkan uji ke DIP: dicabut dan dicantumkan di DIP sekaligus", en: "move the test to the DIP: revoked and listed in the DIP at once"),
            hint: Phrase(id: "Ke DIP", en: "To DIP"), rank: 4,
            refusal: { s, env in
                readOnlyRefusal(env) ?? listEntryRefusal(s, env)
                    ?? (listTarget(s)?.0 == .exempt ? nil : Phrase(id: "p berlaku pada uji di DIK", en: "p applies to a DIK test"))
            }
        ) { s, env in
            guard let (_, number) = listTarget(s), let t = env.ledger.exemption(number)?.test else { return [] }
            s.overlays.append(.form(Form(MoveToPublicForm(test: t, today: env.today, suggestedNumber: nextPublicNumber(env)))))
            return []
        },
        KeyBinding(
            [.char("l")], help: Phrase(id: "lembar uji konsekuensi dan keputusan PPID atasnya ke letters/", en: "the consequence test sheet and the PPID's decision on it into letters/"),
            hint: Phrase(id: "Surat", en: "Letters"), rank: 5,
            refusal: { s, env in
                guard let (kind, _) = listTarget(s) else { return Phrase(id: "Belum ada entri", en: "No entry yet") }
                return readOnlyRefusal(env) ?? (kind == .exempt ? nil : Phrase(id: "l berlaku pada uji di DIK", en: "l applies to a DIK test"))
            }
        ) { s, _ in
            listTarget(s).map { [.writeTestLetters($0.1)] } ?? []
        },
    ]
}

/// The list entry a key acts on: the detail's on screen, else the selected row's.
func listTarget(_ s: AppState) -> (ListKind, String)? {
    if case .listDetail(let kind, let number, _)? = s.top { return (kind, number) }
    return s.lists.selected.map { (s.lists.kind, $0) }
}

/// Why the entry a key acts on cannot be corrected or revoked: none, or revoked or removed.
func listEntryRefusal(_ s: AppState, _ env: AppEnvironment) -> Phrase? {
    guard let (kind, number) = listTarget(s) else { return Phrase(id: "Belum ada entri", en: "No entry yet") }
    switch kind {
    case .exempt:
        if let r = env.ledger.exemption(number)?.revoked { return ListError.testAlreadyRevoked(number, on: r.on).message }
    case .public:
        if env.ledger.publicListings.first(where: { $0.entry.number == number })?.removed != nil { return ListError.entryAlreadyRemoved(number).message }
    }
    return nil
}

/// The number a new DIP entry is offered: one after the count, as "DIP-005".
func nextPublicNumber(_ env: AppEnvironment) -> String {
    let taken = Set(env.ledger.publicListings.map(\.entry.number))
    var n = taken.count + 1
    func number(_ n: Int) -> String { "DIP-" + String(repeating: "0", count: max(0, 3 - String(n).count)) + String(n) }
    while taken.contains(number(n)) { n += 1 }
    return number(n)
}
