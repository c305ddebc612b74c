import Foundation
import PPIDModel

/// How far the detail of a request can scroll at the current size: its lines less the body's.
func detailScrollLimit(_ number: String, _ s: AppState, _ env: AppEnvironment) -> Int {
    guard let r = env.ledger.requests[number] else { return 0 }
    let body = Layout.of(s, env).body
    return max(0, OverlayView.detailLines(r, env, s.language, width: body.width - 2).count - body.height)
}

/// How far the detail of a sample can scroll at the current size.
func sampleDetailScrollLimit(_ number: String, _ s: AppState, _ env: AppEnvironment) -> Int {
    guard let sample = env.ledger.samples[number] else { return 0 }
    let body = Layout.of(s, env).body
    return max(
        0, OverlayView.wrapped(SampleText.detail(sample, env, s.language), width: body.width - 2).count - body.height)
}

/// The answer to `.perform`: close the form and show the receipt, or keep the form and say why.
func performed(
    _ s: inout AppState, _ command: Command, _ result: Result<[EventRecord], CommandFailure>, _ env: AppEnvironment
) -> [Effect] {
    s.isSaving = false
    switch result {
    case .failure(let f):
        s.status = StatusMessage(f.message, isError: true)
    case .success(let records):
        // Every request event recorded here; which one `u` may undo, the rules say
        // (`Ledger.undoableEvent(of:)`). A sample's step has no request, and is never undone.
        for r in records {
            if let n = r.event.request { s.appendedHere.append(AppendedAction(request: n, event: r.id)) }
        }
        if case .form = s.overlays.last { s.overlays.removeLast() }
        let number = records.first?.event.subject.number ?? ""
        if case .registerSample = command {
            s.pane = .samples
            s.samples.selected = number
            s.samples.filter = LineEditor()
            s.status = StatusMessage(
                Phrase(
                    id: "Sampel \(number) terdaftar; > mencatat penerimaan sampel",
                    en: "Sample \(number) registered; > records the sample's receipt"))
        } else if case .register = command {
            s.queue.selected = number
            s.overlays.append(.receipt(number, scroll: 0))
            // A request for what the DIP already lists: hand it over now.
            let listed = env.ledger.requests[number].map { env.ledger.publicEntries(matching: $0.details.subject).map(\.number) } ?? []
            let hint = listed.isEmpty ? Phrase(id: "", en: "")
                : Phrase(id: "; sudah publik (\(listed.joined(separator: ", "))): serahkan sekarang", en: "; already public (\(listed.joined(separator: ", "))): hand it over now")
            s.status = StatusMessage(Phrase(id: "Permohonan \(number) terdaftar\(hint.id)", en: "Request \(number) registered\(hint.en)"))
        } else {
            // The number first: a long decision must not push it off the status line.
            let history = (try? env.ledger.history(of: number, reading: env.reader)) ?? []
            let what = records.first.map { describe($0.event, among: history, env.calendar) } ?? Phrase(id: "", en: "")
            s.status = StatusMessage(Phrase(id: "Tercatat \(number): \(what.id)", en: "Recorded \(number): \(what.en)"))
        }
        keepSelectionVisible(&s, env)
        keepSampleSelectionVisible(&s, env)
        keepListSelectionVisible(&s, env)
    }
    return []
}
