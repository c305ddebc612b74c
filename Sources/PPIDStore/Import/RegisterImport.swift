import Foundation
import PPIDModel

/// Imports a request register in the format of the fixtures' README: validates every row
/// first, then appends all of them at once, skipping registration numbers already in the log.
///
/// Reading and checking rows (this file) needs no log, so the fuzzer builds it alone;
/// `run` (RegisterImport+Run.swift) writes them.
public enum RegisterImport {
    public static let columns = ["reg_no", "received_at", "channel", "requester_name", "requester_category", "topic", "subject", "outcome", "closed_at", "note"]
    /// The Perki register's further columns (LAW §5), read when the header has them.
    public static let optionalColumns = [
        "address", "contact", "occupation", "identity_number", "purpose", "medium", "access_kind", "delivery",
        "fee", "payment", "notice_on", "handed_over_on", "extended_on", "extension_reason", "completed_at", "missing",
    ]
    /// The longest text a field may hold.
    public static let maxFieldLength = 4000

    public struct Summary: Sendable, Equatable {
        /// Rows whose request was added.
        public let added: Int
        /// Rows whose registration number was already in the log.
        public let alreadyPresent: Int
        /// The added rows' fields that held control characters, by line and column: stored
        /// shown as the screen shows them (ESC as "␛"), for the officer to check the source.
        public var controlsShown: [ImportProblem] = []
        /// Columns of the header left out as unknown (`--ignore-unknown-columns`).
        public var ignoredColumns: [String] = []
    }

    /// One validated row: its events, keyed by its registration number.
    struct Row {
        let line: Int
        let number: String
        let events: [Event]
        /// The columns whose text held control characters (``RowFields/shown(_:_:)``).
        var controls: [String] = []
        /// A row refused only for a descriptive column (channel, name, topic…), its events made
        /// with a stand-in there: never written, only checked against the rules, so that the
        /// same pass names its dates' problems too.
        var isProbe = false
    }

    /// The row's events not yet in the log: all of them for a new number; the rest of them when
    /// an earlier import was cut short after the row's first lines; none when the number is
    /// taken otherwise (an officer's own entries are never added to or overwritten). The
    /// history is read back through `reader`.
    static func missingEvents(of row: Row, in ledger: Ledger, reading reader: RecordReader) -> [Event] {
        guard ledger[row.number] != nil else { return row.events }
        guard let have = try? ledger.history(of: row.number, reading: reader).map(\.event) else { return [] }
        guard have.count < row.events.count, Array(row.events.prefix(have.count)) == have else { return [] }
        return Array(row.events.dropFirst(have.count))
    }

    /// Parses and checks every row; throws every problem of every bad row at once.
    static func validate(_ bytes: [UInt8], calendar: WorkingCalendar, numbering: RegistrationNumbering = .standard, now: Date, ignoringUnknownColumns: Bool = false) throws(StoreError) -> [Row] {
        let (rows, problems, _, _) = try check(bytes, calendar: calendar, numbering: numbering, now: now, ignoringUnknownColumns: ignoringUnknownColumns)
        guard problems.isEmpty else { throw .badImport(problems) }
        return rows
    }

    /// The good rows and every problem of the others: each row's fields are all checked, and
    /// the checks across its fields, so one pass names everything to fix. Throws only when
    /// the file cannot be read as a table at all, or its header is wrong (`header(_:ignoringUnknown:)`).
    static func check(
        _ bytes: [UInt8], calendar: WorkingCalendar, numbering: RegistrationNumbering = .standard, now: Date, ignoringUnknownColumns: Bool = false
    ) throws(StoreError) -> (rows: [Row], problems: [ImportProblem], ignoredColumns: [String], probes: [Row]) {
        let table: [CSVReader.Row]
        do {
            table = try CSVReader.rows(bytes)
        } catch {
            throw .badImport([ImportProblem(line: error.line, problem: error.problem)])
        }
        guard let header = table.first else {
            throw .badImport([ImportProblem(line: 1, problem: Phrase(id: "berkas kosong", en: "the file is empty"))])
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let heading = try Self.header(names, ignoringUnknown: ignoringUnknownColumns)
        let index = ColumnIndex(heading.index)
        var problems: [ImportProblem] = []
        var rows: [Row] = [], probes: [Row] = []
        var seen: [String: Int] = [:]
        seen.reserveCapacity(table.count)
        rows.reserveCapacity(table.count)
        for r in table.dropFirst() {
            guard r.fields.count == names.count else {
                problems.append(ImportProblem(line: r.line, problem: Phrase(id: "\(r.fields.count) kolom, seharusnya \(names.count)", en: "\(r.fields.count) columns, expected \(names.count)")))
                continue
            }
            var errors: [Phrase] = []
            let row = parse(r, index: index, calendar: calendar, numbering: numbering, now: now, errors: &errors)
            if let row {
                if let first = seen[row.number] {
                    errors.append(Phrase(id: "nomor \(row.number) sudah ada di baris \(first)", en: "number \(row.number) already on line \(first)"))
                } else {
                    seen[row.number] = r.line
                }
            }
            if errors.isEmpty, let row, !row.isProbe {
                rows.append(row)
            } else {
                problems += errors.map { ImportProblem(line: r.line, problem: $0) }
                if let row, row.isProbe { probes.append(row) }
            }
        }
        return (rows, problems, heading.ignored, probes)
    }

    /// One row's events, with every problem of the row added to `errors` (nil when it has any
    /// that leaves no events to make; a probe when its only problems are descriptive columns).
    private static func parse(
        _ r: CSVReader.Row, index: ColumnIndex, calendar: WorkingCalendar, numbering: RegistrationNumbering, now: Date, errors: inout [Phrase]
    ) -> Row? {
        var fields = RowFields(row: r, index: index, now: now)
        defer { errors = fields.errors }
        let number = fields.required(.regNo)
        let received = fields.time(.receivedAt)
        // Only numbers exactly of the office's format, of the year of receipt (the model's
        // rule, said here with the column's name): `PPID-2026-5` beside `PPID-2026-005` would
        // be two numbers for one, and a number of another year counted in the wrong year.
        if let number {
            let year = received.map { calendar.day(of: $0).year } ?? numbering.parse(number)?.year ?? calendar.day(of: now).year
            if let refused = numbering.refusal(of: number, receivedIn: year) {
                fields.fail(Phrase(id: "reg_no: " + refused.message.id, en: "reg_no: " + refused.message.en))
            }
        }
        let beforeDescriptive = fields.errors.count
        let channel: Channel? = fields.choice(.channel)
        let name = fields.required(.requesterName)
        let category: RequesterCategory? = fields.choice(.requesterCategory)
        let topic: Topic? = fields.choice(.topic)
        let subject = fields.required(.subject)
        // The Perki register's columns, when the file has them.
        let identity = fields.text(.identityNumber)
        if !identity.isEmpty, !(identity.utf8.count == 16 && identity.utf8.allSatisfy { (0x30...0x39).contains($0) }) {
            fields.fail(Phrase(id: "identity_number \"\(identity)\" bukan NIK 16 angka", en: "identity_number \"\(identity)\" is not a 16-digit NIK"))
        }
        let medium: Medium? = fields.optionalChoice(.medium)
        let accessKind: AccessKind? = fields.optionalChoice(.accessKind)
        let delivery: Delivery? = fields.optionalChoice(.delivery)
        let afterDescriptive = fields.errors.count
        let note = fields.text(.note)
        let outcomeText = fields.text(.outcome)
        let closedText = fields.text(.closedAt)
        let noticeOn = fields.date(.noticeOn)
        let handedOverOn = fields.date(.handedOverOn)
        let extendedOn = fields.date(.extendedOn)
        let extensionReason = fields.text(.extensionReason)
        let completedAt = fields.optionalTime(.completedAt)
        let missingText = fields.text(.missing)
        let feeText = fields.text(.fee)
        let payment = fields.text(.payment)
        var fee = 0
        if !feeText.isEmpty {
            if let n = Rupiah.parse(feeText) { fee = n } else {
                fields.fail(Phrase(
                    id: "fee \"\(feeText)\" bukan rupiah bulat di bawah Rp \(PaymentCodes.rupiah(Rupiah.limit)) (mis. 15000 atau 15.000)",
                    en: "fee \"\(feeText)\" is not whole rupiah below Rp \(PaymentCodes.rupiah(Rupiah.limit)) (e.g. 15000 or 15.000)"
                ))
            }
        }

        // The outcome and the dates across the fields.
        var outcome: Outcome?
        var withdrawn = false
        var closed: Date?
        switch outcomeText {
        case "":
            if !closedText.isEmpty { fields.fail(Phrase(id: "closed_at diisi tetapi outcome kosong", en: "closed_at is set but outcome is empty")) }
        case "withdrawn":
            withdrawn = true
            closed = fields.time(.closedAt)
        default:
            if let o = Outcome(rawValue: outcomeText) { outcome = o } else {
                fields.fail(Phrase(id: "outcome \"\(outcomeText)\" tidak dikenal; pilih: granted, partial, rejected, withdrawn, atau kosong", en: "outcome \"\(outcomeText)\" is unknown; use granted, partial, rejected, withdrawn or leave it empty"))
            }
            // The notice date may come from notice_on alone.
            if noticeOn == nil || !closedText.isEmpty { closed = fields.time(.closedAt) }
        }
        let receivedDay = received.map { calendar.day(of: $0) }
        if withdrawn, let closed, let received, closed < received {
            fields.fail(Phrase(id: "closed_at sebelum received_at", en: "closed_at is before received_at"))
        }
        let notice = noticeOn ?? closed.map { calendar.day(of: $0) }
        if let noticeOn, let closed, outcome != nil, calendar.day(of: closed) != noticeOn {
            fields.fail(Phrase(id: "notice_on \(noticeOn) berbeda dengan tanggal closed_at \(calendar.day(of: closed))", en: "notice_on \(noticeOn) differs from the date of closed_at \(calendar.day(of: closed))"))
        }
        if noticeOn != nil, outcome == nil, outcomeText.isEmpty || withdrawn {
            fields.fail(Phrase(id: "notice_on diisi tetapi permohonan tidak diputuskan (outcome)", en: "notice_on is set but the request was not decided (outcome)"))
        }
        var ground: Ground?
        var moreGrounds: [Ground] = []
        if let o = outcome, o.needsGround {
            if note.isEmpty {
                fields.fail(Phrase(id: "outcome \(o.rawValue) perlu alasan di note: \"Pasal 17 huruf a\"…\"j\", \"tidak dikuasai\", \"belum didokumentasikan\", atau teks alasan dari register", en: "outcome \(o.rawValue) needs its ground in note: \"Pasal 17 huruf a\"…\"j\", \"tidak dikuasai\", \"belum didokumentasikan\", or the register's own words"))
            }
            // Classified only when the text states the ground; otherwise kept word for word.
            // Every ground the text states is kept ("Pasal 17 huruf h; tidak dikuasai": both).
            let stated = GroundText.grounds(in: note)
            ground = stated.first ?? .unclassified
            moreGrounds = Array(stated.dropFirst())
        }
        if (!feeText.isEmpty || !payment.isEmpty), outcome == nil {
            fields.fail(Phrase(id: "fee/payment diisi tetapi permohonan tidak diputuskan", en: "fee/payment is set but the request was not decided"))
        }
        if let handedOverOn {
            switch outcome {
            case .granted?, .partial?:
                if let notice, handedOverOn < notice {
                    fields.fail(Phrase(id: "handed_over_on \(handedOverOn) sebelum tanggal pemberitahuan \(notice)", en: "handed_over_on \(handedOverOn) is before the notice date \(notice)"))
                }
                if handedOverOn > calendar.day(of: now) { fields.fail(Phrase(id: "handed_over_on \(handedOverOn) di masa depan", en: "handed_over_on \(handedOverOn) is in the future")) }
            default:
                fields.fail(Phrase(id: "handed_over_on diisi tetapi tidak ada yang diserahkan (outcome granted atau partial)", en: "handed_over_on is set but nothing was granted to hand over (outcome granted or partial)"))
            }
        }
        // Completion (SOP): counted from, and before any notice or withdrawal.
        if let completedAt, let received {
            if completedAt < received { fields.fail(Phrase(id: "completed_at sebelum received_at", en: "completed_at is before received_at")) }
            if let notice, calendar.day(of: completedAt) > notice {
                fields.fail(Phrase(id: "completed_at sesudah tanggal pemberitahuan \(notice)", en: "completed_at is after the notice date \(notice)"))
            }
            if withdrawn, let closed, completedAt > closed { fields.fail(Phrase(id: "completed_at sesudah pencabutan", en: "completed_at is after the withdrawal")) }
        } else if completedAt == nil, !missingText.isEmpty {
            fields.fail(Phrase(id: "missing diisi tetapi completed_at kosong", en: "missing is set but completed_at is empty"))
        }
        // The extension (Pasal 22(8)): its date and reason together, while the period runs.
        if extendedOn != nil || !extensionReason.isEmpty {
            if extendedOn == nil { fields.fail(Phrase(id: "extension_reason diisi tetapi extended_on kosong", en: "extension_reason is set but extended_on is empty")) }
            if extensionReason.isEmpty { fields.fail(Phrase(id: "extended_on diisi tetapi extension_reason kosong (Pasal 22 ayat 8: alasan tertulis)", en: "extended_on is set but extension_reason is empty (Art. 22(8): written reasons)")) }
            if let extendedOn, let received {
                let start = calendar.deemedReceiptDay(of: completedAt ?? received)
                let original = calendar.adding(workingDays: Deadline.responseDays, to: start)
                if extendedOn < (receivedDay ?? start) {
                    fields.fail(Phrase(id: "extended_on \(extendedOn) sebelum permohonan diterima", en: "extended_on \(extendedOn) is before the request was received"))
                } else if extendedOn > original {
                    fields.fail(Phrase(id: "extended_on \(extendedOn) sesudah batas waktu \(original): perpanjangan hanya selama jangka waktu berjalan (Pasal 22 ayat 8)", en: "extended_on \(extendedOn) is after the deadline \(original): an extension only while the period runs (Art. 22(8))"))
                }
                if let notice, extendedOn > notice {
                    fields.fail(Phrase(id: "extended_on \(extendedOn) sesudah tanggal pemberitahuan \(notice)", en: "extended_on \(extendedOn) is after the notice date \(notice)"))
                }
            }
        }

        guard let number, let received else { return nil }
        // Refused only for what the rules never read: checked with stand-ins all the same.
        let isProbe = !fields.errors.isEmpty
        guard !isProbe || (beforeDescriptive == 0 && afterDescriptive == fields.errors.count) else { return nil }
        let details = RequestDetails(
            requesterName: name ?? "-", category: category ?? .individual, address: fields.text(.address), contact: fields.text(.contact),
            occupation: fields.text(.occupation), identityNumber: isProbe ? "" : identity, topic: topic ?? .other,
            subject: subject ?? "-", purpose: fields.text(.purpose), accessKind: accessKind, medium: medium, delivery: delivery
        )
        var events: [Event] = [.requestRegistered(RequestRegistered(request: number, receivedAt: received, channel: channel ?? .walkIn, details: details))]
        if let completedAt {
            let what = missingText.isEmpty ? "(tidak dicatat di register / not recorded in the register)" : missingText
            // A register gives the completion, not the day it was sent back: the day of receipt
            // stands for it, the earliest it can have been.
            events.append(.requestReturnedIncomplete(RequestReturnedIncomplete(request: number, missing: what, on: calendar.day(of: received))))
            events.append(.requestDeclaredComplete(RequestDeclaredComplete(request: number, completedAt: completedAt)))
        }
        // The extension's date is checked above; RequestExtended records its reason only
        // until the model records the date of the extension letter (issue 14 item 1).
        if let extendedOn { events.append(.requestExtended(RequestExtended(request: number, reason: extensionReason, on: extendedOn))) }
        if withdrawn, let closed {
            events.append(.requestWithdrawn(RequestWithdrawn(request: number, withdrawnAt: closed, reason: note)))
        } else if let outcome, let notice {
            events.append(.requestDecided(RequestDecided(request: number, outcome: outcome, ground: ground, noticeOn: notice, fee: fee, payment: payment, note: note, moreGrounds: moreGrounds, fromRegister: true)))
            if let handedOverOn { events.append(.informationHandedOver(InformationHandedOver(request: number, handedOverOn: handedOverOn))) }
        }
        return Row(line: r.line, number: number, events: events, controls: fields.controls, isProbe: isProbe)
    }
}

/// Where an import file's columns lie in its rows, and what its header calls each.
protocol ImportColumnPlaces {
    associatedtype Column
    func place(_ column: Column) -> Int?
    func name(_ column: Column) -> String
}

extension RegisterImport.ColumnIndex: ImportColumnPlaces {
    func place(_ column: RegisterImport.Column) -> Int? { self[column] }
    func name(_ column: RegisterImport.Column) -> String { column.name }
}

/// Columns found by the names in the file's header (the DIP and DIK lists).
struct NamedColumns: ImportColumnPlaces {
    let header: [String: Int]
    func place(_ column: String) -> Int? { header[column] }
    func name(_ column: String) -> String { column }
}

/// A row's fields, read by column, each problem kept rather than thrown so that a row's
/// every problem is reported at once.
struct RowFields<Places: ImportColumnPlaces> {
    typealias Column = Places.Column
    let row: CSVReader.Row
    let index: Places
    let now: Date
    var errors: [Phrase] = []
    var controls: [String] = []

    init(row: CSVReader.Row, index: Places, now: Date) {
        self.row = row
        self.index = index
        self.now = now
    }

    mutating func fail(_ problem: Phrase) { errors.append(problem) }

    /// The field's text, trimmed; empty when the column is absent or too long (reported).
    mutating func text(_ column: Column) -> String {
        guard let i = index.place(column) else { return "" }
        let name = index.name(column)
        let v = row.fields[i]
        // Characters are never more than bytes: only a long text needs counting.
        guard v.utf8.count <= RegisterImport.maxFieldLength || v.count <= RegisterImport.maxFieldLength else {
            fail(Phrase(id: "\(name) terlalu panjang (\(v.utf8.count) bita; paling banyak \(RegisterImport.maxFieldLength) karakter)", en: "\(name) is too long (\(v.utf8.count) bytes; at most \(RegisterImport.maxFieldLength) characters)"))
            return ""
        }
        return trimmed(shown(name, v))
    }

    /// A field's text with its controls shown as the screen shows them (ESC as "␛", BEL as
    /// "␇"; line breaks and tabs kept), its column noted for the import's report. The row is
    /// kept: the request is real, only its text held what a terminal or a workbook would act
    /// on. Shown once, a text stays as it is, so a second import finds the same events.
    mutating func shown(_ name: String, _ v: String) -> String {
        let safe = InertText.forFile(v)
        if safe != v, !controls.contains(name) { controls.append(name) }
        return safe
    }

    mutating func required(_ column: Column) -> String? {
        let name = index.name(column)
        let before = errors.count
        let v = text(column)
        guard errors.count == before else { return nil }
        guard !v.isEmpty else {
            fail(Phrase(id: "\(name) kosong", en: "\(name) is empty"))
            return nil
        }
        return v
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ column: Column) -> E? where E.RawValue == String {
        guard let v = required(column) else { return nil }
        return parsed(index.name(column), v)
    }

    /// A choice column that may be absent or empty.
    mutating func optionalChoice<E: RawRepresentable & CaseIterable>(_ column: Column) -> E? where E.RawValue == String {
        let v = text(column)
        return v.isEmpty ? nil : parsed(index.name(column), v)
    }

    private mutating func parsed<E: RawRepresentable & CaseIterable>(_ name: String, _ v: String) -> E? where E.RawValue == String {
        guard let e = E(rawValue: v) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            fail(Phrase(id: "\(name) \"\(v)\" tidak dikenal; pilih: \(allowed)", en: "\(name) \"\(v)\" is unknown; use one of: \(allowed)"))
            return nil
        }
        return e
    }

    mutating func time(_ column: Column) -> Date? {
        guard let v = required(column) else { return nil }
        return instant(index.name(column), v)
    }

    mutating func optionalTime(_ column: Column) -> Date? {
        let v = text(column)
        return v.isEmpty ? nil : instant(index.name(column), v)
    }

    private mutating func instant(_ name: String, _ v: String) -> Date? {
        guard let d = Timestamp.parse(v) else {
            fail(Phrase(id: "\(name) \"\(v)\" bukan waktu ISO 8601 dengan zona (mis. 2019-01-09T08:02:00+07:00)", en: "\(name) \"\(v)\" is not an ISO 8601 time with offset (e.g. 2019-01-09T08:02:00+07:00)"))
            return nil
        }
        guard d <= now else {
            fail(Phrase(id: "\(name) \(v) di masa depan", en: "\(name) \(v) is in the future"))
            return nil
        }
        return d
    }

    /// A `YYYY-MM-DD` column that may be absent or empty.
    mutating func date(_ column: Column) -> CivilDate? {
        let name = index.name(column)
        let v = text(column)
        guard !v.isEmpty else { return nil }
        guard let d = CivilDate(iso: v) else {
            fail(Phrase(id: "\(name) \"\(v)\" bukan tanggal YYYY-MM-DD", en: "\(name) \"\(v)\" is not a YYYY-MM-DD date"))
            return nil
        }
        return d
    }
}

/// Reads a ground for withholding from a register's text, only where the text states it
/// (issue 14 item 9): `Pasal 17 huruf h` (any case, as its own words), the stored codes
/// (`pasal17h`, `not_held`, `not_documented`), `tidak dikuasai` / `not held`, `belum
/// didokumentasikan` / `not yet documented`. Anything else — "rahasia dagang", "Data 2017
/// belum lengkap" — is no ground read: the import keeps such text word for word as an
/// unclassified ground rather than guess a letter.
public enum GroundText {
    public static func parse(_ text: String) -> Ground? {
        grounds(in: text).first
    }

    /// Every ground the text states, in the order they appear.
    public static func grounds(in text: String) -> [Ground] {
        let t = text.lowercased()
        let compact = trimmed(t)
        if let g = Ground(code: compact), g != .unclassified { return [g] }
        var found: [(String.Index, Ground)] = []
        // Each word is looked for only when the bytes hold it as it is (all ASCII), which
        // either search needs to find it: most notes hold none.
        // "pasal 17 huruf x" with single spaces or more, the letter a word of its own.
        let words = holds(t, "pasal") ? t.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) : []
        var i = 0
        while i + 3 < words.count {
            if words[i] == "pasal", words[i + 1] == "17", words[i + 2] == "huruf", words[i + 3].count == 1, let p = Pasal17(rawValue: String(words[i + 3])) {
                found.append((words[i].startIndex, .exception(p)))
                i += 4
            } else {
                i += 1
            }
        }
        let phrases: [(StaticString, Ground)] = [("tidak dikuasai", .notHeld), ("not held", .notHeld), ("belum didokumentasikan", .notYetDocumented), ("not yet documented", .notYetDocumented)]
        for (phrase, g) in phrases where holds(t, phrase) {
            if let r = t.range(of: phrase.description), !found.contains(where: { $0.1 == g }) { found.append((r.lowerBound, g)) }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Whether the UTF-8 of `text` holds the ASCII `word`'s bytes.
    private static func holds(_ text: String, _ word: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { t in
            word.withUTF8Buffer { w in
                guard w.count <= t.count else { return false }
                return (0...(t.count - w.count)).contains { at in (0..<w.count).allSatisfy { t[at + $0] == w[$0] } }
            }
        }
    }
}

/// `text.trimmingCharacters(in: .whitespaces)`, answered from the first and last bytes when
/// they are plain ASCII that is not a space or a tab (nearly every field of a register).
func trimmed(_ text: String) -> String {
    let b = text.utf8
    guard let first = b.first, let last = b.last else { return text }
    func keeps(_ c: UInt8) -> Bool { c < 0x80 && c != 0x20 && c != 0x09 }
    return keeps(first) && keeps(last) ? text : text.trimmingCharacters(in: .whitespaces)
}
