import PPIDModel

/// What a bound key does: the state and the environment in, the effects for the run loop out.
/// A binding gives each of its keys its own, so no action looks at the key again.
public typealias KeyAction = @Sendable (inout AppState, AppEnvironment) -> [Effect]

/// What a key no binding holds does where keys are typed (a field, a filter line): the key is
/// the text.
public typealias KeyTyping = @Sendable (inout AppState, Key, AppEnvironment) -> [Effect]

/// Why a binding does not apply now (in the model's words), or nil when it does.
public typealias KeyRefusal = @Sendable (AppState, AppEnvironment) -> Phrase?

/// One key binding, in the manner of bubbles' `key.Binding`: its keys, the words `?` and the
/// footer show for it, and what it does. `update`, the help and the footer are all made from
/// the same bindings, so a key cannot do one thing and be described as another.
public struct KeyBinding: Sendable {
    /// The keys that trigger it.
    public let keys: [Key]
    /// The keys as the help and the footer write them, e.g. "↑↓ jk".
    public let label: String
    /// The help line's words.
    public let help: Phrase
    /// The footer's word; nil keeps the binding out of the footer.
    public let hint: Phrase?
    /// The keys as the footer writes them (the label's first word unless told).
    public let footerKey: String
    /// Which footer hints stay when the line is short: lower stays first; 0 always stays.
    public let rank: Int
    /// A toggle's state: while on, the footer keeps it and marks it.
    public let isOn: (@Sendable (AppState) -> Bool)?
    /// Why the binding does not apply now; nil for one that always does. A refused binding
    /// leaves the footer and the help's list, and its key says why instead of acting.
    public let refusal: KeyRefusal?
    /// Each key's own operation: `actions[i]` is what `keys[i]` does.
    let actions: [KeyAction]

    /// A binding whose keys all do one thing.
    public init(
        _ keys: [Key], _ label: String? = nil, help: Phrase, hint: Phrase? = nil, footerKey: String? = nil,
        rank: Int = 5,
        isOn: (@Sendable (AppState) -> Bool)? = nil, refusal: KeyRefusal? = nil, action: @escaping KeyAction
    ) {
        self.init(keys.map { ($0, action) }, label, help: help, hint: hint, footerKey: footerKey, rank: rank, isOn: isOn, refusal: refusal)
    }

    /// A binding described once whose keys each do their own thing (↑ and ↓, PgUp and PgDn).
    public init(
        _ each: [(Key, KeyAction)], _ label: String? = nil, help: Phrase, hint: Phrase? = nil, footerKey: String? = nil,
        rank: Int = 5,
        isOn: (@Sendable (AppState) -> Bool)? = nil, refusal: KeyRefusal? = nil
    ) {
        self.keys = each.map(\.0)
        self.actions = each.map(\.1)
        self.label = label ?? keys.map(\.label).joined(separator: " ")
        self.footerKey = footerKey ?? String(self.label.split(separator: " ").first ?? "")
        self.help = help
        self.hint = hint
        self.rank = rank
        self.isOn = isOn
        self.refusal = refusal
    }

    /// The same binding with each key's action wrapped by `wrap`.
    func wrapping(_ wrap: (@escaping KeyAction) -> KeyAction) -> KeyBinding {
        KeyBinding(
            Array(zip(keys, actions.map(wrap))), label, help: help, hint: hint, footerKey: footerKey, rank: rank,
            isOn: isOn, refusal: refusal)
    }

    /// Whether the binding applies in `s`: the footer and the help show only these.
    public func isEnabled(_ s: AppState, _ env: AppEnvironment) -> Bool {
        refusal?(s, env) == nil
    }

    /// What pressing its `i`th key does: that key's action, or the reason it does not apply.
    func run(_ s: inout AppState, key i: Int, _ env: AppEnvironment) -> [Effect] {
        if let why = refusal?(s, env) {
            s.status = StatusMessage(why, isError: true)
            return []
        }
        return actions[i](&s, env)
    }
}

/// Where keys are read: a pane (with its filter line) or the overlay on top.
public enum KeyContext: String, Sendable, CaseIterable {
    case queue, queueFilter, samples, sampleFilter, months, lists
    case help, detail, sampleDetail, listDetail, form, confirm, receipt, drill, discardForm, quit
}

/// The bindings of one context, and what an unbound key does there (typing into a field).
public struct KeyMap: Sendable {
    public let context: KeyContext
    public let bindings: [KeyBinding]
    /// For keys no binding holds; nil ignores them.
    public let fallback: KeyTyping?

    public init(context: KeyContext, bindings: [KeyBinding], fallback: KeyTyping?) {
        self.context = context
        self.bindings = bindings
        self.fallback = fallback
    }

    /// The binding that holds `key`, if any.
    public func binding(for key: Key) -> KeyBinding? {
        bindings.first { $0.keys.contains(key) }
    }

    /// What `key` does here: its binding's action for it, the typing fallback, or nil when
    /// nothing holds it. The only place a pressed key is matched.
    func run(_ s: inout AppState, _ key: Key, _ env: AppEnvironment) -> [Effect]? {
        for binding in bindings {
            if let i = binding.keys.firstIndex(of: key) { return binding.run(&s, key: i, env) }
        }
        return fallback.map { $0(&s, key, env) }
    }

    /// Keys held by more than one binding: none in a good map.
    public var duplicateKeys: [Key] {
        var seen: Set<Key> = [], twice: [Key] = []
        for key in bindings.flatMap(\.keys) where !seen.insert(key).inserted { twice.append(key) }
        return twice
    }
}

extension Key {
    /// The key as the help and the footer write it.
    public var label: String {
        switch self {
        case .char(" "): "Spasi"
        case .char(let c): String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        case .ctrl(let c): "^" + String(c).uppercased()
        case .resize: ""
        }
    }
}
