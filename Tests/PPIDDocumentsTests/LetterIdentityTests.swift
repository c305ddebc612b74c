import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
@testable import PPIDDocuments

/// An office that is not the seed's, as `ppid-tui init` would set it.
let siak: OfficeIdentity = {
    var i = OfficeIdentity()
    i.name = "Dinas Komunikasi dan Informatika Kabupaten Siak"
    i.parentBody = "Pemerintah Kabupaten Siak"
    i.city = "Siak Sri Indrapura"
    i.address = "Jl. Sultan Syarif Kasim No. 1"
    i.phone = "(0764) 20001"
    i.email = "ppid@siakkab.go.id"
    i.website = "https://siakkab.go.id"
    i.ppidName = "Drs. Ahmad Fauzi"
    i.ppidNIP = "197001012000031001"
    i.superiorName = "H. Budi Rahman"
    i.superiorPosition = "Sekretaris Daerah"
    i.superiorNIP = "196801011990031002"
    i.commission = "Komisi Informasi Provinsi Riau"
    return i
}()

extension Letters {
    /// The letter as the tests before numbering made it: the office named `officeName`, the
    /// number its sequence would give now.
    static func make(
        _ kind: LetterKind, request r: Request, objection o: Objection?, office: Office, officeName: String, officer: String, now: Date
    ) throws -> Data {
        var identity = siak
        identity.name = officeName
        let plan = try office.ledger.letterNumber(
            kind.rawValue, request: r.number, objection: o?.number ?? "", numbering: .standard, now: now,
            dated: carriedDay(kind, of: r, office.ledger.calendar), reading: office.reader)
        return try make(kind, request: r, objection: o, ledger: office.ledger, folder: office.folder, identity: identity, officer: officer, letter: plan)
    }
}

/// The desk folder with `siak`'s identity in its config, reopened.
func siakDesk(_ base: String, letters: String = "") throws -> Office {
    let desk = try deskFolder(base)
    try siak.save(in: desk.folder)
    if !letters.isEmpty {
        let text = try String(contentsOfFile: desk.folder.configPath, encoding: .utf8)
        try text.replacingOccurrences(of: "number = \"{seq:3}/PPID/{month:roman}/{year}\"\nsequence = \"year\"", with: letters)
            .write(toFile: desk.folder.configPath, atomically: true, encoding: .utf8)
    }
    return try Office(folder: desk.folder)
}

@Suite struct LetterIdentityTests {
    static let kinds: [(LetterKind, String?, String?)] = [
        (.receipt, "PPID-2024-003", nil), (.notice, "PPID-2024-001", nil), (.extension, "PPID-2024-003", nil),
        (.refusal, "PPID-2024-001", nil), (.objectionReceipt, nil, "KEB-2024-001"), (.objectionAnswer, nil, "KEB-2024-001"),
    ]

    /// Issue 21's "must show": every kind carries the office's letterhead, city, signer and
    /// NIP, each its own number; none the seed office's name or the login that made it.
    @Test func everyLetterKindCarriesTheOfficesIdentityAndItsOwnNumber() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            var numbers: [String] = []
            for (kind, request, objection) in Self.kinds {
                let path = try Letters.record(kind, request: request, objection: objection, office: office, officer: "rina.login", now: now)
                let text = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path))).joined(separator: "\n")
                for part in ["Pemerintah Kabupaten Siak", siak.name, siak.address, "Telp. (0764) 20001", "ppid@siakkab.go.id", "https://siakkab.go.id"] {
                    #expect(text.contains(part), "\(kind) lacks \(part)")
                }
                let signer = kind == .objectionAnswer ? "Dr. Hasan" : siak.ppidName
                #expect(text.contains(signer), "\(kind) is not signed by \(signer)")
                if kind != .objectionAnswer { #expect(text.contains("NIP. " + siak.ppidNIP), "\(kind) lacks the PPID's NIP") }
                #expect(text.contains("Siak Sri Indrapura, "), "\(kind) lacks the city's date line")
                #expect(!text.contains(siak.name + ", "), "\(kind) dates the letter at the office's name")
                #expect(!text.contains("BPPSI") && !text.contains("rina.login"), "\(kind) holds BPPSI or the login")
                let number = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("Nomor: ") }).dropFirst(7)
                #expect(!number.hasPrefix("PPID-") && !number.hasPrefix("KEB-"), "\(kind) is numbered \(number)")
                numbers.append(String(number))
            }
            #expect(numbers == (1...6).map { String(format: "%03d/PPID/III/2024", $0) })
            // The officer who made each stays in the history.
            let history = try office.log.history(of: "PPID-2024-001")
            #expect(history.contains { if case .letterMade = $0.event { $0.by == "rina.login" } else { false } })
        }
    }

    @Test func theConfiguredSuperiorSignsWithNIPAndPosition() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            _ = try office.log.append(by: "Rina", at: now) { _ in
                [.objectionFiled(ObjectionFiled(request: "PPID-2024-001", objection: "KEB-2024-002", receivedAt: Timestamp.parse("2024-03-12T09:00:00+07:00")!, grounds: [.a], agent: "", note: "Kedua")),
                 .objectionAnswered(ObjectionAnswered(request: "PPID-2024-001", objection: "KEB-2024-002", decision: .upheld, reasons: "Sama", answeredOn: day("2024-03-19"), superiorName: "H. Budi Rahman", superiorPosition: ""))]
            }
            let path = try Letters.record(.objectionAnswer, request: nil, objection: "KEB-2024-002", office: office, officer: "Rina", now: now)
            let text = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path))).joined(separator: "\n")
            #expect(text.contains("H. Budi Rahman") && text.contains("Sekretaris Daerah") && text.contains("NIP. 196801011990031002"))
            #expect(text.contains("Komisi Informasi Provinsi Riau"))
        }
    }

    @Test func theSameLetterAgainKeepsItsNumberACorrectedOneNamesTheOneItReplaces() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            func number(_ path: String) throws -> String {
                let lines = try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path)))
                return String(try #require(lines.first { $0.hasPrefix("Nomor: ") }).dropFirst(7))
            }
            let first = try number(Letters.record(.extension, request: "PPID-2024-003", objection: nil, office: office, officer: "Rina", now: now))
            let later = now.addingTimeInterval(86_400 * 3)
            let again = try Letters.record(.extension, request: "PPID-2024-003", objection: nil, office: office, officer: "Rina", now: later)
            #expect(try number(again) == first)
            #expect(try paragraphs(try Data(contentsOf: URL(fileURLWithPath: again))).contains { $0.hasSuffix(", 20 Maret 2024") }, "a reprint keeps its date")
            // The request changes: the letter made again is a new one, replacing the first.
            try office.log.append(.decide(RequestDecided(request: "PPID-2024-003", outcome: .granted, noticeOn: day("2024-03-22"))), by: "Rina", at: later)
            let corrected = try Letters.record(.extension, request: "PPID-2024-003", objection: nil, office: office, officer: "Rina", now: later)
            #expect(try number(corrected) == "002/PPID/III/2024")
            #expect(try paragraphs(try Data(contentsOf: URL(fileURLWithPath: corrected))).contains("Surat ini menggantikan surat nomor \(first)."))
            let made = try office.log.history(of: "PPID-2024-003").compactMap { r -> LetterMade? in if case .letterMade(let e) = r.event { e } else { nil } }
            #expect(made.map(\.number) == [first, first, "002/PPID/III/2024"])
            #expect(made.last?.replaces == first)
        }
    }

    /// Two counters on one folder: each letter's number is taken under the append lock from
    /// the log as it stands then, never from a counter's own older view.
    @Test func twoCountersNeverGiveOneNumberTwice() throws {
        try withScratch { base in
            let a = try siakDesk(base)
            let b = try Office(folder: a.folder)
            func number(_ path: String) throws -> String? { try paragraphs(try Data(contentsOf: URL(fileURLWithPath: path))).first { $0.hasPrefix("Nomor: ") } }
            let first = try number(Letters.record(.receipt, request: "PPID-2024-001", objection: nil, office: a, officer: "Rina", now: now))
            // b has not read a's letter yet; its append reads it under the lock first.
            let second = try number(Letters.record(.receipt, request: "PPID-2024-002", objection: nil, office: b, officer: "Budi", now: now))
            let third = try number(Letters.record(.notice, request: "PPID-2024-002", objection: nil, office: a, officer: "Rina", now: now))
            #expect([first, second, third] == ["Nomor: 001/PPID/III/2024", "Nomor: 002/PPID/III/2024", "Nomor: 003/PPID/III/2024"])
        }
    }

    /// The notice's letter number and date belong in the request register, the answer's in the objection register (issue 21).
    @Test func theRegistersNameTheNoticesAndTheAnswersLetters() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            _ = try Letters.record(.receipt, request: "PPID-2024-001", objection: nil, office: office, officer: "Rina", now: now)
            _ = try Letters.record(.notice, request: "PPID-2024-001", objection: nil, office: office, officer: "Rina", now: now)
            // Printed again two days later: the same letter, the same number and date.
            _ = try Letters.record(.notice, request: "PPID-2024-001", objection: nil, office: office, officer: "Rina", now: now.addingTimeInterval(2 * 86_400))
            let rows = RegisterExport.rows(office.ledger, year: 2024)
            let header = try #require(rows.first)
            let row = try #require(rows.first { $0.first == "PPID-2024-001" })
            let other = try #require(rows.first { $0.first == "PPID-2024-002" })
            let n = try #require(header.firstIndex(of: "Nomor Surat Pemberitahuan")), d = try #require(header.firstIndex(of: "Tanggal Surat Pemberitahuan"))
            #expect(row[n] == "002/PPID/III/2024" && row[d] == "2024-03-20")
            #expect(other[n].isEmpty && other[d].isEmpty)
            // The superior's answer's letter belongs in the objection register.
            let answer = try Letters.record(.objectionAnswer, request: nil, objection: "KEB-2024-001", office: office, officer: "Rina", now: now)
            let answerNumber = try #require(try paragraphs(try Data(contentsOf: URL(fileURLWithPath: answer))).first { $0.hasPrefix("Nomor: ") }).dropFirst(7)
            let objections = ObjectionExport.rows(office.ledger, year: 2024)
            let oHeader = try #require(objections.first), oRow = try #require(objections.last)
            #expect(oRow[try #require(oHeader.firstIndex(of: "Nomor Surat Tanggapan"))] == String(answerNumber))
            #expect(oRow[try #require(oHeader.firstIndex(of: "Tanggal Surat Tanggapan"))] == "2024-03-20")
        }
    }

    @Test func oneSequencePerKindWhenTheOfficeAsksForIt() throws {
        try withScratch { base in
            let office = try siakDesk(base, letters: "number = \"{seq:2}/{kind}/PPID/{month}/{year}\"\nsequence = \"kind\"")
            let a = try Letters.record(.receipt, request: "PPID-2024-001", objection: nil, office: office, officer: "Rina", now: now)
            let b = try Letters.record(.notice, request: "PPID-2024-001", objection: nil, office: office, officer: "Rina", now: now)
            let c = try Letters.record(.receipt, request: "PPID-2024-002", objection: nil, office: office, officer: "Rina", now: now)
            let numbers = try [a, b, c].map { try paragraphs(try Data(contentsOf: URL(fileURLWithPath: $0))).first { $0.hasPrefix("Nomor: ") } }
            #expect(numbers == ["Nomor: 01/TBP/PPID/03/2024", "Nomor: 01/PT/PPID/03/2024", "Nomor: 02/TBP/PPID/03/2024"])
        }
    }

    @Test func noLetterWithoutTheOfficesIdentity() throws {
        try withScratch { base in
            let office = try deskFolder(base)
            #expect { try Letters.record(.receipt, request: "PPID-2024-001", objection: nil, office: office, officer: "Rina", now: now) } throws: { e in
                let m = (e as? DocumentError)?.message
                return m?.en.contains("ppid-tui init --data") == true && m?.id.contains("office.name, office.city, ppid.name, ppid.nip") == true
            }
            #expect(!FileManager.default.fileExists(atPath: office.folder.lettersPath + "/PPID-2024-001-receipt.docx"))
            #expect { try YearDocuments.write(office.ledger, year: 2024, config: office.config, folder: office.folder, now: now) } throws: { e in
                (e as? DocumentError)?.message.en.contains("identity is not set") == true
            }
        }
    }

    /// `templates/logo.png` is drawn in the default letterhead; an office's own template keeps its own.
    @Test func theLogoIsDrawnInTheDefaultLetterhead() throws {
        try withScratch { base in
            let office = try siakDesk(base)
            // A 2×1 PNG: its header is all the size is read from.
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE, 0, 0, 0, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0, 0x05, 0, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
            try office.folder.prepareOutputFolder(office.folder.templatesPath)
            // Put there by the office, as a template is (no output of the program goes there).
            try writeBytes(Array(png), to: office.folder.templatesPath + "/logo.png")
            let path = try Letters.record(.receipt, request: "PPID-2024-001", objection: nil, office: office, officer: "Rina", now: now)
            let parts = Dictionary(try Docx.unzip(try Data(contentsOf: URL(fileURLWithPath: path)), path: path), uniquingKeysWith: { a, _ in a })
            #expect(parts["word/media/logo.png"] == png)
            let xml = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
            #expect(xml.contains("r:embed=\"rIdLogo\"") && xml.contains("<wp:extent cx=\"1080000\" cy=\"540000\"/>"))
            #expect(String(decoding: try #require(parts["word/_rels/document.xml.rels"]), as: UTF8.self).contains("Target=\"media/logo.png\""))
            // Not an image: refused, saying so.
            try writeBytes(Array("not a png".utf8), to: office.folder.templatesPath + "/logo.png")
            #expect { try Letters.record(.receipt, request: "PPID-2024-002", objection: nil, office: office, officer: "Rina", now: now) } throws: { e in
                (e as? DocumentError)?.message.en.contains("not a readable PNG or JPEG") == true
            }
        }
    }
}
