import Foundation
import PPIDModel
import PPIDUI
import Testing

/// The read-only banner says why and how to repair in full, even at 80 columns with the long
/// path of a real data folder: it wraps instead of cutting the repair advice off.
@Suite struct ReadOnlyBannerTests {
    static let damaged = Phrase(
        id: "/home/petugas/.local/share/ppid/events.jsonl:10 rusak; jalankan `ppid-tui check` dan lihat README bagian \"Check and repair\"",
        en: "/home/petugas/.local/share/ppid/events.jsonl:10 is damaged; run `ppid-tui check` and see README, \"Check and repair\""
    )

    @Test func aLongReasonWrapsOntoASecondLineAt80Columns() {
        let s = Session(env: Desk.environment(readOnly: Self.damaged))
        #expect(s.lines[2] == " HANYA-BACA — /home/petugas/.local/share/ppid/events.jsonl:10 rusak; jalankan")
        #expect(s.lines[3] == "   `ppid-tui check` dan lihat README bagian \"Check and repair\"")
        #expect(s.lines[4].hasPrefix(" No. Daftar"), "the queue starts below the banner")
        var english = Session(env: Desk.environment(readOnly: Self.damaged), language: .english)
        english.resize(80, 24)
        #expect(english.lines[2] + english.lines[3] == " READ-ONLY — /home/petugas/.local/share/ppid/events.jsonl:10 is damaged; run   `ppid-tui check` and see README, \"Check and repair\"")
    }

    @Test func aShortReasonTakesOneLineAsBefore() {
        let s = Session(env: Desk.environment(readOnly: Phrase(id: "dibuka dengan --read-only", en: "opened with --read-only")), width: 120, height: 40)
        #expect(s.lines[2] == " HANYA-BACA — dibuka dengan --read-only")
        #expect(s.lines[3].hasPrefix(" No. Daftar"))
    }
}
