import PPIDModel

/// Something found in the log that is not a plain, valid event line.
public struct LogProblem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The line is not a readable event.
        case damaged(EventCodec.Problem)
        /// The line is an event the rules would refuse today: the config changed since (a zone,
        /// a closure day), or the log was written around ppid-tui. A warning: the event is a
        /// recorded fact and is replayed as it stands.
        case ruleWarning(LedgerError)
        /// The line comes from a newer schema version.
        case newerVersion(Int)
        /// The file ended in a partial line (a crash mid-write); `movedTo` names where its bytes
        /// were set aside, nil when the folder was read-only and they were left in place.
        case tornTail(bytes: Int, movedTo: String?)
        /// The file is shorter than what was already read: replaced or truncated by hand.
        case shrank
    }

    public let path: String
    public let line: Int
    public let kind: Kind

    /// Whether this makes the folder unsafe to write to.
    public var blocksWriting: Bool {
        switch kind {
        case .tornTail(_, let moved): moved == nil
        case .ruleWarning: false
        default: true
        }
    }

    /// Whether this is only a warning: nothing is damaged and `check` still passes.
    public var isWarning: Bool {
        if case .ruleWarning = kind { return true }
        return false
    }

    public var message: Phrase {
        let at = "\(path):\(line)"
        switch kind {
        case .damaged(let p):
            return Phrase(id: "\(at): baris rusak, \(p.message.id)", en: "\(at): damaged line, \(p.message.en)")
        case .ruleWarning(let e):
            return Phrase(
                id: "\(at): peringatan menurut konfigurasi sekarang: \(e.message.id) Kejadian tetap tercatat.",
                en: "\(at): warning under the current config: \(e.message.en) The event stays recorded."
            )
        case .newerVersion(let v):
            return StoreError.newerVersion(path: path, line: line, version: v).message
        case .tornTail(let bytes, let moved?):
            return Phrase(id: "\(at): baris terakhir terpotong (\(bytes) bita, sisa crash) dipindahkan ke \(moved)", en: "\(at): torn last line (\(bytes) bytes, left by a crash) moved to \(moved)")
        case .tornTail(let bytes, nil):
            return Phrase(id: "\(at): baris terakhir terpotong (\(bytes) bita, sisa crash); buka folder ini tanpa --read-only untuk memindahkannya", en: "\(at): torn last line (\(bytes) bytes, left by a crash); open the folder without --read-only to set it aside")
        case .shrank:
            return Phrase(id: "\(path) menjadi lebih pendek dari yang sudah dibaca; berkas diganti atau dipotong dari luar", en: "\(path) is shorter than what was already read; it was replaced or truncated outside ppid-tui")
        }
    }
}
