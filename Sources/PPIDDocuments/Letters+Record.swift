import Foundation
import PPIDModel
import PPIDStore

extension Letters {
    /// Makes a letter into `out` (or `letters/`), records it in the request's history, then
    /// puts it in place. Its number is given under the append lock, from the log as it stands
    /// then (`Ledger.letterNumber`): the letter is filled and written beside its name there,
    /// so a letter whose record cannot be written is dropped and an earlier letter of that
    /// name stays as it was. Returns the letter's path.
    public static func record(
        _ kind: LetterKind, request: String?, objection: String?, office: Office, officer: String, now: Date, out: String? = nil
    ) throws(DocumentError) -> String {
        let identity = office.config.identity
        if let why = identity.refusal(folder: office.folder.path) { throw .doesNotFit(why) }
        let (r, o) = try find(office.ledger, request: request, objection: objection)
        let path = out ?? lettersPath(office.folder) + "/" + fileName(kind, request: r, objection: o)
        if out == nil {
            do { try office.folder.prepareOutputFolder(office.folder.lettersPath) } catch { throw .store(error) }
        }
        var staged: StagedOutput?
        var failure: DocumentError?
        do {
            try office.log.append(by: officer, at: now) { (ledger) throws(LedgerError) -> [Event] in
                guard let current = ledger[r.number] else { throw .unknownRequest(r.number) }
                let currentObjection = o.flatMap { o in current.objections.first { $0.number == o.number } }
                let plan = try ledger.letterNumber(
                    kind.rawValue, request: r.number, objection: o?.number ?? "", numbering: office.config.letterNumbering, now: now,
                    dated: carriedDay(kind, of: current, ledger.calendar), reading: office.reader)
                let made = plan.record(kind.rawValue, request: r.number, objection: o?.number ?? "", file: relative(path, to: office.folder))
                let events = try decide(.recordLetter(made), ledger, now: now, by: officer)
                do throws(DocumentError) {
                    let data = try make(kind, request: current, objection: currentObjection, ledger: ledger, folder: office.folder, identity: identity, officer: officer, letter: plan)
                    staged = try stage(data, at: path, folder: office.folder)
                } catch {
                    failure = error
                    return []
                }
                return events
            }
        } catch {
            staged?.discard()
            throw .store(error)
        }
        if let failure { throw failure }
        guard let staged else { throw .failed(Phrase(id: "Surat tidak dibuat.", en: "The letter was not made.")) }
        do { try staged.place() } catch { throw .store(error) }
        return path
    }
}
