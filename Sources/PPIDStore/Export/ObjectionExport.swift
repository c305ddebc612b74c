import PPIDModel

/// The objection register of LAW §5, and the report's words on objections and disputes.
public enum ObjectionExport {
    public static let header = [
        "No. Registrasi Keberatan", "Tanggal Diterima", "Nama Pemohon", "Kuasa Pemohon", "No. Pendaftaran Permohonan",
        "Informasi yang Diminta", "Tujuan Penggunaan", "Alasan Keberatan", "Keputusan Atasan PPID", "Tanggal Tanggapan",
        "Nama dan Jabatan Atasan PPID", "Tanggapan Pemohon", "Batas Waktu Tanggapan",
    ]

    /// Objections received in `year` (office time), in filing order.
    public static func objections(_ ledger: Ledger, year: Int) -> [(request: Request, objection: Objection)] {
        ledger.objections(receivedIn: year)
    }

    /// One row per objection received in the year; `publicVariant` reduces the requester to initials.
    public static func csv(_ ledger: Ledger, year: Int, separator: Character = ",", publicVariant: Bool = false) -> String {
        let cal = ledger.calendar
        var w = CSVWriter(separator: separator)
        w.row(header)
        for (r, o) in objections(ledger, year: year) {
            let t = cal.local(o.filed.receivedAt)
            let response: String
            if let d = o.disputeFiled {
                response = "Mengajukan sengketa ke Komisi Informasi \(d.on)" + (o.disputeSettled.map { "; diputus \($0.on): \($0.detail)" } ?? "")
            } else {
                response = ""
            }
            w.row([
                o.number,
                "\(t.date) \(t.clock)",
                publicVariant ? RegisterExport.initials(r.details.requesterName) : r.details.requesterName,
                publicVariant ? RegisterExport.initials(o.filed.agent) : o.filed.agent,
                r.number,
                r.details.subject,
                r.details.purpose,
                o.filed.grounds.map { "Pasal 35 ayat 1 huruf \($0.rawValue): \($0.label.id)" }.joined(separator: "; "),
                o.answer.map { $0.decision.label.id + ($0.reasons.isEmpty ? "" : ": \($0.reasons)") } ?? "",
                o.answer?.answeredOn.description ?? "",
                o.answer.map { "\($0.superiorName), \($0.superiorPosition)" } ?? "",
                response,
                cal.answerDeadline(of: o).description,
            ])
        }
        return w.text
    }
}

/// Section 2.7 of the report: objections and disputes of the year, in Indonesian.
enum ObjectionSummary {
    static func paragraphs(_ ledger: Ledger, year: Int, office: String, today: CivilDate?) -> [String] {
        let list = ObjectionExport.objections(ledger, year: year).map(\.objection)
        let disputes = list.filter { $0.disputeFiled != nil }
        guard !list.isEmpty else {
            return ["Pada tahun \(year), tidak ada keberatan yang diajukan dan tidak pernah terjadi sengketa informasi publik di \(office)."]
        }
        let answered = list.filter { $0.answer != nil }
        let upheld = answered.filter { $0.answer?.decision == .upheld }.count
        let late = answered.filter { ($0.answer?.answeredOn ?? .init(ordinal: 0)) > ledger.calendar.answerDeadline(of: $0) }.count
        var out = ["Pada tahun \(year), \(office) menerima \(list.count) keberatan atas permohonan informasi publik. " +
            "Atasan PPID menanggapi \(answered.count) keberatan: \(upheld) menguatkan putusan PPID dan \(answered.count - upheld) menerima keberatan" +
            (late > 0 ? "; \(late) tanggapan melewati 30 hari kerja." : ".") +
            (list.count > answered.count ? " \(list.count - answered.count) keberatan belum ditanggapi." : "")]
        if let today {
            let overdue = ledger.overdueObjections(receivedIn: year, today: today)
            if !overdue.isEmpty {
                out[0] += " Dari jumlah itu, \(overdue.count) keberatan belum ditanggapi padahal batas 30 hari kerja (Pasal 36 ayat 2) telah lewat per \(today): "
                    + overdue.map { "\($0.objection.number) (batas \(ledger.calendar.answerDeadline(of: $0.objection)))" }.joined(separator: ", ") + "."
            }
        }
        out.append("")
        if disputes.isEmpty {
            out.append("Tidak ada sengketa informasi publik yang diajukan ke Komisi Informasi.")
        } else {
            let settled = disputes.compactMap(\.disputeSettled)
            out.append("Sebanyak \(disputes.count) sengketa informasi diajukan ke Komisi Informasi; \(settled.count) telah diputus" +
                (settled.isEmpty ? "." : ": " + settled.map { $0.detail }.joined(separator: "; ") + "."))
        }
        out.append("")
        out.append("| Grounds (Pasal 35 ayat 1) | Jumlah |".replacingOccurrences(of: "Grounds", with: "Alasan keberatan"))
        out.append("|---|---|")
        for g in Pasal35.allCases {
            let n = list.filter { $0.filed.grounds.contains(g) }.count
            if n > 0 { out.append("| huruf \(g.rawValue): \(g.label.id) | \(n) |") }
        }
        return out
    }
}
