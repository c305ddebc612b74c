import Foundation

/// The office's logo for the default letterhead (`templates/logo.png` or `.jpg`): a PNG or
/// JPEG whose size in pixels its header gives, drawn at most 2.5 cm high and 3 cm wide.
public struct Logo: Sendable, Equatable {
    public let data: Data
    public let isPNG: Bool
    public let width: Int
    public let height: Int

    /// The largest logo file taken: a letterhead needs no more.
    public static let maxBytes = 2 << 20
    /// The names looked for in `templates/`, in order.
    public static let fileNames = ["logo.png", "logo.jpg", "logo.jpeg"]

    /// Nil when the bytes are not a PNG or JPEG whose size can be read.
    public init?(data: Data) {
        let b = [UInt8](data.prefix(64 << 10))
        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            isPNG = true
            width = Logo.bigEndian(b, 16, 4)
            height = Logo.bigEndian(b, 20, 4)
        } else if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8, let size = Logo.jpegSize(b) {
            isPNG = false
            (width, height) = size
        } else {
            return nil
        }
        guard (1...20_000).contains(width), (1...20_000).contains(height) else { return nil }
        self.data = data
    }

    var fileName: String { isPNG ? "logo.png" : "logo.jpeg" }
    var contentType: String { isPNG ? "image/png" : "image/jpeg" }

    /// The drawn size in EMU (914400 a inch), proportions kept.
    var extent: (cx: Int, cy: Int) {
        let maxHeight = 900_000, maxWidth = 1_080_000
        let scale = min(Double(maxHeight) / Double(height), Double(maxWidth) / Double(width))
        return (max(1, Int(Double(width) * scale)), max(1, Int(Double(height) * scale)))
    }

    private static func bigEndian(_ b: [UInt8], _ at: Int, _ count: Int) -> Int {
        b[at..<(at + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    /// The size from a JPEG's start-of-frame segment, walking the segments before it.
    private static func jpegSize(_ b: [UInt8]) -> (Int, Int)? {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            let length = bigEndian(b, i + 2, 2)
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                return (bigEndian(b, i + 7, 2), bigEndian(b, i + 5, 2))
            }
            guard length >= 2 else { return nil }
            i += 2 + length
        }
        return nil
    }
}
