/// Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold the separator, a quote or
/// a line break. Built as bytes: a year's register is tens of thousands of rows.
struct CSVWriter {
    let separator: Character
    private let separatorByte: UInt8?
    private var bytes: [UInt8] = []

    init(separator: Character = ",") {
        self.separator = separator
        separatorByte = separator.asciiValue
    }

    /// The CSV written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func row(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(contentsOf: String(separator).utf8) }
            append(CSVWriter.defused(field))
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// Appends a field, quoted when it holds the separator, a quote or a line break (any CR
    /// or LF byte, so a CR LF inside a field is quoted too), with its quotes doubled.
    private mutating func append(_ s: String) {
        let utf8 = s.utf8
        let needsQuotes: Bool
        if let sep = separatorByte {
            needsQuotes = utf8.contains { $0 == sep || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        } else {
            needsQuotes = utf8.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D } || s.contains(separator)
        }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for c in utf8 {
            if c == 0x22 { bytes.append(0x22) }
            bytes.append(c)
        }
        bytes.append(0x22)
    }

    /// Text a spreadsheet would run as a formula (`=…`, `@…`, `+`/`-` not starting a number)
    /// gets a leading apostrophe, so a requester's text can never run in the head's spreadsheet.
    static func defused(_ s: String) -> String {
        let b = s.utf8
        guard let lead = b.first else { return s }
        // Nearly every field starts with a letter or a digit: nothing to look at.
        if lead != UInt8(ascii: "="), lead != UInt8(ascii: "@"), lead != UInt8(ascii: "+"), lead != UInt8(ascii: "-"), lead < 0x80 { return s }
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
