import PPIDModel

/// The app's styles. Colour is never the only sign: every coloured state has a word or mark.
enum Theme {
    static let header = Style(reverse: true)
    static let tabActive = Style(bold: true, reverse: true)
    static let tab = Style()
    static let banner = Style(foreground: .yellow, bold: true, reverse: true)
    static let columnHeader = Style(bold: true, underline: true)
    static let selected = Style(reverse: true)
    static let overdue = Style(foreground: .red, bold: true)
    static let dueSoon = Style(foreground: .yellow, bold: true)
    static let closed = Style(dim: true)
    static let footerKey = Style(bold: true, reverse: true)
    /// A toggle that is on, in the footer.
    static let toggleOn = Style(foreground: .green, bold: true)
    static let error = Style(foreground: .red, bold: true)
    static let info = Style(foreground: .green)
    static let title = Style(bold: true)
    static let label = Style()
    static let focused = Style(bold: true, reverse: true)
    static let field = Style(underline: true)
    static let hint = Style(dim: true)
    static let box = Style()
}

extension Grid {
    /// Writes `text` in `width` columns: cut with "…" when longer, padded when shorter.
    mutating func text(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain, alignment: TextAlignment = .left) {
        guard width > 0 else { return }
        put(InertText.displayable(text).truncated(toWidth: width).padded(toWidth: width, alignment: alignment), x: x, y: y, style: style, maxWidth: width)
    }

    /// Draws a frame around `rect` and clears its inside.
    mutating func box(_ rect: Rect, title: String, style: Style = .plain) {
        guard rect.width >= 4, rect.height >= 2 else { return }
        fill(rect)
        let inner = String(repeating: "─", count: rect.width - 2)
        put("┌" + inner + "┐", x: rect.x, y: rect.y, style: style)
        for y in rect.y + 1..<rect.maxY - 1 {
            put("│", x: rect.x, y: y, style: style)
            put("│", x: rect.maxX - 1, y: y, style: style)
        }
        put("└" + inner + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        if !title.isEmpty { text(" \(title) ", x: rect.x + 2, y: rect.y, width: min(rect.width - 4, title.displayWidth + 2), style: Theme.title) }
    }
}

/// Indonesian and English day names, Monday first.
enum Names {
    static func weekday(_ d: CivilDate, _ lang: Language) -> String {
        let id = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return (lang == .indonesian ? id : en)[d.weekday - 1]
    }

    static func month(_ m: Int, _ lang: Language) -> String {
        (lang == .indonesian ? MonthlyRecap.monthNames : MonthlyRecap.englishMonthNames)[m - 1]
    }

    static func shortMonth(_ m: Int, _ lang: Language) -> String {
        let id = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return (lang == .indonesian ? id : en)[m - 1]
    }

    /// WIB, WITA, WIT for Indonesia's zones; UTC±H otherwise.
    static func zone(offsetSeconds: Int) -> String {
        switch offsetSeconds {
        case 7 * 3600: return "WIB"
        case 8 * 3600: return "WITA"
        case 9 * 3600: return "WIT"
        default:
            let h = offsetSeconds / 3600
            return "UTC" + (h >= 0 ? "+\(h)" : "\(h)")
        }
    }

    /// Working days left to a deadline, in words: "sisa 5 hari kerja", "hari ini batasnya",
    /// "LEWAT 3 hari kerja" — never a negative count.
    static func daysLeft(_ standing: DeadlineStanding) -> Phrase {
        switch standing {
        case .onTrack(let n), .dueSoon(let n):
            n == 0 ? Phrase(id: "batasnya hari ini", en: "due today") : Phrase(id: "sisa \(n) hari kerja", en: English.count(n, "working day") + " left")
        case .overdue(let n):
            Phrase(id: "LEWAT \(n) hari kerja", en: "OVERDUE by " + English.count(n, "working day"))
        }
    }

    /// Where a day off comes from, for a deadline's explanation.
    static func holidaySource(_ source: Holiday.Source, _ lang: Language) -> String {
        switch source {
        case .bundled: lang == .indonesian ? "tabel bawaan" : "bundled table"
        case .config: "config.toml"
        }
    }

    static func dayOff(_ off: DayOff, _ lang: Language) -> String {
        switch off {
        case .saturday: lang == .indonesian ? "Sabtu" : "Saturday"
        case .sunday: lang == .indonesian ? "Minggu" : "Sunday"
        case .holiday(let h):
            switch h.kind {
            case .public: h.name
            // Not twice: "Cuti Bersama Hari Raya Natal" already says it.
            case .collectiveLeave where h.name.lowercased().contains("cuti bersama"): h.name
            case .collectiveLeave: h.name + (lang == .indonesian ? " (cuti bersama)" : " (collective leave)")
            case .office: h.name + (lang == .indonesian ? " (kantor tutup)" : " (office closed)")
            }
        }
    }
}
