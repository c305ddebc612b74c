/// Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold the separator, a quote or
/// a line break.
struct CSVWriter {
    let separator: Character
    private(set) var text = ""

    init(separator: Character = ",") {
        self.separator = separator
    }

    mutating func row(_ fields: [String]) {
        text += fields.map(quoted).joined(separator: String(separator))
        text += "\r\n"
    }

    private func quoted(_ raw: String) -> String {
        let s = CSVWriter.defused(raw)
        guard s.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text a spreadsheet would run as a formula (`=…`, `@…`, `+`/`-` not starting a number)
    /// gets a leading apostrophe, so a requester's text can never run in the head's spreadsheet.
    static func defused(_ s: String) -> String {
        guard let first = s.first else { return s }
        switch first {
        case "=", "@": return "'" + s
        case "+", "-":
            let next = s.dropFirst().first
            return next.map { $0.isNumber || $0 == " " } ?? true ? s : "'" + s
        default: return s
        }
    }
}
