/// Where each part of the screen goes: header, pane tabs, optional banner, body, status, footer.
public struct Layout: Equatable {
    /// The smallest terminal the app draws in.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public let header: Rect
    public let tabs: Rect
    public let banner: Rect?
    public let body: Rect
    public let status: Rect
    public let footer: Rect

    /// A layout whose banner (read-only, demo) takes `bannerHeight` lines (none when 0) and
    /// whose status message takes `statusHeight`: the body shrinks for a long message rather
    /// than the message covering the body's last lines.
    public init(width: Int, height: Int, bannerHeight: Int, statusHeight: Int = 1) {
        var area = Rect(x: 0, y: 0, width: width, height: height)
        (header, area) = area.splitTop(1)
        (tabs, area) = area.splitTop(1)
        if bannerHeight > 0 {
            let split = area.splitTop(bannerHeight)
            banner = split.top
            area = split.rest
        } else {
            banner = nil
        }
        (area, footer) = area.splitBottom(1)
        (area, status) = area.splitBottom(max(1, statusHeight))
        body = area
    }

    /// The layout of the screen for `s`: its banner and its status message's wrapped lines.
    static func of(_ s: AppState, _ env: AppEnvironment) -> Layout {
        let banner = HeaderView.bannerLines(s, env).count
        return Layout(width: s.width, height: s.height, bannerHeight: banner,
                      statusHeight: FooterView.statusLines(s, bannerHeight: banner).count)
    }

    /// Rows the queue's list has (the body less its column header).
    public var listHeight: Int { max(1, body.height - 1) }

    public static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }
}
