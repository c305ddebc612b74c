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
            for name in missing where !unknown.contains(name) { unknown.append(name) }
            parts[i].1 = Data(filled.utf8)
        }
        if !unknown.isEmpty { throw .unknownPlaceholders(template: path, names: unknown) }
        return try Docx.zipData(parts)
    }

    /// The placeholders a package's text holds, in order of first appearance.
    public static func placeholders(in template: Data, path: String) throws(DocumentError) -> [String] {
        var names: [String] = []
        for (part, data) in try Docx.unzip(template, path: path) where holdsText(part) {
            let (_, found) = fillXML(String(decoding: data, as: UTF8.self), fields: [:])
            for n in found where !names.contains(n) { names.append(n) }
        }
        return names
    }

    /// A text element of a run: where it lies in the XML, and its text.
    struct TextPiece {
        var range: Range<String.Index>
        var text: [Character]
        var changed = false
    }

    /// The XML with every known placeholder filled, and the names not in `fields`.
    static func fillXML(_ xml: String, fields: [String: String]) -> (String, [String]) {
        // Paragraphs may nest (a text box inside a run), so each keeps its own pieces.
        var stack: [[TextPiece]] = []
        var done: [TextPiece] = []
        var unknown: [String] = []
        let ns = xml as NSString
        for m in tokens.matches(in: xml, range: NSRange(location: 0, length: ns.length)) {
            let token = ns.substring(with: m.range)
            guard let range = Range(m.range, in: xml) else { continue }
            if token.hasPrefix("</w:p>") {
                if let pieces = stack.popLast() { done += substitute(pieces, fields: fields, unknown: &unknown) }
            } else if token.hasPrefix("<w:p") {
                if !token.hasSuffix("/>") { stack.append([]) }
            } else if m.range(at: 1).location != NSNotFound, !stack.isEmpty {
                stack[stack.count - 1].append(TextPiece(range: range, text: Array(decode(ns.substring(with: m.range(at: 1))))))
            }
        }
        var out = ""
        var cursor = xml.startIndex
        for piece in done.filter(\.changed).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            out += xml[cursor..<piece.range.lowerBound]
            out += Docx.textXML(String(piece.text))
            cursor = piece.range.upperBound
        }
        out += xml[cursor...]
        return (out, unknown)
    }

    /// Paragraph starts and ends, and run texts (group 1: the text).
    static let tokens = try! NSRegularExpression(pattern: "<w:p(?:\\s[^>]*)?/?>|</w:p>|<w:t(?:\\s[^>]*)?>([^<]*)</w:t>")
    static let placeholder = try! NSRegularExpression(pattern: "\\{\\{\\s*([^{}\\s]+)\\s*\\}\\}")

    /// A paragraph's pieces with its placeholders filled across them.
    static func substitute(_ pieces: [TextPiece], fields: [String: String], unknown: inout [String]) -> [TextPiece] {
        var pieces = pieces
        let joined = String(pieces.flatMap(\.text))
        guard joined.contains("{{") else { return pieces }
        // Where each piece starts in the paragraph's text, in characters.
        var starts: [Int] = []
        var at = 0
        for p in pieces {
            starts.append(at)
            at += p.text.count
        }
        let ns = joined as NSString
        var found: [(start: Int, end: Int, name: String)] = []
        for m in placeholder.matches(in: joined, range: NSRange(location: 0, length: ns.length)) {
            guard let r = Range(m.range, in: joined), let nr = Range(m.range(at: 1), in: joined) else { continue }
            let start = joined.distance(from: joined.startIndex, to: r.lowerBound)
            found.append((start, start + joined[r].count, String(joined[nr])))
        }
        // From the last to the first, so the earlier ones' places stay right.
        for f in found.reversed() {
            guard let value = fields[f.name] else {
                if !unknown.contains(f.name) { unknown.insert(f.name, at: 0) }
                continue
            }
            let first = starts.lastIndex { $0 <= f.start } ?? 0
            let last = starts.lastIndex { $0 < f.end } ?? first
            let head = Array(pieces[first].text[..<(f.start - starts[first])])
            if first == last {
                let tail = Array(pieces[first].text[(f.end - starts[first])...])
                pieces[first].text = head + Array(value) + tail
            } else {
                pieces[first].text = head + Array(value)
                for i in (first + 1)..<last { pieces[i].text = [] ; pieces[i].changed = true }
                pieces[last].text = Array(pieces[last].text[(f.end - starts[last])...])
                pieces[last].changed = true
            }
            pieces[first].changed = true
        }
        return pieces
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
