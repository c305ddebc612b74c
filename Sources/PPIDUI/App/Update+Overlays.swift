import Foundation
import PPIDModel

/// Keys while an overlay is open: it takes them all.
func overlayKey(_ s: inout AppState, _ key: Key, _ env: AppEnvironment) -> [Effect] {
    guard let top = s.overlays.last else { return [] }
    switch top {
    case .help:
        if [.escape, .enter, .char("?"), .char("q"), .function(1)].contains(key) { s.overlays.removeLast() }
    case .detail(let number, let scroll):
        // Kept within the text, so Up moves the view at once after scrolling past the end.
        let limit = detailScrollLimit(number, s, env), at = min(scroll, limit)
        switch key {
        case .escape, .enter, .char("q"): s.overlays.removeLast()
        case .down, .char("j"): s.overlays[s.overlays.count - 1] = .detail(number: number, scroll: min(limit, at + 1))
        case .up, .char("k"): s.overlays[s.overlays.count - 1] = .detail(number: number, scroll: max(0, at - 1))
        case .pageDown, .char(" "): s.overlays[s.overlays.count - 1] = .detail(number: number, scroll: min(limit, at + 10))
        case .pageUp: s.overlays[s.overlays.count - 1] = .detail(number: number, scroll: max(0, at - 10))
        case .char("d"), .char("e"), .char("w"), .char("h"), .char("o"), .char("b"), .char("k"), .char("i"), .char("c"): requestAction(&s, key, number: number, env)
        case .char("u"): undo(&s, env)
        case .char("s"): sampleFromRequest(&s, number: number, env)
        default: break
        }
    case .sampleDetail(let number, let scroll):
        let limit = sampleDetailScrollLimit(number, s, env), at = min(scroll, limit)
        switch key {
        case .escape, .enter, .char("q"): s.overlays.removeLast()
        case .down, .char("j"): s.overlays[s.overlays.count - 1] = .sampleDetail(number: number, scroll: min(limit, at + 1))
        case .up, .char("k"): s.overlays[s.overlays.count - 1] = .sampleDetail(number: number, scroll: max(0, at - 1))
        case .pageDown, .char(" "): s.overlays[s.overlays.count - 1] = .sampleDetail(number: number, scroll: min(limit, at + 10))
        case .pageUp: s.overlays[s.overlays.count - 1] = .sampleDetail(number: number, scroll: max(0, at - 10))
        case .char(">"), .char("h"), .char("e"), .char("c"): sampleAction(&s, key, number: number, env)
        default: break
        }
    case .form(var form):
        if key == .function(10) {
            s.overlays.append(form.isDirty ? .discardForm : .quit)
            return []
        }
        // A character typed into a full field is dropped: say so, naming the field.
        let full: Phrase? = if case .char = key { form.fields[form.focus].fullMessage } else { nil }
        switch form.handle(key, language: s.language) {
        case .submit:
            if let command = form.command(now: env.now, calendar: env.calendar) {
                s.overlays[s.overlays.count - 1] = .form(form)
                s.overlays.append(.confirm(Confirmation(command: command, summary: summary(of: command, env))))
                s.status = nil
            } else {
                s.overlays[s.overlays.count - 1] = .form(form)
                s.status = StatusMessage(Phrase(id: "Periksa isian yang ditandai", en: "Check the marked fields"), isError: true)
            }
        case .cancel:
            if form.isDirty {
                s.overlays.append(.discardForm)
            } else {
                s.overlays.removeLast()
            }
        case .edited:
            s.overlays[s.overlays.count - 1] = .form(form)
            s.status = full.map { StatusMessage($0, isError: true) }
        case .ignored:
            s.overlays[s.overlays.count - 1] = .form(form)
        }
    case .confirm(let confirmation):
        switch key {
        case .char("y"), .char("Y"):
            s.overlays.removeLast()
            s.isSaving = true
            s.status = StatusMessage(Phrase(id: "Menyimpan…", en: "Saving…"))
            return [.perform(confirmation.command)]
        case .char("n"), .char("N"), .escape:
            s.overlays.removeLast()
        default:
            s.status = StatusMessage(Phrase(id: "Tekan y untuk mencatat, n atau Esc untuk kembali", en: "Press y to record, n or Esc to go back"))
        }
    case .drill(let filter, let title, let selected):
        drillKey(&s, key, filter: filter, title: title, selected: selected, env)
    case .receipt(let number):
        switch key {
        case .char("p"): return [.writeReceipt(number)]
        case .escape, .enter, .char("q"): s.overlays.removeLast()
        default: break
        }
    case .discardForm:
        switch key {
        case .char("y"), .char("Y"):
            s.overlays.removeLast()
            if case .form = s.overlays.last { s.overlays.removeLast() }
        case .char("n"), .char("N"), .escape:
            s.overlays.removeLast()
        default: break
        }
    case .quit:
        switch key {
        case .char("y"), .char("Y"): return [.quit]
        case .char("n"), .char("N"), .escape: s.overlays.removeLast()
        default: break
        }
    }
    return []
}

/// How far the detail of a request can scroll at the current size: its lines less the body's.
func detailScrollLimit(_ number: String, _ s: AppState, _ env: AppEnvironment) -> Int {
    guard let r = env.ledger.requests[number] else { return 0 }
    let body = Layout(width: s.width, height: s.height, bannerHeight: HeaderView.bannerLines(s, env).count).body
    return max(0, OverlayView.detailLines(r, env, s.language, width: body.width - 2).count - body.height)
}

/// How far the detail of a sample can scroll at the current size.
func sampleDetailScrollLimit(_ number: String, _ s: AppState, _ env: AppEnvironment) -> Int {
    guard let sample = env.ledger.samples[number] else { return 0 }
    let body = Layout(width: s.width, height: s.height, bannerHeight: HeaderView.bannerLines(s, env).count).body
    return max(0, OverlayView.wrapped(SampleText.detail(sample, env, s.language), width: body.width - 2).count - body.height)
}

/// The answer to `.perform`: close the form and show the receipt, or keep the form and say why.
func performed(_ s: inout AppState, _ command: Command, _ result: Result<[EventRecord], CommandFailure>, _ env: AppEnvironment) -> [Effect] {
    s.isSaving = false
    switch result {
    case .failure(let f):
        s.status = StatusMessage(f.message, isError: true)
    case .success(let records):
        if case .form = s.overlays.last { s.overlays.removeLast() }
        let number = records.first?.event.subject.number ?? ""
        if case .registerSample = command {
            s.pane = .samples
            s.samples.selected = number
            s.samples.filter = LineEditor()
            s.status = StatusMessage(Phrase(id: "Sampel \(number) terdaftar; > mencatat penerimaan sampel", en: "Sample \(number) registered; > records the sample's receipt"))
        } else if case .register = command {
            s.queue.selected = number
            s.overlays.append(.receipt(number))
            s.status = StatusMessage(Phrase(id: "Permohonan \(number) terdaftar", en: "Request \(number) registered"))
        } else {
            // The number first: a long decision must not push it off the status line.
            s.status = StatusMessage(Phrase(id: "Tercatat \(number): \(records.first.map { describe($0.event).id } ?? "")", en: "Recorded \(number): \(records.first.map { describe($0.event).en } ?? "")"))
        }
        keepSelectionVisible(&s, env)
        keepSampleSelectionVisible(&s, env)
    }
    return []
}
