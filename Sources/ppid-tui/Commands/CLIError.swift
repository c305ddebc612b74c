import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore

/// A command's failure: one line (or a short list) on stderr, then a non-zero exit.
struct CLIError: Error {
    let message: Phrase
    var exitCode: Int32 = 1

    init(_ message: Phrase, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    init(_ e: StoreError) {
        self.init(e.message)
    }
}

/// The language of command-line messages: `PPID_LANG` (`id` or `en`), Indonesian by default.
var cliLanguage: Language {
    ProcessInfo.processInfo.environment["PPID_LANG"].flatMap(Language.init(rawValue:)) ?? .indonesian
}

/// Runs `body`; a CLIError becomes a message on stderr and an exit code, never a stack trace.
///
/// Every command starts here, so this is where SIGXFSZ is ignored: a file-size limit
/// (`ulimit -f`) reached mid-append then fails the write with EFBIG, which the log takes back
/// and reports, instead of killing the process with half a line on disk.
func guarded(_ body: () throws(CLIError) -> Void) throws {
    signal(SIGXFSZ, SIG_IGN)
    do {
        try body()
    } catch {
        FileHandle.standardError.write(Data(terminalSafe("ppid-tui: " + error.message(cliLanguage) + "\n").utf8))
        throw ExitCode(error.exitCode)
    }
}

/// Runs a store operation, turning its error into a CLIError.
func store<T>(_ body: () throws(StoreError) -> T) throws(CLIError) -> T {
    do {
        return try body()
    } catch {
        throw CLIError(error)
    }
}
