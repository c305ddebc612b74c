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
    /// The one place the DIP and the DIK join the pack (issue 22; being built beside this):
    /// replace each entry's `write` with the writer of its document (a .docx or .xlsx in
    /// `context.directory`, returned as `.written(path)`; the pack converts it to PDF and
    /// checks its size). Until then the index lists them as missing, saying why.
    public static let otherSources: [EvidenceSource] = [
        EvidenceSource(title: "Daftar Informasi Publik (DIP)") { _ throws(DocumentError) in
            .missing("DIP belum dapat dibuat oleh ppid-tui versi ini; lampirkan DIP dan keputusan PPID yang menetapkannya dari berkas kantor.")
        },
        EvidenceSource(title: "Daftar Informasi yang Dikecualikan (DIK) dengan ringkasan uji konsekuensi") { _ throws(DocumentError) in
            .missing("DIK belum dapat dibuat oleh ppid-tui versi ini; lampirkan DIK dan uji konsekuensinya dari berkas kantor.")
        },
    ]
}
