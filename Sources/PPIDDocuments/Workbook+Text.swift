import PPIDModel

extension YearWorkbook {
    /// A text cell as the workbook must hold it. libxlsxwriter writes U+FFFE and U+FFFF as
    /// they are (the sheet's XML is then not well-formed: openpyxl refuses the workbook and
    /// LibreOffice blanks every later text cell) and leaves a literal `_x0007_` for the
    /// reader to turn into a BEL. So the controls are shown as on screen (``InertText``), and
    /// a `_x` that starts such an escape is written `_x005F_x`, which reads back as typed.
    ///
    ///     cellText("a\u{FFFE}_x0007_\u{1B}") == "a\u{FFFD}_x005F_x0007_␛"
    static func cellText(_ text: String) -> String {
        let safe = InertText.forFile(text)
        guard safe.contains("_x") else { return safe }
        let bytes = Array(safe.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        func isHex(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) || (0x41...0x46).contains(c) || (0x61...0x66).contains(c) }
        for (i, c) in bytes.enumerated() {
            out.append(c)
            if c == UInt8(ascii: "_"), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "x"),
               bytes[(i + 2)...(i + 5)].allSatisfy(isHex), bytes[i + 6] == UInt8(ascii: "_") {
                out += Array("x005F_".utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
