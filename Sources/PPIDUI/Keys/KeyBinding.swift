import PPIDModel

/// What a bound key does: the state, the key pressed (one binding may hold several) and the
/// environment in, the effects for the run loop out.
public typealias KeyAction = @Sendable (inout AppState, Key, AppEnvironment) -> [Effect]

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
    public let action: KeyAction

    public init(
        _ keys: [Key], _ label: String? = nil, help: Phrase, hint: Phrase? = nil, footerKey: String? = nil,
        rank: Int = 5,
        isOn: (@Sendable (AppState) -> Bool)? = nil, refusal: KeyRefusal? = nil, action: @escaping KeyAction
    ) {
        self.keys = keys
        self.label = label ?? keys.map(\.label).joined(separator: " ")
        self.footerKey = footerKey ?? String(self.label.split(separator: " ").first ?? "")
        self.help = help
        self.hint = hint
        self.rank = rank
        self.isOn = isOn
        self.refusal = refusal
        self.action = action
    }

    /// Whether the binding applies in `s`: the footer and the help show only these.
    public func isEnabled(_ s: AppState, _ env: AppEnvironment) -> Bool {
        refusal?(s, env) == nil
    }

    /// What pressing one of its keys does: the action, or the reason it does not apply.
    func run(_ s: inout AppState, _ key: Key, _ env: AppEnvironment) -> [Effect] {
        if let why = refusal?(s, env) {
            s.status = StatusMessage(why, isError: true)
            return []
        }
        return action(&s, key, env)
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
    public let fallback: KeyAction?

    public init(context: KeyContext, bindings: [KeyBinding], fallback: KeyAction?) {
        self.context = context
        self.bindings = bindings
        self.fallback = fallback
    }

    /// The binding that holds `key`, if any.
    public func binding(for key: Key) -> KeyBinding? {
        bindings.first { $0.keys.contains(key) }
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
