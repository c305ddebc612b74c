import Foundation
import PPIDModel
import PPIDTestSupport
import Testing
@testable import PPIDStore

/// Issue 21: the office's identity is set once, in `config.toml`, and is the one source of the
/// names and facts letters and the report carry.
@Suite struct OfficeIdentityTests {
    static let text = """
        [office]
        name = "Dinas Kominfo Kabupaten Siak"
        parent_body = "Pemerintah Kabupaten Siak"
        city = "Siak Sri Indrapura"
        address = "Jl. Sultan Syarif Kasim No. 1"
        phone = "(0764) 20001"
        email = "ppid@siakkab.go.id"
        website = "https://siakkab.go.id"
        head_name = "Ir. Kepala"
        head_title = "Kepala Dinas"
        commission = "Komisi Informasi Provinsi Riau"
        [ppid]
        name = "Drs. Ahmad Fauzi"
        nip = "197001012000031001"
        superior_name = "H. Budi Rahman"
        superior_position = "Sekretaris Daerah"
        superior_nip = "196801011990031002"
        [letters]
        number = "{seq:4}/PPID-{kind}/{month}/{year}"
        sequence = "kind"
        """

    @Test func everyIdentityKeyIsReadAndKnown() throws {
        let c = try OfficeConfig.parse(Self.text)
        let i = c.identity
        #expect(c.warnings.isEmpty, "\(c.warnings)")
        #expect(i.isSet)
        #expect([i.name, i.parentBody, i.city, i.address, i.phone, i.email, i.website, i.headName, i.headTitle, i.commission]
            == ["Dinas Kominfo Kabupaten Siak", "Pemerintah Kabupaten Siak", "Siak Sri Indrapura", "Jl. Sultan Syarif Kasim No. 1", "(0764) 20001", "ppid@siakkab.go.id", "https://siakkab.go.id", "Ir. Kepala", "Kepala Dinas", "Komisi Informasi Provinsi Riau"])
        #expect([i.ppidName, i.ppidNIP, i.superiorName, i.superiorPosition, i.superiorNIP] == ["Drs. Ahmad Fauzi", "197001012000031001", "H. Budi Rahman", "Sekretaris Daerah", "196801011990031002"])
        // The report's facts come from the identity: one source of truth.
        #expect([c.report.institution, c.report.parent, c.report.city, c.report.address, c.report.headName, c.report.headTitle]
            == [i.name, i.parentBody, i.city, i.address, i.headName, i.headTitle])
        #expect(c.letterNumbering.perKind)
        #expect(c.letterNumbering.format(sequence: 7, year: 2026, month: 12, kind: "notice") == "0007/PPID-PT/12/2026")
    }

    @Test func anUnknownKeyUnderPpidOrLettersIsNamed() throws {
        let c = try OfficeConfig.parse("[ppid]\nnmae = \"x\"\n[letters]\nnumbr = \"y\"\n")
        #expect(c.warnings.map(\.en) == ["config.toml: unknown key letters.numbr is ignored (a typo?)", "config.toml: unknown key ppid.nmae is ignored (a typo?)"])
    }

    @Test func aLetterPatternThatCannotNumberIsRefused() {
        for (pattern, sequence) in [("{seq:3}/PPID", "year"), ("PPID/{year}", "year"), ("{seq:3}{year}", "year"), ("{seq:3}/{year}", "kind"), ("{seq:3}/{year}", "month")] {
            #expect(throws: StoreError.self, "\(pattern) \(sequence)") { try OfficeConfig.parse("[letters]\nnumber = \"\(pattern)\"\nsequence = \"\(sequence)\"\n") }
        }
    }

    /// An office's config from before keeps its `[report]` facts as its identity.
    @Test func theReportsOlderKeysStandInForAnIdentityLeftOut() throws {
        let c = try OfficeConfig.parse("[report]\ninstitution = \"Balai X\"\nparent = \"Kementerian Y\"\ncity = \"Kota Z\"\nhead_name = \"Bu Kepala\"\n")
        #expect(c.identity.name == "Balai X" && c.identity.parentBody == "Kementerian Y" && c.identity.city == "Kota Z" && c.identity.headName == "Bu Kepala")
        #expect(c.report.institution == "Balai X")
    }

    /// `init` and the form write the identity into the file, keeping every other line.
    @Test func savingTheIdentityKeepsTheRestOfTheFile() throws {
        try withDataFolder { folder in
            try folder.prepare()
            let edited = try String(contentsOfFile: folder.configPath, encoding: .utf8).replacingOccurrences(of: "fee_max = 10000000", with: "fee_max = 5000000")
            try edited.write(toFile: folder.configPath, atomically: true, encoding: .utf8)
            var i = try OfficeConfig.parse(Self.text).identity
            i.address = "Jl. \"Kutip\" \\ No. 2\nLantai 3"
            let saved = try i.save(in: folder)
            #expect(saved.identity == i)
            let reread = try OfficeConfig.load(from: folder)
            #expect(reread.identity == i)
            #expect(reread.forms.feeRange.upperBound == 5_000_000, "the office's other edit is kept")
            #expect(reread.warnings.isEmpty)
            #expect(try String(contentsOfFile: folder.configPath, encoding: .utf8).contains("# group = \"ppid\""), "comments are kept")
        }
    }

    /// Only the demo carries the seed office's facts.
    @Test func theDemoAloneCarriesBPPSI() throws {
        let demo = try OfficeConfig.parse(DemoData.configText)
        #expect(demo.identity == OfficeIdentity.seed)
        #expect(demo.warnings.isEmpty, "\(demo.warnings)")
        #expect(demo.report.institution == "Balai Pengembangan Produk dan Standardisasi Industri Pekanbaru")
        #expect(!demo.report.policyBasis.isEmpty)
    }
}
