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
    ]

    static func translated(_ message: String, _ language: Language) -> String {
        guard language == .indonesian else { return message }
        var text = message
        for (en, id) in indonesian { text = text.replacingOccurrences(of: en, with: id) }
        return text
    }
}
