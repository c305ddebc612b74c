import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The package's executables, run as an officer would run them.
///
/// `swift test` builds every product into the same folder as the test runner
/// (`.build*/<triple>/debug/`), so they are found beside it. On Linux the runner is a plain
/// executable (`ppid-tuiPackageTests.xctest`), so `Bundle.main.bundleURL` is that folder and
/// `CommandLine.arguments[0]` is the runner's path; on macOS the runner lives inside an
/// `.xctest` bundle whose parent is the products folder. `PPID_BIN_DIR` overrides both.
public enum Binary {
    public struct Run: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// True when a signal ended it; `status` is then the signal's number.
        public let signaled: Bool
    }

    /// Folders that may hold the built products, most specific first.
    public static var candidates: [URL] {
        var list: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["PPID_BIN_DIR"], !dir.isEmpty { list.append(URL(fileURLWithPath: dir)) }
        list.append(Bundle.main.bundleURL)
        list.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let exe = Bundle.main.executableURL { list.append(exe.deletingLastPathComponent()) }
        if let arg0 = CommandLine.arguments.first {
            list.append(URL(fileURLWithPath: arg0).standardizedFileURL.deletingLastPathComponent())
        }
        return list
    }

    /// The path of a built product, or a test failure naming where it was looked for.
    public static func path(_ name: String) throws -> String {
        for dir in candidates {
            let p = dir.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        throw Missing(name: name, looked: candidates.map(\.path))
    }

    public struct Missing: Error, CustomStringConvertible {
        public let name: String
        public let looked: [String]
        public var description: String {
            "\(name) not found; build it first (swift build) or set PPID_BIN_DIR. Looked in: \(looked.joined(separator: ", "))"
        }
    }

    /// Starts a product; its output goes to files in `scratch`, read back by `finish`.
    public final class Launched {
        public let process = Process()
        public let outPath: String
        public let errPath: String

        /// `directory`: the working folder, for relative paths (the runner's own when nil).
        public init(_ executable: String, _ arguments: [String], environment: [String: String], scratch: String, directory: String? = nil) throws {
            let tag = UUID().uuidString
            outPath = scratch + "/run-\(tag).out"
            errPath = scratch + "/run-\(tag).err"
            _ = FileManager.default.createFile(atPath: outPath, contents: nil)
            _ = FileManager.default.createFile(atPath: errPath, contents: nil)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
            var env = ProcessInfo.processInfo.environment
            env["PPID_LANG"] = "en"
            for (k, v) in environment { env[k] = v }
            process.environment = env
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
            try process.run()
        }

        public func finish() throws -> Run {
            process.waitUntilExit()
            let out = String(decoding: try contents(outPath), as: UTF8.self)
            let err = String(decoding: try contents(errPath), as: UTF8.self)
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
            return Run(status: process.terminationStatus, stdout: out, stderr: err, signaled: process.terminationReason == .uncaughtSignal)
        }

        /// Sends `signal` (SIGKILL: no chance to clean up, as a power cut to the process).
        public func kill(_ signal: Int32 = SIGKILL) {
            _ = Glibc.kill(process.processIdentifier, signal)
        }
    }

    /// A whole file, or an error naming it.
    static func contents(_ path: String) throws -> Data {
        guard let d = FileManager.default.contents(atPath: path) else { throw Unreadable(path: path) }
        return d
    }

    struct Unreadable: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read \(path)" }
    }

    /// Runs a product to the end.
    public static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:], scratch: String, directory: String? = nil) throws -> Run {
        try Launched(try path(name), arguments, environment: environment, scratch: scratch, directory: directory).finish()
    }
}
