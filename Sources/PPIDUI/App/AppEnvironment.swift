import Foundation
import PPIDModel

/// What update and view read but do not own: the ledger, the clock, who and where.
public struct AppEnvironment: Sendable {
    public var ledger: Ledger
    /// Reads the ledger's histories back from where they are kept (the store's log); the
    /// ledger keeps only their places.
    public var reader: RecordReader = .none
    public var now: Date

    /// `path` relative to the data folder when it lies inside it; whole otherwise.
    public func shown(_ path: String) -> String {
        guard !dataFolder.isEmpty else { return path }
        let folder = dataFolder.hasSuffix("/") ? dataFolder : dataFolder + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }
    public var officer: String
    public var officeName: String
    public var isDemo: Bool
    /// Why the folder cannot be written, when it cannot.
    public var readOnlyReason: Phrase?
    /// The data folder's path, shown in the help; paths elsewhere are relative to it.
    public var dataFolder: String = ""
    /// What the forms take as plausible (config `[forms]`).
    public var forms = FormPolicy()
    /// The office's identity as the config holds it, for the identity form (`i`).
    public var identity: [IdentityForm.Field: String] = [:]
    /// What the screen worked out from the ledger, kept until it changes.
    public let cache = ViewCache()

    public init(ledger: Ledger, now: Date, officer: String, officeName: String, isDemo: Bool = false, readOnlyReason: Phrase? = nil, dataFolder: String = "") {
        self.dataFolder = dataFolder
        self.ledger = ledger
        self.now = now
        self.officer = officer
        self.officeName = officeName
        self.isDemo = isDemo
        self.readOnlyReason = readOnlyReason
    }

    public var calendar: WorkingCalendar { ledger.calendar }
    public var today: CivilDate { calendar.day(of: now) }

    /// Lets go of this copy of the ledger (keeping its calendar and formats), so that the store
    /// changes its own in place instead of copying every request because two hold it; set
    /// `ledger` again afterwards, before anything is drawn.
    public mutating func releaseLedger() {
        ledger = Ledger(calendar: ledger.calendar, numbering: ledger.numbering, objectionNumbering: ledger.objectionNumbering)
    }

    /// The queue's rows for `queue`, worked out once per ledger revision, day and choice.
    public func queueRows(_ queue: QueueState) -> QueueRows { cache.queueRows(ledger, today: today, queue: queue) }
}

/// What the run loop must do for update: I/O is never done inside update.
public enum Effect: Sendable, Equatable {
    /// Append the command's events to the log.
    case perform(Command)
    /// Write the receipt of a request to a text file in the data folder.
    case writeReceipt(String)
    /// Remember the interface language.
    case saveLanguage(Language)
    /// Write the year's recap, register, objections and annual report into `exports/`.
    case exportYear(Int)
    /// Make every letter that fits the request's state, and its objections', into `letters/`.
    case writeLetters(String)
    /// Make a DIK test's sheet and the PPID's decision on it into `letters/`.
    case writeTestLetters(String)
    /// Write the office's identity into `config.toml` (`IdentityForm`).
    case saveIdentity([IdentityForm.Field: String])
    case quit
}

/// What happened: a key, or the answer to an effect.
public enum AppAction: Sendable, Equatable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// The command was written (its records) or refused.
    case performed(Command, Result<[EventRecord], CommandFailure>)
    case receiptWritten(Result<String, CommandFailure>)
    /// The files an export wrote, or why it failed.
    case exported(Result<[String], CommandFailure>)
    /// The letters written, or why none could be.
    case lettersWritten(Result<[String], CommandFailure>)
    /// The office's identity was saved (the office's name), or why not.
    case identitySaved(Result<String, CommandFailure>)
}

/// Why an effect failed, as the officer should read it.
public struct CommandFailure: Error, Sendable, Equatable {
    public let message: Phrase
    public init(_ message: Phrase) { self.message = message }
}
