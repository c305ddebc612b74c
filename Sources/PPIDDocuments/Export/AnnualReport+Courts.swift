import PPIDModel

/// §2.7 after the Commission: the court cases (PTUN/PN, then the Mahkamah Agung; Pasal 47–50)
/// and how the body carried out the superior's answers and the decisions (LAW §4).
extension AnnualReport {
    static func courts(_ d: inout ReportDocument, _ list: [Objection]) {
        let court = list.filter { $0.courtFiled != nil }
        if court.isEmpty {
            if list.contains(where: { $0.disputeSettled != nil }) { d.paragraph("Tidak ada putusan Komisi Informasi yang diajukan ke pengadilan (PTUN/PN).") }
        } else {
            let decided = court.filter { $0.courtDecided != nil }.count
            let cassation = court.filter { $0.cassationFiled != nil }
            d.paragraph("Sebanyak \(court.count) perkara diajukan ke pengadilan (PTUN/PN, Pasal 47 UU 14/2008); \(decided) telah diputus. "
                + (cassation.isEmpty ? "Tidak ada kasasi ke Mahkamah Agung." : "\(cassation.count) perkara diajukan kasasi ke Mahkamah Agung (Pasal 50); \(cassation.filter { $0.cassationDecided != nil }.count) telah diputus."))
        }
        let done = list.flatMap { o in o.carriedOut.map { (o, $0) } }
        let granted = list.filter { $0.answer?.decision == .overturned }
        if done.isEmpty {
            d.paragraph(granted.isEmpty ? "Tidak ada tanggapan atasan atau putusan yang harus dilaksanakan oleh badan publik."
                : "Belum tercatat pelaksanaan tanggapan atasan PPID yang menerima keberatan: " + granted.map(\.number).joined(separator: ", ") + ".")
        } else {
            d.paragraph("Pelaksanaan tanggapan atasan PPID dan putusan:")
            d.list(done.map { o, s in "\(o.number): \(o.decisionInForce(on: s.on)?.label.id ?? "Putusan") dilaksanakan \(s.on): \(s.detail)" }, ordered: false)
            let owed = granted.filter { $0.carriedOut.isEmpty }
            if !owed.isEmpty { d.paragraph("Belum tercatat pelaksanaannya: " + owed.map(\.number).joined(separator: ", ") + ".") }
        }
        // Every stage of every objection, as offices' reports tabulate them.
        d.table(["No. Keberatan", "Atasan PPID", "Komisi Informasi", "PTUN/PN", "Mahkamah Agung", "Pelaksanaan"], list.map { o in
            [
                o.number,
                o.answer.map { "\($0.decision.label.id) (\($0.answeredOn))" } ?? "Belum ditanggapi",
                stage(filed: o.disputeFiled, decided: o.disputeSettled),
                stage(filed: o.courtFiled, decided: o.courtDecided),
                stage(filed: o.cassationFiled, decided: o.cassationDecided),
                o.carriedOut.isEmpty ? "-" : o.carriedOut.map { "\($0.on)" }.joined(separator: ", "),
            ]
        })
    }

    /// One stage in a cell: its decision and date, "diajukan <date>" while pending, "-" when none.
    static func stage(filed: DisputeStep?, decided: DisputeStep?) -> String {
        if let decided { return "\(decided.detail) (\(decided.on))" }
        return filed.map { "Diajukan \($0.on)" } ?? "-"
    }
}
