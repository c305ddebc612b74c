import PPIDUI
import Testing

@Suite struct RectTests {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    @Test func splitsTopAndBottom() {
        let (header, body) = screen.splitTop(1)
        let (main, footer) = body.splitBottom(2)
        #expect(header == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(main == Rect(x: 0, y: 1, width: 80, height: 21))
        #expect(footer == Rect(x: 0, y: 22, width: 80, height: 2))
    }

    @Test func splitsLeftAndRight() {
        let (list, rest) = screen.splitLeft(30)
        let (detail, side) = rest.splitRight(10)
        #expect(list == Rect(x: 0, y: 0, width: 30, height: 24))
        #expect(detail == Rect(x: 30, y: 0, width: 40, height: 24))
        #expect(side == Rect(x: 70, y: 0, width: 10, height: 24))
    }

    @Test func splittingMoreThanThereIsGivesEverything() {
        let small = Rect(x: 2, y: 3, width: 4, height: 2)
        #expect(small.splitTop(9) == (Rect(x: 2, y: 3, width: 4, height: 2), Rect(x: 2, y: 5, width: 4, height: 0)))
        #expect(small.splitLeft(-1).left.isEmpty)
    }

    @Test func insetNeverGoesNegative() {
        #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(screen.inset(top: 2, left: 3) == Rect(x: 3, y: 2, width: 77, height: 22))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }

    @Test func intersectionAndContainment() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        let b = Rect(x: 8, y: 3, width: 10, height: 10)
        #expect(a.intersection(b) == Rect(x: 8, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 20, width: 1, height: 1)).isEmpty)
        #expect(a.contains(x: 9, y: 4))
        #expect(!a.contains(x: 10, y: 4))
    }

    @Test func rowsAreOneHigh() {
        #expect(Rect(x: 1, y: 2, width: 3, height: 2).rows == [
            Rect(x: 1, y: 2, width: 3, height: 1), Rect(x: 1, y: 3, width: 3, height: 1),
        ])
    }
}
