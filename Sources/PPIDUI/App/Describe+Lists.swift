import Foundation
import PPIDModel

/// A short name for what a DIK or DIP event did, for the history and confirmations.
func describe(_ e: ListEvent) -> Phrase {
    switch e {
    case .testRecorded(let t):
        Phrase(
            id: "Uji konsekuensi \(t.number) diputuskan \(t.decidedOn) (\(t.decisionNumber)): \(t.title), Pasal 17 huruf \(t.ground.rawValue)",
            en: "Consequence test \(t.number) decided \(t.decidedOn) (\(t.decisionNumber)): \(t.title), Art. 17(\(t.ground.rawValue))")
    case .testCorrected(let c):
        Phrase(
            id: "Uji \(c.test.number) dikoreksi (\(c.changes.joined(separator: ", "))): \(c.reason)",
            en: "Test \(c.test.number) corrected (\(c.changes.joined(separator: ", "))): \(c.reason)")
    case .testRevoked(let r):
        Phrase(
            id: "Uji \(r.test) dicabut \(r.on) (\(r.decisionNumber)): \(r.reason)",
            en: "Test \(r.test) revoked \(r.on) (\(r.decisionNumber)): \(r.reason)")
    case .publicEntrySet(let s) where s.changes.isEmpty:
        Phrase(id: "DIP \(s.entry.number) dicantumkan \(s.on): \(s.entry.summary)", en: "DIP \(s.entry.number) listed \(s.on): \(s.entry.summary)")
    case .publicEntrySet(let s):
        Phrase(
            id: "DIP \(s.entry.number) diperbarui \(s.on) (\(s.changes.joined(separator: ", ")))",
            en: "DIP \(s.entry.number) updated \(s.on) (\(s.changes.joined(separator: ", ")))")
    case .publicEntryRemoved(let r):
        Phrase(id: "DIP \(r.entry) dikeluarkan \(r.on): \(r.reason)", en: "DIP \(r.entry) taken off \(r.on): \(r.reason)")
    case .publicListDecided(let d):
        Phrase(id: "Keputusan PPID tentang DIP \(d.decisionNumber), \(d.on)", en: "PPID decision on the DIP \(d.decisionNumber), \(d.on)")
    }
}

/// The lines a confirmation shows for a consequence test about to be recorded.
func testSummary(_ t: ConsequenceTest) -> [Phrase] {
    var lines = [
        Phrase(
            id: "Uji konsekuensi \(t.number.isEmpty ? "(nomor DIK diberikan saat disimpan)" : t.number): \(t.title)",
            en: "Consequence test \(t.number.isEmpty ? "(its DIK number is given on saving)" : t.number): \(t.title)"),
        Phrase(id: "Dikecualikan: \(t.withheld)", en: "Withheld: \(t.withheld)"),
        Phrase(id: "Dasar: \(t.groundLabel.id)", en: "Ground: \(t.groundLabel.en)"),
        Phrase(id: "Bila dibuka: \(t.ifOpened)", en: "If opened: \(t.ifOpened)"),
        Phrase(id: "Bila ditutup: \(t.ifClosed)", en: "If kept closed: \(t.ifClosed)"),
        Phrase(id: "Kepentingan publik: \(t.publicInterest)", en: "Public interest: \(t.publicInterest)"),
        Phrase(id: "Keputusan PPID \(t.decisionNumber), \(t.decidedOn)", en: "PPID decision \(t.decisionNumber), \(t.decidedOn)"),
    ]
    lines.append(Phrase(id: "Jangka waktu: \(period(t).id)", en: "Period: \(period(t).en)"))
    return lines
}

/// A cited test as a decision's confirmation names it.
func testCited(_ number: String, _ env: AppEnvironment) -> Phrase {
    let title = env.ledger.exemption(number)?.test.title ?? ""
    return Phrase(id: "Berdasar uji konsekuensi \(number): \(title)", en: "Resting on consequence test \(number): \(title)")
}
