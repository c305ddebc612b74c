import CXlsxWriter
import Foundation
import PPIDModel
import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// One cell of a sheet, typed: a date is a date, a number a number, text is text.
public enum SheetCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(CivilDate)
    case dateTime(CivilDate, hour: Int, minute: Int)
    case empty
}

/// A sheet: its title block (the office, what the sheet is, its year), a bold, frozen header
/// row, then rows; `boldRows` are later rows set bold too (a second table on the sheet).
public struct Sheet: Sendable {
    public var name: String
    /// Lines above the table, the first larger; none for a bare table.
    public var title: [String]
    public var rows: [[SheetCell]]
    public var boldRows: Set<Int> = [0]
    /// An autofilter over the table (one table of rows, no totals row to sort away).
    public var filter: Bool

    public init(name: String, title: [String] = [], rows: [[SheetCell]], boldRows: Set<Int> = [0], filter: Bool = false) {
        self.name = name
        self.title = title
        self.rows = rows
        self.boldRows = boldRows
        self.filter = filter
    }
}

/// The year's workbook (`export --format xlsx`), written by libxlsxwriter.
public enum YearWorkbook {
    /// The workbook's sheets: Rekap 2.6.1, Register, Keberatan, Sampel, Waktu Layanan.
    public static func sheets(_ ledger: Ledger, year: Int, now: Date?, office: String = "") -> [Sheet] {
        let recap = ledger.recap(year: year)
        func counts(_ r: RecapRow) -> [SheetCell] {
            Channel.allCases.map { .number(Double(r.count($0))) } + Outcome.allCases.map { .number(Double(r.count($0))) }
        }
        var rekap: [[SheetCell]] = [RecapExport.header.map(SheetCell.text)]
        for (i, row) in recap.months.enumerated() { rekap.append([.text(MonthlyRecap.monthNames[i])] + counts(row)) }
        rekap.append([.text("Jumlah")] + counts(recap.total))

        let register = typed(RegisterExport.rows(ledger, year: year))
        let objections = typed(ObjectionExport.rows(ledger, year: year))
        let samples = typed(SampleExport.rows(ledger, year: year, now: now))

        let figures = ledger.figures(year: year)
        let times = figures.responseTimes
        var service: [[SheetCell]] = [[.text("Waktu penyelesaian"), .text("Jumlah permohonan")]]
        for (band, n) in zip(ResponseTimes.Band.allCases, times.bands) { service.append([.text(band.label.id + " kerja"), .number(Double(n))]) }
        service.append([.text("Jumlah"), .number(Double(times.count))])
        service.append([])
        let topicHeader = service.count
        service.append([.text("Topik"), .text("Jumlah"), .text("Median (hari kerja)"), .text("Paling lama (hari kerja)"), .text("Terlambat")])
        for (topic, t) in figures.byTopic {
            service.append([
                .text(topic.label.id), .number(Double(t.count)), t.median.map { .number(Double($0)) } ?? .empty,
                t.longest.map { .number(Double($0)) } ?? .empty, .number(Double(t.late)),
            ])
        }
        func title(_ what: String) -> [String] { [office, "\(what) Tahun \(year)"].filter { !$0.isEmpty } }
        return [
            Sheet(name: "Rekap 2.6.1", title: title("Rekapitulasi Permohonan Informasi Publik (Tabel 2.6.1)"), rows: rekap, boldRows: [0, rekap.count - 1]),
            Sheet(name: "Register", title: title("Register Permohonan Informasi Publik"), rows: register, filter: true),
            Sheet(name: "Keberatan", title: title("Register Keberatan dan Sengketa Informasi"), rows: objections, filter: true),
            Sheet(name: "Sampel", title: title("Register Sampel Pengujian"), rows: samples, filter: true),
            Sheet(name: "Waktu Layanan", title: title("Waktu Pemenuhan Permohonan Informasi Publik"), rows: service, boldRows: [0, topicHeader]),
        ]
    }

    /// The widest a column grows, in characters; longer texts wrap.
    static let widest = 40

    /// Columns whose cells are dates ("2019-01-09", or with the time "2019-01-09 08:02").
    static let dateColumns: Set<String> = [
        "Tanggal Permohonan", "Batas Waktu", "Tanggal Pemberitahuan Tertulis", "Tanggal Pemberian Informasi",
        "Tanggal Diterima", "Tanggal Tanggapan", "Batas Waktu Tanggapan",
        "Surat Diterima", "Berlaku Sampai", "Selesai",
    ]

    /// Whether a column's cells are numbers (where they read as one; "Berjalan" stays text).
    static func isNumberColumn(_ name: String) -> Bool {
        ["Waktu Penyelesaian (Hari Kerja)", "Biaya", "Tagihan (Rp)", "Jumlah Sampel", "Total Menit Kerja"].contains(name)
            || name.hasSuffix("Menit Kerja") || name.hasSuffix("Mutu Baku")
    }

    /// An export's text rows, each cell typed by its column: dates and numbers only where the
    /// column holds them, so a phone number or an NIK stays text.
    static func typed(_ rows: [[String]]) -> [[SheetCell]] {
        guard let header = rows.first else { return [] }
        var out: [[SheetCell]] = [header.map(SheetCell.text)]
        for row in rows.dropFirst() {
            out.append(row.enumerated().map { i, value in
                let column = i < header.count ? header[i] : ""
                if value.isEmpty { return .empty }
                if dateColumns.contains(column), let cell = dateCell(value) { return cell }
                if isNumberColumn(column), let n = Int(value) { return .number(Double(n)) }
                return .text(value)
            })
        }
        return out
    }

    static func dateCell(_ s: String) -> SheetCell? {
        let parts = s.split(separator: " ")
        guard let first = parts.first, let date = CivilDate(iso: first) else { return nil }
        if parts.count == 1 { return .date(date) }
        let hm = parts[1].split(separator: ":")
        guard parts.count == 2, hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]) else { return nil }
        return .dateTime(date, hour: h, minute: m)
    }

    /// Writes the sheets to `path`, an output of `folder`'s, whole (a temporary file beside
    /// it, owner-only, then renamed).
    public static func write(_ sheets: [Sheet], to path: String, folder: DataFolder, office: String = "") throws(DocumentError) {
        do { try OutputPath.check(path, folder: folder) } catch { throw DocumentError.store(error) }
        let dir = POSIXFile.parent(of: path)
        if !dir.isEmpty {
            do { try ExportWriter.makeFolder(dir) } catch { throw DocumentError.store(error) }
        }
        // libxlsxwriter opens its file by name: it writes inside a new folder only this user
        // can enter, never at a name another user could plant a link at.
        let scratch: String
        do { scratch = try ExportWriter.privateFolder(beside: path) } catch { throw DocumentError.store(error) }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let tmp = scratch + "/" + (path as NSString).lastPathComponent
        guard let wb = workbook_new(tmp) else {
            unlink(tmp)
            throw .failed(Phrase(id: "libxlsxwriter tidak dapat membuat \(tmp)", en: "libxlsxwriter could not create \(tmp)"))
        }
        let bold = workbook_add_format(wb)
        format_set_bold(bold)
        format_set_text_wrap(bold)
        format_set_align(bold, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        let dateFormat = workbook_add_format(wb)
        format_set_num_format(dateFormat, "dd/mm/yyyy")
        let dateTimeFormat = workbook_add_format(wb)
        format_set_num_format(dateTimeFormat, "dd/mm/yyyy hh:mm")
        // Every cell at the top of its row, so a row grown for a wrapped text reads as one line.
        let plain = workbook_add_format(wb)
        for f in [plain, dateFormat, dateTimeFormat] { format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        // A long text wraps in its column (at most `widest` characters wide) rather than
        // widening the page.
        let wrapFormat = workbook_add_format(wb)
        format_set_text_wrap(wrapFormat)
        format_set_align(wrapFormat, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        let titleFormat = workbook_add_format(wb)
        format_set_bold(titleFormat)
        format_set_font_size(titleFormat, 14)
        let subtitleFormat = workbook_add_format(wb)
        format_set_bold(subtitleFormat)
        var failure: String?
        for sheet in sheets {
            guard let ws = workbook_add_worksheet(wb, sheet.name) else {
                failure = "worksheet \(sheet.name)"
                break
            }
            // The title block, then a blank row, then the table.
            for (i, line) in sheet.title.enumerated() {
                let e = worksheet_write_string(ws, lxw_row_t(i), 0, cellText(line), i == 0 ? titleFormat : subtitleFormat)
                if e != LXW_NO_ERROR, failure == nil { failure = "\(sheet.name) title: " + String(cString: lxw_strerror(e)) }
            }
            let top = sheet.title.isEmpty ? 0 : sheet.title.count + 1
            var widths: [Int] = []
            for (index, row) in sheet.rows.enumerated() {
                let r = index + top
                let isBold = sheet.boldRows.contains(index)
                // Wrapped lines need the height (15 points a line): a header's at 18 characters,
                // a long text's at the widest column (LibreOffice does not grow the row itself).
                let wrap = isBold ? 18 : widest
                let lines = row.map { cell -> Int in
                    guard case .text(let s) = cell else { return 1 }
                    return s.split(separator: "\n", omittingEmptySubsequences: false).map { ($0.count + wrap - 1) / wrap }.reduce(0, +)
                }.max() ?? 1
                if lines > 1 { worksheet_set_row(ws, lxw_row_t(r), Double(15 * lines), nil) }
                for (c, cell) in row.enumerated() {
                    let rr = lxw_row_t(r), cc = lxw_col_t(c)
                    var width = 0
                    var e = LXW_NO_ERROR
                    switch cell {
                    case .text(let s):
                        // Always a string cell: a text starting with "=" is never a formula.
                        width = s.split(separator: "\n").map(\.count).max() ?? 0
                        e = worksheet_write_string(ws, rr, cc, cellText(s), isBold ? bold : width > widest ? wrapFormat : plain)
                        // A long header wraps (its format does) rather than widening the column.
                        if isBold { width = min(width, 18) }
                    case .number(let n):
                        e = worksheet_write_number(ws, rr, cc, n, isBold ? bold : plain)
                        // Never through Int: a log may hold an amount past Int.max as a Double.
                        width = String(format: "%.0f", n).count
                    case .date(let d):
                        var dt = lxw_datetime(year: Int32(d.year), month: Int32(d.month), day: Int32(d.day), hour: 0, min: 0, sec: 0)
                        e = worksheet_write_datetime(ws, rr, cc, &dt, dateFormat)
                        width = 10
                    case .dateTime(let d, let h, let m):
                        var dt = lxw_datetime(year: Int32(d.year), month: Int32(d.month), day: Int32(d.day), hour: Int32(h), min: Int32(m), sec: 0)
                        e = worksheet_write_datetime(ws, rr, cc, &dt, dateTimeFormat)
                        width = 16
                    case .empty:
                        break
                    }
                    if e != LXW_NO_ERROR, failure == nil { failure = "\(sheet.name) \(r + 1):\(c + 1): " + String(cString: lxw_strerror(e)) }
                    while widths.count <= c { widths.append(0) }
                    widths[c] = max(widths[c], width)
                }
            }
            let columns = widths.map { Double(min(max($0, 6), widest) + 2) }
            for (c, w) in columns.enumerated() {
                worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), w, nil)
            }
            setUpPrinting(ws, sheet, top: top, last: top + sheet.rows.count - 1, widths: columns, office: office)
        }
        let closed = workbook_close(wb)
        if failure == nil, closed != LXW_NO_ERROR { failure = String(cString: lxw_strerror(closed)) }
        if let failure {
            unlink(tmp)
            throw .failed(Phrase(id: "Gagal menulis buku kerja \(path): \(failure)", en: "Could not write the workbook \(path): \(failure)"))
        }
        do { try ExportWriter.place(tmp, at: path) } catch { throw DocumentError.store(error) }
    }
}

