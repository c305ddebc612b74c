import Foundation
import PPIDModel

/// An opened data folder: its config, its calendar and its log.
public final class Office {
    public let folder: DataFolder
    public private(set) var config: OfficeConfig
    public let log: EventLog

    /// Opens `folder`; with `readOnly` nothing in it is created or changed. With `snapshots`
    /// (the default) the ledger starts from the folder's snapshot when it still matches the
    /// log; `check` passes false to replay every line, and `audit` to warn of recorded events
    /// today's rules would refuse.
    public init(folder: DataFolder, readOnly: Bool = false, snapshots: Bool = true, audit: Bool = false) throws(StoreError) {
        self.folder = folder
        config = try OfficeConfig.load(from: folder)
        // The group named in the config shares the folder (when this user owns it).
        if !readOnly, let group = config.group { POSIXFile.share(folder.path, group: group) }
        log = try EventLog(
            folder: folder, calendar: try config.calendar(), numbering: config.numbering, objectionNumbering: config.objectionNumbering,
            samplePolicy: config.samplePolicy, readOnly: readOnly, snapshots: snapshots, audit: audit
        )
    }

    /// Writes `identity` into the folder's `config.toml` (other keys and comments kept) and
    /// letters made from now on carry it; the rest of the config stays as opened.
    public func saveIdentity(_ identity: OfficeIdentity) throws(StoreError) {
        config.identity = try identity.save(in: folder).identity
    }

    public var ledger: Ledger { log.ledger }
    /// Reads the ledger's histories back from the log.
    public var reader: RecordReader { log.reader }
    public var calendar: WorkingCalendar { log.ledger.calendar }
}
