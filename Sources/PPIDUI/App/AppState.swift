import Foundation
import PPIDModel

/// The panes, by their number key.
public enum Pane: Int, Sendable, CaseIterable {
    case queue = 1
    case samples = 2
    case months = 3
    /// The DIK (consequence tests) and the DIP (LAW §8).
    case lists = 4

    public var title: Phrase {
        switch self {
        case .queue: Phrase(id: "Antrian Permohonan", en: "Intake queue")
        case .samples: Phrase(id: "Papan Sampel", en: "Sample board")
        case .months: Phrase(id: "Rekap Bulanan", en: "Month board")
        case .lists: Phrase(id: "Daftar Informasi", en: "Information lists")
        }
    }

    /// The tab's word where the whole titles do not fit beside the queue's count (the DIP and
    /// the DIK by the names every PPID knows them by).
    public var shortTitle: Phrase {
        switch self {
        case .queue: Phrase(id: "Antrian", en: "Queue")
        case .samples: Phrase(id: "Sampel", en: "Samples")
        case .months: Phrase(id: "Rekap", en: "Months")
        case .lists: Phrase(id: "DIP/DIK", en: "Info lists")
        }
    }
}

/// What sits above the pane, topmost last.
public enum Overlay: Sendable, Equatable {
    /// `?`: the keys of the context beneath, scrolled by `scroll` lines.
    case help(scroll: Int)
    case detail(number: String, scroll: Int)
    /// A sample's fields and each step's time against its standard, then its history.
    case sampleDetail(number: String, scroll: Int)
    /// A DIK test (whole, with its history) or a DIP entry, by its number.
    case listDetail(ListKind, number: String, scroll: Int)
    case form(Form)
    case confirm(Confirmation)
    /// A request's receipt, scrolled by `scroll` lines.
    case receipt(String, scroll: Int)
    /// The requests behind a figure of the month board.
    case drill(filter: RecapFilter, title: Phrase, selected: Int)
    /// Leaving would lose typed input: `y` leaves anyway.
    case discardForm
    case quit
}

/// A command shown to the officer before it is recorded.
public struct Confirmation: Sendable, Equatable {
    public let command: Command
    /// What will be recorded, line by line.
    public let summary: [Phrase]
}

/// The intake queue's own state.
public struct QueueState: Sendable, Equatable {
    public var showClosed = false
    public var urgentOnly = false
    public var filter = LineEditor()
    public var isFiltering = false
    /// The selected request, kept by number so rows arriving from other counters do not move it.
    public var selected: String?
    public var scroll = 0
}

/// A line in the status bar.
public struct StatusMessage: Sendable, Equatable {
    public let text: Phrase
    public let isError: Bool

    public init(_ text: Phrase, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Everything the screen shows that is not in the ledger.
public struct AppState: Sendable, Equatable {
    public var language: Language
    public var pane: Pane = .queue
    public var queue = QueueState()
    public var months = MonthBoardState()
    public var samples = SampleBoardState()
    public var lists = ListsState()
    public var overlays: [Overlay] = []
    public var status: StatusMessage?
    /// Terminal size, as last told.
    public var width = 80
    public var height = 24
    /// True while a command is being written.
    public var isSaving = false
    /// The request actions this running app appended, oldest first: `u` undoes only one of
    /// these, never another counter's action, even one recorded under the same officer's name.
    public var appendedHere: [AppendedAction] = []

    public init(language: Language) {
        self.language = language
    }

    /// The topmost overlay.
    public var top: Overlay? { overlays.last }

    /// The form being edited, wherever it sits in the stack.
    public var openForm: Form? {
        for o in overlays.reversed() { if case .form(let f) = o { return f } }
        return nil
    }
}

/// A request's event this running app appended, which `u` may offer to undo.
public struct AppendedAction: Sendable, Equatable {
    public let request: String
    public let event: String

    public init(request: String, event: String) {
        self.request = request
        self.event = event
    }
}
