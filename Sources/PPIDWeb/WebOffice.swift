import Foundation
import PPIDModel
import PPIDStore
import PPIDUI

/// The data folder as the web server uses it: one `Office` (the log a counter opens), read and
/// appended under one lock per process, and under the log's own append lock across processes.
///
/// An online request is registered exactly as a counter registers one: `decide` runs against
/// the up-to-date ledger under the append lock, so its number comes from the same sequence.
/// The status token's hash rides on that registration event; the index from hash to number is
/// rebuilt from the log, reading the registration of each online request once.
public final class WebOffice: @unchecked Sendable {
    /// Who the log records for what the public does on the web.
    public static let officer = "online"

    private let lock = NSLock()
    private let office: Office
    private var tokenIndex: [String: String] = [:]
    /// Requests already looked at for a token hash, by position in the ledger's list.
    private var indexed = 0

    public init(office: Office) {
        self.office = office
        config = office.config
        calendar = office.calendar
    }

    /// The config and calendar as the server started with them (a change needs a restart, as
    /// at a counter), read without waiting for the lock: the form page needs nothing else.
    public let config: OfficeConfig
    public let calendar: WorkingCalendar

    /// What a counter's screen reads, caught up with every other writer: the ledger, and an
    /// environment for the counter's own form checks.
    public func environment(now: Date) -> AppEnvironment {
        lock.withLock {
            _ = try? office.log.refresh()
            var env = AppEnvironment(ledger: office.ledger, now: now, officer: Self.officer, officeName: office.config.officeName)
            env.forms = office.config.forms
            return env
        }
    }

    /// Registers `command` (a `.register`) with the token's hash on its event; the request as recorded.
    public func register(_ command: Command, tokenHash: String, now: Date) throws(StoreError) -> Request {
        lock.lock()
        defer { lock.unlock() }
        let records = try office.log.append(by: Self.officer, at: now) { (ledger) throws(LedgerError) -> [Event] in
            try decide(command, ledger, now: now, by: Self.officer).map { event in
                guard case .requestRegistered(var e) = event else { return event }
                e.statusTokenHash = tokenHash
                return .requestRegistered(e)
            }
        }
        guard let number = records.lazy.compactMap({ r -> String? in
            if case .requestRegistered(let e) = r.event { return e.request }
            return nil
        }).first, let request = office.ledger[number] else {
            throw .refused(.unknownRequest(""))
        }
        tokenIndex[tokenHash] = number
        return request
    }

    /// Appends `command` as the counter's `y` does, recorded by "online".
    public func append(_ command: Command, now: Date) throws(StoreError) {
        lock.lock()
        defer { lock.unlock() }
        try office.log.append(command, by: Self.officer, at: now)
    }

    /// The request whose status token hashes to `hash`, caught up with the log; nil when none.
    public func request(tokenHash hash: String) -> Request? {
        lock.withLock {
            _ = try? office.log.refresh()
            indexNew()
            return tokenIndex[hash].flatMap { office.ledger[$0] }
        }
    }

    /// The letters made for `r` that its requester may download, latest of each kind.
    func letters(of r: Request) -> [PublicLetter: LetterMade] {
        lock.withLock {
            guard let history = try? office.log.history(of: r.number) else { return [:] }
            return PublicLetter.made(for: r, history: history)
        }
    }

    /// The bytes of the letter recorded at `file` (`DataFolder.readLetter`): nil when the
    /// record names no file in `letters/`, the file is gone, or it is refused.
    func readLetter(recorded file: String) -> Data? {
        try? office.folder.readLetter(recorded: file)
    }

    /// Reads the registration of each online request not yet looked at, for its token hash.
    private func indexNew() {
        let requests = office.ledger.requests
        while indexed < requests.count {
            let r = requests[indexed]
            indexed += 1
            guard r.channel == .online, let history = try? office.log.history(of: r.number) else { continue }
            for record in history {
                if case .requestRegistered(let e) = record.event, let h = e.statusTokenHash { tokenIndex[h] = r.number }
            }
        }
    }
}
