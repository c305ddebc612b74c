import Foundation
import PPIDModel

extension RegisterImport {
    /// Reads and imports a register file into the log; with `ignoringUnknownColumns`, columns
    /// the register format does not know are left out (and named in the summary) rather than
    /// refused.
    public static func run(file: String, into log: EventLog, by officer: String, now: Date, ignoringUnknownColumns: Bool = false) throws(StoreError) -> Summary {
        let data = try POSIXFile.read(file, regularOnly: false)
        // Every row's problems in one pass: the fields and the checks across them first, then
        // the rules against the log for the rows that passed those.
        let checked = try check([UInt8](data), calendar: log.ledger.calendar, numbering: log.ledger.numbering, now: now, ignoringUnknownColumns: ignoringUnknownColumns)
        let rows = checked.rows
        var problems = checked.problems
        try log.refresh()
        // The rules against the current state, so that each refusal names its row.
        problems += ruleProblems([rows, checked.probes], in: log.ledger, reading: log.reader, by: officer, now: now)
        guard problems.isEmpty else { throw .badImport(problems.sorted { $0.line < $1.line }) }
        let checkedAt = log.ledger.revision
        // The rows whose events are added, by place in `rows`.
        var added: [Int] = []
        // Checked row by row above: the rules run again only if another counter wrote since.
        try log.append(by: officer, at: now, checkedAt: checkedAt) { ledger in
            added = []
            var events: [Event] = []
            events.reserveCapacity(rows.count * 2)
            for (i, row) in rows.enumerated() {
                let missing = missingEvents(of: row, in: ledger, reading: log.reader)
                guard !missing.isEmpty else { continue }
                added.append(i)
                events += missing
            }
            return events
        }
        return Summary(
            added: added.count, alreadyPresent: rows.count - added.count,
            controlsShown: added.flatMap { controlsShown(rows[$0]) }, ignoredColumns: checked.ignoredColumns
        )
    }

    /// The import's report on a row whose texts held control characters, a line per column.
    static func controlsShown(_ row: Row) -> [ImportProblem] {
        row.controls.map { column in
            ImportProblem(line: row.line, problem: Phrase(
                id: "\(column) memuat karakter kendali; disimpan tampak seperti di layar (ESC sebagai ␛). Periksa berkas sumbernya.",
                en: "\(column) held control characters; stored shown as on screen (ESC as ␛). Check the source file."
            ))
        }
    }

    /// Each row's refusal by the rules (the good rows and the probes), named by its line. Rows are distinct requests (a
    /// number twice is refused before), so each is checked on its own against `ledger`,
    /// without copying it; the ledger is not held past this call, so the append that follows
    /// does not copy it either.
    private static func ruleProblems(_ lists: [[Row]], in ledger: Ledger, reading reader: RecordReader, by officer: String, now: Date) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        for row in lists.joined() {
            let records = missingEvents(of: row, in: ledger, reading: reader).map { EventRecord(id: "import", at: now, by: officer, event: $0) }
            do throws(LedgerError) {
                try ledger.check(records)
            } catch {
                problems.append(ImportProblem(line: row.line, problem: error.message))
            }
        }
        return problems
    }
}
