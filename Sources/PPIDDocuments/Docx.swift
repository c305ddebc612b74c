import Foundation
import PPIDModel
import ZIPFoundation

/// A run of text in a paragraph.
public struct Run: Sendable, Equatable {
    public var text: String
    public var bold = false
    public var italic = false

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// A piece of a document as the program writes it: the program's own WordprocessingML.
public enum Block: Sendable, Equatable {
    case title([Run])
    /// A heading, level 1–3 (Word's styles Heading 1–3).
    case heading(Int, String)
    case paragraph([Run], Alignment = .left)
    case bullet([Run])
    /// A table with a bold header row; `boldLastRow` for a totals row.
    case table(header: [String], rows: [[String]], boldLastRow: Bool)
    /// A label and its value, aligned on a tab ("Nama : …"); wrapped lines keep the value's edge.
    case field(String, String)
    /// The letterhead's lines, centred; beside the logo when the document has one.
    case letterhead([[Run]])
    /// Lines kept on one page (a signature block): one paragraph, its lines broken by line
    /// breaks, that never splits. LibreOffice broke a chain of keep-with-next paragraphs
    /// anywhere in it (the place line alone at the foot of page 1); one kept paragraph it keeps.
    case together([[Run]], Alignment)
    /// A paragraph kept whole and on the page of the next (a letter's closing before its
    /// signature), so a signature never stands alone on a page; an empty one is space before
    /// the next kept paragraph, for the same reason.
    case closing([Run], Alignment)
    /// Two signature blocks side by side (the officer receiving, the objector), in a
    /// borderless table whose row never splits across pages.
    case signatures([[Run]], [[Run]])
    /// A line under the letterhead.
    case rule
    /// An empty line.
    case blank
    /// What follows starts on a new page.
    case pageBreak

    public enum Alignment: String, Sendable { case left, center, right, both }

    static func text(_ s: String, _ alignment: Alignment = .left) -> Block { .paragraph([Run(s)], alignment) }
}

/// What a filed document says about itself beside its text (Word's File › Properties): how it
/// was made belongs there, not in the body someone must edit before filing.
public struct DocxProperties: Sendable, Equatable {
    public var title: String
    /// Word's "Comments" (dc:description).
    public var description: String

    public init(title: String, description: String) {
        self.title = title
        self.description = description
    }
}

/// Writes and reads `.docx` packages: the XML parts zipped (ZIPFoundation).
public enum Docx {
    /// The zipped package of a document made of `blocks`. A document with `properties` carries
    /// them in `docProps/core.xml`; with `pageNumbers`, a footer numbers every page after the
    /// first (the cover), the page after it being 1.
    public static func make(_ blocks: [Block], logo: Logo? = nil, properties: DocxProperties? = nil, pageNumbers: Bool = false) throws(DocumentError) -> Data {
        var files = parts(documentXML: documentXML(blocks, logo: logo, pageNumbers: pageNumbers), logo: logo)
        if pageNumbers { files = withFooter(files) }
        if let properties { files = withProperties(files, properties) }
        var data = files.map { ($0.0, Data($0.1.utf8)) }
        if let logo { data.append(("word/media/" + logo.fileName, logo.data)) }
        return try zipData(data)
    }

    /// The parts with a footer holding "Halaman <page>", referenced from the document.
    static func withFooter(_ files: [(String, String)]) -> [(String, String)] {
        let footer = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Halaman </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>
            """
        return files.map { name, xml in
            switch name {
            case "[Content_Types].xml":
                (name, xml.replacingOccurrences(of: "</Types>", with: "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/></Types>"))
            case "word/_rels/document.xml.rels":
                (name, xml.replacingOccurrences(of: "</Relationships>", with: "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/></Relationships>"))
            default: (name, xml)
            }
        } + [("word/footer1.xml", footer)]
    }

    /// The parts with `docProps/core.xml` holding the title and the description.
    static func withProperties(_ files: [(String, String)], _ p: DocxProperties) -> [(String, String)] {
        let core = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(escape(InertText.forFile(p.title)))</dc:title><dc:description>\(escape(InertText.forFile(p.description)))</dc:description><dc:creator>ppid-tui</dc:creator></cp:coreProperties>
            """
        return files.map { name, xml in
            switch name {
            case "[Content_Types].xml":
                (name, xml.replacingOccurrences(of: "</Types>", with: "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"))
            case "_rels/.rels":
                (name, xml.replacingOccurrences(of: "</Relationships>", with: "<Relationship Id=\"rIdCore\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>"))
            default: (name, xml)
            }
        } + [("docProps/core.xml", core)]
    }

    /// Every part of a package around a document part (the logo's bytes apart).
    static func parts(documentXML: String, logo: Logo? = nil) -> [(String, String)] {
        [
            ("[Content_Types].xml", logo.map { contentTypes.replacingOccurrences(of: "<Default Extension=\"xml\"", with: "<Default Extension=\"\($0.isPNG ? "png" : "jpeg")\" ContentType=\"\($0.contentType)\"/><Default Extension=\"xml\"") } ?? contentTypes),
            ("_rels/.rels", packageRels),
            ("word/_rels/document.xml.rels", logo.map { documentRels.replacingOccurrences(of: "</Relationships>", with: "<Relationship Id=\"rIdLogo\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/\($0.fileName)\"/></Relationships>") } ?? documentRels),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/document.xml", documentXML),
        ]
    }

    static func zip(_ parts: [(String, String)]) throws(DocumentError) -> Data {
        try zipData(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    static func zipData(_ parts: [(String, Data)]) throws(DocumentError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, data) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 1_577_836_800), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw DocumentError.failed(Phrase(id: "arsip zip kosong", en: "empty zip archive")) }
            return data
        } catch let e as DocumentError {
            throw e
        } catch {
            throw .failed(Phrase(id: "Gagal membuat berkas .docx: \(error)", en: "Could not make the .docx file: \(error)"))
        }
    }

    // MARK: The document part

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The runs' XML: each line of a text after the first starts after a line break.
    static func runXML(_ run: Run) -> String {
        var props = ""
        if run.bold { props += "<w:b/>" }
        if run.italic { props += "<w:i/>" }
        return "<w:r>" + (props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>") + textXML(run.text) + "</w:r>"
    }

    /// A run's content: text, a line break per newline (LF or CR LF), a tab per tab; the
    /// controls XML 1.0 cannot hold shown as the screen shows them (ESC as "␛").
    static func textXML(_ text: String) -> String {
        InertText.forFile(text).replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { "<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t>" }.joined(separator: "<w:tab/>")
        }.joined(separator: "<w:br/>")
    }

    static func paragraphXML(_ runs: [Run], style: String? = nil, alignment: Block.Alignment = .left, extra: String = "") -> String {
        var props = ""
        if let style { props += "<w:pStyle w:val=\"\(style)\"/>" }
        props += extra
        if alignment != .left { props += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        return "<w:p>" + (props.isEmpty ? "" : "<w:pPr>\(props)</w:pPr>") + runs.map(runXML).joined() + "</w:p>"
    }

    /// The width of the page's text, in twentieths of a point (A4 less the margins).
    static let textWidth = 11906 - 1418 - 1134

    static func tableXML(header: [String], rows: [[String]], boldLastRow: Bool) -> String {
        // The first column (month, band, topic) as wide as a month's name in a wide table, a
        // third of the page in a narrow one; the rest share what is left evenly.
        let first = header.count >= 6 ? 1000 : header.count > 1 ? textWidth / 3 : textWidth
        let rest = header.count > 1 ? (textWidth - first) / (header.count - 1) : 0
        let widths = [first] + Array(repeating: rest, count: max(0, header.count - 1))
        func cell(_ text: String, _ column: Int, bold: Bool, number: Bool) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[min(column, widths.count - 1)])\" w:type=\"dxa\"/></w:tcPr>" + paragraphXML([Run(text, bold: bold)], style: "TableText", alignment: number ? .right : .left) + "</w:tc>"
        }
        func isNumber(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy(\.isNumber) }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + header.enumerated().map { cell($1, $0, bold: true, number: false) }.joined() + "</w:tr>"
        for (i, row) in rows.enumerated() {
            let bold = boldLastRow && i == rows.count - 1
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + row.enumerated().map { cell($1, $0, bold: bold, number: isNumber($1)) }.joined() + "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// The letterhead: its lines centred, in a borderless table beside the logo when there is one.
    static func letterheadXML(_ lines: [[Run]], logo: Logo?) -> String {
        let text = lines.map { paragraphXML($0, alignment: .center, extra: "<w:spacing w:after=\"0\"/>") }.joined()
        guard let logo else { return text }
        let (cx, cy) = logo.extent
        let first = 1900, rest = textWidth - first
        let picture = """
            <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/><wp:docPr id="1" name="Logo"/>\
            <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
            <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="\(logo.fileName)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm>\
            <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"\(first)\"/><w:gridCol w:w=\"\(rest)\"/></w:tblGrid><w:tr>"
            + "<w:tc><w:tcPr><w:tcW w:w=\"\(first)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\(picture)</w:p></w:tc>"
            + "<w:tc><w:tcPr><w:tcW w:w=\"\(rest)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>\(text)</w:tc></w:tr></w:tbl>"
    }

    /// The height of an empty line (12 pt at 1.1 line spacing, and the paragraph's space after),
    /// in twentieths of a point: what a kept paragraph's space before stands for.
    static let emptyLine = 380

    /// Lines kept on one page: one paragraph kept whole, a line break between lines (an empty
    /// line is an empty line), `before` space above it.
    static func togetherXML(_ lines: [[Run]], _ alignment: Block.Alignment, before: Int) -> String {
        var runs: [Run] = []
        for (i, line) in lines.enumerated() {
            if i > 0 { runs.append(Run("\n")) }
            runs += line
        }
        return paragraphXML(runs, alignment: alignment, extra: kept(false, before: before))
    }

    /// keep-next (unless the last), keep-lines, and the space before, in the order OOXML wants.
    static func kept(_ next: Bool, before: Int) -> String {
        (next ? "<w:keepNext/>" : "") + "<w:keepLines/>" + (before > 0 ? "<w:spacing w:before=\"\(before)\"/>" : "")
    }

    static let hairline = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p>"

    /// Two signature blocks side by side: half the text width each, no borders, one row kept whole.
    static func signaturesXML(_ left: [[Run]], _ right: [[Run]]) -> String {
        let half = textWidth / 2
        func cell(_ lines: [[Run]]) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"\(half)\" w:type=\"dxa\"/></w:tcPr>"
                + lines.map { paragraphXML($0, alignment: .center, extra: "<w:keepNext/><w:keepLines/>") }.joined() + "</w:tc>"
        }
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(half * 2)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"\(half)\"/><w:gridCol w:w=\"\(half)\"/></w:tblGrid>"
            + "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(left) + cell(right) + "</w:tr></w:tbl>" + hairline
    }

    static func documentXML(_ blocks: [Block], logo: Logo? = nil, pageNumbers: Bool = false) -> String {
        var body = ""
        // Space an empty kept line stands for, given to the next kept paragraph.
        var pending = 0
        for block in blocks {
            switch block {
            case .title(let runs): body += paragraphXML(runs, style: "Title", alignment: .center)
            case .heading(let level, let text): body += paragraphXML([Run(text)], style: "Heading\(min(max(level, 1), 3))")
            case .paragraph(let runs, let alignment): body += paragraphXML(runs, alignment: alignment)
            case .bullet(let runs): body += paragraphXML([Run("•\t")] + runs, style: "ListBullet")
            case .table(let header, let rows, let bold): body += tableXML(header: header, rows: rows, boldLastRow: bold) + paragraphXML([])
            case .field(let label, let value): body += paragraphXML([Run(label + "\t: " + value)], style: "Field")
            case .letterhead(let lines): body += letterheadXML(lines, logo: logo)
            case .together(let lines, let alignment):
                body += togetherXML(lines, alignment, before: pending)
                pending = 0
            case .closing(let runs, _) where runs.isEmpty: pending += emptyLine
            case .closing(let runs, let alignment):
                body += paragraphXML(runs, alignment: alignment, extra: kept(true, before: pending))
                pending = 0
            case .signatures(let left, let right): body += signaturesXML(left, right)
            case .rule: body += paragraphXML([], extra: "<w:pBdr><w:bottom w:val=\"thick\" w:sz=\"18\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>")
            case .blank: body += paragraphXML([])
            case .pageBreak: body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            }
        }
        // The footer on every page but the first (the cover), which counts as page 0.
        let footer = pageNumbers ? "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>" : ""
        let numbering = pageNumbers ? "<w:pgNumType w:start=\"0\"/><w:titlePg/>" : ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>\(body)<w:sectPr>\(footer)<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>\(numbering)</w:sectPr></w:body></w:document>
            """
    }

    // MARK: The fixed parts

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>
        """

    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """

    static let documentRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>
        """

    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="709"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """

    /// Normal, Title, Heading 1–3, a bullet and table text, the table grid: named as Word
    /// names its own, so Word's navigation pane and python-docx see real headings.
    static let styles: String = {
        func heading(_ n: Int, size: Int) -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(n)\"><w:name w:val=\"heading \(n)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"\(n - 1)\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"\(size)\"/></w:rPr></w:style>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>\
            \(heading(1, size: 28))\(heading(2, size: 26))\(heading(3, size: 24))\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="709" w:hanging="357"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Field"><w:name w:val="Field"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="3969"/></w:tabs><w:ind w:left="4253" w:hanging="4253"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>\
            </w:styles>
            """
    }()
}
