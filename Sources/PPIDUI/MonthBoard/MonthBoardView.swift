import Foundation
import PPIDModel

/// Pane 3: table 2.6.1 for a year, withdrawn and open apart, a bar chart, and the figures.
enum MonthBoardView {
    /// Width of the table part.
    static let tableWidth = 81
    static let widths = [9, 8, 6, 6, 5, 7, 8, 7, 7, 6]

    /// The least room the chart takes beside the table.
    static let chartBeside = 30

    /// Draws the board into a page as tall as it needs, then shows the part of the page that
    /// holds the selected line: moving down from the totals scrolls line by line into the
    /// figures, which follow the table (the chart comes after them when it is not beside it).
    static func draw(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        let (page, selectedY) = pageGrid(width: r.width, s, env)
        let top = max(0, min(selectedY - (r.height - 1), page.height - r.height))
        g.paste(page, rows: top..<(top + min(r.height, page.height)), at: r.y, x: r.x)
    }

    static func pageGrid(width: Int, _ s: AppState, _ env: AppEnvironment) -> (Grid, selectedY: Int) {
        let lang = s.language
        let year = boardYear(s, env)
        let recap = env.ledger.recap(year: year)
        let board = env.cache.board(env.ledger, year: year, today: env.today)
        let items = board.items
        let besides = width >= tableWidth + chartBeside
        let chart = chartLines(recap, lang: lang, width: besides ? width - tableWidth - 2 : width - 2)
        var lines: [(String, Int?, Style)] = []
        lines.append((Phrase(id: "Angka tahun \(year)", en: "Figures for \(year)")(lang), nil, Theme.title))
        for (i, item) in items.enumerated().dropFirst(13) { lines.append(("  " + item.label(lang), i, .plain)) }
        lines += objectionLines(board, year: year, lang: lang).map { ($0, nil, .plain) }
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
        var x = r.x
        for (i, c) in columns.enumerated() {
            g.text(c.shortLabel(lang), x: x, y: r.y + 1, width: widths[i], style: Theme.columnHeader, alignment: i == 0 ? .left : .right)
            x += widths[i] + (i == 4 || i == 7 ? 2 : 1)
        }
        for i in 0..<13 {
            let row = i < 12 ? recap.months[i] : recap.total
            let y = r.y + 2 + i
            let selectedRow = s.months.item == i && s.top == nil
            var cx = r.x
            for (ci, c) in columns.enumerated() {
                let text = ci == 0 ? items[i].label(lang) : String(c.value(row))
                let selectedCell = selectedRow && (s.months.column == ci || s.months.column == 0)
                let style: Style = selectedCell ? Theme.selected : (i == 12 ? Theme.title : .plain)
                g.text(text, x: cx, y: y, width: widths[ci], style: style, alignment: ci == 0 ? .left : .right)
                cx += widths[ci]
                if ci == 4 || ci == 7 { g.put(" │", x: cx, y: y, style: Theme.hint) }
                cx += ci == 4 || ci == 7 ? 2 : 1
            }
        }
        if besides {
            for (i, line) in chart.enumerated() where i < 15 {
                g.text(line, x: r.x + tableWidth, y: r.y + 1 + i, width: r.width - tableWidth - 1)
            }
        }
        var selectedY = s.months.item < 13 ? 2 + s.months.item : 0
        for (i, line) in lines.enumerated() {
            let selected = line.1 == s.months.item && s.top == nil
            if line.1 == s.months.item, selectedY < 16 { selectedY = 16 + i }
            g.text(line.0, x: r.x + 1, y: 16 + i, width: r.width - 2, style: selected ? Theme.selected : line.2)
        }
        // The first screen shows the title and the table's head whatever is selected above the figures.
        if s.months.item < 13 { return (g, min(selectedY, 15)) }
        return (g, min(g.height - 1, selectedY + (s.months.item == items.count - 1 ? s.months.below : 0)))
    }

    /// How many lines of the page follow the last figure.
    static func linesBelowLastItem(_ s: AppState, _ env: AppEnvironment) -> Int {
        var at = s
        at.months.below = 0
        at.months.item = max(0, env.cache.board(env.ledger, year: boardYear(s, env), today: env.today).items.count - 1)
        let (page, y) = pageGrid(width: s.width, at, env)
        return max(0, page.height - 1 - y)
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
                          en: "Office steps within standard: \(met) of \(finished); over standard now: \(lateNow) samples")(lang),
        ] + SampleStep.allCases.compactMap { step in
            // Turnaround per stage: the median working minutes of the finished steps.
            guard let s = byStep[step] else { return nil }
            let median = s.minutes.sorted()[(s.minutes.count - 1) / 2]
            if step.waitsOnCustomer {
                return "    " + Phrase(id: "\(step.label.id): median \(median) menit menunggu pelanggan (\(s.minutes.count) sampel)",
                                       en: "\(step.label.en): median \(median) min waiting on the customer (\(s.minutes.count) samples)")(lang)
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
