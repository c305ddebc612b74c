import Foundation
import PPIDModel
import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// The first time the app opens a folder whose office identity is not set, it asks for it,
/// line by line, before the screen opens, and writes it into `config.toml` (as `init` does).
/// An empty office name skips the questions: the counter registers requests without it, and
/// letters and the report wait until it is set.
enum IdentityPrompt {
    /// One question: the text asked, whether it must be answered, and where the answer goes.
    struct Question {
        let label: Phrase
        let required: Bool
        let keyPath: WritableKeyPath<OfficeIdentity, String>
    }

    static var questions: [Question] { [
        Question(label: Phrase(id: "Nama kantor seperti di kop surat", en: "The office's name as on its letters"), required: true, keyPath: \.name),
        Question(label: Phrase(id: "Badan induk (mis. Kementerian Perindustrian)", en: "Parent body (e.g. Kementerian Perindustrian)"), required: false, keyPath: \.parentBody),
        Question(label: Phrase(id: "Kota (tempat surat ditandatangani)", en: "City (where letters are signed)"), required: true, keyPath: \.city),
        Question(label: Phrase(id: "Alamat", en: "Address"), required: false, keyPath: \.address),
        Question(label: Phrase(id: "Telepon", en: "Telephone"), required: false, keyPath: \.phone),
        Question(label: Phrase(id: "E-mail", en: "E-mail"), required: false, keyPath: \.email),
        Question(label: Phrase(id: "Laman (website)", en: "Website"), required: false, keyPath: \.website),
        Question(label: Phrase(id: "Nama PPID (penanda tangan surat)", en: "The PPID's name (signs the letters)"), required: true, keyPath: \.ppidName),
        Question(label: Phrase(id: "NIP PPID", en: "The PPID's NIP"), required: true, keyPath: \.ppidNIP),
        Question(label: Phrase(id: "Nama atasan PPID", en: "The PPID's superior (atasan PPID)"), required: false, keyPath: \.superiorName),
        Question(label: Phrase(id: "Jabatan atasan PPID", en: "The superior's position"), required: false, keyPath: \.superiorPosition),
        Question(label: Phrase(id: "NIP atasan PPID", en: "The superior's NIP"), required: false, keyPath: \.superiorNIP),
        Question(label: Phrase(id: "Kepala kantor (laporan tahunan)", en: "Head of the office (annual report)"), required: false, keyPath: \.headName),
        Question(label: Phrase(id: "Komisi Informasi yang berwenang (mis. Komisi Informasi Pusat)", en: "The competent Information Commission (e.g. Komisi Informasi Pusat)"), required: false, keyPath: \.commission),
    ] }

    /// Asks when the folder's identity is not set and standard input is a terminal; saves
    /// what was answered. Returns whether it saved.
    @discardableResult
    static func askIfNeeded(_ folder: DataFolder) throws(CLIError) -> Bool {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return false }
        // A folder this user cannot write is opened read-only, as before: nothing to save into.
        guard !FileManager.default.fileExists(atPath: folder.path) || folder.isWritable else { return false }
        let config = try store { () throws(StoreError) in try OfficeConfig.load(from: folder) }
        guard !config.identity.isSet else { return false }
        let output = { (s: String) in FileHandle.standardOutput.write(Data(s.utf8)) }
        guard let identity = ask(config.identity, language: config.language, input: { readLine() }, output: output) else { return false }
        do {
            try identity.save(in: folder)
        } catch {
            // Not saved: said, and the app opens all the same (the counter needs no identity).
            output("ppid-tui: " + error.message(config.language) + "\n")
            return false
        }
        return true
    }

    /// The identity answered, starting from `current`; nil when skipped or not confirmed.
    static func ask(_ current: OfficeIdentity, language lang: Language, input: () -> String?, output: (String) -> Void) -> OfficeIdentity? {
        output(Phrase(
            id: "Identitas kantor belum diisi. Surat dan laporan memerlukannya; isi sekali di sini (Enter kosong pada nama kantor: lewati, isi nanti).\n",
            en: "The office's identity is not set. Letters and the report need it; set it once here (an empty office name: skip, set it later).\n")(lang))
        var identity = current
        for (i, q) in questions.enumerated() {
            while true {
                let now = identity[keyPath: q.keyPath]
                output("\(q.label(lang))\(q.required ? " *" : "")\(now.isEmpty ? "" : " [\(now)]"): ")
                guard let line = input() else { return nil }
                let answer = line.trimmingCharacters(in: .whitespaces)
                if !answer.isEmpty { identity[keyPath: q.keyPath] = answer }
                if i == 0, identity.name.isEmpty { return nil }
                if !q.required || !identity[keyPath: q.keyPath].isEmpty { break }
                output(Phrase(id: "  wajib diisi\n", en: "  required\n")(lang))
            }
        }
        output(Phrase(id: "Simpan ke config.toml? (y/n) ", en: "Save into config.toml? (y/n) ")(lang))
        guard let yes = input()?.trimmingCharacters(in: .whitespaces).lowercased(), yes == "y" || yes == "ya" else { return nil }
        return identity
    }
}
