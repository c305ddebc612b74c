import Foundation
import PPIDModel
import PPIDUI

/// The app driven as the run loop drives it: keys in, state and effects out, and — when
/// asked — each `.perform` applied to the ledger and answered, as the store would.
struct Session {
    var state: AppState
    var env: AppEnvironment
    /// Effects returned by the last `press`, `type` or `send`.
    private(set) var effects: [Effect] = []
    private var nextRecord = 1

    init(env: AppEnvironment = Desk.environment(), language: Language = .indonesian, width: Int = 80, height: Int = 24) {
        self.env = env
        state = AppState(language: language)
        // The run loop reports the terminal's size first, which also selects the first row.
        _ = update(&state, .resized(width: width, height: height), env)
    }

    /// Sends keys one by one; `effects` holds what all of them returned.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        effects = keys.flatMap { update(&state, .key($0), env) }
        return effects
    }

    /// Types each character of `text` as a key.
    mutating func type(_ text: String) {
        effects = text.flatMap { update(&state, .key(.char($0)), env) }
    }

    @discardableResult
    mutating func send(_ action: AppAction) -> [Effect] {
        effects = update(&state, action, env)
        return effects
    }

    mutating func resize(_ width: Int, _ height: Int) {
        send(.resized(width: width, height: height))
    }

    /// What the store does with a command: its events, applied to the ledger, as records.
    mutating func record(_ command: Command) throws(LedgerError) -> [EventRecord] {
        let records = try decide(command, env.ledger, now: env.now, by: env.officer).map { event -> EventRecord in
            defer { nextRecord += 1 }
            return EventRecord(id: "s\(nextRecord)", at: env.now, by: env.officer, event: event)
        }
        for r in records { env.ledger.evolve(r) }
        return records
    }

    /// Performs the one `.perform` among `effects` and tells update the result.
    mutating func performPending() throws {
        let commands = effects.compactMap { effect -> Command? in
            if case .perform(let c) = effect { return c } else { return nil }
        }
        guard commands.count == 1, let command = commands.first else {
            throw SessionError("expected one .perform, got \(effects)")
        }
        do throws(LedgerError) {
            let records = try record(command)
            send(.performed(command, .success(records)))
        } catch {
            send(.performed(command, .failure(CommandFailure(error.message))))
        }
    }

    var screen: Grid { render(state, env) }
    var lines: [String] { screen.lines }
    var text: String { screen.text }

    /// The form on top of the stack.
    var form: Form? {
        if case .form(let f)? = state.top { return f }
        return nil
    }
}

struct SessionError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
