import CNcurses
import PPIDUI

/// Decoding what `wget_wch` returns into app keys.
extension Terminal {
    /// The key for an ncurses function-key code (`KEY_CODE_YES`), or nil if the app has no name for it.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case ppid_key_f(1)...ppid_key_f(63): return .function(Int(code - ppid_key_f(0)))
        default: return nil
        }
    }

    /// The key for a character `wget_wch` read: control codes get names, Escape arrives
    /// alone once the escape delay has passed, anything else printable is `.char`.
    static func key(forCharacter value: wint_t) -> Key? {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<0x20, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }
}
