import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `check` found of the folder's `.snapshot`.
public enum SnapshotCheck: Sendable, Equatable {
    /// None there, or one an open would not use (it no longer matches the log or the config).
    case unused
    /// An open would start from it, and it gives exactly the ledger of the full replay.
    case matches
    /// An open would start from it, and it gives a different ledger than the full replay: it
    /// was made by hand or by a faulty program. `setAsideTo` is where it was moved so no open
    /// uses it again (nil when the folder could not be written).
    case differs(setAsideTo: String?)

    public var message: Phrase? {
        switch self {
        case .unused, .matches: return nil
        case .differs(let moved):
            let id = moved.map { "; dipindahkan ke \($0), aplikasi tidak memakainya lagi" } ?? "; hapus berkas itu (aman), aplikasi lalu membaca ulang seluruh log"
            let en = moved.map { "; moved to \($0), the app no longer uses it" } ?? "; delete that file (safe), the app then replays the whole log"
            return Phrase(
                id: ".snapshot tidak sama dengan pembacaan ulang seluruh log\(id)",
                en: ".snapshot does not match the replay of the whole log\(en)"
            )
        }
    }
}

extension Office {
    /// Compares the ledger an open would start from the folder's `.snapshot` with `replayed`,
    /// the ledger of this folder's whole log replayed line by line; a snapshot that differs
    /// is moved into `recovery/` (when `setAside` and the folder can be written), so the app
    /// never starts from it again.
    public func checkSnapshot(against replayed: Ledger, setAside: Bool = true) throws(StoreError) -> SnapshotCheck {
        let fromSnapshot = try Office(folder: folder, readOnly: true, snapshots: true)
        guard fromSnapshot.log.snapshotBytes > 0 else { return .unused }
        let reader = fromSnapshot.reader
        guard Office.fingerprint(fromSnapshot.ledger, reading: reader) != Office.fingerprint(replayed, reading: reader) else { return .matches }
        guard setAside, folder.isWritable else { return .differs(setAsideTo: nil) }
        return .differs(setAsideTo: LogSnapshot.setAside(folder))
    }

    /// A hash of everything a ledger holds (its snapshot bytes, its samples' lines read through
    /// `reader`), or nil when some of it is only in memory.
    static func fingerprint(_ ledger: Ledger, reading reader: RecordReader) -> UInt64? {
        let codec = EventCodec(timeZone: ledger.calendar.timeZone)
        var hash = LogHash.Stream()
        let whole = ledger.snapshot(encoding: { Array(codec.encode($0).dropLast()) }, reading: reader) { hash.update($0) }
        return whole ? hash.digest() : nil
    }
}

extension LogSnapshot {
    /// Moves the folder's `.snapshot` into `recovery/` under a new name; returns it, or nil.
    static func setAside(_ folder: DataFolder) -> String? {
        guard (try? folder.prepareOutputFolder(folder.recoveryPath)) != nil else { return nil }
        let stamp = Timestamp.format(Date(), offsetSeconds: 0).filter { $0.isNumber }
        let base = "\(folder.recoveryPath)/snapshot-\(stamp)"
        for n in 1...1000 {
            let target = n == 1 ? base : base + "-\(n)"
            if link(folder.snapshotPath, target) == 0 {
                unlink(folder.snapshotPath)
                POSIXFile.syncFolder(folder.path)
                return target
            }
            if errno != EEXIST { break }
        }
        // Where links cannot be made, the derived file is removed: it is safe to delete.
        return unlink(folder.snapshotPath) == 0 ? "(\(folder.snapshotPath) deleted)" : nil
    }
}
