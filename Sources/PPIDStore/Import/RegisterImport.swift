import Foundation
import PPIDModel

/// Imports a request register in the format of the fixtures' README: validates every row
/// first, then appends all of them at once, skipping registration numbers already in the log.
///
/// Reading and checking rows (this file) needs no log, so the fuzzer builds it alone;
/// `run` (RegisterImport+Run.swift) writes them.
public enum RegisterImport {
    public static let columns = ["reg_no", "received_at", "channel", "requester_name", "requester_category", "topic", "subject", "outcome", "closed_at", "note"]
    /// The longest text a field may hold.
    public static let maxFieldLength = 4000

    public struct Summary: Sendable, Equatable {
        /// Rows whose request was added.
        public let added: Int
        /// Rows whose registration number was already in the log.
        public let alreadyPresent: Int
    }

    /// One validated row: its events, keyed by its registration number.
    struct Row {
        let line: Int
        let number: String
        let events: [Event]
    }

    /// The row's events not yet in the log: all of them for a new number; the rest of them when
    /// an earlier import was cut short after the row's first lines; none when the number is
    /// taken otherwise (an officer's own entries are never added to or overwritten).
    static func missingEvents(of row: Row, in ledger: Ledger) -> [Event] {
        guard ledger[row.number] != nil else { return row.events }
        guard let have = try? ledger.history(of: row.number).map(\.event) else { return [] }
        guard have.count < row.events.count, Array(row.events.prefix(have.count)) == have else { return [] }
        return Array(row.events.dropFirst(have.count))
    }

    /// Parses and checks every row; throws every bad row at once.
    static func validate(_ bytes: [UInt8], calendar: WorkingCalendar, numbering: RegistrationNumbering = .standard, now: Date) throws(StoreError) -> [Row] {
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
        let missing = columns.filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw .badImport([ImportProblem(line: 1, problem: Phrase(id: "kolom tidak ada di judul: \(missing.joined(separator: ", "))", en: "header lacks columns: \(missing.joined(separator: ", "))"))])
        }
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [ImportProblem] = []
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for r in table.dropFirst() {
            guard r.fields.count == names.count else {
                problems.append(ImportProblem(line: r.line, problem: Phrase(id: "\(r.fields.count) kolom, seharusnya \(names.count)", en: "\(r.fields.count) columns, expected \(names.count)")))
                continue
            }
            do throws(RowError) {
                let row = try parse(r, index: index, calendar: calendar, numbering: numbering, now: now)
                if let first = seen[row.number] {
                    throw RowError(Phrase(id: "nomor \(row.number) sudah ada di baris \(first)", en: "number \(row.number) already on line \(first)"))
                }
                seen[row.number] = r.line
                rows.append(row)
            } catch {
                problems.append(ImportProblem(line: r.line, problem: error.problem))
            }
        }
        guard problems.isEmpty else { throw .badImport(problems) }
        return rows
    }

    struct RowError: Error {
        let problem: Phrase
        init(_ problem: Phrase) { self.problem = problem }
    }

    private static func parse(_ r: CSVReader.Row, index: [String: Int], calendar: WorkingCalendar, numbering: RegistrationNumbering, now: Date) throws(RowError) -> Row {
        func field(_ name: String) throws(RowError) -> String {
            let v = r.fields[index[name] ?? 0]
            // Characters are never more than bytes: only a long text needs counting.
            guard v.utf8.count <= maxFieldLength || v.count <= maxFieldLength else {
                throw RowError(Phrase(id: "\(name) terlalu panjang (\(v.utf8.count) bita; paling banyak \(maxFieldLength) karakter)", en: "\(name) is too long (\(v.utf8.count) bytes; at most \(maxFieldLength) characters)"))
            }
            return trimmed(v)
        }
        func required(_ name: String) throws(RowError) -> String {
            let v = try field(name)
            guard !v.isEmpty else { throw RowError(Phrase(id: "\(name) kosong", en: "\(name) is empty")) }
            return v
        }
        func choice<E: RawRepresentable & CaseIterable>(_ name: String) throws(RowError) -> E where E.RawValue == String {
            let v = try required(name)
            guard let e = E(rawValue: v) else {
                let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
                throw RowError(Phrase(id: "\(name) \"\(v)\" tidak dikenal; pilih: \(allowed)", en: "\(name) \"\(v)\" is unknown; use one of: \(allowed)"))
            }
            return e
        }
        func time(_ name: String) throws(RowError) -> Date {
            let v = try required(name)
            guard let d = Timestamp.parse(v) else {
                throw RowError(Phrase(id: "\(name) \"\(v)\" bukan waktu ISO 8601 dengan zona (mis. 2019-01-09T08:02:00+07:00)", en: "\(name) \"\(v)\" is not an ISO 8601 time with offset (e.g. 2019-01-09T08:02:00+07:00)"))
            }
            guard d <= now else { throw RowError(Phrase(id: "\(name) \(v) di masa depan", en: "\(name) \(v) is in the future")) }
            return d
        }

        let number = try required("reg_no")
        // Only numbers of the office's format: a running number of any size would otherwise
        // become the year's highest, and the next one given after it would overflow.
        guard numbering.parse(number) != nil else {
            throw RowError(Phrase(
                id: "reg_no \"\(number)\" tidak sesuai pola nomor \(numbering.pattern) (numbers.request di config.toml; nomor urut paling besar \(RegistrationNumbering.maxSequence))",
                en: "reg_no \"\(number)\" does not match the number format \(numbering.pattern) (numbers.request in config.toml; running numbers up to \(RegistrationNumbering.maxSequence))"
            ))
        }
        let received = try time("received_at")
        let details = RequestDetails(
            requesterName: try required("requester_name"), category: try choice("requester_category"),
            topic: try choice("topic"), subject: try required("subject")
        )
        var events: [Event] = [.requestRegistered(RequestRegistered(request: number, receivedAt: received, channel: try choice("channel"), details: details))]
        let note = try field("note")
        let outcome = try field("outcome")
        switch outcome {
        case "":
            guard try field("closed_at").isEmpty else {
                throw RowError(Phrase(id: "closed_at diisi tetapi outcome kosong", en: "closed_at is set but outcome is empty"))
            }
        case "withdrawn":
            let closed = try time("closed_at")
            guard closed >= received else { throw RowError(Phrase(id: "closed_at sebelum received_at", en: "closed_at is before received_at")) }
            events.append(.requestWithdrawn(RequestWithdrawn(request: number, withdrawnAt: closed, reason: note)))
        default:
            guard let o = Outcome(rawValue: outcome) else {
                throw RowError(Phrase(id: "outcome \"\(outcome)\" tidak dikenal; pilih: granted, partial, rejected, withdrawn, atau kosong", en: "outcome \"\(outcome)\" is unknown; use granted, partial, rejected, withdrawn or leave it empty"))
            }
            let closed = try time("closed_at")
            var ground: Ground?
            if o.needsGround {
                guard let g = GroundText.parse(note) else {
                    throw RowError(Phrase(id: "outcome \(outcome) perlu alasan di note: \"Pasal 17 huruf a\"…\"j\", \"tidak dikuasai\", atau \"belum didokumentasikan\"", en: "outcome \(outcome) needs its ground in note: \"Pasal 17 huruf a\"…\"j\", \"not held\" or \"not yet documented\""))
                }
                ground = g
            }
            events.append(.requestDecided(RequestDecided(request: number, outcome: o, ground: ground, noticeOn: calendar.day(of: closed), note: note)))
        }
        return Row(line: r.line, number: number, events: events)
    }
}

/// Reads a ground for withholding from free text: `Pasal 17 huruf h`, `17h`, `pasal17h`,
/// `tidak dikuasai`, `not held`, `belum didokumentasikan`, `not yet documented`.
public enum GroundText {
    public static func parse(_ text: String) -> Ground? {
        // The register's own wording, "Pasal 17 huruf h", read at once.
        let b = Array(text.utf8)
        if b.count == 16, b.starts(with: Array("Pasal 17 huruf ".utf8)), let p = Pasal17(rawValue: String(decoding: b[15...], as: UTF8.self)) {
            return .exception(p)
        }
        let t = text.lowercased()
        if t.contains("tidak dikuasai") || t.contains("not held") || t.contains("not_held") { return .notHeld }
        if t.contains("belum didokumentasikan") || t.contains("not yet documented") || t.contains("not_documented") { return .notYetDocumented }
        let compact = t.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "huruf", with: "").replacingOccurrences(of: "pasal", with: "")
            .replacingOccurrences(of: "article", with: "").replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
        guard let r = compact.range(of: "17") else { return nil }
        let rest = compact[r.upperBound...]
        guard let letter = rest.first, let p = Pasal17(rawValue: String(letter)) else { return nil }
        return .exception(p)
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
