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
        let map = KeyMap(context: .queue, bindings: [
            KeyBinding([.up, .char("k")], help: Phrase(id: "naik", en: "up")) { _, _, _ in [] },
            KeyBinding([.char("k")], help: Phrase(id: "sengketa", en: "dispute")) { _, _, _ in [] },
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

    @Test func theHelpListsEveryBindingOfTheContextBeneath() {
        var s = Session(height: 60)
        s.press(.char("?"))
        for b in KeyMaps.map(.queue).bindings {
            #expect(s.text.contains(b.label.padded(toWidth: 14) + String(b.help.id.prefix(20))), "\(b.label)")
        }
        s.press(.escape, .enter, .char("?"))
        #expect(s.text.contains("Bantuan — Rincian permohonan"))
        #expect(s.text.contains("K             langkah sengketa"))
    }

    /// A dispute from the queue, after the objection and the superior's answer.
    @Test func kOnTheQueueRecordsTheDisputeAfterTheAnswer() throws {
        var s = Session()
        let number = try #require(s.state.queue.selected)
        _ = try s.record(.fileObjection(request: number, receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        let objection = try #require(s.env.ledger.requests[number]?.objections.last?.number)
        _ = try s.record(.answerObjection(ObjectionAnswered(request: number, objection: objection, decision: .upheld, reasons: "Pasal 17",
                                                            answeredOn: day("2026-11-25"), superiorName: "Kepala", superiorPosition: "Kepala Balai")))
        s.state.queue.selected = number
        s.press(.char("k"))
        #expect(s.state.top == nil, "k still moves up")
        s.state.queue.selected = number
        s.press(.char("K"))
        #expect(s.state.status == nil)
        #expect(s.form?.purpose == .dispute(request: number, objection: objection, step: .filed))
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
        #expect(s.lines[23].contains("/Cari✓") && s.lines[23].contains("aSemua✓") && s.lines[23].contains("tTenggat✓"))
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
