import ArgumentParser
import Foundation
import PPIDDocuments
import PPIDModel
import PPIDStore

extension LetterKind: ExpressibleByArgument {}

/// Runs a documents operation, turning its error into a CLIError.
func documents<T>(_ body: () throws(DocumentError) -> T) throws(CLIError) -> T {
    do {
        return try body()
    } catch {
        throw CLIError(error.message)
    }
}

/// `--pdf`: a PDF beside the document where LibreOffice is (the config's, else found in the
/// usual places; named on stderr), else how to print it.
func printPDF(_ document: String, office config: Office) throws(CLIError) {
    if let named = config.config.libreOffice, Printing.office(configured: named) == nil {
        throw CLIError(Phrase(id: "\(config.folder.configPath): [office] libreoffice = \(named) tidak dapat dijalankan", en: "\(config.folder.configPath): [office] libreoffice = \(named) cannot be run"))
    }
    guard let office = Printing.office(configured: config.config.libreOffice) else {
        print(Printing.howToPrint(document)(cliLanguage))
        return
    }
    FileHandle.standardError.write(Data(Phrase(id: "Membuat PDF dengan \(office)", en: "Making the PDF with \(office)")(cliLanguage).utf8 + [0x0A]))
    let pdf = try documents { () throws(DocumentError) in try Printing.pdf(document, office: office, folder: config.folder) }
    print(pdf)
}

struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Buat surat (.docx) dari templat kantor. / Make a letter (.docx) from the office's template.",
        discussion: """
            Jenis / kinds: receipt (tanda bukti penerimaan), notice (pemberitahuan tertulis), extension (perpanjangan), \
            refusal (keputusan penolakan), objection-receipt (tanda bukti keberatan), objection-answer (tanggapan atasan PPID), \
            test-sheet (lembar uji konsekuensi, --test DIK-NNN), test-decision (keputusan PPID atas uji, --test DIK-NNN). \
            Templat: templates/<jenis>.docx di folder data (ppid-tui templates), bila tidak ada templat bawaan. \
            Surat ditulis ke letters/<nomor>-<jenis>.docx dan dicatat di riwayat permohonan.
            """
    )

    @Option(name: .long, help: "Nomor pendaftaran permohonan. / The request's number.")
    var request: String?

    @Option(name: .long, help: "Nomor registrasi keberatan. / The objection's number.")
    var objection: String?

    @Option(name: .long, help: "Nomor uji konsekuensi dalam DIK, mis. DIK-001. / The consequence test's DIK number.")
    var test: String?

    @Option(name: .long, help: "receipt, notice, extension, refusal, objection-receipt, objection-answer, test-sheet, test-decision")
    var kind: LetterKind

    @Option(name: .long, help: "Tulis ke berkas ini (bawaan: letters/ di folder data). / Write to this file.")
    var out: String?

    @Flag(name: .long, help: "Juga buat PDF di sampingnya (perlu LibreOffice). / Also make a PDF beside it (needs LibreOffice).")
    var pdf = false

    @OptionGroup var folder: FolderOptions

    @OptionGroup var officer: OfficerOptions

    func validate() throws {
        if kind.isTestLetter || test != nil {
            guard kind.isTestLetter, test != nil, request == nil, objection == nil else {
                throw ValidationError("--kind test-sheet/test-decision perlu --test DIK-NNN saja / test-sheet and test-decision need --test DIK-NNN alone")
            }
            return
        }
        guard (request == nil) != (objection == nil) else {
            throw ValidationError("sebutkan --request NO atau --objection NO (salah satu) / give --request NO or --objection NO (one of them)")
        }
        if kind.isObjectionLetter, objection == nil {
            throw ValidationError("--kind \(kind.rawValue) perlu --objection NO / needs --objection NO")
        }
        if !kind.isObjectionLetter, request == nil {
            throw ValidationError("--kind \(kind.rawValue) perlu --request NO / needs --request NO")
        }
    }

    func run() throws {
        try guarded { () throws(CLIError) in
            let now = try Clock.now()
            let office = try store { () throws(StoreError) in try Office(folder: folder.dataFolder) }
            let who = officerName(officer.officer, config: office.config.officer)
            let path = if let test {
                try documents { () throws(DocumentError) in try Letters.write(kind, test: test, office: office, officer: who, out: out) }
            } else {
                try makeLetter(kind, request: request, objection: objection, office: office, officer: who, now: now, out: out)
            }
            print(path)
            if pdf { try printPDF(path, office: office) }
        }
    }
}

/// Makes a letter into `out` (or `letters/`) and records it (`Letters.record`); its path.
func makeLetter(_ kind: LetterKind, request: String?, objection: String?, office: Office, officer: String, now: Date, out: String? = nil) throws(CLIError) -> String {
    try documents { () throws(DocumentError) in try Letters.record(kind, request: request, objection: objection, office: office, officer: officer, now: now, out: out) }
}

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Tulis templat surat bawaan ke templates/. / Write the default letter templates into templates/.",
        discussion: "Templat yang sudah ada (mungkin sudah diedit kantor) tidak ditimpa. / Templates already there (perhaps edited) are kept."
    )

    @OptionGroup var folder: FolderOptions

    func run() throws {
        try guarded { () throws(CLIError) in
            try store { () throws(StoreError) in try folder.dataFolder.prepare() }
            let (written, kept) = try documents { () throws(DocumentError) in try Letters.writeTemplates(into: folder.dataFolder) }
            for p in written { print(Phrase(id: "ditulis: \(p)", en: "written: \(p)")(cliLanguage)) }
            for p in kept { print(Phrase(id: "sudah ada, tidak ditimpa: \(p)", en: "already there, kept: \(p)")(cliLanguage)) }
        }
    }
}
