import PPIDModel

/// ArgumentParser's messages about the command line, in the interface's language: its English
/// phrases put into Indonesian one by one; the option names and values stay as typed.
enum ArgumentText {
    static let indonesian: [(String, String)] = [
        ("Error: ", "Kesalahan: "),
        ("Unknown option", "Opsi tidak dikenal"),
        ("Unexpected argument", "Argumen tak terduga"),
        ("Missing expected argument", "Argumen wajib belum diberikan"),
        ("Missing value for", "Nilai belum diberikan untuk"),
        ("is invalid for", "tidak sah untuk"),
        ("The value", "Nilai"),
        ("Help: ", "Bantuan: "),
        ("Usage: ", "Pemakaian: "),
        ("for more information.", "untuk keterangan lebih lanjut."),
        ("See '", "Lihat '"),
        ("Did you mean", "Maksud Anda"),
        ("Please provide one of the following:", "Pilih salah satu:"),
        ("Please provide at least one of the following:", "Berikan paling sedikit satu dari:"),
    ]

    /// ArgumentParser's whole message made short: the mistake on one line (a list of allowed
    /// values joined onto it), then where the help is. The usage line and the option's own
    /// help, which hold both languages, are left out; `--help` shows them.
    static func short(_ full: String, _ language: Language) -> String {
        var mistake: [String] = [], values: [String] = [], see: String?
        for line in full.split(separator: "\n").map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- "), !mistake.isEmpty {
                values.append(String(trimmed.dropFirst(2)))
            } else if trimmed.hasPrefix("See '") {
                see = trimmed
            } else if trimmed.hasPrefix("Help: ") || trimmed.hasPrefix("Usage: ") || trimmed.isEmpty || !values.isEmpty || see != nil {
                continue
            } else {
                mistake.append(trimmed)
            }
        }
        var text = mistake.joined(separator: " ") + (values.isEmpty ? "" : " " + values.joined(separator: ", "))
        if let see { text += "\n" + see }
        return translated(text, language)
    }

    static func translated(_ message: String, _ language: Language) -> String {
        guard language == .indonesian else { return message }
        var text = message
        for (en, id) in indonesian { text = text.replacingOccurrences(of: en, with: id) }
        return text
    }
}
