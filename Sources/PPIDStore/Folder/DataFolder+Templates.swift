import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DataFolder {
    /// The office's template `name` in `templates/`, or nil when there is none (the default
    /// is then used). A link at the name or at `templates/` is never followed (another member
    /// of a shared folder's group could point it at the officer's private file, whose content
    /// would land in a letter the group reads); anything but a regular file owned by the
    /// folder's owner or group, with no other name, is refused, saying why; so is one longer
    /// than `maxBytes` when given (the logo).
    public func readTemplate(named name: String, maxBytes: Int? = nil) throws(StoreError) -> Data? {
        try readInside(templatesPath, named: name, maxBytes: maxBytes, refusal: refusedTemplate)
    }

    private func refusedTemplate(_ path: String, _ why: Phrase) -> StoreError {
        .io(
            path: path, action: Phrase(id: "memakai templat", en: "use the template"),
            reason: Phrase(
                id: "\(why.id). Templat bawaan tidak dipakai diam-diam: ganti berkas itu dengan templat .docx biasa, atau hapus agar templat bawaan dipakai",
                en: "\(why.en). The default is not used in its place unsaid: replace the file with a plain .docx template, or remove it to use the default"
            )
        )
    }
}
