import Foundation
import PPIDModel
import PPIDStore

/// The DIP and the DIK as the office files and publishes them (UU KIP Pasal 11, 17, 19;
/// Perki 1/2021; LAW §8): each as it read on a day, from the list's events, with the PPID's
/// decision behind it and the PPID's signature. `export --format dip|dik` and the evidence
/// pack write them.
public enum InformationLists {
    /// The columns offices publish a DIP with; the public variant leaves out the person
    /// responsible (a name: personal data stays off the website).
    static func dipHeader(publicVariant: Bool) -> [String] {
        ["No.", "Ringkasan Isi Informasi", "Pejabat/Unit yang Menguasai"] + (publicVariant ? [] : ["Penanggung Jawab"])
            + ["Waktu dan Tempat Pembuatan", "Bentuk Informasi", "Jangka Waktu Penyimpanan", "Jenis Informasi"]
    }

    /// One row per entry in force on the day.
    public static func dipRows(_ ledger: Ledger, on day: CivilDate, publicVariant: Bool) -> [[String]] {
        [dipHeader(publicVariant: publicVariant)] + ledger.publicList(on: day).map { e in
            let made = [e.madeWhen, e.madeWhere].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ", ")
            return [e.number, e.summary, e.unit] + (publicVariant ? [] : [e.responsible])
                + [made.isEmpty ? "-" : made, e.form.label.id, e.retention.isEmpty ? "-" : e.retention, e.kind.label.id]
        }
    }

    /// The PPID's latest decision establishing or updating the DIP on or before `day`.
    static func dipDecision(_ ledger: Ledger, on day: CivilDate) -> PublicListDecided? {
        ledger.publicListDecisions.filter { $0.on <= day }.max { $0.on < $1.on }
    }

    /// The DIP on `day`: its decision, its entries, the PPID's signature. The public variant
    /// (for the website) holds the public list alone: no person's name, nothing of the DIK.
    public static func dip(_ ledger: Ledger, on day: CivilDate, identity: OfficeIdentity, publicVariant: Bool) -> ReportDocument {
        var d = ReportDocument()
        d.heading(1, "Daftar Informasi Publik \(identity.name)")
        d.paragraph("Keadaan per \(LetterFields.longDate(day))" + (publicVariant ? " (versi publik)." : "."))
        if let decided = dipDecision(ledger, on: day) {
            d.paragraph("Ditetapkan dengan Keputusan PPID Nomor \(decided.decisionNumber) tanggal \(LetterFields.longDate(decided.on)), sesuai Pasal 11 ayat (1) huruf a Undang-Undang Nomor 14 Tahun 2008 dan Peraturan Komisi Informasi Nomor 1 Tahun 2021.")
        } else {
            d.paragraph("Belum ada keputusan PPID yang menetapkan Daftar Informasi Publik per tanggal ini.")
        }
        let rows = dipRows(ledger, on: day, publicVariant: publicVariant)
        if rows.count > 1 {
            d.table(rows[0], Array(rows.dropFirst()))
        } else {
            d.paragraph("Daftar Informasi Publik belum memuat informasi per tanggal ini.")
        }
        d.blocks.append(signature(identity, day))
        return d
    }

    /// The DIK on `day`: the tests in force, each with its summary (the information, what is
    /// withheld, the ground, the consequences weighed, the public interest, the period, the decision).
    public static func dik(_ ledger: Ledger, on day: CivilDate, identity: OfficeIdentity) -> ReportDocument {
        var d = ReportDocument()
        let tests = ledger.exemptionList(on: day).map(\.test)
        d.heading(1, "Daftar Informasi yang Dikecualikan \(identity.name)")
        d.paragraph("Keadaan per \(LetterFields.longDate(day)). Setiap informasi dikecualikan berdasarkan uji konsekuensi sebagaimana dimaksud Pasal 19 Undang-Undang Nomor 14 Tahun 2008, yang ditetapkan dengan keputusan PPID.")
        guard !tests.isEmpty else {
            d.paragraph("Tidak ada informasi yang dikecualikan per tanggal ini.")
            d.blocks.append(signature(identity, day))
            return d
        }
        d.table(["No.", "Informasi", "Dasar Pengecualian", "Jangka Waktu", "Keputusan PPID"], tests.map { t in
            [t.number, t.title, t.groundLabel.id, period(t), "\(t.decisionNumber), \(LetterFields.longDate(t.decidedOn))"]
        })
        d.heading(2, "Ringkasan uji konsekuensi")
        for t in tests {
            d.heading(3, "\(t.number) — \(t.title)")
            d.list(summary(t), ordered: false)
        }
        d.blocks.append(signature(identity, day))
        return d
    }

    /// A test's substance, line by line, as the DIK and the test sheet give it.
    static func summary(_ t: ConsequenceTest) -> [String] {
        [
            "**Informasi**: \(t.title)",
            "**Yang dikecualikan**: \(t.withheld)",
            "**Dasar**: \(t.groundLabel.id)",
            "**Akibat apabila dibuka**: \(t.ifOpened)",
            "**Akibat apabila ditutup**: \(t.ifClosed)",
            "**Pertimbangan kepentingan publik (Pasal 2 ayat 4)**: \(t.publicInterest)",
            "**Jangka waktu pengecualian**: \(period(t))",
            "**Pejabat/unit yang menguasai**: \(t.unit)",
            "**Keputusan PPID**: Nomor \(t.decisionNumber) tanggal \(LetterFields.longDate(t.decidedOn))",
        ]
    }

    /// "sampai 31 Desember 2027; dikaji ulang 1 Juli 2027", or that no end was set (letters g–j).
    static func period(_ t: ConsequenceTest) -> String {
        let parts = [t.until.map { "sampai \(LetterFields.longDate($0))" }, t.reviewOn.map { "dikaji ulang \(LetterFields.longDate($0))" }].compactMap { $0 }
        return parts.isEmpty ? "tanpa batas waktu yang ditetapkan" : parts.joined(separator: "; ")
    }

    /// The DIP's changes after `from` up to and including `to`: each entry added, updated
    /// (naming its fields) or taken off, by the day it took effect.
    public static func changeRows(_ ledger: Ledger, after from: CivilDate, through to: CivilDate) -> [[String]] {
        [["Tanggal", "Nomor", "Perubahan", "Ringkasan Isi Informasi"]] + ledger.publicListChanges(after: from, through: to).compactMap { e in
            switch e {
            case .publicEntrySet(let s):
                let what = s.changes.isEmpty ? "ditambahkan" : "diubah: " + s.changes.joined(separator: ", ")
                return [LetterFields.longDate(s.on), s.entry.number, what, s.entry.summary]
            case .publicEntryRemoved(let r):
                return [LetterFields.longDate(r.on), r.entry, "dikeluarkan: \(r.reason)", ledger.publicListings.first { $0.entry.number == r.entry }?.entry.summary ?? "-"]
            default:
                return nil
            }
        }
    }

    /// The DIP's changes between two days, and the decisions that made them.
    public static func changes(_ ledger: Ledger, after from: CivilDate, through to: CivilDate, identity: OfficeIdentity) -> ReportDocument {
        var d = ReportDocument()
        d.heading(1, "Perubahan Daftar Informasi Publik \(identity.name)")
        d.paragraph("Sesudah \(LetterFields.longDate(from)) sampai dengan \(LetterFields.longDate(to)).")
        let decisions = ledger.publicListDecisions.filter { $0.on > from && $0.on <= to }
        d.list(decisions.map { "Keputusan PPID Nomor \($0.decisionNumber) tanggal \(LetterFields.longDate($0.on))" }, ordered: false)
        let rows = changeRows(ledger, after: from, through: to)
        if rows.count > 1 {
            d.table(rows[0], Array(rows.dropFirst()))
        } else {
            d.paragraph("Tidak ada perubahan dalam jangka waktu ini.")
        }
        d.blocks.append(signature(identity, to))
        return d
    }

    static func signature(_ identity: OfficeIdentity, _ day: CivilDate) -> ReportDocument.Block {
        .signature(place: identity.city, date: LetterFields.longDate(day), title: "Pejabat Pengelola Informasi dan Dokumentasi", name: identity.ppidName)
    }

    /// Writes one of the lists as a `.docx` at `path` (checked by `OutputPath`); refused while
    /// the office's identity is not set, as no list goes out under no name.
    public static func write(_ document: ReportDocument, title: String, to path: String, config: OfficeConfig, folder: DataFolder) throws(DocumentError) {
        if let why = config.identity.refusal(folder: folder.path) { throw .doesNotFit(why) }
        let data = try Docx.make(ReportDocx.blocks(document), properties: DocxProperties(title: title, description: "Disusun oleh ppid-tui dari log layanan."))
        try Letters.write(data, to: path, folder: folder)
    }

    /// The rows as CSV (the DIP or its changes), for a spreadsheet.
    public static func csv(_ rows: [[String]], separator: Character = ",") -> String {
        var w = CSVWriter(separator: separator)
        for row in rows { w.row(row) }
        return w.text
    }
}
