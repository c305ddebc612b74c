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
