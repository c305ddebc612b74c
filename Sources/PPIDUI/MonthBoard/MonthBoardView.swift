import Foundation
import PPIDModel

/// Pane 3: table 2.6.1 for a year, withdrawn and open apart, a bar chart, and the figures.
enum MonthBoardView {
    /// Width of the table part.
    static let tableWidth = 81
    static let widths = [9, 8, 6, 6, 5, 7, 8, 7, 7, 6]

    /// The least room the chart takes beside the table.
    static let chartBeside = 30

    /// Shows the part of the year's page that holds the selected line, the selection
    /// highlighted: moving down from the totals scrolls line by line into the figures, which
    /// follow the table (the chart comes after them when it is not beside it). The page is
    /// drawn once per ledger, day, minute, language and width; a key only scrolls and marks it.
    /// The year's title and the column headings stay put; the rows beneath them scroll.
    static func draw(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        let page = self.page(width: r.width, s, env)
        let fixed = min(headingRows, r.height - 1)
        g.paste(page.grid, rows: 0..<fixed, at: r.y, x: r.x)
        let room = r.height - fixed
        let selectedY = page.scrollTarget(item: s.months.item, below: s.months.below)
        let top = max(fixed, min(selectedY - (room - 1), page.grid.height - room))
        let shown = top..<min(page.grid.height, top + room)
        g.paste(page.grid, rows: shown, at: r.y + fixed, x: r.x)
        guard s.top == nil else { return }
        for cell in page.selection(item: s.months.item, column: s.months.column) where shown.contains(cell.y) {
            g.restyle(Rect(x: r.x + cell.x, y: r.y + fixed + cell.y - top, width: cell.width, height: 1), Theme.selected)
        }
    }

    /// The page's rows that never scroll: the year's title and the column headings.
    static let headingRows = 2

    /// The board's page for the year shown, from the screen's cache.
    static func page(width: Int, _ s: AppState, _ env: AppEnvironment) -> MonthBoardPage {
        let year = boardYear(s, env)
        return env.cache.monthPage(env.ledger, year: year, today: env.today, now: env.now, language: s.language, width: width) {
            drawPage(width: width, year: year, lang: s.language, env)
        }
    }

    /// The whole board for `year`, nothing selected.
    static func drawPage(width: Int, year: Int, lang: Language, _ env: AppEnvironment) -> MonthBoardPage {
        let recap = env.ledger.recap(year: year)
        let board = env.cache.board(env.ledger, year: year, today: env.today)
        let items = board.items
        let besides = width >= tableWidth + chartBeside
        let chart = chartLines(recap, lang: lang, width: besides ? width - tableWidth - 2 : width - 2)
        var lines: [(String, Int?, Style)] = []
        lines.append((Phrase(id: "Angka tahun \(year)", en: "Figures for \(year)")(lang), nil, Theme.title))
        for (i, item) in items.enumerated().dropFirst(13) { lines.append(("  " + item.label(lang), i, .plain)) }
        lines += objectionLines(board, year: year, lang: lang).map { ($0, nil, .plain) }
        lines += spamLines(env, year: year, lang: lang).map { ($0, nil, .plain) }
        lines += sampleLines(env, year: year, lang: lang).map { ($0, nil, .plain) }
        if !besides { lines += [("", nil, .plain)] + chart.map { ($0, nil, .plain) } }
        // Wrapped, never cut: a figure's continuation keeps its selection.
        lines = lines.flatMap { line in OverlayView.wrap(line.0, width: width - 2).map { ($0, line.1, line.2) } }
        var g = Grid(width: width, height: 16 + lines.count)
        let r = g.bounds
        let title = Phrase(id: "Tahun \(year)   ←/→ atau [ ] ganti tahun · Enter rincian · h/l kolom · x ekspor",
                           en: "Year \(year)   ←/→ or [ ] change year · Enter drill down · h/l column · x export")
        g.text(" " + title(lang), x: r.x, y: r.y, width: r.width, style: Theme.title)
        // The table.
        let columns = MonthBoardColumn.allCases
        for (i, c) in columns.enumerated() {
            g.text(c.shortLabel(lang), x: columnX[i], y: r.y + 1, width: widths[i], style: Theme.columnHeader, alignment: i == 0 ? .left : .right)
        }
        for i in 0..<13 {
            let row = i < 12 ? recap.months[i] : recap.total
            for (ci, c) in columns.enumerated() {
                let text = ci == 0 ? items[i].label(lang) : String(c.value(row))
                g.text(text, x: columnX[ci], y: r.y + 2 + i, width: widths[ci], style: i == 12 ? Theme.title : .plain, alignment: ci == 0 ? .left : .right)
                if ci == 4 || ci == 7 { g.put(" │", x: columnX[ci] + widths[ci], y: r.y + 2 + i, style: Theme.hint) }
            }
        }
        if besides {
            for (i, line) in chart.enumerated() where i < 15 {
                g.text(line, x: r.x + tableWidth, y: r.y + 1 + i, width: r.width - tableWidth - 1)
            }
        }
        var rows: [Int: [Int]] = [:]
        for (i, line) in lines.enumerated() {
            if let item = line.1 { rows[item, default: []].append(16 + i) }
            g.text(line.0, x: r.x + 1, y: 16 + i, width: r.width - 2, style: line.2)
        }
        return MonthBoardPage(grid: g, figureRows: rows, lastItem: items.count - 1)
    }

    /// Where each column of the table starts: a space between columns, a rule after the
    /// fifth and the eighth.
    static let columnX: [Int] = widths.indices.map { i in
        widths[..<i].reduce(0, +) + i + (i > 4 ? 1 : 0) + (i > 7 ? 1 : 0)
    }

    /// Requests per month as bars of block characters, with the number beside each.
    static func chartLines(_ recap: MonthlyRecap, lang: Language, width: Int) -> [String] {
        let counts = recap.months.map(\.requesters)
        let top = max(1, counts.max() ?? 1)
        // As long as the room allows: the board uses the terminal's width.
        let barWidth = max(4, width - 9)  // "Jan " before, " 999" after
        var lines = [Phrase(id: "Permohonan per bulan", en: "Requests per month")(lang)]
        for (i, n) in counts.enumerated() {
            let eighths = n * barWidth * 8 / top
            let bar = String(repeating: "█", count: eighths / 8) + (eighths % 8 > 0 ? String(["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]) : "")
            lines.append("\(Names.shortMonth(i + 1, lang)) \(bar) \(n)")
        }
        return lines
    }

    static func objectionLines(_ board: MonthBoard, year: Int, lang: Language) -> [String] {
        let (disputes, settled) = (board.objections.disputes, board.objections.settled)
        return [
            "  " + Phrase(id: "Sengketa di Komisi Informasi: \(disputes) (diputus \(settled))", en: "Disputes at the Information Commission: \(disputes) (settled \(settled))")(lang),
        ]
    }
}

extension MonthBoardView {
    /// Online requests voided as spam: in no column above, counted apart so that their used
    /// numbers are accounted for. Nothing when there were none.
    static func spamLines(_ env: AppEnvironment, year: Int, lang: Language) -> [String] {
        let spam = env.ledger.spamVoided(ReportPeriod(year: year))
        guard spam > 0 else { return [] }
        return ["  " + Phrase(id: "Online dibatalkan sebagai spam: \(spam) (nomor terpakai, tidak dihitung di tabel)",
                              en: "Online voided as spam: \(spam) (numbers used, not in the table)")(lang)]
    }

    /// The year's samples (PK.TU-PJT.02): how many, where they ended, and the steps against their standard.
    static func sampleLines(_ env: AppEnvironment, year: Int, lang: Language) -> [String] {
        let samples = env.ledger.samples(receivedIn: year)
        guard !samples.isEmpty else { return [] }
        var finished = 0, met = 0, lateNow = 0
        var byStep: [SampleStep: (minutes: [Int], met: Int, standard: Int)] = [:]
        for s in samples {
            let times = s.stepTimes(calendar: env.calendar, standards: env.ledger.samplePolicy.standards, now: env.now)
            for t in times where t.ended != nil {
                // The office's steps against their standard; the customer's apart, below.
                if !t.waitsOnCustomer { finished += 1 }
                if t.metStandard == true { met += 1 }
                byStep[t.step, default: ([], 0, t.standardMinutes)].minutes.append(t.workingMinutes)
                if t.metStandard == true { byStep[t.step]?.met += 1 }
            }
            if s.isOpen, times.last?.isLate == true { lateNow += 1 }
        }
        return [
            "  " + Phrase(id: "Langkah kantor memenuhi Mutu Baku: \(met) dari \(finished); sedang lewat Mutu Baku: \(lateNow) sampel",
                          en: "Office steps within standard: \(met) of \(finished); over standard now: \(English.count(lateNow, "sample"))")(lang),
        ] + SampleStep.allCases.compactMap { step in
            // Turnaround per stage: the median working minutes of the finished steps.
            guard let s = byStep[step] else { return nil }
            let median = s.minutes.sorted()[(s.minutes.count - 1) / 2]
            if step.waitsOnCustomer {
                return "    " + Phrase(id: "\(step.label.id): median \(median) menit menunggu pelanggan (\(s.minutes.count) sampel)",
                                       en: "\(step.label.en): median \(median) min waiting on the customer (\(English.count(s.minutes.count, "sample")))")(lang)
            }
            return "    " + Phrase(id: "\(step.label.id): median \(median) menit (Mutu Baku \(s.standard)), \(s.met) dari \(s.minutes.count) memenuhi",
                                   en: "\(step.label.en): median \(median) min (standard \(s.standard)), \(s.met) of \(s.minutes.count) within")(lang)
        }
    }
}

/// The year the board shows: the chosen one, else the latest with requests, else this year.
func boardYear(_ s: AppState, _ env: AppEnvironment) -> Int {
    s.months.year ?? env.ledger.years.last(where: { $0 <= env.today.year }) ?? env.today.year
}
