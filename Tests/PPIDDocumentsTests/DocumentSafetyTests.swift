import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
@testable import PPIDDocuments
#if canImport(Glibc)
import Glibc
#endif

/// Documents are written as safely as the text exports: never through a name another user
/// planted, never through a symlinked folder inside the data folder.
@Suite struct DocumentSafetyTests {
    @Test func aPlantedSymlinkAtTheWorkbooksOldTemporaryNameIsNotFollowed() throws {
        try withScratch { base in
            let office = try office2019(base)
            let victim = base + "/victim-profile"
            try writeBytes(Array("export PATH=/usr/bin\n".utf8), to: victim)
            let target = base + "/buku-kerja-2019.xlsx"
            #expect(symlink(victim, target + ".tmp-\(getpid())") == 0)
            try YearDocuments.writeWorkbook(office.ledger, year: 2019, now: nil, to: target, folder: office.folder)
            #expect(try readBytes(victim) == Array("export PATH=/usr/bin\n".utf8), "the victim's file was overwritten")
            #expect(try readBytes(target).starts(with: [0x50, 0x4B]), "a zip (xlsx) was written")
            #expect(permissions(target) == 0o600)
            let left = try FileManager.default.contentsOfDirectory(atPath: base).filter { $0.contains(".tmp-") && !$0.hasSuffix(".tmp-\(getpid())") }
            #expect(left.isEmpty, "\(left)")
        }
    }

    func expectRefusedNaming(_ folder: String, _ body: () throws -> Void) {
        #expect { try body() } throws: { error in
            let text: String
            switch error {
            case let e as DocumentError: text = e.message.en
            case let e as StoreError: text = e.message.en
            default: return false
            }
            return text.contains(folder) && text.contains("symbolic link")
        }
    }

    @Test func symlinkedTemplatesAndExportsFoldersAreRefusedNamingThem() throws {
        try withScratch { base in
            let office = try office2019(base)
            let folder = office.folder
            let elsewhere = base + "/elsewhere"
            try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
            #expect(symlink(elsewhere, folder.templatesPath) == 0)
            expectRefusedNaming(folder.templatesPath) { _ = try Letters.writeTemplates(into: folder) }
            #expect(symlink(elsewhere, folder.exportsPath) == 0)
            expectRefusedNaming(folder.exportsPath) {
                _ = try YearDocuments.write(office.ledger, year: 2019, config: office.config, folder: folder, now: nil)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
        }
    }
}
