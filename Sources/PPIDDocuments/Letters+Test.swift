import Foundation
import PPIDModel
import PPIDStore

extension Letters {
    /// The test a letter is for, by its DIK number.
    public static func find(_ ledger: Ledger, test number: String) throws(DocumentError) -> ExemptionEntry {
        guard let entry = ledger.exemption(number) else {
            throw .unknown(Phrase(id: "Tidak ada uji konsekuensi bernomor \(number) dalam DIK (panel 4).", en: "No consequence test numbered \(number) in the DIK (pane 4)."))
        }
        return entry
    }

    /// A DIK test's letter (the test sheet, the PPID's decision on it), filled from the office's
    /// template or the default; none for an office whose identity is not set.
    public static func make(_ kind: LetterKind, test entry: ExemptionEntry, folder: DataFolder, identity: OfficeIdentity, officer: String) throws(DocumentError) -> Data {
        if let why = identity.refusal(folder: folder.path) { throw .doesNotFit(why) }
        guard kind.isTestLetter else {
            throw .doesNotFit(Phrase(id: "Surat \(kind.rawValue) dibuat untuk permohonan, bukan uji konsekuensi; gunakan --request.", en: "The \(kind.rawValue) letter is for a request, not a consequence test; use --request."))
        }
        let template = try template(kind, folder: folder)
        return try TemplateFill.fill(template.data, path: template.path, fields: LetterFields.fields(test: entry, identity: identity, officer: officer))
    }

    /// Writes a test's letter into `out` (or `letters/DIK-001-test-sheet.docx`); its path. Its
    /// number is the PPID's decision on the test, already in the log: nothing is recorded.
    public static func write(_ kind: LetterKind, test number: String, office: Office, officer: String, out: String? = nil) throws(DocumentError) -> String {
        let entry = try find(office.ledger, test: number)
        let data = try make(kind, test: entry, folder: office.folder, identity: office.config.identity, officer: officer)
        let path = out ?? lettersPath(office.folder) + "/" + safeName(entry.test.number) + "-" + kind.rawValue + ".docx"
        if out == nil {
            do { try office.folder.prepareOutputFolder(office.folder.lettersPath) } catch { throw .store(error) }
        }
        try write(data, to: path, folder: office.folder)
        return path
    }
}
