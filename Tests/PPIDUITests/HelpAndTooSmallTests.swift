import PPIDModel
import PPIDUI
import Testing

/// The two screens that replace the pane: the help, and the too-small message.
@Suite struct HelpAndTooSmallTests {
    @Test func helpListsEveryKeyOfTheQueueAndTheMarks() {
        var s = Session()
        s.press(.char("?"))
        #expect(s.state.top == .help(scroll: 0))
        #expect(s.lines[2].contains("┌─ Bantuan — Antrian Permohonan ─"))
        #expect(s.lines[3].contains("│ ? F1          bantuan ini"))
        #expect(s.lines[4].contains("│ ↑↓ jk         pilih baris"))
        // Longer than the screen: a mark on the frame, and ↓ scrolls to the rest.
        #expect(s.lines[21].contains(" ↓ ─"))
        #expect(s.lines[23] == "↑↓Gulir EscTutup")
        s.press(.pageDown, .pageDown, .pageDown)
        // No objection yet, nothing recorded here: the keys that do not apply are named apart.
        #expect(s.text.contains("│ Tidak berlaku sekarang: c h b K X u V s (tekan untuk tahu sebabnya)"))
        #expect(!s.text.contains("│ K             langkah sengketa"))
        #expect(s.text.contains("│ SEGERA ≤3 hari kerja · LEWAT batas · +7 diperpanjang"))
        #expect(s.text.contains("│ q F10         keluar"))
        #expect(s.lines[2].contains(" ↑ ─"))
    }

    @Test func helpShowsTheDataFolderAndTheDetailsOwnKeys() {
        var env = Desk.environment()
        env.dataFolder = "/srv/ppid"
        var s = Session(env: env, height: 60)
        s.press(.char("?"))
        #expect(s.text.contains("│ Folder data: /srv/ppid"))
        s.press(.escape, .enter, .char("?"))
        #expect(s.text.contains("┌─ Bantuan — Rincian permohonan ─"))
        #expect(s.text.contains("│ p             tampilkan lagi tanda bukti permohonan (untuk dicetak)"))
    }

    @Test func helpInEnglishAndClosedByEscF1OrQuestionMark() {
        var s = Session(language: .english)
        s.press(.function(1))
        #expect(s.lines[2].contains("┌─ Help — Intake queue ─"))
        #expect(s.lines[3].contains("│ ? F1          this help"))
        #expect(s.lines[23] == "↑↓Scroll EscClose")
        for key in [Key.escape, .function(1), .char("?")] {
            s.press(.char("?"))
            s.press(key)
            #expect(s.state.overlays.isEmpty, "\(key) closes the help")
        }
        // While the help is open, other keys do nothing.
        s.press(.char("?"))
        #expect(s.press(.char("n")) == [])
        #expect(s.state.overlays == [.help(scroll: 0)])
    }

    @Test func tooSmallSaysSoAndTheSize() {
        var s = Session()
        s.resize(79, 24)
        expectScreen(
            s.screen,
            """











                                        Terminal terlalu kecil
                                             79×24 < 80×24
                               Perbesar jendela; isian tetap tersimpan.










            """)
    }

    @Test(arguments: [(80, 23), (40, 10), (1, 1)])
    func tooSmallAtAnySizeUnderTheMinimum(width: Int, height: Int) {
        var s = Session(language: .english)
        s.resize(width, height)
        let text = s.text
        #expect(s.screen.width == width && s.screen.height == height)
        if width >= 20 {
            #expect(text.contains("Terminal too small"))
            #expect(text.contains("\(width)×\(height) < 80×24"))
        }
    }
}
