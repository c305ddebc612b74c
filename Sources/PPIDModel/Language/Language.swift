/// The languages of the interface: Indonesian by default, English on request.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case indonesian = "id"
    case english = "en"

    /// The other language, for the `L` toggle.
    public var toggled: Language { self == .indonesian ? .english : .indonesian }
}

/// A phrase in both languages.
public struct Phrase: Sendable, Hashable {
    public let id: String
    public let en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .indonesian ? id : en
    }
}

/// Something with a name in both languages.
public protocol Labelled {
    var label: Phrase { get }
}
