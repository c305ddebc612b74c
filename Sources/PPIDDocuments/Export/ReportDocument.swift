import PPIDModel

/// A report as a sequence of blocks, rendered to Markdown here and to other formats (a .docx)
/// from the same content: a cover, headings, paragraphs, lists, tables, a signature. It holds
/// nothing for the office to fill in or delete: how it was made, and which config keys it fell
/// back for, go beside it (`made`, `fallbacks`), into the file's properties and the export's message.
public struct ReportDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        /// The cover page: the parent body, the office, the report's title, its year.
        case cover(parent: String, office: String, title: String, year: String)
        /// Level 1 is the title, 2 a chapter (*Bab*), 3 a section, 4 a subsection.
        case heading(level: Int, text: String)
        case paragraph(String)
        case list([String], ordered: Bool)
        case table(header: [String], rows: [[String]])
        /// Place and date, title, then the name, under a signature.
        case signature(place: String, date: String, title: String, name: String)
    }

    public var blocks: [Block] = []
    /// How the report was made ("Disusun oleh ppid-tui dari log layanan per …").
    public var made = ""
    /// The `config.toml` keys the report drew from the register or stated as absent, for the
    /// export's message: what the office may add for its own words.
    public var fallbacks: [String] = []

    public init(blocks: [Block] = []) { self.blocks = blocks }

    mutating func heading(_ level: Int, _ text: String) { blocks.append(.heading(level: level, text: text)) }
    mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    mutating func list(_ items: [String], ordered: Bool = true) { if !items.isEmpty { blocks.append(.list(items, ordered: ordered)) } }
    mutating func table(_ header: [String], _ rows: [[String]]) { blocks.append(.table(header: header, rows: rows)) }

    /// The Markdown text: blocks separated by blank lines.
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
            case .cover(let parent, let office, let title, let year):
                out.append([parent, office, title.uppercased(), year].filter { !$0.isEmpty }.map { "**\($0)**" }.joined(separator: "  \n"))
            case .signature(let place, let date, let title, let name):
                out.append([date.isEmpty ? place : "\(place), \(date)", "\(title),", "", "", name].joined(separator: "  \n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }
}
