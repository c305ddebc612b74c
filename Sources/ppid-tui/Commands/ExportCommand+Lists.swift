import ArgumentParser
import Foundation
import PPIDDocuments
import PPIDModel
import PPIDStore

extension CivilDate {
    /// `--as-of`'s day, read once, when the arguments are parsed.
    static func argument(_ text: String) throws -> CivilDate {
        guard let day = CivilDate(iso: text) else {
            throw ValidationError("Tanggal harus YYYY-MM-DD, mis. 2026-06-30 / The date must be YYYY-MM-DD, e.g. 2026-06-30")
        }
        return day
    }
}

/// `--changes FROM..TO`: the changes after FROM up to and including TO.
struct DayRange {
    var from: CivilDate
    var to: CivilDate

    static func argument(_ text: String) throws -> DayRange {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let from = CivilDate(iso: parts[0]), let to = CivilDate(iso: parts[1]), from <= to else {
            throw ValidationError("--changes harus DARI..SAMPAI, mis. 2026-01-01..2026-06-30 / --changes must be FROM..TO, e.g. 2026-01-01..2026-06-30")
        }
        return DayRange(from: from, to: to)
    }
}

extension ExportCommand {
    var isDIP: Bool { if case .dip = format { true } else { false } }

    /// `--format dip|dik`: the list as it read on `--as-of` (default: the year's last day, or
    /// today while it runs), or the DIP's changes; a .docx, or CSV when `--out` ends in .csv.
    /// Prints the path written (and the PDF's with `--pdf`).
    func writeList(_ office: Office, year: Int, now: Date) throws(CLIError) {
        let today = office.ledger.calendar.day(of: now)
        let day = asOf ?? CivilDate(year: year, month: 12, day: 31).map { min($0, today) } ?? today
        let identity = office.config.identity
        let (name, document, rows): (String, ReportDocument, [[String]])
        if let changes {
            name = "perubahan-dip-\(changes.from)-\(changes.to)"
            document = InformationLists.changes(office.ledger, after: changes.from, through: changes.to, identity: identity)
            rows = InformationLists.changeRows(office.ledger, after: changes.from, through: changes.to)
        } else if isDIP {
            name = "dip-\(day)" + (publicVariant ? "-publik" : "")
            document = InformationLists.dip(office.ledger, on: day, identity: identity, publicVariant: publicVariant)
            rows = InformationLists.dipRows(office.ledger, on: day, publicVariant: publicVariant)
        } else {
            name = "dik-\(day)"
            document = InformationLists.dik(office.ledger, on: day, identity: identity)
            rows = []
        }
        let path = out ?? office.folder.exportsPath + "/" + name + ".docx"
        if path.lowercased().hasSuffix(".csv") {
            guard !rows.isEmpty else { throw CLIError(Phrase(id: "DIK hanya ditulis sebagai .docx.", en: "The DIK is written as a .docx only.")) }
            try store { () throws(StoreError) in try ExportWriter.write(InformationLists.csv(rows, separator: sep.first ?? ","), to: path, folder: office.folder) }
        } else {
            if out == nil { try store { () throws(StoreError) in try office.folder.prepareOutputFolder(office.folder.exportsPath) } }
            try documents { () throws(DocumentError) in
                try InformationLists.write(document, title: name, to: path, config: office.config, folder: office.folder)
            }
        }
        print(path)
        if pdf { try printPDF(path, office: office) }
    }
}
