import Foundation
import PPIDModel
import PPIDStore

/// What a writer of the evidence pack is given: the year's log, the office, and the pack's folder.
public struct EvidenceContext: Sendable {
    public let ledger: Ledger
    public let year: Int
    public let config: OfficeConfig
    public let folder: DataFolder
    /// The pack's folder: every file goes in it, checked by `OutputPath` like every output.
    public let directory: String
    public let now: Date?

    public init(ledger: Ledger, year: Int, config: OfficeConfig, folder: DataFolder, directory: String, now: Date?) {
        self.ledger = ledger
        self.year = year
        self.config = config
        self.folder = folder
        self.directory = directory
        self.now = now
    }
}

/// What a writer made: the file it wrote in the pack's folder, or why there is none (said in
/// the index, in Indonesian as the pack is filed).
public enum EvidenceResult: Sendable, Equatable {
    case written(String)
    /// Written, with what the index adds about it (e.g. no DIP decision that year).
    case writtenNoting(String, note: String)
    case missing(String)
}

/// A document of the pack beside the report, the registers and the service times.
public struct EvidenceSource: Sendable {
    public var title: String
    public var write: @Sendable (EvidenceContext) throws(DocumentError) -> EvidenceResult

    public init(title: String, write: @escaping @Sendable (EvidenceContext) throws(DocumentError) -> EvidenceResult) {
        self.title = title
        self.write = write
    }
}

extension EvidencePack {
    /// The DIP and the DIK (issue 22), each as it read on the year's last day (today, for the
    /// year still running): a .docx the pack converts to PDF. An empty list is missing, saying why.
    public static let otherSources: [EvidenceSource] = [
        EvidenceSource(title: "Daftar Informasi Publik (DIP)") { c throws(DocumentError) in
            let day = listDay(c)
            guard !c.ledger.publicList(on: day).isEmpty else {
                return .missing("DIP belum memuat informasi per \(day); catat DIP dan keputusan PPID yang menetapkannya di panel 4 (atau import --dip).")
            }
            let path = c.directory + "/dip-\(c.year).docx"
            try InformationLists.write(InformationLists.dip(c.ledger, on: day, identity: c.config.identity, publicVariant: false), title: "Daftar Informasi Publik \(c.year)", to: path, config: c.config, folder: c.folder)
            // The monitoring asks for the decision establishing or updating the DIP that year.
            guard c.ledger.publicListDecisions.contains(where: { $0.on.year == c.year && $0.on <= day }) else {
                let last = InformationLists.dipDecision(c.ledger, on: day).map { " (terakhir: Nomor \($0.decisionNumber) tanggal \(LetterFields.longDate($0.on)))" } ?? ""
                return .writtenNoting(path, note: "Tidak ada keputusan PPID yang menetapkan atau memperbarui DIP pada tahun \(c.year)\(last); catat di panel 4 (t).")
            }
            return .written(path)
        },
        EvidenceSource(title: "Daftar Informasi yang Dikecualikan (DIK) dengan ringkasan uji konsekuensi") { c throws(DocumentError) in
            let day = listDay(c)
            guard !c.ledger.exemptionList(on: day).isEmpty else {
                return .missing("Tidak ada uji konsekuensi yang berlaku per \(day); catat DIK di panel 4 (atau import --dik) bila ada informasi yang dikecualikan.")
            }
            let path = c.directory + "/dik-\(c.year).docx"
            try InformationLists.write(InformationLists.dik(c.ledger, on: day, identity: c.config.identity), title: "Daftar Informasi yang Dikecualikan \(c.year)", to: path, config: c.config, folder: c.folder)
            return .written(path)
        },
    ]

    /// The day the pack's lists are read on: the year's last, or today while it runs.
    static func listDay(_ c: EvidenceContext) -> CivilDate {
        // 31 December exists in every year `export` accepts (1900–9999).
        let end = CivilDate(year: c.year, month: 12, day: 31) ?? CivilDate(ordinal: 0)
        guard let now = c.now else { return end }
        return min(end, c.ledger.calendar.day(of: now))
    }
}
