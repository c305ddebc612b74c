import Foundation
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
        /// The log's name no longer names a file that begins with the lines this process read
        /// (replaced by a different file): this process stops writing. `savedTo` names
        /// where the lines it read were copied, nil when nothing was copied.
        case replaced(savedTo: String?)
        /// The log no longer holds every line acknowledged so far (`events.lock` keeps how long
        /// it was): replaced by an older copy, cut, or edited outside ppid-tui. `missing` is how
        /// many acknowledged lines are gone when it is shorter, nil when it is as long but its
        /// last acknowledged lines differ; `savedTo` names where the file that holds every
        /// acknowledged line is kept (`recovery/replaced-*.jsonl`), nil when it is not.
        case behindAcknowledged(acknowledged: Int, missing: Int?, savedTo: String?)
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
        case .replaced(let saved):
            let copy = saved.map { "recovery/" + ($0 as NSString).lastPathComponent }
            return Phrase(
                id: "\(path) diganti dari luar dan berbeda dari yang sudah dibaca mulai baris \(line): loket ini berhenti menulis; tutup lalu buka kembali ppid-tui" + (copy.map { ". Salinan yang terbaca: \($0)" } ?? ""),
                en: "\(path) was replaced outside ppid-tui and differs from what was read from line \(line) on: this counter stops writing; close and reopen ppid-tui" + (copy.map { ". A copy of what was read: \($0)" } ?? "")
            )
        case .behindAcknowledged(let acknowledged, let missing, let saved):
            let what = missing.map {
                Phrase(
                    id: "\(path) lebih pendek dari yang sudah dicatat: \($0) dari \(acknowledged) kejadian yang sudah dikonfirmasi hilang",
                    en: "\(path) is shorter than what was acknowledged: \($0) of \(acknowledged) acknowledged events are missing"
                )
            } ?? Phrase(
                id: "\(path) berbeda dari yang sudah dicatat pada baris-baris terakhir sampai baris \(acknowledged)",
                en: "\(path) differs from what was acknowledged in its last lines up to line \(acknowledged)"
            )
            return Phrase(
                id: what.id + " (diganti dengan salinan lama, dipotong, atau diubah di luar ppid-tui); tidak ada yang ditulis lagi. "
                    + (saved.map { "Log dengan semua baris yang dikonfirmasi ada di \($0). " } ?? "")
                    + "Kembalikan baris yang hilang lalu jalankan `ppid-tui check`; bila log sengaja diperbaiki dengan tangan, jalankan `ppid-tui check --accept-repair`",
                en: what.en + " (replaced by an older copy, cut, or changed outside ppid-tui); nothing more is written. "
                    + (saved.map { "The log with every acknowledged line is kept in \($0). " } ?? "")
                    + "Put the missing lines back, then run `ppid-tui check`; if you repaired the log by hand on purpose, run `ppid-tui check --accept-repair`"
            )
        }
    }
}
