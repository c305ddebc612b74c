import PPIDModel
import PPIDStore

/// Why a document could not be made, in words the officer can act on.
public enum DocumentError: Error, Sendable, Equatable {
    /// The letter does not fit the request's (or objection's) state now.
    case doesNotFit(Phrase)
    /// The template names placeholders the program does not know.
    case unknownPlaceholders(template: String, names: [String])
    /// The template is not a Word document the program can read.
    case badTemplate(path: String, detail: String)
    /// No request or objection by that number.
    case unknown(Phrase)
    /// Writing or zipping failed.
    case store(StoreError)
    case failed(Phrase)

    public var message: Phrase {
        switch self {
        case .doesNotFit(let p), .unknown(let p), .failed(let p): p
        case .unknownPlaceholders(let template, let names):
            Phrase(
                id: "Templat \(template) memuat isian yang tidak dikenal: \(names.map { "{{\($0)}}" }.joined(separator: ", ")). Perbaiki templat (daftar isian ada di panduan petugas).",
                en: "Template \(template) holds unknown placeholders: \(names.map { "{{\($0)}}" }.joined(separator: ", ")). Fix the template (the officer's guide lists the placeholders)."
            )
        case .badTemplate(let path, let detail):
            Phrase(id: "Templat \(path) tidak dapat dibaca sebagai dokumen Word (.docx): \(detail)", en: "Template \(path) cannot be read as a Word document (.docx): \(detail)")
        case .store(let e): e.message
        }
    }
}
