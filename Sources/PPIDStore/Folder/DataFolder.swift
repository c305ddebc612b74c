import Foundation
import PPIDModel

/// Where an office's files live, and what each is called.
///
/// ```
/// DIR/config.toml      office settings (hand-editable)
/// DIR/events.jsonl     the append-only log: the only truth
/// DIR/events.lock      locked while a process appends (never renamed, so a log replaced
///                      by a rename is still appended to under the one lock); holds how
///                      long the log was at its last acknowledged append
/// DIR/.acknowledged.jsonl  a second name of the log file appends go to, so an older copy
///                      renamed over the log does not lose the acknowledged lines
/// DIR/exports/         files written by `x` and `export`
/// DIR/receipts/        printed request receipts
/// DIR/recovery/        torn lines set aside after a crash, logs found replaced
/// DIR/preferences.json the interface's remembered choices (language)
/// DIR/.snapshot        the ledger as of a point of the log, to open without replaying it
///                      all; derived, checked against the log, safe to delete
/// ```
public struct DataFolder: Sendable, Equatable {
    public let path: String

    public init(path: String) {
        self.path = (path as NSString).standardizingPath
    }

    /// `$PPID_DATA`, else `$XDG_DATA_HOME/ppid`, else `~/.local/share/ppid`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let p = environment["PPID_DATA"], !p.isEmpty { return p }
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return x + "/ppid" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/ppid"
    }

    public var logPath: String { path + "/events.jsonl" }
    public var configPath: String { path + "/config.toml" }
    public var preferencesPath: String { path + "/preferences.json" }
    public var exportsPath: String { path + "/exports" }
    public var receiptsPath: String { path + "/receipts" }
    public var recoveryPath: String { path + "/recovery" }
    public var snapshotPath: String { path + "/.snapshot" }
    public var lockPath: String { path + "/events.lock" }
    public var acknowledgedPath: String { path + "/.acknowledged.jsonl" }
    public var lettersPath: String { path + "/letters" }
    public var templatesPath: String { path + "/templates" }

    /// The folders inside the data folder the app writes files into.
    public var outputFolders: [String] { [exportsPath, receiptsPath, recoveryPath, lettersPath, templatesPath] }

    /// Makes sure `path`, a folder inside this one that files are written into, is a real
    /// folder (created when missing); a symbolic link there is refused, naming it.
    public func prepareOutputFolder(_ path: String) throws(StoreError) {
        try POSIXFile.makeOutputFolder(path)
    }

    /// Creates the folder (owner-only) and a commented default config if none is there.
    public func prepare() throws(StoreError) {
        try POSIXFile.makeFolder(path)
        if !FileManager.default.fileExists(atPath: configPath) {
            try POSIXFile.writeAtomically(Data(OfficeConfig.defaultText.utf8), to: configPath)
        }
    }

    /// Whether this process may create and change files in the folder.
    public var isWritable: Bool { FileManager.default.isWritableFile(atPath: path) }
}
