import Foundation
import PPIDModel

/// Choices the interface remembers between runs (kept apart from the hand-edited config).
public struct Preferences: Codable, Sendable, Equatable {
    public var language: Language?

    public init(language: Language? = nil) {
        self.language = language
    }

    /// The folder's saved preferences; empty when none are saved or the file is unreadable.
    public static func load(from folder: DataFolder) -> Preferences {
        guard let data = try? POSIXFile.read(folder.preferencesPath),
              let p = try? JSONDecoder().decode(Preferences.self, from: data) else { return Preferences() }
        return p
    }

    public func save(to folder: DataFolder) throws(StoreError) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        try POSIXFile.writeAtomically(data, to: folder.preferencesPath)
    }
}
