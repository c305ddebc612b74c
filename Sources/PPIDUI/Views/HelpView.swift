import Foundation
import PPIDModel

/// `?`: every key of the context beneath, made from its key map, then where the data lives.
enum HelpView {
    static func draw(_ g: inout Grid, _ body: Rect, _ s: AppState, _ env: AppEnvironment, scroll: Int) {
        OverlayView.box(&g, body, title: title(s)(s.language), lines: lines(s, env), scroll: scroll)
    }

    /// The state beneath the help: where its keys are read.
    static func beneath(_ s: AppState) -> AppState {
        var under = s
        if case .help? = under.top { under.overlays.removeLast() }
        return under
    }

    static func title(_ s: AppState) -> Phrase {
        let under = beneath(s)
        let name: Phrase =
            switch under.top {
            case nil: under.pane.title
            case .detail?: Phrase(id: "Rincian permohonan", en: "Request details")
            case .sampleDetail?: Phrase(id: "Rincian sampel", en: "Sample details")
            default: under.pane.title
            }
        return Phrase(id: "Bantuan — \(name.id)", en: "Help — \(name.en)")
    }

    /// The keys' column: every binding's label fits in it.
    static let labelWidth = 14

    /// One line per binding that applies now, then the keys that do not (pressed, each says
    /// why), the notes of the pane and the data folder's path.
    static func lines(_ s: AppState, _ env: AppEnvironment) -> [String] {
        let lang = s.language
        let under = beneath(s)
        let map = KeyMaps.map(KeyMaps.context(under))
        let enabled = map.bindings.filter { $0.isEnabled(under, env) }
        let disabled = map.bindings.filter { !$0.isEnabled(under, env) }
        // The words wrap under themselves, beside the keys' column.
        let words = max(20, s.width - 2 - 4 - labelWidth)
        var lines = enabled.flatMap { b in
            OverlayView.wrap(b.help(lang), width: words).enumerated().map { i, line in
                (i == 0 ? b.label.padded(toWidth: labelWidth) : String(repeating: " ", count: labelWidth))
                    + line.trimmingCharacters(in: .whitespaces)
            }
        }
        if !disabled.isEmpty {
            let keys = disabled.map(\.label).joined(separator: " ")
            lines.append("")
            lines += OverlayView.wrap(
                Phrase(
                    id: "Tidak berlaku sekarang: \(keys) (tekan untuk tahu sebabnya)",
                    en: "Not available now: \(keys) (press one to see why)")(lang), width: words + labelWidth)
        }
        if under.top == nil, under.pane == .queue {
            lines.append("")
            lines.append(
                Phrase(
                    id: "SEGERA ≤3 hari kerja · LEWAT batas · +7 diperpanjang",
                    en: "SOON ≤3 working days · OVERDUE · +7 extended")(lang))
        }
        if under.top == nil, under.pane == .samples {
            lines.append("")
            lines.append(
                Phrase(
                    id: "waktu = jam layanan saja; ! dan merah = lewat Mutu Baku",
                    en: "time counts service hours only; ! and red = over standard")(lang))
        }
        if !env.dataFolder.isEmpty {
            lines.append("")
            lines.append(Phrase(id: "Folder data: \(env.dataFolder)", en: "Data folder: \(env.dataFolder)")(lang))
        }
        return lines
    }
}

/// How far the help can scroll at the current size.
func helpScrollLimit(_ s: AppState, _ env: AppEnvironment) -> Int {
    OverlayView.boxScrollLimit(sampleBody(s, env), title: HelpView.title(s)(s.language), lines: HelpView.lines(s, env))
}

/// How far the receipt can scroll at the current size.
func receiptScrollLimit(_ s: AppState, _ env: AppEnvironment) -> Int {
    guard case .receipt(let number, _)? = s.top, let r = env.ledger.requests[number] else { return 0 }
    return OverlayView.boxScrollLimit(
        sampleBody(s, env), title: Phrase(id: "Tanda bukti permohonan", en: "Request receipt")(s.language),
        lines: OverlayView.receiptLines(r, env, s.language))
}
