import Foundation
import PPIDModel
import Testing
import ZIPFoundation
@testable import PPIDDocuments

/// A package of a small document part and one more entry of `size` zero bytes, written in
/// chunks (the test never holds the zeros whole).
func packageWithZeros(_ size: Int, name: String = "word/media/zeros.bin") throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    let document = Data(Docx.documentXML([.text("Surat")]).utf8)
    try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(document.count), compressionMethod: .deflate) { position, chunk in
        document.subdata(in: Int(position)..<Int(position) + chunk)
    }
    try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { _, chunk in
        Data(count: chunk)
    }
    return try #require(archive.data)
}

/// `zip` with every entry's declared unpacked size (local header and central directory)
/// set to `declared`: what a hostile file can say about itself.
func lyingAboutSizes(_ zip: Data, declared: UInt32) -> Data {
    var bytes = [UInt8](zip)
    func put(_ at: Int) { for k in 0..<4 { bytes[at + k] = UInt8(truncatingIfNeeded: declared >> (8 * UInt32(k))) } }
    var i = 0
    while i + 46 <= bytes.count {
        if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x03, bytes[i + 3] == 0x04 { put(i + 22) }
        if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x01, bytes[i + 3] == 0x02 { put(i + 24) }
        i += 1
    }
    return Data(bytes)
}

@Suite struct TemplateBoundsTests {
    func expectRefused(_ zip: Data, limits: UnzipLimits = .template, saying words: String) {
        do {
            _ = try Docx.unzip(zip, path: "templates/bom.docx", limits: limits)
            Issue.record("the template was unpacked")
        } catch {
            #expect(error.message.en.contains(words), "\(error.message.en)")
            #expect(error.message.en.contains("templates/bom.docx"))
        }
    }

    @Test func aPartThatUnpacksPastTheBoundIsRefused() throws {
        // 30 MB of zeros zip to about 30 KB; a letter template unpacks to kilobytes.
        let zip = try packageWithZeros(30 << 20)
        #expect(zip.count < 100_000)
        expectRefused(zip, saying: "unpacks to over 10 MB")
    }

    @Test func aPartLyingAboutItsSizeIsStoppedWhileUnpacking() throws {
        // Checked on what comes out, not on what the file says (the ratio bound set aside).
        var limits = UnzipLimits.template
        limits.ratio = .max
        let zip = lyingAboutSizes(try packageWithZeros(30 << 20), declared: 100)
        expectRefused(zip, limits: limits, saying: "unpacks to over 10 MB")
    }

    @Test func partsTogetherPastTheTotalAreRefused() throws {
        var limits = UnzipLimits.template
        limits.totalBytes = 1 << 20
        limits.ratio = .max
        expectRefused(lyingAboutSizes(try packageWithZeros(2 << 20), declared: 100), limits: limits, saying: "the parts unpack to over 1 MB")
    }

    @Test func aPartExpandingAThousandFoldIsRefused() throws {
        // 2 MB of zeros: within every size bound, but no Word part expands so much.
        expectRefused(try packageWithZeros(2 << 20), saying: "expands over 100 times")
    }

    @Test func tooManyPartsAreRefused() throws {
        var limits = UnzipLimits.template
        limits.entries = 3
        let archive = try Archive(data: Data(), accessMode: .create)
        for name in ["word/document.xml", "a.xml", "b.xml", "c.xml"] {
            try archive.addEntry(with: name, type: .file, uncompressedSize: 1, compressionMethod: .none) { (_: Int64, _: Int) in Data("x".utf8) }
        }
        expectRefused(try #require(archive.data), limits: limits, saying: "more than 3 parts")
    }

    @Test func theOwnTemplatesAreWellWithinTheBounds() throws {
        for kind in LetterKind.allCases {
            let parts = try Docx.unzip(try LetterTemplates.defaultTemplate(kind), path: kind.templateName)
            #expect(parts.count == 6)
        }
    }

    /// One text holding 30,000 placeholders (a pasted list, or a hostile file) fills in
    /// time that grows with its length: seconds, not minutes.
    @Test func thirtyThousandPlaceholdersInOneTextFillInSeconds() throws {
        let text = String(repeating: "{{nomor}} ", count: 30_000)
        let xml = Docx.documentXML([.text(text)])
        let started = ContinuousClock.now
        let (filled, unknown) = TemplateFill.fillXML(xml, fields: ["nomor": "PPID-2024-001"])
        let took = ContinuousClock.now - started
        #expect(unknown.isEmpty)
        #expect(filled.components(separatedBy: "PPID-2024-001").count == 30_001)
        #expect(!filled.contains("{{"))
        #expect(took < .seconds(5), "\(took)")
    }
}

extension TemplateBoundsTests {
    /// 30,000 different unknown names are each reported once, in order, without comparing
    /// each to all the others.
    @Test func thirtyThousandUnknownNamesAreListedInSeconds() throws {
        let text = (0..<30_000).map { "{{isian_\($0)}}" }.joined(separator: " ")
        let started = ContinuousClock.now
        let (_, unknown) = TemplateFill.fillXML(Docx.documentXML([.text(text), .text("{{isian_0}}")]), fields: [:])
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(unknown.count == 30_000)
        #expect(unknown.first == "isian_0" && unknown.last == "isian_29999")
    }
}
