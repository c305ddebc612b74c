import CXlsxWriter

/// How a sheet prints (issue 21): A4 landscape, its title block on the first page, the
/// header row on every page, page numbers in the footer, and a register too wide for one page
/// in column groups printed one after another (each page repeating the first column, the
/// number) at a scale that stays readable, rather than 49 columns squeezed onto one page.
extension YearWorkbook {
    /// The printable width of A4 landscape with half-inch margins, in pixels at 96 dpi.
    static let printableWidth = 1026
    /// No column group prints smaller than this (percent); a wider sheet gets more groups.
    static let smallestScale = 60

    /// A column's width in characters as pixels: Excel draws Calibri 11 at 7 a character and
    /// 5 of padding; LibreOffice without Calibri or Carlito prints them about 9 wide, so a
    /// group is sized by that and fits either way.
    static func pixels(_ width: Double) -> Int { Int(width * 9 + 5) }

    /// Where each printed column group starts after the first, and the scale (percent) that
    /// fits the widest group beside the repeated first column; no breaks when one page holds all.
    static func columnGroups(_ widths: [Double]) -> (breaks: [Int], scale: Int) {
        guard let first = widths.first.map(pixels) else { return ([], 100) }
        // A twentieth kept free: LibreOffice breaks a group that only just fits.
        let capacity = printableWidth * 95 / smallestScale
        var breaks: [Int] = []
        var used = first, widest = first
        for c in widths.indices.dropFirst() {
            let w = pixels(widths[c])
            if used + w > capacity, used > first {
                breaks.append(c)
                used = first + w
            } else {
                used += w
            }
            widest = max(widest, used)
        }
        return (breaks, max(smallestScale, min(100, printableWidth * 95 / widest)))
    }

    /// A text as a header or footer holds it: "&" doubled, at most 200 characters.
    static func headerText(_ s: String) -> String {
        String(cellText(s).prefix(200)).replacingOccurrences(of: "&", with: "&&")
    }

    /// The page setup of `ws`: `top` is the header row's index, `last` the table's last row.
    static func setUpPrinting(_ ws: UnsafeMutablePointer<lxw_worksheet>, _ sheet: Sheet, top: Int, last: Int, widths: [Double], office: String) {
        worksheet_set_paper(ws, 9)
        worksheet_set_landscape(ws)
        worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6)
        worksheet_freeze_panes(ws, lxw_row_t(top + 1), 1)
        worksheet_repeat_rows(ws, lxw_row_t(top), lxw_row_t(top))
        if sheet.filter, last > top, !widths.isEmpty {
            worksheet_autofilter(ws, lxw_row_t(top), 0, lxw_row_t(last), lxw_col_t(widths.count - 1))
        }
        let footer = "&L&8" + headerText(office) + "&C&8Halaman &P dari &N&R&8" + headerText(sheet.name)
        worksheet_set_footer(ws, footer)
        // A table with no rows prints its header on one page, not one page per column group.
        let (breaks, scale) = last > top ? columnGroups(widths) : ([], 100)
        if breaks.isEmpty {
            // One page wide, as many tall as the rows need.
            worksheet_fit_to_pages(ws, 1, 0)
        } else {
            var cols = breaks.map { lxw_col_t($0) } + [0]
            worksheet_set_v_pagebreaks(ws, &cols)
            worksheet_repeat_columns(ws, 0, 0)
            worksheet_set_print_scale(ws, UInt16(scale))
        }
    }
}
