import Foundation
import PPIDModel
import PPIDUI
import Testing

/// `X`: an online request nobody has acted on is voided as spam — its registration undone
/// with the reason, the number kept.
@Suite struct SpamVoidTests {
    @Test func anUntouchedOnlineRequestIsVoidedWithItsReason() throws {
        var s = Session()
        s.state.queue.selected = "PPID-2026-007"
        s.press(.char("V"))
        let form = try #require(s.form)
        #expect(form.spec(as: SpamVoidForm.self)?.number == "PPID-2026-007")
        #expect(s.text.contains("Batalkan PPID-2026-007 sebagai spam"))
        s.type("iklan obat")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else {
            Issue.record("expected the confirmation, got \(s.text)")
            return
        }
        let undo = EventUndone(request: "PPID-2026-007", undoes: "e7", reason: "spam: iklan obat")
        #expect(c.command == .undo(undo))
        #expect(s.press(.char("y")) == [.perform(.undo(undo))])
        try s.performPending()
        #expect(s.env.ledger.requests["PPID-2026-007"]?.voided == true)
        #expect(s.env.ledger.nextNumber(year: 2026) == "PPID-2026-009", "the number stays used")
        // The month board (pane 3, 80x24) counts it apart, below the table's figures.
        s.press(.char("3"))
        for _ in 0..<40 where !s.text.contains("Online dibatalkan sebagai spam") { s.press(.char("j")) }
        #expect(s.text.contains("Online dibatalkan sebagai spam: 1 (nomor terpakai, tidak dihitung di tabel)"), "\(s.text)")
    }

    @Test func notForACounterRequestNorOneActedOn() throws {
        var s = Session()
        s.state.queue.selected = "PPID-2026-003"
        s.press(.char("V"))
        #expect(s.form == nil)
        #expect(s.text.contains("Hanya permohonan online yang dapat dibatalkan sebagai spam"))
        s.state.queue.selected = "PPID-2026-002"
        s.press(.char("V"))
        #expect(s.form == nil)
        #expect(s.text.contains("PPID-2026-002 sudah ditindaklanjuti"))
    }
}
