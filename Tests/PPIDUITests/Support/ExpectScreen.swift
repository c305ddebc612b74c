import Foundation
import PPIDUI
import Testing

/// Compares a grid with the screen written out as text, line by line, and names each line
/// that differs (a whole-screen `==` on a 24-line string says too little when it fails).
func expectScreen(_ grid: Grid, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let got = grid.lines
    #expect(got.count == want.count, "screen has \(got.count) lines, expected \(want.count)", sourceLocation: sourceLocation)
    var diff: [String] = []
    for i in 0..<max(got.count, want.count) {
        let g = i < got.count ? got[i] : "<none>"
        let w = i < want.count ? want[i] : "<none>"
        if g != w { diff.append("line \(i + 1):\n  expected: |\(w)|\n  actual:   |\(g)|") }
    }
    #expect(diff.isEmpty, "\(diff.joined(separator: "\n"))\n--- whole screen ---\n\(grid.text)", sourceLocation: sourceLocation)
}

/// Column (display width) at which `needle` starts in `line`, or nil.
func column(of needle: String, in line: String) -> Int? {
    guard let r = line.range(of: needle) else { return nil }
    return String(line[..<r.lowerBound]).displayWidth
}
