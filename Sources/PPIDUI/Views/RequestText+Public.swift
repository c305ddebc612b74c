import Foundation
import PPIDModel

/// The words the counter uses for a request's dates, for the public pages (`ppid-tui serve`),
/// so the web explains a deadline exactly as the request's detail does.
public enum PublicRequestText {
    /// How the deadline in force was computed: day 0 and why, the count, each day off skipped
    /// by name, and the working days left or overdue while the request is open.
    public static func deadline(_ r: Request, _ env: AppEnvironment, _ lang: Language) -> [String] {
        RequestText.deadline(r, env, lang).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A day as the counter writes it: "Senin 2026-12-07".
    public static func day(_ d: CivilDate, _ lang: Language) -> String { "\(Names.weekday(d, lang)) \(d)" }

    /// A moment in the office's zone: "2026-12-07 09:14".
    public static func dateTime(_ at: Date, _ calendar: WorkingCalendar) -> String { FormDates.dateTime(at, calendar) }
}
