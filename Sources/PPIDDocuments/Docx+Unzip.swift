import Foundation
import PPIDModel
import ZIPFoundation

/// How much a template may unpack to. A letter template is tens of kilobytes; a letterhead
/// image makes it a few hundred. The bounds stop a damaged or hostile file (a few megabytes
/// holding gigabytes of zeros) before it takes the machine's memory and minutes of work.
struct UnzipLimits: Sendable {
    /// The zipped file itself.
    var packageBytes = 20 << 20
    /// Any one part, unpacked.
    var entryBytes = 10 << 20
    /// All the parts together, unpacked.
    var totalBytes = 20 << 20
    /// The parts (a Word document has a dozen or two; with images, some more).
    var entries = 1000
    /// How many times its zipped size a part may unpack to, once past `ratioFloor` bytes:
    /// Word's XML unpacks to ten or twenty times, a bomb to a thousand.
    var ratio = 100
    var ratioFloor = 1 << 20

    static let template = UnzipLimits()
}

extension Docx {
    /// The parts of a zipped package, in their order, within `limits`: each part is counted
    /// as it is unpacked (its declared size may lie), and reading stops at the first bound passed.
    static func unzip(_ data: Data, path: String, limits: UnzipLimits = .template) throws(DocumentError) -> [(String, Data)] {
        func refuse(_ id: String, _ en: String) -> DocumentError {
            .badTemplate(path: path, detail: "\(id) / \(en); templat surat biasanya hanya beberapa puluh KB / a letter template is usually a few tens of KB")
        }
        func mb(_ n: Int) -> String { "\(n >> 20) MB" }
        guard data.count <= limits.packageBytes else {
            throw refuse("berkas lebih dari \(mb(limits.packageBytes))", "the file is over \(mb(limits.packageBytes))")
        }
        do {
            let archive = try Archive(data: data, accessMode: .read)
            var parts: [(String, Data)] = []
            var total = 0
            var count = 0
            for entry in archive where entry.type == .file {
                count += 1
                guard count <= limits.entries else {
                    throw refuse("lebih dari \(limits.entries) bagian", "more than \(limits.entries) parts")
                }
                func tooBig() -> DocumentError {
                    refuse("bagian \(entry.path) lebih dari \(mb(limits.entryBytes)) setelah dibuka", "part \(entry.path) unpacks to over \(mb(limits.entryBytes))")
                }
                func tooMuch() -> DocumentError {
                    refuse("isi berkas lebih dari \(mb(limits.totalBytes)) setelah dibuka", "the parts unpack to over \(mb(limits.totalBytes))")
                }
                // The declared size first: most bombs say what they are.
                guard entry.uncompressedSize <= UInt64(limits.entryBytes) else { throw tooBig() }
                guard total + Int(entry.uncompressedSize) <= limits.totalBytes else { throw tooMuch() }
                let zipped = max(Int(clamping: entry.compressedSize), 1)
                var bytes = Data()
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    let unpacked = bytes.count + chunk.count
                    guard unpacked <= limits.entryBytes else { throw tooBig() }
                    guard total + unpacked <= limits.totalBytes else { throw tooMuch() }
                    guard unpacked <= limits.ratioFloor || unpacked / zipped <= limits.ratio else {
                        throw refuse("bagian \(entry.path) memuai lebih dari \(limits.ratio) kali ukurannya", "part \(entry.path) expands over \(limits.ratio) times its size")
                    }
                    bytes.append(chunk)
                }
                total += bytes.count
                parts.append((entry.path, bytes))
            }
            guard parts.contains(where: { $0.0 == "word/document.xml" }) else {
                throw DocumentError.badTemplate(path: path, detail: "tidak ada word/document.xml / no word/document.xml")
            }
            return parts
        } catch let e as DocumentError {
            throw e
        } catch {
            throw .badTemplate(path: path, detail: "\(error)")
        }
    }
}
