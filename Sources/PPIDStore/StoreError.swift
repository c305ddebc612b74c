import PPIDModel

/// Why the store could not do what was asked, in words the officer can act on.
public enum StoreError: Error, Sendable, Equatable {
    /// A system call failed on a path (errno's text attached).
    case io(path: String, action: Phrase, reason: String)
    /// The log holds lines from a newer version of ppid-tui.
    case newerVersion(path: String, line: Int, version: Int)
    /// The folder was opened read-only (damage, a newer version, or on request).
    case readOnly(reason: Phrase)
    /// The event was refused by the rules.
    case refused(LedgerError)
    /// The config file could not be read.
    case badConfig(path: String, detail: String)
    /// A register file to import has bad rows; nothing was written.
    case badImport([ImportProblem])

    public var message: Phrase {
        switch self {
        case .io(let path, let action, let reason):
            // A reason written "Indonesian / English" gives each language its half.
            Phrase(id: "Gagal \(action.id) \(path): \(StoreError.half(reason, english: false))",
                   en: "Could not \(action.en) \(path): \(StoreError.half(reason, english: true))")
        case .newerVersion(let path, let line, let version):
            Phrase(
                id: "\(path):\(line) ditulis oleh ppid-tui yang lebih baru (skema v\(version)). Perbarui ppid-tui sebelum menulis ke folder ini.",
                en: "\(path):\(line) was written by a newer ppid-tui (schema v\(version)). Upgrade ppid-tui before writing to this folder."
            )
        case .readOnly(let reason):
            Phrase(id: "Folder data hanya-baca: \(reason.id)", en: "The data folder is read-only: \(reason.en)")
        case .refused(let e):
            e.message
        case .badConfig(let path, let detail):
            Phrase(id: "Berkas pengaturan \(path) tidak dapat dibaca: \(detail)", en: "The config file \(path) cannot be read: \(detail)")
        case .badImport(let problems):
            Phrase(
                id: "\(Set(problems.map(\.line)).count) baris bermasalah; tidak ada yang ditulis.\n" + problems.map { $0.message.id }.joined(separator: "\n"),
                en: "\(Set(problems.map(\.line)).count) bad rows; nothing was written.\n" + problems.map { $0.message.en }.joined(separator: "\n")
            )
        }
    }
}

/// One problem of a bad row of an import, by its line number in the file (a row may have several).
public struct ImportProblem: Sendable, Equatable {
    public let line: Int
    public let problem: Phrase

    public init(line: Int, problem: Phrase) {
        self.line = line
        self.problem = problem
    }

    public var message: Phrase {
        Phrase(id: "baris \(line): \(problem.id)", en: "line \(line): \(problem.en)")
    }
}

extension StoreError {
    /// One language's half of a reason written "Indonesian / English"; the whole reason when
    /// it has no such halves (an operating system's message).
    static func half(_ reason: String, english: Bool) -> String {
        let parts = reason.components(separatedBy: " / ")
        guard parts.count == 2 else { return reason }
        return english ? parts[1] : parts[0]
    }
}
