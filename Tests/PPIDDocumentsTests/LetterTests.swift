import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
import ZIPFoundation
@testable import PPIDDocuments

let now = Timestamp.parse("2024-03-20T10:00:00+07:00")!

func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// A data folder with a rejected request (Pasal 17 h), a granted one, an extended one, and an
/// answered objection to the rejected one.
func deskFolder(_ base: String) throws -> Office {
    let office = try Office(folder: DataFolder(path: base + "/data"))
    func register(_ number: String, _ at: String, _ name: String) -> Event {
        .requestRegistered(RequestRegistered(
            request: number, receivedAt: Timestamp.parse(at)!, channel: .walkIn,
            details: RequestDetails(requesterName: name, category: .individual, address: "Jl. Sudirman 1", contact: "0812-7601-1122", topic: .testing, subject: "Laporan hasil uji milik PT Lain", purpose: "Pembanding")
        ))
    }
    _ = try office.log.append(by: "Rina", at: now) { _ in
        [
            register("PPID-2024-001", "2024-03-04T09:00:00+07:00", "Siti Nurhaliza"),
            register("PPID-2024-002", "2024-03-05T09:00:00+07:00", "Budi Santoso"),
            register("PPID-2024-003", "2024-03-06T09:00:00+07:00", "Ani Lestari"),
            .lists(.testRecorded(ConsequenceTest(
                number: "DIK-001", title: "Laporan hasil uji milik pelanggan", withheld: "Nama pelanggan dan angka hasil uji", ground: .h,
                ifOpened: "Rahasia usaha pelanggan terbuka", ifClosed: "Rekap tanpa identitas tetap terbuka",
                publicInterest: "Melindungi pelanggan lebih besar", unit: "Seksi Pelayanan Teknis", decisionNumber: "UK-01/PPID/2024",
                decidedOn: day("2024-03-01"), participants: "PPID, Kepala Seksi"))),
            .requestDecided(RequestDecided(request: "PPID-2024-001", outcome: .rejected, ground: .exception(.h), noticeOn: day("2024-03-08"), tests: ["DIK-001"])),
            .requestDecided(RequestDecided(request: "PPID-2024-002", outcome: .granted, noticeOn: day("2024-03-07"), fee: 15_000, payment: "Transfer bank")),
            .requestExtended(RequestExtended(request: "PPID-2024-003", reason: "Data di laboratorium lain")),
            .objectionFiled(ObjectionFiled(request: "PPID-2024-001", objection: "KEB-2024-001", receivedAt: Timestamp.parse("2024-03-11T09:00:00+07:00")!, grounds: [.a], agent: "", note: "Keberatan atas penolakan")),
            .objectionAnswered(ObjectionAnswered(request: "PPID-2024-001", objection: "KEB-2024-001", decision: .upheld, reasons: "Rahasia pribadi pihak ketiga", answeredOn: day("2024-03-19"), superiorName: "Dr. Hasan", superiorPosition: "Kepala Balai")),
        ]
    }
    return office
}

/// The text of every paragraph of a .docx's body, one line each, runs joined; a line break
/// inside a paragraph (a signature block's lines) starts a line of its own.
func paragraphs(_ docx: Data) throws -> [String] {
    let parts = try Docx.unzip(docx, path: "test")
    let xml = String(decoding: try #require(parts.first { $0.0 == "word/document.xml" }).1, as: UTF8.self)
    let pieces = try NSRegularExpression(pattern: "<w:t(?:\\s[^>]*)?>([^<]*)</w:t>|<w:br/>")
    var out: [String] = []
    for p in xml.components(separatedBy: "</w:p>") {
        var line = ""
        for m in pieces.matches(in: p, range: NSRange(p.startIndex..., in: p)) {
            if let r = Range(m.range(at: 1), in: p) {
                line += TemplateFill.decode(String(p[r]))
            } else {
                out.append(line)
                line = ""
            }
        }
        out.append(line)
    }
    return out
}

@Suite struct LetterTests {
    @Test func refusalHoldsWhatTheLawAsks() throws {
        try withScratch { base in
            let office = try deskFolder(base)
            let r = try #require(office.ledger["PPID-2024-001"])
            let letter = try Letters.make(.refusal, request: r, objection: nil, office: office, officeName: "PPID BPPSI Pekanbaru", officer: "Rina", now: now)
            let text = try paragraphs(letter).joined(separator: "\n")
            #expect(text.contains("PPID-2024-001"))
            #expect(text.contains("Siti Nurhaliza"))
            #expect(text.contains("8 Maret 2024"))
            #expect(text.contains("Pasal 17 huruf h"))
            #expect(text.contains("mengungkap rahasia pribadi"))
            #expect(text.contains("Pasal 19"))
            // The test it rests on, in substance (issue 22): not a restated ground.
            #expect(text.contains("uji konsekuensi DIK-001 (Keputusan PPID Nomor UK-01/PPID/2024 tanggal 1 Maret 2024)"))
            #expect(text.contains("Apabila dibuka: Rahasia usaha pelanggan terbuka. Apabila ditutup: Rekap tanpa identitas tetap terbuka."))
            #expect(text.contains("Pertimbangan kepentingan publik (Pasal 2 ayat 4): Melindungi pelanggan lebih besar."))
            #expect(text.contains("berhak mengajukan keberatan"))
            #expect(!text.contains("{{"))
        }
    }

    @Test func aLetterThatDoesNotFitIsRefused() throws {
        try withScratch { base in
            let office = try deskFolder(base)
            let granted = try #require(office.ledger["PPID-2024-002"])
            let open = try #require(office.ledger["PPID-2024-003"])
            func make(_ kind: LetterKind, _ r: Request) throws { _ = try Letters.make(kind, request: r, objection: nil, office: office, officeName: "X", officer: "Rina", now: now) }
            #expect { try make(.refusal, granted) } throws: { ($0 as? DocumentError)?.message.en.contains("granted in full") == true }
            #expect { try make(.extension, granted) } throws: { ($0 as? DocumentError)?.message.en.contains("no extension") == true }
            #expect { try make(.notice, open) } throws: { ($0 as? DocumentError)?.message.en.contains("not decided") == true }
            try make(.extension, open)
            try make(.notice, granted)
            #expect(LetterKind.fitting(granted).map(\.0) == [.receipt, .notice])
            let rejected = try #require(office.ledger["PPID-2024-001"])
            #expect(LetterKind.fitting(rejected).map(\.0) == [.receipt, .notice, .refusal, .objectionReceipt, .objectionAnswer])
        }
    }

    @Test func noticeNamesEveryItemOfPasal22Paragraph7() throws {
        try withScratch { base in
            let office = try deskFolder(base)
            let r = try #require(office.ledger["PPID-2024-002"])
            let text = try paragraphs(Letters.make(.notice, request: r, objection: nil, office: office, officeName: "PPID X", officer: "Rina", now: now)).joined(separator: "\n")
            for item in ["informasi dikuasai oleh PPID X", "Dikabulkan Seluruhnya", "Rp 15.000", "Transfer bank", "Bentuk informasi", "Cara penyampaian", "dihitamkan", "berhak mengajukan keberatan"] {
                #expect(text.contains(item), "notice lacks \(item)")
            }
        }
    }

    @Test func objectionLettersFillTheObjectionsFields() throws {
        try withScratch { base in
            let office = try deskFolder(base)
            let (r, o) = try Letters.find(office.ledger, request: nil, objection: "KEB-2024-001")
            let text = try paragraphs(Letters.make(.objectionAnswer, request: r, objection: o, office: office, officeName: "PPID X", officer: "Rina", now: now)).joined(separator: "\n")
            #expect(text.contains("KEB-2024-001"))
            #expect(text.contains("Menguatkan putusan PPID"))
            #expect(text.contains("Rahasia pribadi pihak ketiga"))
            #expect(text.contains("Dr. Hasan"))
            #expect(Letters.fileName(.objectionAnswer, request: r, objection: o) == "KEB-2024-001-objection-answer.docx")
        }
    }

    /// Found by the red team: a logged number holding ESC (a log written by another program)
    /// became a letter's and a receipt's file name, printed raw by `letter` and by `ls`.
    @Test func aNumbersControlsNeverReachAFileName() {
        #expect(Letters.safeName("PPID-2026-\u{1B}]0;X\u{07}003") == "PPID-2026--]0;X-003")
        #expect(Letters.safeName("001/PPID\u{202E}/2026") == "001-PPID--2026")
        #expect(Letters.safeName("PPID-2026-001") == "PPID-2026-001")
    }

    /// A placeholder Word split over three runs, with a spelling mark between, still fills;
    /// the run after it keeps its own text and formatting.
    @Test func placeholderSplitAcrossRunsFills() {
        let xml = """
            <w:document><w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Nama: </w:t></w:r><w:r><w:t>{{nama_</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>pemo</w:t></w:r><w:r><w:t xml:space="preserve">hon}} dari {</w:t></w:r><w:r><w:t>{nomor}}</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>.</w:t></w:r></w:p></w:body></w:document>
            """
        let (filled, unknown) = TemplateFill.fillXML(xml, fields: ["nama_pemohon": "Siti & Co <x>", "nomor": "PPID-2024-001"])
        #expect(unknown.isEmpty)
        #expect(filled.contains("Siti &amp; Co &lt;x&gt;"))
        #expect(filled.contains("PPID-2024-001"))
        #expect(!filled.contains("{{") && !filled.contains("}}"))
        #expect(filled.contains("<w:rPr><w:b/></w:rPr><w:t>Nama: </w:t>"))  // untouched run, byte for byte
        #expect(filled.contains("<w:rPr><w:i/></w:rPr><w:t>.</w:t>"))
    }

    @Test func unknownPlaceholderIsReportedByName() throws {
        let template = try Docx.make([.text("Yth. {{nama_pemohon}}, {{nama_ibu}} dan {{nomor_hp}}")])
        #expect { try TemplateFill.fill(template, path: "templates/receipt.docx", fields: ["nama_pemohon": "Siti"]) } throws: { error in
            guard case .unknownPlaceholders(let path, let names)? = error as? DocumentError else { return false }
            return path == "templates/receipt.docx" && names == ["nama_ibu", "nomor_hp"]
        }
    }

    /// Every placeholder the default templates use is one the program fills.
    @Test func defaultTemplatesUseKnownPlaceholdersOnly() throws {
        for kind in LetterKind.allCases {
            let names = try TemplateFill.placeholders(in: LetterTemplates.defaultTemplate(kind), path: kind.templateName)
            #expect(!names.isEmpty)
            #expect(Set(names).isSubset(of: LetterFields.names), "\(kind): \(Set(names).subtracting(LetterFields.names))")
        }
    }

    @Test func templatesAreWrittenOnceAndEditedOnesKept() throws {
        try withScratch { base in
            let folder = DataFolder(path: base + "/data")
            let first = try Letters.writeTemplates(into: folder)
            #expect(first.written.count == LetterKind.allCases.count && first.kept.isEmpty)
            let edited = Letters.templatesPath(folder) + "/refusal.docx"
            let mine = try Docx.make([.text("KOP SURAT BALAI"), .text("{{nomor}} {{nama_pemohon}}")])
            try mine.write(to: URL(fileURLWithPath: edited))
            let second = try Letters.writeTemplates(into: folder)
            #expect(second.written.isEmpty && second.kept.count == LetterKind.allCases.count)
            #expect(FileManager.default.contents(atPath: edited) == mine)
            #expect(permissions(Letters.templatesPath(folder) + "/notice.docx") == 0o600)
        }
    }

    /// The office's edited template is the one used.
    @Test func theOfficesTemplateIsUsed() throws {
        try withScratch { base in
            let office = try deskFolder(base)
            // Put there by the office (an output may not write into templates/).
            try FileManager.default.createDirectory(atPath: Letters.templatesPath(office.folder), withIntermediateDirectories: true)
            try Docx.make([.text("KOP SURAT BALAI"), .text("No. {{nomor}} untuk {{nama_pemohon}}")])
                .write(to: URL(fileURLWithPath: Letters.templatesPath(office.folder) + "/receipt.docx"))
            let r = try #require(office.ledger["PPID-2024-003"])
            let text = try paragraphs(Letters.make(.receipt, request: r, objection: nil, office: office, officeName: "X", officer: "Rina", now: now))
            #expect(text.contains("KOP SURAT BALAI"))
            #expect(text.contains("No. PPID-2024-003 untuk Ani Lestari"))
        }
    }

    /// A letter's record changes nothing of the request: status, deadline, decision.
    @Test func letterMadeLeavesTheRequestAsItWas() throws {
        try withScratch { base in
            let office = try deskFolder(base)
            let before = try #require(office.ledger["PPID-2024-003"])
            let file = "letters/PPID-2024-003-extension.docx"
            let letter = LetterMade(request: "PPID-2024-003", letter: "extension", file: file)
            _ = try office.log.append(.recordLetter(letter), by: "Rina", at: now)
            let after = try #require(office.ledger["PPID-2024-003"])
            #expect(after.status == before.status)
            #expect(after.extensionGiven == before.extensionGiven)
            #expect(after.decision == before.decision)
            #expect(office.ledger.calendar.deadline(of: after) == office.ledger.calendar.deadline(of: before))
            #expect(try office.log.history(of: "PPID-2024-003").last.map { if case .letterMade = $0.event { true } else { false } } == true)
            // Replayed from the log, it reads back the same.
            let reopened = try Office(folder: office.folder, snapshots: false)
            #expect(try reopened.log.history(of: "PPID-2024-003").count == 3)
        }
    }
}

/// The README and the officer's guide list every placeholder the program fills.
@Test func everyPlaceholderIsDocumented() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let names = (LetterFields.all + LetterFields.testNames).map(\.name)
    // An empty list would document nothing and pass: the letters fill at least these.
    #expect(Set(["nama_badan", "nomor", "tanggal_surat"]).isSubset(of: names))
    for doc in ["README.md", "docs/panduan-petugas.md"] {
        let text = String(decoding: try readBytes(root.appendingPathComponent(doc).path), as: UTF8.self)
        let missing = names.filter { !text.contains("`{{\($0)}}`") }
        #expect(missing.isEmpty, "\(doc) does not list \(missing.map { "{{\($0)}}" })")
    }
}
