import Foundation
import PPIDModel

/// The request register of LAW §5: one row per request received in a year.
public enum RegisterExport {
    public static let header = [
        "No. Pendaftaran", "Tanggal Permohonan", "Saluran", "Nama", "Alamat", "Nomor Kontak", "Pekerjaan",
        "Kategori Pemohon", "Informasi yang Diminta", "Tujuan Penggunaan", "Status Informasi", "Bentuk Informasi",
        "Jenis Permohonan", "Cara Penyampaian", "Batas Waktu", "Diperpanjang", "Keputusan", "Alasan",
        "Tanggal Pemberitahuan Tertulis", "Tanggal Pemberian Informasi", "Waktu Penyelesaian (Hari Kerja)",
        "Tepat Waktu", "Biaya", "Cara Pembayaran",
        // The register's further facts: NIK (never in the public variant), the extension letter's
        // date and reason, the completion, what was blacked out, the body holding the information.
        "NIK", "Tanggal Perpanjangan", "Alasan Perpanjangan", "Tanggal Dikembalikan untuk Dilengkapi", "Kekurangan (Dikembalikan untuk Dilengkapi)",
        "Tanggal Dinyatakan Lengkap", "Informasi yang Dihitamkan", "Badan Publik yang Menguasai Informasi",
        // The written notice's own letter (issue 21): its number and date.
        "Nomor Surat Pemberitahuan", "Tanggal Surat Pemberitahuan",
        // The consequence tests a Pasal 17 refusal rests on, in substance (issue 22).
        "Uji Konsekuensi (DIK)",
    ]

    /// The register CSV; `publicVariant` reduces names to initials and leaves out address,
    /// contact and identity number (Pasal 17 h): their columns stay, empty.
    public static func csv(_ ledger: Ledger, year: Int, separator: Character = ",", publicVariant: Bool = false) -> String {
        let requests = ledger.requests(receivedIn: year)
        // About 370 bytes a row since the notice letter and consequence test columns (11.5 MB
        // for 31,374 rows): room for 400, so the text is not regrown (and held twice) near its end.
        var w = CSVWriter(separator: separator, capacity: 1024 + requests.count * 400)
        w.row(header)
        for r in requests where !r.voided {
            w.row(row(r, calendar: ledger.calendar, publicVariant: publicVariant, notice: ledger.letterOnRecord("notice", of: r.number), tests: ledger.tests(citedBy: r)))
        }
        return w.text
    }

    /// The register's rows as text, header first, without the CSV's formula guard (for a
    /// workbook, whose text cells never run).
    public static func rows(_ ledger: Ledger, year: Int, publicVariant: Bool = false) -> [[String]] {
        [header] + ledger.requests(receivedIn: year).filter { !$0.voided }.map {
            row($0, calendar: ledger.calendar, publicVariant: publicVariant, notice: ledger.letterOnRecord("notice", of: $0.number), tests: ledger.tests(citedBy: $0))
        }
    }

    static func row(_ r: Request, calendar: WorkingCalendar, publicVariant: Bool, notice: LetterOnRecord? = nil, tests: [ConsequenceTest] = []) -> [String] {
        let received = calendar.local(r.receivedAt)
        let deadline = calendar.deadlineDays(of: r)
        let decision = r.decision?.decided
        // responseDays(of:) and isOnTime(_:), from the one look at the deadline above.
        let days = decision.map { max(0, calendar.workingDays(from: deadline.start, to: $0.noticeOn)) }
        let onTime = decision.map { $0.noticeOn <= deadline.inForce }
        // A grant: held; each ground's status, once each (Pasal 17 h and not held: both); an
        // unclassified ground says nothing certain.
        let status: String = decision.map { d in
            guard !d.grounds.isEmpty else { return InformationStatus.held.label.id }
            var seen: [InformationStatus] = []
            for s in d.grounds.compactMap(\.informationStatus) where !seen.contains(s) { seen.append(s) }
            return seen.map(\.label.id).joined(separator: "; ")
        } ?? ""
        let reason: String
        if let g = decision?.ground, g == .unclassified, let d = decision {
            // The register's own words, kept as they were imported.
            reason = "Belum diklasifikasi: " + d.note
        } else if let d = decision, !d.grounds.isEmpty {
            reason = d.grounds.map(\.label.id).joined(separator: "; ")
        } else if let w = r.withdrawal {
            reason = w.reason
        } else {
            reason = ""
        }
        let d = r.details
        return [
            r.number,
            "\(received.date) \(received.clock)",
            r.channel.label.id,
            publicVariant ? initials(d.requesterName) : d.requesterName,
            publicVariant ? "" : d.address,
            publicVariant ? "" : d.contact,
            d.occupation,
            d.category.label.id,
            d.subject,
            d.purpose,
            status,
            d.medium?.label.id ?? "",
            d.accessKind?.label.id ?? "",
            d.delivery?.label.id ?? "",
            deadline.inForce.description,
            r.extensionGiven == nil ? "Tidak" : "Ya",
            r.status.label.id,
            reason,
            decision?.noticeOn.description ?? "",
            r.handover?.handedOverOn.description ?? "",
            days.map(String.init) ?? "",
            onTime.map { $0 ? "Ya" : "Tidak" } ?? (calendar.isWithdrawnAfterLapse(r) ? "Tidak (dicabut setelah batas waktu)" : ""),
            decision.map { String($0.fee) } ?? "",
            decision?.payment ?? "",
            publicVariant ? "" : d.identityNumber,
            r.extensionGiven.map { ($0.on ?? calendar.day(of: $0.recordedAt)).description } ?? "",
            r.extensionGiven?.reason ?? "",
            r.returned.map { ($0.on ?? calendar.day(of: $0.recordedAt)).description } ?? "",
            r.returnedFor ?? "",
            r.completedAt.map { calendar.local($0) }.map { "\($0.date) \($0.clock)" } ?? "",
            decision?.redacted ?? "",
            decision?.heldBy ?? "",
            notice?.number ?? "",
            notice?.on.description ?? "",
            decision.map { testsCell($0, tests) } ?? "",
        ]
    }

    /// A Pasal 17 refusal's tests in substance, or that none is on record (an imported one).
    static func testsCell(_ d: RequestDecided, _ tests: [ConsequenceTest]) -> String {
        guard d.outcome.needsGround, d.grounds.contains(where: { if case .exception = $0 { true } else { false } }) else { return "" }
        guard !tests.isEmpty else { return "Tidak ada uji konsekuensi tercatat" }
        return tests.map {
            "\($0.number) (Keputusan PPID \($0.decisionNumber), \($0.decidedOn)): dikecualikan \($0.withheld); bila dibuka: \($0.ifOpened); "
                + "bila ditutup: \($0.ifClosed); kepentingan publik: \($0.publicInterest)"
        }.joined(separator: " | ")
    }

    /// "Siti Nurhaliza (PT Maju)" → "S. N." — initials of the words before any parenthesis.
    public static func initials(_ name: String) -> String {
        let person = name.split(separator: "(").first.map(String.init) ?? name
        return person.split(whereSeparator: \.isWhitespace).compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
    }
}
