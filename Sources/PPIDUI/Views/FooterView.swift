import PPIDModel

/// The status line and the key hints of the current context, in the manner of htop; both made
/// from the context's key map, whose bindings that do not apply now are left out.
enum FooterView {
    /// The status message's lines at the screen's width, all of them: the body above gives up
    /// the room they need, down to half of what header, banner and footer leave. Only a message
    /// longer than that (a dozen names at 80 columns) ends in "…".
    static func statusLines(_ s: AppState, bannerHeight: Int) -> [String] {
        guard let status = s.status else { return [] }
        let mark = status.isError ? "✗ " : "✓ "
        let lines = OverlayView.wrap(" " + mark + status.text(s.language), width: s.width)
        let room = max(1, (s.height - 3 - bannerHeight) / 2)
        guard lines.count > room else { return lines }
        return Array(lines.prefix(room - 1)) + [String(lines[room - 1].prefix(max(0, s.width - 1))) + "…"]
    }

    static func drawStatus(_ g: inout Grid, _ r: Rect, _ s: AppState, bannerHeight: Int) {
        guard let status = s.status else { return }
        for (i, line) in statusLines(s, bannerHeight: bannerHeight).enumerated() where i < r.height {
            g.text(line, x: r.x, y: r.y + i, width: r.width, style: status.isError ? Theme.error : Theme.info)
        }
    }

    static func draw(_ g: inout Grid, _ r: Rect, _ s: AppState, _ env: AppEnvironment) {
        var x = r.x
        for hint in hints(s, env, width: r.width) {
            x = g.put(hint.key, x: x, y: r.y, style: Theme.footerKey, maxWidth: r.maxX - x)
            x = g.put(hint.label + " ", x: x, y: r.y, style: hint.isOn ? Theme.toggleOn : .plain, maxWidth: r.maxX - x)
        }
    }

    struct Hint: Equatable {
        let key: String
        let label: String
        let isOn: Bool
        var width: Int { key.displayWidth + label.displayWidth + 1 }
    }

    /// The hints of the bindings that apply now that fit in `width`, in the map's order: rank 0
    /// and toggles that are on always, then the lower ranks first. Only whole hints: a key
    /// without its word would mislead.
    static func hints(_ s: AppState, _ env: AppEnvironment, width: Int) -> [Hint] {
        let bindings = KeyMaps.map(KeyMaps.context(s)).bindings
        let all: [(Hint, Int)] = bindings.compactMap { b in
            guard let hint = b.hint, b.isEnabled(s, env) else { return nil }
            let on = b.isOn?(s) ?? false
            return (Hint(key: b.footerKey, label: hint(s.language) + (on ? "✓" : ""), isOn: on), on ? 0 : b.rank)
        }
        var keep = Set<Int>(), used = 0
        for (i, (hint, rank)) in all.enumerated().sorted(by: { $0.element.1 < $1.element.1 })
        where used + hint.width <= width {
            _ = rank
            keep.insert(i)
            used += hint.width
        }
        return all.enumerated().filter { keep.contains($0.offset) }.map(\.element.0)
    }
}
