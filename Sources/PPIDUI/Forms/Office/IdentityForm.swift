import Foundation
import PPIDModel

/// The office's identity (issue 21): asked the first time the app opens a folder without it,
/// and on the month board's `i` later. It writes no event: its values go to `config.toml`
/// (`[office]`, `[ppid]`) through `Effect.saveIdentity`, other keys and comments kept.
public struct IdentityForm: FormSpec {
    /// The values the config holds now, by field.
    public let current: [Field: String]
    /// The first open of a folder without an identity: the title says it is not set yet.
    public let firstRun: Bool

    public init(current: [Field: String], firstRun: Bool) {
        self.current = current
        self.firstRun = firstRun
    }

    /// One field per `OfficeIdentity` property of the same name, in the order letters need them.
    public enum Field: String, FormFieldName {
        case name, parentBody, city, address, phone, email, website, ppidName, ppidNIP
        case superiorName, superiorPosition, superiorNIP, headName, commission
    }

    public var title: Phrase {
        firstRun
            ? Phrase(id: "Identitas kantor belum diisi", en: "The office's identity is not set")
            : Phrase(id: "Identitas kantor", en: "The office's identity")
    }

    public var notes: [Phrase] {
        [Phrase(
            id: "Surat dan laporan memakainya (config.toml [office], [ppid]). Esc: isi nanti; antrian tetap dapat mendaftar. Ubah lagi: i di panel Rekap.",
            en: "Letters and the report use it (config.toml [office], [ppid]). Esc: later; the queue still registers requests. Change it: i on the months pane.")]
    }

    public func field(_ field: Field) -> FormField {
        let (label, required, hint): (Phrase, Bool, Phrase?) =
            switch field {
            case .name: (Phrase(id: "Nama kantor", en: "Office name"), true, Phrase(id: "seperti di kop surat", en: "as on the letterhead"))
            case .parentBody: (Phrase(id: "Badan induk", en: "Parent body"), false, Phrase(id: "mis. Kementerian Perindustrian", en: "e.g. Kementerian Perindustrian"))
            case .city: (Phrase(id: "Kota", en: "City"), true, Phrase(id: "tempat surat ditandatangani", en: "where letters are signed"))
            case .address: (Phrase(id: "Alamat", en: "Address"), false, nil)
            case .phone: (Phrase(id: "Telepon", en: "Telephone"), false, nil)
            case .email: (Phrase(id: "E-mail", en: "E-mail"), false, nil)
            case .website: (Phrase(id: "Laman", en: "Website"), false, nil)
            case .ppidName: (Phrase(id: "Nama PPID", en: "PPID's name"), true, Phrase(id: "menandatangani surat", en: "signs the letters"))
            case .ppidNIP: (Phrase(id: "NIP PPID", en: "PPID's NIP"), true, nil)
            case .superiorName: (Phrase(id: "Nama atasan PPID", en: "Superior's name"), false, Phrase(id: "menandatangani tanggapan keberatan", en: "signs the objection answer"))
            case .superiorPosition: (Phrase(id: "Jabatan atasan PPID", en: "Superior's position"), false, nil)
            case .superiorNIP: (Phrase(id: "NIP atasan PPID", en: "Superior's NIP"), false, nil)
            case .headName: (Phrase(id: "Kepala kantor", en: "Head of the office"), false, Phrase(id: "laporan tahunan", en: "annual report"))
            case .commission: (Phrase(id: "Komisi Informasi", en: "Commission"), false, Phrase(id: "mis. Komisi Informasi Provinsi Riau", en: "e.g. Komisi Informasi Provinsi Riau"))
            }
        return .text(label, value: current[field] ?? "", required: required, hint: hint)
    }

    /// No event: `checkedValues` gives what is saved.
    public func command(_ values: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? { nil }

    /// The values as typed, by field, once every required one is filled; nil (marked) otherwise.
    static func values(_ form: inout Form) -> [Field: String]? {
        form.clearErrors()
        for i in form.fields.indices where form.fields[i].required && form.fields[i].value.isEmpty {
            form.fields[i].error = Phrase(id: "wajib diisi", en: "required")
        }
        if form.fields.contains(where: { $0.error != nil }) {
            form.focusFirstError()
            return nil
        }
        return Dictionary(uniqueKeysWithValues: form.fields.compactMap { f in Field(rawValue: f.id).map { ($0, f.value) } })
    }
}
