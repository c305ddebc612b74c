import Foundation
import PPIDModel

/// Imports an office's DIP or DIK kept in a spreadsheet (`import --dip`, `--dik`; LAW §8):
/// every problem of every row named in one pass, the rules asked of each row that passed its
/// fields, then all rows appended at once. Idempotent: a row whose entry already reads the
/// same is left; a DIP row that differs updates its entry (the event names what changed); a
/// DIK row that differs is refused (a test is corrected in pane 4, with its reason).
public enum ListImport {
    public enum Kind: Sendable {
        case dip, dik

        /// The columns a file of this kind has; the required ones first.
        public var columns: (required: [String], optional: [String]) {
            switch self {
            case .dip:
                (["number", "summary", "unit", "responsible", "form", "kind"], ["made_when", "made_where", "retention", "on"])
            case .dik:
                (["number", "title", "withheld", "ground", "if_opened", "if_closed", "public_interest", "unit", "decision_number", "decided_on", "participants"],
                 ["law", "until", "review_on", "trigger", "trigger_reference"])
            }
        }
    }

    public struct Summary: Sendable, Equatable {
        public let added: Int
        public let updated: Int
        public let alreadyPresent: Int
    }

    /// Reads, checks and imports `file` into the log.
    public static func run(_ kind: Kind, file: String, into log: EventLog, by officer: String, now: Date) throws(StoreError) -> Summary {
        let data = try POSIXFile.read(file, regularOnly: false)
        try log.refresh()
        let (rows, fieldProblems) = try parse(kind, [UInt8](data), today: log.ledger.calendar.day(of: now), now: now)
        var problems = fieldProblems
        var commands: [(line: Int, command: Command, isUpdate: Bool)] = []
        var present = 0
        for (line, command) in rows {
            switch standing(command, in: log.ledger) {
            case .same: present += 1; continue
            case .differs(let why):
                guard let why else { commands.append((line, command, true)); break }
                problems.append(ImportProblem(line: line, problem: why))
                continue
            case .new: commands.append((line, command, false))
            }
            if let refused = refusal(of: command, log.ledger, now: now, by: officer) {
                problems.append(ImportProblem(line: line, problem: refused.message))
            }
        }
        guard problems.isEmpty else { throw .badImport(problems.sorted { $0.line < $1.line }) }
        guard !commands.isEmpty else { return Summary(added: 0, updated: 0, alreadyPresent: present) }
        try log.append(by: officer, at: now) { (ledger) throws(LedgerError) -> [Event] in
            var events: [Event] = []
            for c in commands { events += try decide(c.command, ledger, now: now, by: officer) }
            return events
        }
        let updated = commands.filter(\.isUpdate).count
        return Summary(added: commands.count - updated, updated: updated, alreadyPresent: present)
    }

    private enum Standing { case new, same, differs(Phrase?) }

    /// Whether the row's entry is new, already reads the same, or differs (with why that is
    /// refused, or nil when it is an update).
    private static func standing(_ command: Command, in ledger: Ledger) -> Standing {
        switch command {
        case .recordTest(let t):
            guard let have = ledger.exemption(t.number) else { return .new }
            if have.test == t { return .same }
            return .differs(Phrase(
                id: "\(t.number) sudah ada di DIK dengan isi lain (\(t.changes(from: have.test).joined(separator: ", "))); koreksi di panel 4 dengan alasannya",
                en: "\(t.number) is already in the DIK with other content (\(t.changes(from: have.test).joined(separator: ", "))); correct it in pane 4 with its reason"))
        case .setPublicEntry(let e, _):
            guard let have = ledger.publicListings.first(where: { $0.entry.number == e.number }) else { return .new }
            return have.entry == e && have.removed == nil ? .same : .differs(nil)
        default:
            return .new
        }
    }

    /// Each good row's command by its line, and every problem of every row.
    static func parse(_ kind: Kind, _ bytes: [UInt8], today: CivilDate, now: Date) throws(StoreError) -> (rows: [(Int, Command)], problems: [ImportProblem]) {
        let table: [CSVReader.Row]
        do {
            table = try CSVReader.rows(bytes)
        } catch {
            throw .badImport([ImportProblem(line: error.line, problem: error.problem)])
        }
        guard let header = table.first else { throw .badImport([ImportProblem(line: 1, problem: Phrase(id: "berkas kosong", en: "the file is empty"))]) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let (required, optional) = kind.columns
        let unknown = names.filter { !required.contains($0) && !optional.contains($0) }
        let missing = required.filter { !names.contains($0) }
        var headerProblems: [Phrase] = []
        if !missing.isEmpty { headerProblems.append(Phrase(id: "kolom wajib tidak ada: \(missing.joined(separator: ", "))", en: "required columns missing: \(missing.joined(separator: ", "))")) }
        if !unknown.isEmpty {
            headerProblems.append(Phrase(
                id: "kolom tidak dikenal: \(unknown.joined(separator: ", ")); kolom yang dikenal: \((required + optional).joined(separator: ", "))",
                en: "unknown columns: \(unknown.joined(separator: ", ")); known columns: \((required + optional).joined(separator: ", "))"))
        }
        guard headerProblems.isEmpty else { throw .badImport(headerProblems.map { ImportProblem(line: 1, problem: $0) }) }
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [(Int, Command)] = []
        var problems: [ImportProblem] = []
        var seen: [String: Int] = [:]
        for r in table.dropFirst() {
            guard r.fields.count == names.count else {
                problems.append(ImportProblem(line: r.line, problem: Phrase(id: "\(r.fields.count) kolom, seharusnya \(names.count)", en: "\(r.fields.count) columns, expected \(names.count)")))
                continue
            }
            var fields = RowFields(row: r, index: NamedColumns(header: index), now: now)
            let command = kind == .dip ? publicEntry(&fields, today: today) : test(&fields)
            if let number = fields.text("number").nilIfEmpty {
                if let first = seen[number] {
                    fields.fail(Phrase(id: "nomor \(number) sudah ada di baris \(first)", en: "number \(number) already on line \(first)"))
                } else {
                    seen[number] = r.line
                }
            }
            if fields.errors.isEmpty, let command { rows.append((r.line, command)) }
            problems += fields.errors.map { ImportProblem(line: r.line, problem: $0) }
        }
        return (rows, problems)
    }

    private static func publicEntry(_ f: inout RowFields<NamedColumns>, today: CivilDate) -> Command? {
        let number = f.required("number"), summary = f.required("summary"), unit = f.required("unit"), responsible = f.required("responsible")
        let form: PublicForm? = labelled(&f, "form")
        let kind: PublicKind? = labelled(&f, "kind")
        let on = f.date("on") ?? today
        if on > today { f.fail(Phrase(id: "on \(on) di masa depan", en: "on \(on) is in the future")) }
        guard let number, let summary, let unit, let responsible, let form, let kind else { return nil }
        return .setPublicEntry(
            PublicEntry(
                number: number, summary: summary, unit: unit, responsible: responsible, madeWhen: f.text("made_when"), madeWhere: f.text("made_where"),
                form: form, retention: f.text("retention"), kind: kind),
            on: on)
    }

    private static func test(_ f: inout RowFields<NamedColumns>) -> Command? {
        let number = f.required("number")
        let texts = ["title", "withheld", "if_opened", "if_closed", "public_interest", "unit", "decision_number", "participants"].map { f.required($0) }
        let groundText = f.required("ground")
        let ground = groundText.flatMap { text -> Pasal17? in
            if let letter = Pasal17(rawValue: text.lowercased()) { return letter }
            if case .exception(let letter)? = GroundText.parse(text) { return letter }
            f.fail(Phrase(id: "ground \"\(text)\" bukan huruf Pasal 17 (a–j, mis. h atau \"Pasal 17 huruf h\")", en: "ground \"\(text)\" is not an Article 17 letter (a–j, e.g. h or \"Pasal 17 huruf h\")"))
            return nil
        }
        let decidedText = f.required("decided_on")
        let decidedOn = decidedText.flatMap { _ in f.date("decided_on") }
        let (until, reviewOn) = (f.date("until"), f.date("review_on"))
        let trigger: TestTrigger? = f.text("trigger").isEmpty ? .beforeRequest : f.optionalChoice("trigger")
        guard let number, let ground, let decidedOn, let trigger else { return nil }
        let t = texts.compactMap { $0 }
        guard t.count == texts.count else { return nil }
        return .recordTest(ConsequenceTest(
            number: number, title: t[0], withheld: t[1], ground: ground, law: f.text("law"), ifOpened: t[2], ifClosed: t[3], publicInterest: t[4],
            until: until, reviewOn: reviewOn, unit: t[5], trigger: trigger, triggerReference: f.text("trigger_reference"), decisionNumber: t[6],
            decidedOn: decidedOn, participants: t[7]))
    }

    /// A choice column read by its stored name or its label in either language, any case,
    /// "-" and spaces as "_" ("Setiap saat", "serta-merta", "Elektronik").
    private static func labelled<E: RawRepresentable & CaseIterable & Labelled>(_ f: inout RowFields<NamedColumns>, _ name: String) -> E? where E.RawValue == String {
        guard let v = f.required(name) else { return nil }
        let key = v.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let e = E.allCases.first(where: { [$0.rawValue, $0.label.id.lowercased(), $0.label.en.lowercased()].map { $0.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_") }.contains(key) }) {
            return e
        }
        let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
        f.fail(Phrase(id: "\(name) \"\(v)\" tidak dikenal; pilih: \(allowed)", en: "\(name) \"\(v)\" is unknown; use one of: \(allowed)"))
        return nil
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
