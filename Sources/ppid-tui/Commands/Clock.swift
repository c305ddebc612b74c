import Foundation
import PPIDModel
import PPIDStore

/// The one place the current time comes from: `PPID_NOW` (ISO 8601, for demos and tests) when
/// set, else the system clock.
enum Clock {
    static func now() throws(CLIError) -> Date {
        guard let pinned = ProcessInfo.processInfo.environment["PPID_NOW"], !pinned.isEmpty else { return Date() }
        guard let d = Timestamp.parse(pinned, defaultOffsetSeconds: 7 * 3600) else {
            throw CLIError(Phrase(
                id: "PPID_NOW \"\(pinned)\" bukan waktu ISO 8601 (mis. 2026-11-24T09:00:00+07:00)",
                en: "PPID_NOW \"\(pinned)\" is not an ISO 8601 time (e.g. 2026-11-24T09:00:00+07:00)"
            ))
        }
        return d
    }

    /// True when the clock is pinned, so the app does not tick on its own.
    static var isPinned: Bool { !(ProcessInfo.processInfo.environment["PPID_NOW"] ?? "").isEmpty }
}

/// The officer recorded on events: `--officer`, the config's `officer`, else the login name.
func officerName(_ option: String?, config: String) -> String {
    Officer.name(option: option, config: config)
}
