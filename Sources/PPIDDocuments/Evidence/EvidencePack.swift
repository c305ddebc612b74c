import Foundation
import PPIDModel
import PPIDStore

/// The e-Monev evidence pack (`export --format evidence`, issue 22): the files the Information
/// Commission's yearly monitoring asks for, each a PDF of at most 2 MB where LibreOffice is
/// installed (else the .docx or .xlsx, said plainly), and an index of what is there and what
/// is missing. Registers are their public variants: no name beyond initials, no address,
/// contact or identity number (Pasal 17 h).
public enum EvidencePack {
    /// The monitoring's limit on each file.
    public static let maxBytes = 2 * 1024 * 1024

    /// One line of the index.
    public struct Entry: Sendable, Equatable {
        public var title: String
        /// The file in the pack (its name), nil when missing.
        public var file: String?
        public var note: String
        /// What the document is there without (no DIP decision that year): listed as missing too.
        public var lacks: String? = nil
    }

    public static func folderName(_ year: Int) -> String { "bukti-emonev-\(year)" }
    public static func indexName(_ year: Int) -> String { "indeks-bukti-\(year).md" }

    /// Columns a public register leaves out altogether (they are empty in its variant).
    static let privateColumns: Set<String> = ["Alamat", "Nomor Kontak", "NIK"]

    /// Writes the pack into `directory`, converting each file with LibreOffice at `office`
    /// (nil: none installed); returns the index's entries and its path.
    public static func write(_ c: EvidenceContext, office: String?) throws(DocumentError) -> (entries: [Entry], index: String) {
        if let why = c.config.identity.refusal(folder: c.folder.path) { throw .doesNotFit(why) }
        let y = c.year, dir = c.directory + "/"
        // The folder is made only where its files may go (`OutputPath`, as each file is checked again).
        do {
            try OutputPath.check(dir + indexName(y), folder: c.folder)
            try c.folder.prepareOutputFolder(c.directory)
        } catch {
            throw .store(error)
        }
        let officeName = c.config.officeName
        var sources: [EvidenceSource] = [
            EvidenceSource(title: "Laporan tahunan layanan informasi publik \(y)") { c throws(DocumentError) in
                let path = dir + YearDocuments.reportName(y)
                try YearDocuments.writeReport(c.ledger, year: y, config: c.config, now: c.now, to: path, folder: c.folder)
                return .written(path)
            },
            EvidenceSource(title: "Register permohonan informasi publik \(y) (versi publik)") { c throws(DocumentError) in
                let path = dir + "register-\(y)-publik.xlsx"
                try book(Sheet(name: "Register", title: [officeName, "Register Permohonan Informasi Publik Tahun \(y) (versi publik)"], rows: YearWorkbook.typed(publicRows(RegisterExport.rows(c.ledger, year: y, publicVariant: true))), filter: true), path, c, officeName)
                return .written(path)
            },
            EvidenceSource(title: "Register keberatan \(y) (versi publik)") { c throws(DocumentError) in
                let path = dir + "keberatan-\(y)-publik.xlsx"
                try book(Sheet(name: "Keberatan", title: [officeName, "Register Keberatan dan Sengketa Informasi Tahun \(y) (versi publik)"], rows: YearWorkbook.typed(publicRows(ObjectionExport.rows(c.ledger, year: y, publicVariant: true))), filter: true), path, c, officeName)
                return .written(path)
            },
            EvidenceSource(title: "Waktu pemenuhan permohonan \(y) (tabel 2.6.1 dan waktu layanan)") { c throws(DocumentError) in
                let path = dir + "waktu-layanan-\(y).xlsx"
                let sheets = YearWorkbook.sheets(c.ledger, year: y, now: c.now, office: officeName).filter { ["Rekap 2.6.1", "Waktu Layanan"].contains($0.name) }
                try YearWorkbook.write(sheets, to: path, folder: c.folder, office: officeName)
                return .written(path)
            },
        ]
        sources += otherSources
        var entries: [Entry] = []
        for source in sources {
            switch try source.write(c) {
            case .missing(let why):
                entries.append(Entry(title: source.title, file: nil, note: why))
            case .written(let path):
                entries.append(try converted(path, title: source.title, c, office: office))
            case .writtenNoting(let path, let note):
                var entry = try converted(path, title: source.title, c, office: office)
                entry.note += " " + note
                entry.lacks = note
                entries.append(entry)
            }
        }
        let index = dir + indexName(y)
        do { try ExportWriter.write(indexText(entries, c, office: office), to: index, folder: c.folder) } catch { throw .store(error) }
        return (entries, index)
    }

    /// The file as the pack holds it: its PDF when LibreOffice made one of at most 2 MB,
    /// else the document itself with the reason.
    static func converted(_ path: String, title: String, _ c: EvidenceContext, office: String?) throws(DocumentError) -> Entry {
        let name = (path as NSString).lastPathComponent
        guard let office else {
            return Entry(title: title, file: name, note: "PDF tidak dibuat: LibreOffice tidak terpasang; berkas \((name as NSString).pathExtension) disertakan (ekspor sebagai PDF di Word/Excel sebelum diunggah).")
        }
        let pdf = try Printing.pdf(path, office: office, folder: c.folder)
        let pdfName = (pdf as NSString).lastPathComponent
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int) ?? 0
        if size > maxBytes {
            return Entry(title: title, file: pdfName, note: "PDF \(kilobytes(size)) melebihi batas 2 MB e-Monev; perkecil sebelum diunggah.")
        }
        return Entry(title: title, file: pdfName, note: "PDF \(kilobytes(size)).")
    }

    static func kilobytes(_ n: Int) -> String { "\((n + 1023) / 1024) KB" }

    /// A public register without the columns its variant empties.
    static func publicRows(_ rows: [[String]]) -> [[String]] {
        guard let header = rows.first else { return rows }
        let keep = header.indices.filter { !privateColumns.contains(header[$0]) }
        return rows.map { row in keep.map { $0 < row.count ? row[$0] : "" } }
    }

    static func book(_ sheet: Sheet, _ path: String, _ c: EvidenceContext, _ office: String) throws(DocumentError) {
        try YearWorkbook.write([sheet], to: path, folder: c.folder, office: office)
    }

    /// The index: every document, its file or why it is missing.
    static func indexText(_ entries: [Entry], _ c: EvidenceContext, office: String?) -> String {
        var d = ReportDocument()
        d.heading(1, "Bukti e-Monev \(c.config.officeName) Tahun \(c.year)")
        d.paragraph("Disusun oleh ppid-tui dari log layanan\(c.now.map { " per \(c.ledger.calendar.day(of: $0))" } ?? ""). Setiap berkas PDF paling besar 2 MB."
            + (office == nil ? " LibreOffice tidak terpasang: berkas .docx/.xlsx disertakan sebagai gantinya." : ""))
        d.table(["No.", "Dokumen", "Berkas", "Keterangan"], entries.enumerated().map { i, e in [String(i + 1), e.title, e.file ?? "—", e.note] })
        let missing = entries.compactMap { e in e.file == nil ? "\(e.title): \(e.note)" : e.lacks.map { "\(e.title): \($0)" } }
        d.heading(2, "Yang belum ada")
        if missing.isEmpty {
            d.paragraph("Semua dokumen tersedia.")
        } else {
            d.list(missing, ordered: false)
        }
        return d.markdown()
    }
}
