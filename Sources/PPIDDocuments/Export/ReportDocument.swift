import PPIDModel

/// A report as a sequence of blocks, rendered to Markdown here and to other formats (a .docx)
/// from the same content: headings, paragraphs, lists, tables, and the parts the head writes.
public struct ReportDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        /// Level 1 is the title, 2 a chapter (*Bab*), 3 a section, 4 a subsection.
        case heading(level: Int, text: String)
        case paragraph(String)
        case list([String], ordered: Bool)
        case table(header: [String], rows: [[String]])
        /// A part the head writes before signing: what it should say.
        case placeholder(String)
        /// Place and date, title, then the name, under a signature.
        case signature(place: String, date: String, title: String, name: String)
    }

    public var blocks: [Block] = []

    public init(blocks: [Block] = []) { self.blocks = blocks }

    /// The marker every placeholder starts with, so the head can find each one.
    public static let placeholderMark = "[DIISI KEPALA]"

    mutating func heading(_ level: Int, _ text: String) { blocks.append(.heading(level: level, text: text)) }
    mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    mutating func list(_ items: [String], ordered: Bool = true) { if !items.isEmpty { blocks.append(.list(items, ordered: ordered)) } }
    mutating func table(_ header: [String], _ rows: [[String]]) { blocks.append(.table(header: header, rows: rows)) }
    mutating func placeholder(_ text: String) { blocks.append(.placeholder(text)) }

    /// The Markdown text: blocks separated by blank lines, placeholders as marked quotes.
    public func markdown() -> String {
        var out: [String] = []
        for b in blocks {
            switch b {
            case .heading(let level, let text):
                out.append(String(repeating: "#", count: max(1, min(6, level))) + " " + text)
            case .paragraph(let text):
                out.append(text)
            case .list(let items, let ordered):
                out.append(items.enumerated().map { ordered ? "\($0.offset + 1). \($0.element)" : "- \($0.element)" }.joined(separator: "\n"))
            case .table(let header, let rows):
                var t = ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: header.count)]
                t += rows.map { "| " + $0.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
                out.append(t.joined(separator: "\n"))
            case .placeholder(let text):
                out.append("> **\(ReportDocument.placeholderMark)** \(text)")
            case .signature(let place, let date, let title, let name):
                out.append(["\(place), \(date)", "\(title),", "", "", name].joined(separator: "  \n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }
}
