import PPIDUI

/// `text` as the commands print it: every line made inert as the screen makes it, so that an
/// escape sequence inside a register's cell or a log line's value, quoted in a message, cannot
/// clear the terminal, set its title or reach the clipboard. Line ends (LF, CR LF) are kept.
///
///     terminalSafe("channel \"\u{1B}]0;x\u{07}\" is unknown\n") == "channel \"␛]0;x␇\" is unknown\n"
func terminalSafe(_ text: String) -> String {
    var out = ""
    var line = ""
    func flush(_ end: String) {
        let crlf = line.unicodeScalars.last == "\r"
        if crlf { line.unicodeScalars.removeLast() }
        out += InertText.displayable(line) + (crlf ? "\r" : "") + end
        line = ""
    }
    for scalar in text.unicodeScalars {
        if scalar == "\n" { flush("\n") } else { line.unicodeScalars.append(scalar) }
    }
    flush("")
    return out
}
