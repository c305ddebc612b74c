import PPIDModel

/// An RFC 4180 reader: comma-separated, fields optionally in double quotes, `""` for a quote
/// inside one, CRLF or LF line ends. Hand-written for speed on large registers.
struct CSVReader {
    struct Row {
        /// The file line the row starts on (1-based).
        let line: Int
        let fields: [String]
    }

    struct Failure: Error {
        let line: Int
        let problem: Phrase
    }

    /// Every row of `bytes`, or the first place the file cannot be read.
    static func rows(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ",")) throws(Failure) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowStart = 1
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // UTF-8 byte-order mark
        var quoted = false
        var fieldWasQuoted = false

        func finishField() throws(Failure) {
            guard let s = field.withUnsafeBufferPointer({ UTF8Check.isValid($0, from: 0, to: $0.count) ? String(decoding: $0, as: UTF8.self) : nil }) else {
                throw Failure(line: line, problem: Phrase(id: "kolom \(fields.count + 1) bukan UTF-8 yang sah", en: "column \(fields.count + 1) is not valid UTF-8"))
            }
            fields.append(s)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func finishRow() throws(Failure) {
            try finishField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowStart, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let c = bytes[i]
            if c == 0 {
                throw Failure(line: line, problem: Phrase(id: "berisi karakter NUL", en: "contains a NUL character"))
            }
            if quoted {
                // A run of plain bytes, copied at once.
                let run = plainRun(bytes, from: i) { $0 != 0x22 && $0 != 0x0A }
                if run > i {
                    field.append(contentsOf: bytes[i..<run])
                    i = run
                    continue
                }
                if c == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 2
                        continue
                    }
                    quoted = false
                } else {
                    if c == 0x0A { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case 0x22 where field.isEmpty && !fieldWasQuoted:
                quoted = true
                fieldWasQuoted = true
            case 0x22:
                throw Failure(line: line, problem: Phrase(id: "tanda kutip di tengah kolom \(fields.count + 1); apit seluruh kolom dengan kutip", en: "a quote inside column \(fields.count + 1); quote the whole field"))
            case separator:
                try finishField()
            case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                break
            case 0x0A:
                try finishRow()
                line += 1
                rowStart = line
            default:
                if fieldWasQuoted {
                    throw Failure(line: line, problem: Phrase(id: "teks setelah kutip penutup di kolom \(fields.count + 1)", en: "text after the closing quote in column \(fields.count + 1)"))
                }
                // This byte and the plain ones after it, copied at once.
                let run = plainRun(bytes, from: i + 1) { $0 != 0x22 && $0 != separator && $0 != 0x0D && $0 != 0x0A }
                field.append(contentsOf: bytes[i..<run])
                i = run
                continue
            }
            i += 1
        }
        if quoted {
            throw Failure(line: rowStart, problem: Phrase(id: "kutip tidak ditutup sampai akhir berkas", en: "a quote is never closed"))
        }
        if !field.isEmpty || !fields.isEmpty { try finishRow() }
        return rows
    }

    /// Where the run of bytes from `i` that are not NUL and pass `plain` ends.
    private static func plainRun(_ bytes: [UInt8], from i: Int, _ plain: (UInt8) -> Bool) -> Int {
        var j = i
        while j < bytes.count, bytes[j] != 0, plain(bytes[j]) { j += 1 }
        return j
    }
}
