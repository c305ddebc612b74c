import Foundation
import PPIDModel
import PPIDStore

/// Makes the letters: the office's template (or the default), filled from a request.
public enum Letters {
    public static func templatesPath(_ folder: DataFolder) -> String { folder.templatesPath }
    public static func lettersPath(_ folder: DataFolder) -> String { folder.lettersPath }

    /// Writes each default template not in `templates/` yet; an edited one is kept.
    public static func writeTemplates(into folder: DataFolder) throws(DocumentError) -> (written: [String], kept: [String]) {
        var written: [String] = [], kept: [String] = []
        do { try folder.prepareOutputFolder(folder.templatesPath) } catch { throw .store(error) }
        for kind in LetterKind.allCases {
            let path = templatesPath(folder) + "/" + kind.templateName
            if FileManager.default.fileExists(atPath: path) {
                kept.append(path)
                continue
            }
            let data = try LetterTemplates.defaultTemplate(kind, logo: try logo(folder))
            do { try ExportWriter.stage(data, at: path, folder: folder, templates: true).place() } catch { throw .store(error) }
            written.append(path)
        }
        return (written, kept)
    }

    /// The request and objection a letter is for: by the request's number, or by the
    /// objection's (whose request is then its own).
    public static func find(_ ledger: Ledger, request: String?, objection: String?) throws(DocumentError) -> (Request, Objection?) {
        if let objection {
            guard let pair = ledger.objections.first(where: { $0.objection.number == objection }) else {
                throw .unknown(Phrase(id: "Tidak ada keberatan bernomor \(objection).", en: "No objection numbered \(objection)."))
            }
            if let request, request != pair.request.number {
                throw .unknown(Phrase(id: "Keberatan \(objection) bukan atas permohonan \(request).", en: "Objection \(objection) is not about request \(request)."))
            }
            return (pair.request, pair.objection)
        }
        guard let request, let r = ledger.requests[request] else {
            throw .unknown(LedgerError.unknownRequest(request ?? "").message)
        }
        return (r, nil)
    }

    /// The template for a kind: the office's in `templates/`, else (none there) the default;
    /// one that cannot be used safely stops the letter, saying why (`DataFolder.readTemplate`).
    public static func template(_ kind: LetterKind, folder: DataFolder) throws(DocumentError) -> (data: Data, path: String) {
        let path = templatesPath(folder) + "/" + kind.templateName
        let office: Data?
        do { office = try folder.readTemplate(named: kind.templateName) } catch { throw .store(error) }
        if let office { return (office, path) }
        return (try LetterTemplates.defaultTemplate(kind, logo: try logo(folder)), "(bawaan/default) " + kind.templateName)
    }

    /// The office's logo in `templates/` (`logo.png`, else `logo.jpg`/`.jpeg`) for the default
    /// letterhead, read as templates are (never through a link, a regular file of the folder's
    /// owner or group), at most `Logo.maxBytes`; nil when there is none.
    public static func logo(_ folder: DataFolder) throws(DocumentError) -> Logo? {
        for name in Logo.fileNames {
            let data: Data?
            do { data = try folder.readTemplate(named: name, maxBytes: Logo.maxBytes) } catch { throw .store(error) }
            guard let data else { continue }
            guard let logo = Logo(data: data) else {
                throw .badTemplate(path: templatesPath(folder) + "/" + name, detail: "bukan gambar PNG atau JPEG yang dapat dibaca; ganti atau hapus / not a readable PNG or JPEG image; replace or remove it")
            }
            return logo
        }
        return nil
    }

    /// The letter's file name: the registration number and the kind, "PPID-2019-049-refusal.docx".
    public static func fileName(_ kind: LetterKind, request r: Request, objection o: Objection?) -> String {
        let number = (kind.isObjectionLetter ? o?.number ?? r.number : r.number)
        return safeName(number) + "-" + kind.rawValue + ".docx"
    }

    /// A number as a file name: "/" and other separators become "-", and so does a control
    /// (a log written by another program may hold one): the name is printed and listed.
    public static func safeName(_ s: String) -> String {
        String(s.map { c in
            c == "/" || c == "\\" || c == ":" || c.isWhitespace || InertText.displayable(String(c)) != String(c) ? "-" : c
        })
    }

    /// The filled letter with its number (`Ledger.letterNumber`), or why it cannot be made:
    /// none is made for an office whose identity is not set.
    public static func make(
        _ kind: LetterKind, request r: Request, objection o: Objection?, ledger: Ledger, folder: DataFolder, identity: OfficeIdentity,
        officer: String, letter: LetterNumberPlan
    ) throws(DocumentError) -> Data {
        if let why = identity.refusal(folder: folder.path) { throw .doesNotFit(why) }
        if let why = kind.misfit(r, objection: o) { throw .doesNotFit(why) }
        if !kind.isObjectionLetter, o != nil {
            throw .doesNotFit(Phrase(id: "Surat \(kind.rawValue) dibuat untuk permohonan, bukan keberatan; gunakan --request.", en: "The \(kind.rawValue) letter is for a request, not an objection; use --request."))
        }
        let template = try template(kind, folder: folder)
        let fields = LetterFields.fields(
            r, objection: o, calendar: ledger.calendar, identity: identity, officer: officer, letter: letter, tests: ledger.tests(citedBy: r))
        return try TemplateFill.fill(template.data, path: template.path, fields: fields)
    }

    /// The day a letter carries when it is not the day it is made: a receipt is dated the day
    /// the request came in, whenever it is printed, and numbered by that day (`Ledger.letterNumber`).
    public static func carriedDay(_ kind: LetterKind, of r: Request, _ calendar: WorkingCalendar) -> CivilDate? {
        kind == .receipt ? calendar.day(of: r.receivedAt) : nil
    }

    /// Writes a document whole at `path`, an output of `folder`'s, owner-only, making its folder.
    public static func write(_ data: Data, to path: String, folder: DataFolder) throws(DocumentError) {
        let staged = try stage(data, at: path, folder: folder)
        do { try staged.place() } catch { throw .store(error) }
    }

    /// Writes a document beside `path`, not yet in place (see `StagedOutput`).
    public static func stage(_ data: Data, at path: String, folder: DataFolder) throws(DocumentError) -> StagedOutput {
        do {
            return try ExportWriter.stage(data, at: path, folder: folder)
        } catch {
            throw .store(error)
        }
    }

    /// The path relative to the data folder when inside it (for the history), else as given.
    public static func relative(_ path: String, to folder: DataFolder) -> String {
        let full = (path as NSString).standardizingPath
        return full.hasPrefix(folder.path + "/") ? String(full.dropFirst(folder.path.count + 1)) : full
    }
}
