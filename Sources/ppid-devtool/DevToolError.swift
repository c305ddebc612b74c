import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore

/// A devtool failure: one line on stderr, then exit status 1.
struct DevToolError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    init(_ e: StoreError) {
        self.init(e.message.en)
    }
}

/// Runs `body`; a DevToolError becomes one line on stderr and a non-zero exit, never a trace.
/// SIGXFSZ is ignored, as in ppid-tui, so a file-size limit is an error, not a kill.
func guarded(_ body: () throws(DevToolError) -> Void) throws {
    signal(SIGXFSZ, SIG_IGN)
    do {
        try body()
    } catch {
        let line = error.message.split(whereSeparator: \.isNewline).joined(separator: "; ")
        FileHandle.standardError.write(Data("ppid-devtool: \(line)\n".utf8))
        throw ExitCode.failure
    }
}

/// Runs a store operation, turning its error into a DevToolError.
func store<T>(_ body: () throws(StoreError) -> T) throws(DevToolError) -> T {
    do {
        return try body()
    } catch {
        throw DevToolError(error)
    }
}
