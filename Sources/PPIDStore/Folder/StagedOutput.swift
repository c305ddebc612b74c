import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output written whole into a temporary file beside its target, not yet in place: a
/// letter waits there while its record is appended, so a record that fails leaves the
/// earlier file of that name as it was.
public struct StagedOutput: Sendable {
    /// Where it goes.
    public let path: String
    /// The temporary file this process created (`NAME.tmp-PID-RANDOM`).
    let temporary: String

    /// Renames it over `path` (a rename never writes through a link there).
    public func place() throws(StoreError) {
        guard rename(temporary, path) == 0 else {
            let error = POSIXFile.fail(path, Phrase(id: "mengganti berkas", en: "replace the file"))
            discard()
            throw error
        }
        POSIXFile.syncFolder(POSIXFile.parent(of: path))
    }

    /// Removes the temporary file, and only it: never the target.
    public func discard() {
        unlink(temporary)
    }
}
