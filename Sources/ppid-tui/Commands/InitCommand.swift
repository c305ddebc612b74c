import ArgumentParser
import Foundation
import PPIDModel
import PPIDStore

/// `init`: sets the office's identity in a data folder's config, for scripts (the app asks
/// for it in a form the first time it opens a folder without one).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Isi identitas kantor di config.toml. / Set the office's identity in config.toml.",
        discussion: "Surat dan laporan memerlukan --office, --city, --ppid-name dan --ppid-nip. Baris config.toml lain tetap. / Letters and the report need --office, --city, --ppid-name and --ppid-nip. Other lines of config.toml are kept."
    )

    @OptionGroup var folder: FolderOptions

    @Option(name: .long, help: "Nama kantor seperti di kop surat. / The office's name as on its letters.")
    var office: String
    @Option(name: .long, help: "Kota tempat surat ditandatangani. / Where letters are signed.")
    var city: String
    @Option(name: .customLong("ppid-name"), help: "Nama PPID penanda tangan surat. / The PPID who signs letters.")
    var ppidName: String
    @Option(name: .customLong("ppid-nip"), help: "NIP PPID.")
    var ppidNIP: String
    @Option(name: .customLong("parent-body"), help: "Badan induk, mis. Kementerian Perindustrian. / Parent body.")
    var parentBody = ""
    @Option(name: .long) var address = ""
    @Option(name: .long) var phone = ""
    @Option(name: .long) var email = ""
    @Option(name: .long) var website = ""
    @Option(name: .customLong("superior-name"), help: "Atasan PPID. / The PPID's superior.")
    var superiorName = ""
    @Option(name: .customLong("superior-position")) var superiorPosition = ""
    @Option(name: .customLong("superior-nip")) var superiorNIP = ""
    @Option(name: .customLong("head-name"), help: "Kepala kantor (laporan tahunan). / The head of the office (annual report).")
    var headName = ""
    @Option(name: .customLong("head-title")) var headTitle = "Kepala"
    @Option(name: .long, help: "Komisi Informasi yang berwenang, mis. Komisi Informasi Pusat. / The competent Information Commission.")
    var commission = ""
    @Flag(name: .long, help: "Ganti identitas yang sudah diisi. / Replace an identity already set.")
    var replace = false

    func validate() throws {
        for (name, value) in [("--office", office), ("--city", city), ("--ppid-name", ppidName), ("--ppid-nip", ppidNIP)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("\(name) tidak boleh kosong / must not be empty")
        }
    }

    func run() throws {
        try guarded { () throws(CLIError) in
            let dataFolder = folder.dataFolder
            let current = try store { () throws(StoreError) in try OfficeConfig.load(from: dataFolder) }
            if current.identity.isSet, !replace {
                throw CLIError(Phrase(
                    id: "\(dataFolder.configPath) sudah berisi identitas kantor (\(current.officeName)); tambahkan --replace untuk menggantinya.",
                    en: "\(dataFolder.configPath) already holds an office identity (\(current.officeName)); add --replace to replace it."))
            }
            var i = OfficeIdentity()
            i.name = office
            i.city = city
            i.ppidName = ppidName
            i.ppidNIP = ppidNIP
            i.parentBody = parentBody
            i.address = address
            i.phone = phone
            i.email = email
            i.website = website
            i.superiorName = superiorName
            i.superiorPosition = superiorPosition
            i.superiorNIP = superiorNIP
            i.headName = headName
            i.headTitle = headTitle
            i.commission = commission
            try store { () throws(StoreError) in try i.save(in: dataFolder) }
            print(dataFolder.configPath)
        }
    }
}
