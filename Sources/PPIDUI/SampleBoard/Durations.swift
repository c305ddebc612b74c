import PPIDModel

/// Working durations as the board writes them: "35m", "1j05" (Indonesian *jam*) / "1h05".
enum Durations {
    static func text(minutes: Int, _ lang: Language) -> String {
        guard minutes >= 60 else { return "\(minutes)m" }
        let h = minutes / 60, m = minutes % 60
        let unit = lang == .indonesian ? "j" : "h"
        return m == 0 ? "\(h)\(unit)" : "\(h)\(unit)\(m < 10 ? "0" : "")\(m)"
    }

    /// "12m / 40m"; "! 1j20 / 40m" once over the standard (the sign besides the colour);
    /// the word LEWAT/LATE is added when `width` leaves room for it. A step waiting on the
    /// customer reads "2j05 pelanggan", never late.
    static func against(_ t: StepTime, _ lang: Language, width: Int) -> String {
        if t.waitsOnCustomer {
            // The customer's time, not judged against the office's standard.
            let time = text(minutes: t.workingMinutes, lang)
            let word = " " + Phrase(id: "pelanggan", en: "customer")(lang)
            return (time + word).displayWidth <= width ? time + word : time + " " + Phrase(id: "plgn", en: "cust")(lang)
        }
        let base = "\(text(minutes: t.workingMinutes, lang)) / \(text(minutes: t.standardMinutes, lang))"
        guard t.isLate else { return base }
        let marked = "! " + base
        let word = " " + Phrase(id: "LEWAT", en: "LATE")(lang)
        return (marked + word).displayWidth <= width ? marked + word : marked
    }
}
