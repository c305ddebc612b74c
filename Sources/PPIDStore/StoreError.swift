import PPIDModel

/// Why the store could not do what was asked, in words the officer can act on.
public enum StoreError: Error, Sendable, Equatable {
    /// Something could not be done to a path, and why, in each language.
    case io(path: String, action: Phrase, reason: Phrase)
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
            Phrase(id: "Gagal \(action.id) \(path): \(reason.id)", en: "Could not \(action.en) \(path): \(reason.en)")
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
    /// A failure whose reason is the same words in both languages: the operating system's
    /// (errno's text), or a technical note. A reason in words of its own is a `Phrase`.
    public static func io(path: String, action: Phrase, reason: String) -> StoreError {
        .io(path: path, action: action, reason: Phrase(id: reason, en: reason))
    }
}
