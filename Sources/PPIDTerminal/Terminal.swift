import CNcurses
import Dispatch
import Foundation
import PPIDUI

/// Why the full-screen interface could not start.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminalType(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "ppid-tui needs a terminal: run it in a terminal window, not with its input or output redirected."
        case .unknownTerminalType(let name):
            return "This terminal type (TERM=\(name)) is unknown here: try TERM=xterm-256color."
        }
    }
}

/// The one place that calls ncurses: starts full-screen mode, copies a ``Grid`` to the
/// screen, reads keys as ``Key`` values, and puts the terminal back as it was.
///
/// Signals and threads: SIGINT (Ctrl-C), SIGTERM and SIGHUP are delivered through dispatch
/// signal sources on a private serial queue, not the main queue, because the main thread
/// spends its time inside ``readKey(timeoutMilliseconds:)``. The handler calls ``restore()``
/// and exits with status 128 + the signal number. Every ncurses call happens under `lock`,
/// so the handler never ends curses mode in the middle of a draw; `readKey` waits for input
/// with `poll(2)` *outside* the lock, so a signal is acted on at once however long the
/// read's timeout. Ctrl-Z (SIGTSTP) and resizes (SIGWINCH) are left to ncurses' own handlers.
///
/// `@unchecked Sendable`: the mutable state and the ncurses library itself are only touched
/// while holding `lock`.
public final class Terminal: @unchecked Sendable {
    private let lock = NSLock()
    private let window: UnsafeMutablePointer<WINDOW>
    /// Colour pairs in use; nil when colours are off (no colour support, or `NO_COLOR` set).
    private var palette: TerminalPalette?
    private var isRestored = false
    private var signalSources: [DispatchSourceSignal] = []

    /// Switches the terminal to full-screen mode: keys unbuffered and not echoed, function
    /// keys decoded, Escape recognised after 25 ms, colours on the terminal's own background
    /// unless `NO_COLOR` is set to something non-empty.
    public init() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
            let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r")
        else { throw TerminalError.notATerminal }
        Terminal.useUTF8Locale()
        guard newterm(nil, output, input) != nil, let window = ppid_stdscr() else {
            throw TerminalError.unknownTerminalType(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.window = window
        cbreak()
        noecho()
        keypad(window, true)
        Terminal.defineKnownSequences()
        set_escdelay(25)
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        if has_colors(), noColor.isEmpty, start_color() == OK {
            palette = TerminalPalette(usesDefaultColors: use_default_colors() == OK, pairCount: Int(ppid_color_pairs()))
        }
        installSignalHandlers()
    }

    deinit {
        restore()
    }

    /// The screen size in cells; build each frame's grid at this size.
    public var size: (width: Int, height: Int) {
        lock.withLock { (Int(getmaxx(window)), Int(getmaxy(window))) }
    }

    /// Copies `grid` to the screen, shows the cursor at `grid.cursor` (or hides it), and
    /// refreshes once; ncurses sends only what changed since the last frame.
    public func draw(_ grid: Grid) {
        lock.withLock {
            guard !isRestored else { return }
            werase(window)
            for y in 0..<grid.height {
                for x in 0..<grid.width {
                    let cell = grid[x: x, y: y]
                    guard !cell.isContinuation else { continue }
                    var wide = Terminal.wideCharacters(cell.character)
                    var character = cchar_t()
                    let pair = palette?.pair(for: cell.style) ?? 0
                    setcchar(&character, &wide, TerminalPalette.attributes(for: cell.style), pair, nil)
                    mvwadd_wch(window, Int32(y), Int32(x), &character)
                }
            }
            if let cursor = grid.cursor, cursor.x < Int(getmaxx(window)), cursor.y < Int(getmaxy(window)),
                cursor.x >= 0, cursor.y >= 0
            {
                curs_set(1)
                wmove(window, Int32(cursor.y), Int32(cursor.x))
            } else {
                curs_set(0)
            }
            wrefresh(window)
        }
    }

    /// The next key, or nil when none came within `timeoutMilliseconds` (negative: wait
    /// with no limit) or the key has no ``Key`` name.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if let key = lock.withLock({ nextKey() }) {
            return key
        }
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        _ = poll(&input, 1, Int32(clamping: timeoutMilliseconds))
        return lock.withLock { nextKey() }
    }

    /// Leaves full-screen mode and gives the terminal back as it was. Safe to call more
    /// than once, and from any thread; after it, `draw` and `readKey` do nothing.
    public func restore() {
        lock.withLock {
            guard !isRestored else { return }
            isRestored = true
            endwin()
        }
    }

    /// A key ncurses already has, without waiting (beyond the Escape delay). Holds `lock`.
    private func nextKey() -> Key? {
        guard !isRestored else { return nil }
        wtimeout(window, 0)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES:
            return Terminal.key(forCode: Int32(bitPattern: value))
        case OK where value == 27:
            // An escape sequence ncurses did not know comes as Escape and its characters, all
            // waiting already: read it whole and drop it, never type it into a field.
            switch EscapeSequence.after({ () -> UInt32? in
                var c: wint_t = 0
                return wget_wch(window, &c) == OK ? UInt32(c) : nil
            }) {
            case .escape: return .escape
            case .discarded: return nil
            case .escapeThen(let c):
                _ = unget_wch(wchar_t(bitPattern: c))
                return .escape
            }
        case OK:
            return Terminal.key(forCharacter: value)
        default:
            return nil
        }
    }

    /// Home, End and the other editing keys as terminals send them that the terminal type's
    /// description may not list (tmux's `ESC [ 1 ~` and `ESC [ 4 ~` under xterm-256color).
    private static func defineKnownSequences() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
            ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
    }

    /// Replaces ncurses' handlers for SIGINT and SIGTERM (and the default for SIGHUP) with
    /// dispatch sources that restore the terminal and exit.
    private func installSignalHandlers() {
        let queue = DispatchQueue(label: "ppid-tui.terminal.signals")
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [weak self] in
                self?.restore()
                exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// Makes wide characters work even when the locale is not UTF-8 (LANG unset, "C").
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = ppid_codeset(), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// The scalars of `character` as ncurses takes them: the spacing scalar, then up to
    /// four combining marks; a null ends the list. A cell holds one spacing character, so
    /// the rest of a multi-character cluster (a flag's second letter, the people joined in
    /// an emoji sequence, and the joiners) is left out.
    private static func wideCharacters(_ character: Character) -> [wchar_t] {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return [0] }
        let marks = scalars.dropFirst()
            .filter { $0.properties.generalCategory != .format && Character($0).displayWidth == 0 }
            .prefix(Int(CCHARW_MAX) - 1)
        return ([first] + marks).map { wchar_t(bitPattern: $0.value) } + [0]
    }
}
