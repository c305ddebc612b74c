import PPIDModel

extension LetterFields {
    /// The consequence test (Pasal 19) a refusal cites for the information it refuses.
    ///
    /// A refusal that cites no DIK test (an imported register's history) has only what the
    /// officer typed with the decision (its note), or says no test is on record. Nil when
    /// nothing was typed: the letter then states the test in the law's words alone.
    static func consequenceTest(of decided: RequestDecided) -> String? {
        let typed = decided.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !typed.isEmpty { return typed }
        return decided.fromRegister ? "tidak ada uji konsekuensi tercatat (register lama)." : nil
    }

    /// The substance of the DIK tests a refusal cites: the information, what is withheld, the
    /// consequences if opened and if kept closed, the public-interest weighing, the period.
    static func consequenceText(_ tests: [ConsequenceTest]) -> String {
        tests.map { t in
            let period = [t.until.map { "dikecualikan sampai \(longDate($0))" }, t.reviewOn.map { "dikaji ulang \(longDate($0))" }].compactMap { $0 }
            return "Berdasarkan uji konsekuensi \(t.number) (Keputusan PPID Nomor \(t.decisionNumber) tanggal \(longDate(t.decidedOn))) "
                + "sebagaimana dimaksud Pasal 19 Undang-Undang Nomor 14 Tahun 2008 atas informasi \"\(t.title)\", yang dikecualikan: \(t.withheld). "
                + "Dasar: \(t.groundLabel.id). Apabila dibuka: \(t.ifOpened). Apabila ditutup: \(t.ifClosed). "
                + "Pertimbangan kepentingan publik (Pasal 2 ayat 4): \(t.publicInterest)."
                + (period.isEmpty ? "" : " Jangka waktu: \(period.joined(separator: ", ")).")
        }.joined(separator: "\n")
    }
}
