import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
@testable import PPIDDocuments

/// Issue 21, "letters that hold everything the law asks": each letter read back from its
/// .docx for what Pasal 22(7), 17, 19, 36 and 37 want it to say.
@Suite struct LetterLawTests {
    /// `siakDesk` with PPID-2024-003 decided in three parts: refused under Pasal 17 h, not
    /// held (another body holds it), not yet documented; the rest granted, with a fee.
    /// The refusal cites the desk's DIK-001, or, as an imported register's history, none.
    func mixedDesk(_ base: String, note: String = "", fromRegister: Bool = false) throws -> Office {
        let office = try siakDesk(base)
        _ = try office.log.append(by: "Rina", at: now) { _ in
            [.requestDecided(RequestDecided(
                request: "PPID-2024-003", outcome: .partial, ground: .exception(.h), noticeOn: day("2024-03-15"), fee: 12_500,
                payment: "Tunai di loket PPID", note: note, moreGrounds: [.notHeld, .notYetDocumented], heldBy: "Dinas Kesehatan Kabupaten Siak",
                redacted: "Nama dan alamat pelanggan", material: "Ringkasan hasil uji tahun 2023", givenBy: day("2024-03-22"),
                documentedBy: day("2024-04-05"), feeBreakdown: "20 lembar x Rp 500; ongkos kirim Rp 2.500",
                tests: fromRegister ? [] : ["DIK-001"], fromRegister: fromRegister
            ))]
        }
        return try Office(folder: office.folder)
    }

    func letter(_ kind: LetterKind, _ office: Office, request: String? = nil, objection: String? = nil) throws -> String {
        let path = try Letters.record(kind, request: request, objection: objection, office: office, officer: "rina.login", now: now)
        return try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path))).joined(separator: "\n")
    }

    /// A receipt printed on 20 March for a request received on 6 March is dated 6 March.
    @Test func aReceiptIsDatedTheDayTheRequestWasReceived() throws {
        try withScratch { base in
            let text = try letter(.receipt, try siakDesk(base), request: "PPID-2024-003")
            #expect(text.contains("Siak Sri Indrapura, 6 Maret 2024"))
            #expect(!text.contains("Siak Sri Indrapura, 20 Maret 2024"))
        }
    }

    /// Its number is of that day too: a receipt printed in April for a request of March is
    /// numbered in March ("/III/2024"), whatever letters April has made.
    @Test func aReceiptIsNumberedByTheDayItCarries() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            let april = Timestamp.parse("2024-04-02T09:00:00+07:00")!
            let path = try Letters.record(.receipt, request: "PPID-2024-003", objection: nil, office: office, officer: "rina.login", now: april)
            let text = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path))).joined(separator: "\n")
            #expect(text.contains("Nomor: 001/PPID/III/2024"), "\(text)")
            #expect(text.contains("Siak Sri Indrapura, 6 Maret 2024"))
            #expect(!text.contains("/IV/2024"))
        }
    }

    @Test func aMixedNoticeGivesEachPartItsStatusTheMaterialItsTimesAndTheFee() throws {
        try withScratch { base in
            let text = try letter(.notice, try mixedDesk(base), request: "PPID-2024-003")
            for part in [
                "1. Dikabulkan, informasi dikuasai oleh \(siak.name): Ringkasan hasil uji tahun 2023; diberikan paling lambat 22 Maret 2024.",
                "2. Ditolak, informasi yang dikecualikan berdasarkan Pasal 17 huruf h", ": Nama dan alamat pelanggan.",
                "3. Tidak dikuasai oleh \(siak.name); informasi tersebut dikuasai oleh Dinas Kesehatan Kabupaten Siak.",
                "4. Belum didokumentasikan oleh \(siak.name); akan didokumentasikan paling lambat 5 April 2024.",
                "Materi informasi yang diberikan: Ringkasan hasil uji tahun 2023", "Diberikan paling lambat: 22 Maret 2024",
                "Biaya: Rp 12.500", "Rincian biaya: 20 lembar x Rp 500; ongkos kirim Rp 2.500", "Cara pembayaran: Tunai di loket PPID",
            ] {
                #expect(text.contains(part), "notice lacks \(part)")
            }
        }
    }

    /// A "not held" part whose holder is not known says so rather than naming this body.
    @Test func aNotHeldPartWithoutItsHolderSaysItIsNotKnown() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            _ = try office.log.append(by: "Rina", at: now) { _ in
                [.requestDecided(RequestDecided(request: "PPID-2024-003", outcome: .rejected, ground: .notHeld, noticeOn: day("2024-03-15")))]
            }
            let text = try letter(.notice, try Office(folder: office.folder), request: "PPID-2024-003")
            #expect(text.contains("1. Tidak dikuasai oleh \(siak.name); badan publik yang menguasainya tidak diketahui."))
            #expect(!text.contains("Dikabulkan, informasi"))
        }
    }

    /// A partial grant's refusal refuses the part withheld, says the rest is given, and cites
    /// the substance of the DIK test it rests on.
    @Test func aPartialRefusalRefusesOnlyItsPartAndCitesTheTest() throws {
        try withScratch { base in
            let text = try letter(.refusal, try mixedDesk(base), request: "PPID-2024-003")
            #expect(text.contains("Informasi berikut: Nama dan alamat pelanggan, adalah INFORMASI YANG DIKECUALIKAN berdasarkan Pasal 17 huruf h"))
            #expect(text.contains("hanya menolak bagian informasi tersebut; bagian selebihnya, yaitu Ringkasan hasil uji tahun 2023, diberikan"))
            #expect(text.contains("Berdasarkan uji konsekuensi DIK-001 (Keputusan PPID Nomor UK-01/PPID/2024"))
            #expect(text.contains("Apabila dibuka: Rahasia usaha pelanggan terbuka. Apabila ditutup: Rekap tanpa identitas tetap terbuka."))
            #expect(!text.contains("Informasi yang dimohon adalah"))
        }
    }

    /// An imported register's refusal cites no DIK test: the law's words, then what the
    /// officer typed as the test.
    @Test func aRefusalFromTheRegisterCitesTheTestAsTyped() throws {
        try withScratch { base in
            let test = "Membuka nama dan alamat pelanggan merugikan hak pribadi pelanggan lebih besar daripada manfaatnya bagi publik."
            let text = try letter(.refusal, try mixedDesk(base, note: test, fromRegister: true), request: "PPID-2024-003")
            #expect(text.contains("kepentingan umum untuk membukanya. Hasil uji konsekuensi yang dicatat: " + test))
            #expect(!text.contains("DIK-001"))
        }
    }

    /// A rejection refuses all that was asked, and has no "rest is given" line (not even an empty one).
    @Test func aRejectionRefusesAllThatWasAsked() throws {
        try withScratch { base in
            let lines = try letter(.refusal, try siakDesk(base), request: "PPID-2024-001").components(separatedBy: "\n")
            #expect(lines.contains { $0.hasPrefix("Informasi berikut: Laporan hasil uji milik PT Lain, adalah INFORMASI YANG DIKECUALIKAN") })
            #expect(!lines.contains { $0.contains("bagian selebihnya") })
            #expect(lines.contains { $0.hasPrefix("Berdasarkan uji konsekuensi DIK-001") && $0.contains("sebagaimana dimaksud Pasal 19") })
        }
    }

    /// Pasal 36(2), the case from the request and grounds when the objection has no text,
    /// and a signature block for the officer and one for the objector.
    @Test func theObjectionReceiptCitesArticle36Paragraph2TheCaseAndBothSignatures() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            _ = try office.log.append(by: "Rina", at: now) { _ in
                [.objectionFiled(ObjectionFiled(request: "PPID-2024-003", objection: "KEB-2024-002", receivedAt: Timestamp.parse("2024-03-19T09:00:00+07:00")!, grounds: [.c], agent: "", note: ""))]
            }
            let text = try letter(.objectionReceipt, try Office(folder: office.folder), objection: "KEB-2024-002")
            #expect(text.contains("Pasal 36 ayat (2)") && !text.contains("Pasal 36 ayat (1)"))
            #expect(text.contains("Kasus posisi: Pemohon mengajukan keberatan atas permohonan informasi nomor PPID-2024-003 tanggal 6 Maret 2024 tentang \"Laporan hasil uji milik PT Lain\", dengan alasan Pasal 35 ayat (1) huruf c"))
            #expect(!text.contains("Kasus posisi: -"))
            #expect(text.contains("Petugas penerima keberatan,") && text.contains("Pengaju keberatan,") && text.contains("Ani Lestari"))
            #expect(text.contains("Siak Sri Indrapura, 19 Maret 2024"))
        }
    }

    /// The objection's own text is its case.
    @Test func theObjectionsTextIsItsCase() throws {
        try withScratch { base in
            let text = try letter(.objectionReceipt, try siakDesk(base), objection: "KEB-2024-001")
            #expect(text.contains("Kasus posisi: Keberatan atas penolakan"))
        }
    }

    @Test func theObjectionAnswerNamesTheCommissionAndTheLastDayToGoThere() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            let text = try letter(.objectionAnswer, office, objection: "KEB-2024-001")
            let o = try #require(office.ledger.objections.first { $0.objection.number == "KEB-2024-001" }).objection
            let last = LetterFields.longDate(office.ledger.calendar.disputeFilingDeadline(of: o))
            #expect(text.contains("kepada Komisi Informasi Provinsi Riau paling lambat 14 (empat belas) hari kerja setelah menerima tanggapan ini, yaitu sampai dengan \(last), sesuai Pasal 37 ayat (2)"))
            // Answered by a superior whose NIP the config does not hold: no "NIP. -" line.
            #expect(text.contains("Dr. Hasan") && !text.contains("NIP. -"))
        }
    }

    /// The refusal's signature fell alone onto page 2: its closing and the empty line before
    /// it are kept with it, and none of its lines splits.
    @Test func aSignatureIsKeptOnThePageOfItsClosing() throws {
        try withScratch { base in
            let path = try Letters.record(.refusal, request: "PPID-2024-001", objection: nil, office: try siakDesk(base), officer: "Rina", now: now)
            let parts = try Docx.unzip(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
            let xml = String(decoding: try #require(parts.first { $0.0 == "word/document.xml" }).1, as: UTF8.self)
            let paragraphs = xml.components(separatedBy: "</w:p>")
            let closing = try #require(paragraphs.firstIndex { $0.contains("berhak mengajukan keberatan") })
            let place = try #require(paragraphs.firstIndex { $0.contains("Siak Sri Indrapura, ") })
            #expect(place > closing)
            for p in paragraphs[closing..<place] { #expect(p.contains("<w:keepNext/>") && p.contains("<w:keepLines/>"), "not kept: \(p.suffix(120))") }
            // The block from the place line to the NIP is one paragraph kept whole: LibreOffice
            // broke a chain of kept paragraphs, leaving the place line alone on page 1.
            let block = paragraphs[place]
            #expect(block.contains("<w:keepLines/>") && block.contains("Drs. Ahmad Fauzi") && block.contains("NIP. 197001012000031001"))
        }
    }

    /// An office with no parent body, address or contacts gets no empty letterhead lines:
    /// the office's name first, then the rule and the empty line under it.
    @Test func emptyLetterheadLinesAreLeftOut() throws {
        try withScratch { base in
            let desk = try deskFolder(base)
            var bare = siak
            (bare.parentBody, bare.address, bare.phone, bare.email, bare.website) = ("", "", "", "", "")
            try bare.save(in: desk.folder)
            let text = try letter(.receipt, try Office(folder: desk.folder), request: "PPID-2024-002")
            #expect(Array(text.components(separatedBy: "\n").prefix(4)) == [siak.name, "", "", "TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK"])
        }
    }

    /// A table cell's only paragraph stays when its placeholder fills with nothing (a cell
    /// must hold one), and text around a placeholder keeps its paragraph.
    @Test func anEmptiedParagraphStaysWhereItIsNeeded() {
        let xml = "<w:tc><w:tcPr></w:tcPr><w:p><w:r><w:t>{{a}}</w:t></w:r></w:p></w:tc><w:p><w:r><w:t>x {{a}}</w:t></w:r></w:p><w:p><w:r><w:t> {{a}}{{a}} </w:t></w:r></w:p>"
        let (out, unknown) = TemplateFill.fillXML(xml, fields: ["a": ""])
        #expect(unknown.isEmpty)
        #expect(out == "<w:tc><w:tcPr></w:tcPr><w:p><w:r><w:t xml:space=\"preserve\"></w:t></w:r></w:p></w:tc><w:p><w:r><w:t xml:space=\"preserve\">x </w:t></w:r></w:p>")
    }

    /// An office's own notice template with the older placeholders reads a mixed decision
    /// part by part too: held in part, not held in part, and by whom.
    @Test func theHoldingPlaceholdersSayEachPartOfAMixedDecision() throws {
        try withScratch { base in
            let office = try mixedDesk(base)
            let r = try #require(office.ledger["PPID-2024-003"])
            let plan = try office.ledger.letterNumber("notice", request: r.number, objection: "", numbering: .standard, now: now, reading: office.reader)
            let f = LetterFields.fields(r, objection: nil, calendar: office.ledger.calendar, identity: siak, officer: "Rina", letter: plan)
            #expect(f["penguasaan_informasi"] == "Sebagian informasi dikuasai oleh \(siak.name); sebagian tidak dikuasai oleh \(siak.name); sebagian belum didokumentasikan oleh \(siak.name)")
            #expect(f["pemegang_informasi"] == "\(siak.name) (sebagian); bagian yang tidak dikuasai: Dinas Kesehatan Kabupaten Siak")
        }
    }
}
