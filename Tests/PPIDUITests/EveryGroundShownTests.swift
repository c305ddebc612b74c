import Foundation
import PPIDModel
import PPIDUI
import Testing

/// Issue 22: the history names every ground of a decision, not only the first.
@Suite struct EveryGroundShownTests {
    @Test func theHistoryLineNamesBothGrounds() {
        let e = RequestDecided(request: "PPID-2026-001", outcome: .partial, ground: .exception(.h), noticeOn: day("2026-11-04"), moreGrounds: [.notHeld])
        let line = describe(.requestDecided(e))
        #expect(line.id == "Diputuskan: Dikabulkan Sebagian — Pasal 17 huruf h: mengungkap rahasia pribadi — Informasi tidak dikuasai")
        #expect(line.en.hasSuffix("— Information not held"))
    }
}
