import Foundation
import PPIDModel
import PPIDUI
import Testing

/// One key map per pane and per overlay: no key bound twice, and `update`, the help and the
/// footer all made from the same bindings.
@Suite struct KeyMapTests {
    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInAContext(_ context: KeyContext) {
        let map = KeyMaps.map(context)
        #expect(map.duplicateKeys.isEmpty, "\(context): \(map.duplicateKeys) bound twice")
        #expect(!map.bindings.isEmpty)
    }

    @Test func aDuplicateIsFound() {
        let map = KeyMap(
            context: .queue,
            bindings: [
                KeyBinding([.up, .char("k")], help: Phrase(id: "naik", en: "up")) { _, _ in [] },
                KeyBinding([.char("k")], help: Phrase(id: "sengketa", en: "dispute")) { _, _ in [] },
            ], fallback: nil)
        #expect(map.duplicateKeys == [.char("k")])
    }

    @Test func theDisputeStepHasItsOwnKeyInTheQueueAndTheDetail() {
        for context in [KeyContext.queue, .detail] {
            let map = KeyMaps.map(context)
            let dispute = map.bindings.filter { $0.help.en.contains("dispute step") }
            #expect(dispute.count == 1, "\(context)")
            #expect(dispute.first?.keys == [.char("K")])
            #expect(map.binding(for: .char("k"))?.help.en.contains("dispute") == false)
        }
    }

    /// Each binding of the context beneath: on its own line when it applies, else named among
    /// the keys that do not.
    @Test func theHelpListsEveryBindingOfTheContextBeneath() throws {
        var s = Session(height: 60)
        let beneath = s.state
        s.press(.char("?"))
        let notNow = try #require(s.lines.first { $0.contains("Tidak berlaku sekarang:") })
        for b in KeyMaps.map(.queue).bindings {
            if b.isEnabled(beneath, s.env) {
                #expect(s.text.contains(b.label.padded(toWidth: 14) + String(b.help.id.prefix(20))), "\(b.label)")
            } else {
                #expect(notNow.contains(" \(b.label) "), "\(b.label)")
            }
        }
        s.press(.escape, .enter, .char("?"))
        #expect(s.text.contains("Bantuan — Rincian permohonan"))
        #expect(s.text.contains("Tidak berlaku sekarang: c h b K X u V s"))
    }

    /// A dispute from the queue, after the objection and the superior's answer.
    @Test func kOnTheQueueRecordsTheDisputeAfterTheAnswer() throws {
        var s = Session()
        let number = try #require(s.state.queue.selected)
        _ = try s.record(.fileObjection(request: number, receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        let objection = try #require(s.env.ledger.requests[number]?.objections.last?.number)
        _ = try s.record(
            .answerObjection(
                ObjectionAnswered(
                    request: number, objection: objection, decision: .upheld, reasons: "Pasal 17",
                    answeredOn: day("2026-11-25"), superiorName: "Kepala", superiorPosition: "Kepala Balai")))
        s.state.queue.selected = number
        s.press(.char("k"))
        #expect(s.state.top == nil, "k still moves up")
        s.state.queue.selected = number
        s.press(.char("K"))
        #expect(s.state.status == nil)
        #expect(
            s.form?.spec(as: DisputeForm.self)
                == DisputeForm(request: number, objection: objection, step: .filed, today: s.env.today))
        s.press(.function(2))
        s.press(.char("y"))
        try s.performPending()
        #expect(s.env.ledger.requests[number]?.objections.last?.disputeFiled != nil)
    }

    @Test func theFooterKeepsHelpAndActiveTogglesAt80Columns() {
        var s = Session()
        s.press(.char("t"))
        #expect(s.lines[23].contains("tTenggat✓"))
        s.press(.char("a"), .char("/"))
        s.type("zz")
        s.press(.enter)
        #expect(s.lines[23].hasPrefix("?Bantuan"))
        #expect(["/Cari✓", "aSemua✓", "tTenggat✓"].allSatisfy { s.lines[23].contains($0) })
        // The hint names the keys that widen the list: the search, and the due-only toggle.
        let words = s.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(words.contains("Esc menghapus pencarian; t menampilkan juga yang belum mendesak."))
        #expect(!s.text.contains("a menampilkan"))
    }
}

extension KeyMapTests {
    @Test(arguments: KeyContext.allCases)
    func everyLabelFitsTheHelpsKeyColumn(_ context: KeyContext) {
        for b in KeyMaps.map(context).bindings {
            #expect(b.label.displayWidth < 14, "\(context): \(b.label)")
        }
    }
}

/// The footer of every pane at 80×24, and the month board at 80, 120 and 200 columns.
@Suite struct FooterScreenTests {
    @Test func everyPanesFooterAt80x24KeepsHelpAndQuit() {
        var s = Session()
        // Only what applies: an open request not yet decided, nothing recorded here, no sample.
        #expect(s.lines[23] == "?Bantuan EnterBuka nBaru dPutuskan ePerpanjang /Cari aSemua tTenggat qKeluar")
        s.press(.char("2"))
        #expect(s.lines[23] == "?Bantuan EnterRincian nBaru vDaftar aSemua /Cari LEnglish qKeluar")
        s.press(.char("3"))
        #expect(s.lines[23] == "?Bantuan ←→Tahun ↑↓Baris hlKolom EnterRincian xEkspor LEnglish qKeluar")
        s.press(.char("1"), .enter)
        #expect(s.lines[23] == "↑↓Gulir EscKembali dPutuskan ePerpanjang wCabut pTanda bukti lSurat ?Bantuan")
    }

    @Test(arguments: [80, 120, 200])
    func theMonthBoardUsesTheWidth(_ width: Int) throws {
        var s = Session(width: width, height: 24)
        s.press(.char("3"))
        #expect(s.lines[23].hasPrefix("?Bantuan ←→Tahun ↑↓Baris hlKolom EnterRincian xEkspor"))
        #expect(s.lines[23].hasSuffix("qKeluar"))
        // The busiest month's line: its bar, beside the table, reaches the right edge less the count.
        let widest = try #require(s.lines[4..<17].map(\.displayWidth).max())
        if width >= 81 + 30 {  // the table, and the least room for the chart beside it
            #expect(widest > width - 6)
        } else {
            #expect(widest <= 81)
        }
    }

    /// At 80×24 every figure under the table is reachable line by line, down to the chart.
    @Test func theFiguresAreReachableAt80x24() {
        var s = Session()
        s.press(.char("3"))
        var seen = Set<String>()
        for _ in 0..<60 {
            s.press(.down)
            for line in s.lines[2..<22] { seen.insert(line.trimmingCharacters(in: .whitespaces)) }
        }
        #expect(seen.contains("Permohonan per bulan"))
        #expect(seen.contains { $0.hasPrefix("Des ") })
        #expect(seen.contains { $0.hasPrefix("Keberatan:") })
    }
}

/// Issue 24 item 3: a binding carries its action and the model's refusal; a key that does not
/// apply leaves the footer, and pressed, says why in the rules' words instead of acting.
@Suite struct RefusedKeyTests {
    @Test func aKeyThatDoesNotApplySaysWhyAndLeavesTheFooter() throws {
        var s = Session()
        let number = try #require(s.state.queue.selected)
        s.press(.enter)
        #expect(!s.lines[23].contains("hSerahkan"))
        s.press(.char("h"))
        #expect(s.state.top == .detail(number: number, scroll: 0), "no form opened")
        #expect(s.state.status == StatusMessage(LedgerError.notDecided(number).message, isError: true))
        _ = try s.record(.decide(RequestDecided(request: number, outcome: .granted, noticeOn: s.env.today)))
        #expect(s.lines[23].contains("hSerahkan"))
        #expect(!s.lines[23].contains("dPutuskan"))
        s.press(.char("h"))
        #expect(s.form?.spec(as: HandOverForm.self) != nil)
    }

    /// A read-only folder: no key that records anything is offered; pressed, it says why.
    @Test func aReadOnlyFolderOffersNoKeyThatRecords() {
        var s = Session(
            env: Desk.environment(readOnly: Phrase(id: "dibuka dengan --read-only", en: "opened with --read-only")))
        #expect(s.lines[23] == "?Bantuan EnterBuka /Cari aSemua tTenggat LEnglish qKeluar")
        s.press(.char("d"))
        #expect(
            s.state.status
                == StatusMessage(
                    Phrase(id: "Hanya-baca: dibuka dengan --read-only", en: "Read-only: opened with --read-only"),
                    isError: true))
        #expect(s.state.top == nil)
        // The details offer no letter either: making one records it in the history.
        s.press(.enter)
        #expect(s.lines[23] == "↑↓Gulir EscKembali pTanda bukti ?Bantuan")
    }

    /// Every request binding's refusal is the model's, whatever the request's state.
    @Test func theRequestKeysAskTheModel() throws {
        var s = Session()
        let number = try #require(s.state.queue.selected)
        let keys: [(Character, RequestAction)] = [
            ("d", .decide), ("e", .extend), ("w", .withdraw), ("i", .returnIncomplete), ("c", .declareComplete),
            ("h", .handOver), ("o", .fileObjection), ("b", .answerObjection), ("K", .recordDispute), ("X", .recordCarriedOut), ("s", .makeSample),
        ]
        func check() throws {
            let request = try #require(s.env.ledger.requests[number])
            for (key, action) in keys {
                let binding = try #require(KeyMaps.map(.queue).binding(for: .char(key)))
                #expect(binding.refusal?(s.state, s.env) == request.refusal(of: action)?.message, "\(key)")
            }
        }
        try check()
        _ = try s.record(.fileObjection(request: number, receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        try check()
        _ = try s.record(.withdraw(RequestWithdrawn(request: number, withdrawnAt: Desk.now)))
        s.state.queue.showClosed = true
        s.state.queue.selected = number
        try check()
    }
}
