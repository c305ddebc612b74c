import Foundation
import PPIDModel

/// Pane 3: table 2.6.1 for a year, withdrawn and open apart, a bar chart, and the figures.
enum MonthBoardView {
    /// Width of the table part.
    static let tableWidth = 81
    static let widths = [9, 8, 6, 6, 5, 7, 8, 7, 7, 6]

    static func draw(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        let lang = s.language
        let year = boardYear(s, env)
        let recap = env.ledger.recap(year: year)
        let board = env.cache.board(env.ledger, year: year, today: env.today)
        let items = board.items
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
        // The chart beside the table when there is room, else at the top of the figures.
        let chart = chartLines(recap, lang: lang, width: r.width >= tableWidth + 40 ? r.width - tableWidth - 2 : r.width - 2)
        let besides = r.width >= tableWidth + 40
        if besides {
            for (i, line) in chart.enumerated() where i < 15 {
                g.text(line, x: r.x + tableWidth, y: r.y + 1 + i, width: r.width - tableWidth - 1)
            }
        }
        // The figures, scrolled so the selected one shows.
        let region = Rect(x: r.x, y: r.y + 16, width: r.width, height: max(0, r.height - 16))
        var lines: [(String, Int?, Style)] = besides ? [] : chart.map { ($0, nil, .plain) }
        lines.append((Phrase(id: "Angka tahun \(year)", en: "Figures for \(year)")(lang), nil, Theme.title))
        for (i, item) in items.enumerated().dropFirst(13) { lines.append(("  " + item.label(lang), i, .plain)) }
        lines += objectionLines(board, year: year, lang: lang).map { ($0, nil, .plain) }
        lines += sampleLines(env, year: year, lang: lang).map { ($0, nil, .plain) }
        let selectedLine = lines.firstIndex { $0.1 == s.months.item } ?? 0
        let top = max(0, min(selectedLine - region.height + 1, lines.count - region.height))
        for (i, line) in lines.dropFirst(max(0, s.months.item >= 13 ? top : 0)).prefix(region.height).enumerated() {
            let selected = line.1 == s.months.item && s.top == nil
            g.text(line.0, x: region.x + 1, y: region.y + i, width: region.width - 2, style: selected ? Theme.selected : line.2)
        }
    }

    /// Requests per month as bars of block characters, with the number beside each.
    static func chartLines(_ recap: MonthlyRecap, lang: Language, width: Int) -> [String] {
        let counts = recap.months.map(\.requesters)
        let top = max(1, counts.max() ?? 1)
        let barWidth = max(4, min(40, width - 16))
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
