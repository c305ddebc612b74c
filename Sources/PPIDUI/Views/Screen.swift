import Foundation
import PPIDModel

/// The whole screen for a state: header, tabs, banner, pane or overlay, status and footer.
public func render(_ s: AppState, _ env: AppEnvironment) -> Grid {
    var g = Grid(width: max(1, s.width), height: max(1, s.height))
    if Layout.isTooSmall(width: s.width, height: s.height) {
        TooSmallView.draw(&g, s)
        return g
    }
    let layout = Layout.of(s, env)
    let bannerHeight = layout.banner?.height ?? 0
    HeaderView.draw(&g, layout.header, s, env)
    HeaderView.drawTabs(&g, layout.tabs, s, env)
    if let banner = layout.banner { HeaderView.drawBanner(&g, banner, s, env) }
    switch s.pane {
    case .queue: QueueView.draw(&g, layout.body, s, env)
    case .months: MonthBoardView.draw(&g, layout.body, s, env)
    case .samples: SampleBoardView.draw(&g, layout.body, s, env)
    case .lists: ListsView.draw(&g, layout.body, s, env)
    }
    for overlay in s.overlays { OverlayView.draw(&g, layout.body, overlay, s, env) }
    FooterView.drawStatus(&g, layout.status, s, bannerHeight: bannerHeight)
    FooterView.draw(&g, layout.footer, s, env)
    return g
}

/// Shown instead of everything when the terminal is under 80×24; the state is kept.
enum TooSmallView {
    static func draw(_ g: inout Grid, _ s: AppState) {
        let lines = [
            Phrase(id: "Terminal terlalu kecil", en: "Terminal too small")(s.language),
            "\(s.width)×\(s.height) < \(Layout.minimumWidth)×\(Layout.minimumHeight)",
            Phrase(id: "Perbesar jendela; isian tetap tersimpan.", en: "Enlarge the window; your input is kept.")(
                s.language),
        ]
        let top = max(0, g.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let x = max(0, (g.width - line.displayWidth) / 2)
            g.text(line, x: x, y: top + i, width: g.width - x, style: i == 0 ? Theme.error : .plain)
        }
    }
}
