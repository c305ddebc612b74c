import PPIDModel

/// `text` as the commands print it: made inert as every text leaving the program is
/// (``InertText/forFile(_:)``), so that an escape sequence inside a register's cell or a log
/// line's value, quoted in a message, cannot clear the terminal, set its title or reach the
/// clipboard. Line ends (LF, CR LF) and tabs are kept.
///
///     terminalSafe("channel \"\u{1B}]0;x\u{07}\" is unknown\n") == "channel \"␛]0;x␇\" is unknown\n"
func terminalSafe(_ text: String) -> String {
    InertText.forFile(text)
}
