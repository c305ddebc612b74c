import Foundation
import PPIDModel

/// Fills a `.docx` template's `{{placeholders}}`.
///
/// Word often splits what the officer typed as one word over several runs (a spelling mark,
/// an edit, a change of font): `{{nama_` in one `<w:t>`, `pemohon}}` in the next. So the
/// texts of a paragraph's runs are read together; a placeholder found across runs is written
/// into the run where it starts, and its pieces are taken out of the runs after it. Runs no
/// placeholder touches are left byte for byte as they were.
public enum TemplateFill {
    /// The parts that hold text: the body, headers and footers (the letterhead may be there).
    static func holdsText(_ path: String) -> Bool {
        path == "word/document.xml" || (path.hasPrefix("word/header") || path.hasPrefix("word/footer")) && path.hasSuffix(".xml")
    }

    /// The filled package, or the unknown placeholders by name.
    public static func fill(_ template: Data, path: String, fields: [String: String]) throws(DocumentError) -> Data {
        var parts = try Docx.unzip(template, path: path)
        var unknown: [String] = []
        for i in parts.indices where holdsText(parts[i].0) {
            guard let xml = String(data: parts[i].1, encoding: .utf8) else {
                throw .badTemplate(path: path, detail: "\(parts[i].0) bukan UTF-8 / not UTF-8")
            }
            let (filled, missing) = fillXML(xml, fields: fields)
            unknown += missing
            parts[i].1 = Data(filled.utf8)
        }
        if !unknown.isEmpty { throw .unknownPlaceholders(template: path, names: firstOfEach(unknown)) }
        return try Docx.zipData(parts)
    }

    /// The placeholders a package's text holds, in order of first appearance.
    public static func placeholders(in template: Data, path: String) throws(DocumentError) -> [String] {
        var names: [String] = []
        for (part, data) in try Docx.unzip(template, path: path) where holdsText(part) {
            names += fillXML(String(decoding: data, as: UTF8.self), fields: [:]).1
        }
        return firstOfEach(names)
    }

    /// Each name once, where it first appears.
    static func firstOfEach(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// A text element of a run: where it lies in the XML, and its text.
    struct TextPiece {
        var range: Range<String.Index>
        var text: [Character]
        var changed = false
    }

    /// The XML with every known placeholder filled, and the names not in `fields` (each once,
    /// in order of first appearance). A paragraph that held only placeholders, all filled with
    /// nothing (a letterhead's address an office left empty), is taken out rather than left
    /// as an empty line; one a table cell needs as its only paragraph stays.
    static func fillXML(_ xml: String, fields: [String: String]) -> (String, [String]) {
        // Paragraphs may nest (a text box inside a run), so each keeps its own pieces.
        var stack: [(start: String.Index, pieces: [TextPiece])] = []
        var done: [TextPiece] = []
        var dropped: [Range<String.Index>] = []
        var unknown: [String] = []
        let ns = xml as NSString
        for m in tokens.matches(in: xml, range: NSRange(location: 0, length: ns.length)) {
            let token = ns.substring(with: m.range)
            guard let range = Range(m.range, in: xml) else { continue }
            if token.hasPrefix("</w:p>") {
                guard let (start, pieces) = stack.popLast() else { continue }
                let (filled, emptied) = substitute(pieces, fields: fields, unknown: &unknown)
                let paragraph = start..<range.upperBound
                if emptied, stack.isEmpty, droppable(paragraph, in: xml) {
                    dropped.append(paragraph)
                } else {
                    done += filled
                }
            } else if token.hasPrefix("<w:p") {
                if !token.hasSuffix("/>") { stack.append((range.lowerBound, [])) }
            } else if m.range(at: 1).location != NSNotFound, !stack.isEmpty {
                stack[stack.count - 1].pieces.append(TextPiece(range: range, text: Array(decode(ns.substring(with: m.range(at: 1))))))
            }
        }
        let edits = (done.filter(\.changed).map { ($0.range, Docx.textXML(String($0.text))) } + dropped.map { ($0, "") })
            .sorted { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var cursor = xml.startIndex
        for (range, replacement) in edits {
            out += xml[cursor..<range.lowerBound]
            out += replacement
            cursor = range.upperBound
        }
        out += xml[cursor...]
        return (out, firstOfEach(unknown))
    }

    /// Whether an emptied paragraph can go: it draws nothing, and it is not the only paragraph
    /// of its table cell (a cell must keep one).
    static func droppable(_ paragraph: Range<String.Index>, in xml: String) -> Bool {
        let text = xml[paragraph]
        if text.contains("<w:drawing") || text.contains("<w:pict") || text.contains("<w:object") || text.contains("<w:sectPr") { return false }
        let before = xml[..<paragraph.lowerBound], after = xml[paragraph.upperBound...]
        let opensCell = before.hasSuffix("</w:tcPr>") || before.hasSuffix("<w:tc>")
        return !(opensCell && after.hasPrefix("</w:tc>"))
    }

    /// Paragraph starts and ends, and run texts (group 1: the text).
    static let tokens = try! NSRegularExpression(pattern: "<w:p(?:\\s[^>]*)?/?>|</w:p>|<w:t(?:\\s[^>]*)?>([^<]*)</w:t>")

    /// A paragraph's pieces with its placeholders filled across them, in one pass over its
    /// text: a paragraph holding thousands of placeholders fills in time its length allows.
    /// `emptied`: it held placeholders and nothing else, and every one filled with nothing.
    static func substitute(_ pieces: [TextPiece], fields: [String: String], unknown: inout [String]) -> (pieces: [TextPiece], emptied: Bool) {
        let text = pieces.flatMap(\.text)
        var known: [(start: Int, end: Int, value: [Character])] = []
        for found in placeholders(in: text) {
            let name = String(text[found.name])
            if let value = fields[name] {
                known.append((found.whole.lowerBound, found.whole.upperBound, Array(value)))
            } else {
                unknown.append(name)
            }
        }
        guard !known.isEmpty else { return (pieces, false) }
        var between = 0
        let outsideBlank = known.allSatisfy { k in
            defer { between = k.end }
            return text[between..<k.start].allSatisfy(\.isWhitespace)
        } && text[(known.last?.end ?? 0)...].allSatisfy(\.isWhitespace)
        let emptied = outsideBlank && known.allSatisfy { $0.value.allSatisfy(\.isWhitespace) }
        // Each placeholder's value goes where it starts; its characters are taken out of
        // every piece they lie in.
        var out = pieces
        var at = 0
        var next = 0
        for i in pieces.indices {
            var kept: [Character] = []
            for c in pieces[i].text {
                while next < known.count, known[next].end <= at { next += 1 }
                if next < known.count, known[next].start <= at {
                    if known[next].start == at { kept += known[next].value }
                    out[i].changed = true
                } else {
                    kept.append(c)
                }
                at += 1
            }
            if out[i].changed { out[i].text = kept }
        }
        return (out, emptied)
    }

    /// The `{{ name }}` placeholders of a text, in order: where each lies and where its name
    /// does. Each scan from a `{{` stops at the next brace, so the whole is one pass.
    static func placeholders(in text: [Character]) -> [(whole: Range<Int>, name: Range<Int>)] {
        var found: [(Range<Int>, Range<Int>)] = []
        var i = 0
        while i + 1 < text.count {
            guard text[i] == "{", text[i + 1] == "{" else {
                i += 1
                continue
            }
            var j = i + 2
            while j < text.count, text[j].isWhitespace { j += 1 }
            let nameStart = j
            while j < text.count, text[j] != "{", text[j] != "}", !text[j].isWhitespace { j += 1 }
            let nameEnd = j
            while j < text.count, text[j].isWhitespace { j += 1 }
            if nameEnd > nameStart, j + 1 < text.count, text[j] == "}", text[j + 1] == "}" {
                found.append((i..<(j + 2), nameStart..<nameEnd))
                i = j + 2
            } else {
                i += 1
            }
        }
        return found
    }

    /// The text of a `<w:t>`, its entities read.
    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let code = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let code, let scalar = Unicode.Scalar(code) { out.unicodeScalars.append(scalar) } else { out += rest[amp...semi] }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
