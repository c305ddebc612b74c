import Foundation
import PPIDModel
import PPIDStore

/// The full-screen app. (Wired to the terminal in its own change.)
enum App {
    static func launch(folder: DataFolder, officer: String?, demo: Bool, readOnly: Bool) throws(CLIError) {
        throw CLIError(Phrase(id: "layar penuh belum tersedia pada versi ini; gunakan import, export, check", en: "the full-screen app is not in this build yet; use import, export, check"))
    }
}
