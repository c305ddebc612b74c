/// Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold the separator, a quote or
/// a line break. Each row is built as bytes and added to the text once whole: a year's register
/// is tens of thousands of rows, and the whole CSV is then never held twice (as bytes and as text).
struct CSVWriter {
    let separator: Character
    private let separatorBytes: [UInt8]
    /// The CSV written so far.
    private(set) var text = ""
    /// The row being written.
    private var bytes: [UInt8] = []

    /// `capacity`: about how many bytes the whole CSV takes, so the text is not regrown.
    init(separator: Character = ",", capacity: Int = 0) {
        self.separator = separator
        separatorBytes = Array(String(separator).utf8)
        text.reserveCapacity(capacity)
    }

    mutating func row(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(contentsOf: separatorBytes) }
            var field = CSVWriter.defused(field)
            field.withUTF8 { append($0) }
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
        // Whole rows only, so no character is split.
        text += String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends a field, quoted when it holds the separator, a quote or a line break (any CR
    /// or LF byte, so a CR LF inside a field is quoted too), with its quotes doubled.
    private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        let needsQuotes: Bool
        if separatorBytes.count == 1 {
            let sep = separatorBytes[0]
            needsQuotes = utf8.contains { $0 == sep || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        } else {
            needsQuotes = utf8.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                || String(decoding: utf8, as: UTF8.self).contains(separator)
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

    /// A cell a spreadsheet could take as a formula, one beginning with `=`, `+`, `-`, `@`, a
    /// tab or a CR, gets a leading apostrophe unless the whole cell is a plain number
    /// (`-5000`, `+12.5`), so a requester's text can never run in the head's spreadsheet:
    /// `-2+3+cmd|' /C calc'!A0`, `+1+cmd|…` and `- =1+1` included.
    static func defused(_ s: String) -> String {
        guard let lead = s.utf8.first else { return s }
        // Nearly every field starts with a letter or a digit: nothing to look at.
        guard lead == UInt8(ascii: "=") || lead == UInt8(ascii: "@") || lead == UInt8(ascii: "+") || lead == UInt8(ascii: "-")
            || lead == 0x09 || lead == 0x0D else { return s }
        return isPlainNumber(s) ? s : "'" + s
    }

    /// An optional sign, digits, and at most one `.` or `,` followed by digits.
    static func isPlainNumber(_ s: String) -> Bool {
        var b = s.utf8[...]
        if let f = b.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { b = b.dropFirst() }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        let whole = b.prefix(while: isDigit)
        guard !whole.isEmpty else { return false }
        b = b.dropFirst(whole.count)
        guard let mark = b.first else { return true }
        guard mark == UInt8(ascii: ".") || mark == UInt8(ascii: ",") else { return false }
        let fraction = b.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy(isDigit)
    }
}
