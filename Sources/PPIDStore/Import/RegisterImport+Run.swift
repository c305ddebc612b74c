import Foundation
import PPIDModel

extension RegisterImport {
    /// Reads and imports a register file into the log.
    public static func run(file: String, into log: EventLog, by officer: String, now: Date) throws(StoreError) -> Summary {
        let data = try POSIXFile.read(file, regularOnly: false)
        // Every row's problems in one pass: the fields and the checks across them first, then
        // the rules against the log for the rows that passed those.
        let checked = try check([UInt8](data), calendar: log.ledger.calendar, numbering: log.ledger.numbering, now: now)
        let rows = checked.rows
        var problems = checked.problems
        try log.refresh()
        // Rule checks against the current state, so that each refusal names its row. Rows are
        // distinct requests (a number twice is refused above), so each is checked on its own
        // against the log's ledger, without copying it.
        let ledger = log.ledger
        for row in rows {
            let records = missingEvents(of: row, in: ledger).map { EventRecord(id: "import", at: now, by: officer, event: $0) }
            do throws(LedgerError) {
                try ledger.check(records)
            } catch {
                problems.append(ImportProblem(line: row.line, problem: error.message))
            }
        }
        guard problems.isEmpty else { throw .badImport(problems.sorted { $0.line < $1.line }) }
        var added = 0
        try log.append(by: officer, at: now) { ledger in
            let missing = rows.map { missingEvents(of: $0, in: ledger) }.filter { !$0.isEmpty }
            added = missing.count
            return missing.flatMap { $0 }
        }
        return Summary(added: added, alreadyPresent: rows.count - added)
    }
}
