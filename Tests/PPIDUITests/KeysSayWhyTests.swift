import PPIDModel
import PPIDUI
import Testing

/// A key that does nothing says why; a key on an objection's row acts on that objection.
@Suite struct KeysSayWhyTests {
    @Test func lOnAQueueRowMakesThatRequestsLetters() {
        var s = Session()
        s.state.queue.selected = "PPID-2026-003"
        #expect(s.press(.char("l")) == [.writeLetters("PPID-2026-003")])
    }

    @Test func aKeyBoundElsewhereSaysWhereItActs() throws {
        var s = Session()
        #expect(s.press(.char("x")) == [])
        let status = try #require(s.state.status)
        #expect(status.isError)
        #expect(status.text.id == "x tidak dipakai di Antrian Permohonan (di Rekap Bulanan: Ekspor); ? menampilkan tombol yang berlaku")
        #expect(status.text.en == "x does nothing in Intake queue (in Month board: Export); ? lists the keys that do")
        #expect(s.text.contains("x tidak dipakai di Antrian Permohonan"))
    }

    @Test func aKeyBoundNowhereSaysSoInEnglishToo() throws {
        var s = Session(language: .english)
        s.press(.char("Z"))
        #expect(s.state.status?.text.en == "Z does nothing in Intake queue; ? lists the keys that do")
    }

    /// `d` on KEB-2026-001's row once answered about the decided request PPID-2026-007 ("already
    /// rejected"), which is not on screen; now the row says which keys act on the objection.
    @Test func dOnAnObjectionRowSaysWhatAppliesThere() throws {
        var s = Session()
        _ = try s.record(
            .fileObjection(request: "PPID-2026-007", receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        s.state.queue.selected = "KEB-2026-001"
        #expect(s.press(.char("d")) == [])
        #expect(s.state.top == nil)
        let status = try #require(s.state.status)
        #expect(status.text.id.hasPrefix("KEB-2026-001 adalah keberatan atas PPID-2026-007: di barisnya berlaku b"))
        // p would show the request's receipt, not the objection's: it says so too.
        s.press(.char("p"))
        #expect(s.state.top == nil)
        #expect(s.state.status?.text.id.hasPrefix("KEB-2026-001 adalah keberatan") == true)
        // b on the same row opens the superior's answer to that objection.
        s.press(.char("b"))
        guard case .form(let form)? = s.state.top else {
            Issue.record("expected the answer form, got \(String(describing: s.state.status))")
            return
        }
        #expect(form.title.id.contains("KEB-2026-001") || form.title.id.contains("PPID-2026-007"))
    }
}
