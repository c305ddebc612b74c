import PPIDModel

/// The objection register of LAW §5, and the report's words on objections and disputes.
public enum ObjectionExport {
    public static let header = [
        "No. Registrasi Keberatan", "Tanggal Diterima", "Nama Pemohon", "Alamat", "Nomor Kontak", "Pekerjaan", "Kuasa Pemohon",
        "No. Pendaftaran Permohonan", "Informasi yang Diminta", "Tujuan Penggunaan", "Alasan Keberatan", "Keputusan Atasan PPID",
        "Tanggal Tanggapan", "Nama dan Jabatan Atasan PPID", "Tanggapan Pemohon", "Batas Waktu Tanggapan",
        // Issue 14 item 4: the dispute's dates and deadlines, and whether either came late.
        "Batas Pengajuan Sengketa", "Tanggal Sengketa Diajukan", "No. Register Sengketa KI", "Proses Sengketa", "Tanggal Proses Dimulai", "Batas Proses Dimulai",
        "Tanggal Putusan Sengketa", "Putusan Sengketa", "Batas Putusan Sengketa", "Keterlambatan",
        // The superior's answer's own letter (issue 21): its number and date.
        "Nomor Surat Tanggapan", "Tanggal Surat Tanggapan",
        // The court case after the Commission (Pasal 47–50) and how each decision was carried out.
        "Gugatan ke Pengadilan", "Putusan Pengadilan", "Kasasi", "Putusan Mahkamah Agung", "Pelaksanaan Putusan",
    ]

    /// A dated step as one cell: "2026-03-02: PTUN Pekanbaru 12/G/KI/2026".
    static func step(_ s: DisputeStep?) -> String {
        s.map { "\($0.on): \($0.detail)" } ?? ""
    }

    /// Objections received in `year` (office time), in filing order.
    public static func objections(_ ledger: Ledger, year: Int) -> [(request: Request, objection: Objection)] {
        ledger.objections(receivedIn: year)
    }

    /// One row per objection received in the year; `publicVariant` reduces the requester and
    /// the agent to initials and leaves address and contact empty.
    public static func csv(_ ledger: Ledger, year: Int, separator: Character = ",", publicVariant: Bool = false) -> String {
        var w = CSVWriter(separator: separator)
        for row in rows(ledger, year: year, publicVariant: publicVariant) { w.row(row) }
        return w.text
    }

    /// The register's rows as text, header first (the workbook writes them without the CSV's
    /// formula guard: its text cells never run).
    public static func rows(_ ledger: Ledger, year: Int, publicVariant: Bool = false) -> [[String]] {
        let cal = ledger.calendar
        var out = [header]
        for (r, o) in objections(ledger, year: year) {
            let t = cal.local(o.filed.receivedAt)
            let response: String
            if let d = o.disputeFiled {
                response = "Mengajukan sengketa ke Komisi Informasi \(d.on)" + (o.disputeSettled.map { "; diputus \($0.on): \($0.detail)" } ?? "")
            } else {
                response = ""
            }
            let commission = cal.commissionDeadlines(of: o)
            var late: [String] = []
            if cal.isFiledLate(o, request: r) { late.append("Keberatan diajukan lebih dari 30 hari kerja setelah alasannya timbul (Pasal 36 ayat 1)") }
            if cal.isAnsweredLate(o) { late.append("Tanggapan atasan lebih dari 30 hari kerja setelah keberatan diterima (Pasal 36 ayat 2)") }
            if cal.isDisputeFiledLate(o) { late.append("Sengketa diajukan lebih dari 14 hari kerja setelah tanggapan atasan (Pasal 37 ayat 2)") }
            if cal.isDisputeStartedLate(o) { late.append("Komisi Informasi memulai penyelesaian lebih dari 14 hari kerja setelah sengketa diajukan (Pasal 38 ayat 1)") }
            if cal.isDisputeSettledLate(o) { late.append("Komisi Informasi memutus lebih dari 100 hari kerja setelah sengketa diajukan (Pasal 38 ayat 2)") }
            let d = r.details
            let letter = ledger.letterOnRecord("objection-answer", of: o.number)
            out.append([
                o.number,
                "\(t.date) \(t.clock)",
                publicVariant ? RegisterExport.initials(d.requesterName) : d.requesterName,
                publicVariant ? "" : d.address,
                publicVariant ? "" : d.contact,
                d.occupation,
                publicVariant ? RegisterExport.initials(o.filed.agent) : o.filed.agent,
                r.number,
                d.subject,
                d.purpose,
                o.filed.grounds.map { "Pasal 35 ayat 1 huruf \($0.rawValue): \($0.label.id)" }.joined(separator: "; "),
                o.answer.map { $0.decision.label.id + ($0.reasons.isEmpty ? "" : ": \($0.reasons)") } ?? "",
                o.answer?.answeredOn.description ?? "",
                o.answer.map { "\($0.superiorName), \($0.superiorPosition)" } ?? "",
                response,
                cal.answerDeadline(of: o).description,
                cal.disputeFilingDeadline(of: o).description,
                o.disputeFiled?.on.description ?? "",
                o.disputeFiled?.detail ?? "",
                o.disputeStarted.flatMap { DisputeProcess(rawValue: $0.detail)?.label.id } ?? "",
                o.disputeStarted?.on.description ?? "",
                commission?.start.description ?? "",
                o.disputeSettled?.on.description ?? "",
                o.disputeSettled?.detail ?? "",
                commission?.settle.description ?? "",
                late.joined(separator: "; "),
                letter?.number ?? "",
                letter?.on.description ?? "",
                step(o.courtFiled), step(o.courtDecided), step(o.cassationFiled), step(o.cassationDecided),
                o.carriedOut.map { s in (o.decisionInForce(on: s.on).map { $0.label.id + " " } ?? "") + step(s) }.joined(separator: "; "),
            ])
        }
        return out
    }
}
