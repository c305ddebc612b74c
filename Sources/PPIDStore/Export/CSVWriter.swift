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

    private func quoted(_ s: String) -> String {
        guard s.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
