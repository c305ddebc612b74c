import Foundation
import PPIDModel

/// The top lines: office, date and time, counter open or closed, officer; then the pane tabs.
enum HeaderView {
    static func draw(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        let lang = s.language
        let cal = env.calendar
        let t = cal.local(env.now)
        let open = cal.isOpen(at: env.now)
        let day = "\(t.date.day) \(Names.shortMonth(t.date.month, lang)) \(t.date.year) \(t.clock) \(Names.zone(offsetSeconds: cal.offset(at: env.now)))"
        let counter = open ? Phrase(id: "Loket BUKA", en: "Counter OPEN") : Phrase(id: "Loket TUTUP", en: "Counter CLOSED")
        let short = open ? Phrase(id: "BUKA", en: "OPEN") : Phrase(id: "TUTUP", en: "CLOSED")
        let officer = Phrase(id: "Petugas: \(env.officer)", en: "Officer: \(env.officer)")
        g.fill(r, style: Theme.header)
        let left = " " + env.officeName + (env.isDemo ? "  [DEMO]" : "")
        // The office name whole when the right side can give up words to make room: first the
        // weekday, then "Loket" and "Petugas:".
        let variants = [
            " \(Names.weekday(t.date, lang)) \(day) │ \(counter(lang)) │ \(officer(lang)) ",
            " \(day) │ \(counter(lang)) │ \(officer(lang)) ",
            " \(day) │ \(short(lang)) │ \(officer(lang)) ",
            " \(day) │ \(short(lang)) │ \(env.officer) ",
        ]
        let right = variants.first { left.displayWidth + $0.displayWidth <= r.width } ?? variants[variants.count - 1]
        let rightWidth = min(right.displayWidth, r.width)
        g.text(left, x: r.x, y: r.y, width: max(0, r.width - rightWidth), style: Theme.header)
        g.text(right, x: r.maxX - rightWidth, y: r.y, width: rightWidth, style: Theme.header)
    }

    static func drawTabs(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        var x = r.x + 1
        // On the queue the count keeps its room: where the whole titles do not fit beside it,
        // the other panes' tabs take their short words (then this one's too), so pane 4 stays in
        // view at 80 columns; beside a count longer still, the count's shorter form; else pane
        // 4's tab goes (its key and the help name it at any width).
        func room(short: Bool) -> Int { s.pane == .queue ? QueueView.countText(s, env, short: short)(s.language).displayWidth + 2 : 0 }
        func labels(_ title: (Pane) -> Phrase) -> [String] { Pane.allCases.map { " \($0.rawValue) \(title($0)(s.language)) " } }
        func fits(_ l: [String], _ room: Int) -> Bool { x + l.reduce(0) { $0 + $1.displayWidth + 1 } <= r.maxX - room + 1 }
        let choices = [labels(\.title), labels { $0 == s.pane ? $0.title : $0.shortTitle }, labels(\.shortTitle)]
        let chosen = choices.first { fits($0, room(short: false)) } ?? choices.first { fits($0, room(short: true)) } ?? choices[2]
        let countRoom = fits(chosen, room(short: false)) ? room(short: false) : room(short: true)
        for (pane, label) in zip(Pane.allCases, chosen) {
            if pane == .lists, pane != s.pane, x + label.displayWidth > r.maxX - countRoom { continue }
            x = g.put(label, x: x, y: r.y, style: pane == s.pane ? Theme.tabActive : Theme.tab, maxWidth: r.maxX - x) + 1
        }
        // The queue's count, at the right, saying what it counts.
        if s.pane == .queue {
            // The shorter form ("18–36 dari 36") where the whole one does not fit.
            let whole = QueueView.countText(s, env)(s.language)
            let count = r.maxX - whole.displayWidth - 1 >= x ? whole : QueueView.countText(s, env, short: true)(s.language)
            let w = count.displayWidth
            if r.maxX - w - 1 >= x { g.text(count, x: r.maxX - w - 1, y: r.y, width: w, style: Theme.hint) }
        }
    }

    /// The banner's lines at the screen's width: why the folder is read-only and how to
    /// repair it (or that this is the demo), wrapped rather than cut, at most three lines.
    static func bannerLines(_ s: AppState, _ env: AppEnvironment) -> [String] {
        var texts: [Phrase] = []
        if let reason = env.readOnlyReason {
            texts.append(Phrase(id: "HANYA-BACA — \(reason.id)", en: "READ-ONLY — \(reason.en)"))
        } else if env.isDemo {
            texts.append(Phrase(id: "DEMO — salinan sementara data contoh; data kantor Anda tidak tersentuh", en: "DEMO — a temporary copy of sample data; your office's data is untouched"))
        }
        if let gap = holidayGapText(env.cache.holidayGaps(env.ledger, today: env.today)) { texts.append(gap) }
        if let review = reviewText(env.ledger.exemptionsNeedingReview(on: env.today)) { texts.append(review) }
        return Array(texts.flatMap { OverlayView.wrap(" " + $0(s.language), width: s.width) }.prefix(4))
    }

    /// The banner's word on years the holiday table does not cover that open deadlines (or a
    /// request received today) count through.
    static func holidayGapText(_ gaps: [HolidayCoverageGap]) -> Phrase? {
        guard !gaps.isEmpty else { return nil }
        let years = gaps.map { String($0.year) }.joined(separator: ", ")
        let numbers = gaps.flatMap(\.numbers)
        let which = numbers.isEmpty ? Phrase(id: "batas waktu permohonan baru", en: "a new request's deadline")
            : numbers.count == 1 ? Phrase(id: "batas waktu \(numbers[0])", en: "the deadline of \(numbers[0])")
            : Phrase(id: "batas waktu \(numbers[0]) dan \(numbers.count - 1) lainnya", en: "the deadlines of \(numbers[0]) and \(numbers.count - 1) more")
        return Phrase(
            id: "HARI LIBUR \(years) BELUM ADA — \(which.id) masuk \(years) dan hanya melewati Sabtu/Minggu. Tambahkan SKB 3 Menteri \(years) di config.toml ([[holidays]]).",
            en: "NO HOLIDAYS FOR \(years) — \(which.en) runs into \(years) and skips weekends only. Add the \(years) joint decree (SKB) to config.toml ([[holidays]])."
        )
    }

    /// The banner's word on consequence tests at their review date or end (Pasal 20).
    static func reviewText(_ due: [ExemptionEntry]) -> Phrase? {
        guard !due.isEmpty else { return nil }
        let numbers = due.map(\.test.number).joined(separator: ", ")
        return Phrase(
            id: "DIK: uji \(numbers) sampai tanggal kaji ulang/berakhir — kaji ulang atau cabut di panel 4",
            en: "DIK: test \(numbers) reached its review or end date — review or revoke it in pane 4")
    }

    static func drawBanner(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        g.fill(r, style: Theme.banner)
        for (i, line) in bannerLines(s, env).prefix(r.height).enumerated() {
            g.text(line, x: r.x, y: r.y + i, width: r.width, style: Theme.banner)
        }
    }
}
