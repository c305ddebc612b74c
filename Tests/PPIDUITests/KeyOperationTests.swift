import Foundation
import Testing
import PPIDModel
@testable import PPIDUI

/// Each binding carries an action for each of its keys (issue 24 item 3): no action looks at
/// the key pressed, so the key map is the one place a key is matched, and a binding's keys do
/// what its one help line says.
@Suite struct KeyOperationTests {
    @Test(arguments: KeyContext.allCases)
    func everyKeyOfEveryBindingHasItsOwnAction(_ context: KeyContext) {
        for b in KeyMaps.map(context).bindings {
            #expect(b.actions.count == b.keys.count, "\(context): \(b.label)")
        }
    }

    @Test func tabAndShiftTabGoRoundThePanesBothWays() {
        var s = Session()
        var seen: [Pane] = []
        for _ in 0..<4 {
            s.press(.tab)
            seen.append(s.state.pane)
        }
        #expect(seen == [.samples, .months, .lists, .queue])
        seen = []
        for _ in 0..<4 {
            s.press(.backTab)
            seen.append(s.state.pane)
        }
        #expect(seen == [.lists, .months, .samples, .queue])
        s.press(.char("4"))
        #expect(s.state.pane == .lists)
        s.press(.char("3"))
        #expect(s.state.pane == .months)
        s.press(.char("2"))
        #expect(s.state.pane == .samples)
        s.press(.char("1"))
        #expect(s.state.pane == .queue)
    }

    @Test func theMonthBoardsKeysEachMoveTheirOwnWay() {
        var s = Session(height: 40)
        s.press(.char("3"))
        let year = boardYear(s.state, s.env)
        s.press(.char("["))
        #expect(s.state.months.year == year - 1)
        s.press(.right, .right, .char("]"))
        #expect(s.state.months.year == year + 2)
        s.press(.left)
        #expect(s.state.months.year == year + 1)
        s.press(.char("l"), .char("l"), .char("h"))
        #expect(s.state.months.column == 1)
        s.press(.char("h"), .char("h"))
        #expect(s.state.months.column == 0)
        s.press(.pageDown)
        #expect(s.state.months.item == 10)
        s.press(.char("k"))
        #expect(s.state.months.item == 9)
        s.press(.char("j"), .down)
        #expect(s.state.months.item == 11)
        s.press(.pageUp)
        #expect(s.state.months.item == 1)
        s.press(.char("G"))
        let last = s.state.months.item
        #expect(last > 12)
        s.press(.home, .end)
        #expect(s.state.months.item == last)
        s.press(.home)
        #expect(s.state.months.item == 0)
        s.press(.char("g"))
        #expect(s.state.months.item == 0)
    }
}
