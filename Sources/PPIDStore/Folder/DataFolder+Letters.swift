import Foundation
import PPIDModel

extension DataFolder {
    /// The largest letter handed out: a letter is a few dozen kB, a logo included.
    static let maxLetterBytes = 20 << 20

    /// The name in `letters/` of a letter a `letter.made` recorded at `file` (relative to the
    /// data folder), or nil when the record names any other place (`--out` elsewhere, a path
    /// with `..`): only a `.docx` lying directly in `letters/` is ever handed out.
    public static func letterName(recorded file: String) -> String? {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == "letters", parts[1].hasSuffix(".docx"), !parts[1].hasPrefix(".") else { return nil }
        return String(parts[1])
    }

    /// The bytes of the letter recorded at `file`, read as a template is (`readInside`: no
    /// link followed, a regular file of the folder's owner or group with one name); nil when
    /// the record names no file in `letters/` or the file is gone.
    public func readLetter(recorded file: String) throws(StoreError) -> Data? {
        guard let name = Self.letterName(recorded: file) else { return nil }
        return try readInside(lettersPath, named: name, maxBytes: Self.maxLetterBytes) { path, why in
            .io(path: path, action: Phrase(id: "menyerahkan surat", en: "hand out the letter"),
                reason: Phrase(id: "\(why.id). Buat suratnya lagi dari loket", en: "\(why.en). Make the letter again at the counter"))
        }
    }
}
