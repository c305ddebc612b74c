import PPIDModel

/// A selectable line of the month board: a table row, or a figure that can be drilled into.
public struct MonthBoardItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Month 1…12, or nil for the totals row.
        case tableRow(month: Int?)
        case figure
        /// The year's samples: `Enter` opens the sample board's list.
        case samples
    }

    public let kind: Kind
    public let label: Phrase
    /// The requests behind the line (before any column is chosen).
    public let filter: RecapFilter
}

/// The table's columns after the month: channels, outcomes, withdrawn, open.
public enum MonthBoardColumn: Sendable, Equatable, CaseIterable {
    case all
    case channel(Channel)
    case outcome(Outcome)
    case withdrawn
    case open

    public static var allCases: [MonthBoardColumn] {
        [.all] + Channel.allCases.map(MonthBoardColumn.channel) + Outcome.allCases.map(MonthBoardColumn.outcome) + [.withdrawn, .open]
    }

    /// Narrows a row's filter to this column.
    func narrow(_ f: RecapFilter) -> RecapFilter {
        var f = f
        switch self {
        case .all: break
        case .channel(let c): f.channel = c
        case .outcome(let o): f.end = .decided(o)
        case .withdrawn: f.end = .withdrawn
        case .open: f.end = .open
        }
        return f
    }

    func value(_ row: RecapRow) -> Int {
        switch self {
        case .all: row.requesters
        case .channel(let c): row.count(c)
        case .outcome(let o): row.count(o)
        case .withdrawn: row.withdrawn
        case .open: row.open
        }
    }

    var shortLabel: Phrase {
        switch self {
        case .all: Phrase(id: "Bulan", en: "Month")
        case .channel(.walkIn): Phrase(id: "Langsung", en: "Walk-in")
        case .channel(.online): Phrase(id: "Online", en: "Online")
        case .channel(.socialMedia): Phrase(id: "Medsos", en: "Social")
        case .channel(.phone): Phrase(id: "Telp", en: "Phone")
        case .outcome(.granted): Phrase(id: "Seluruh", en: "Granted")
        case .outcome(.partial): Phrase(id: "Sebagian", en: "Partial")
        case .outcome(.rejected): Phrase(id: "Ditolak", en: "Refused")
        case .withdrawn: Phrase(id: "Dicabut", en: "W/drawn")
        case .open: Phrase(id: "Proses", en: "Open")
        }
    }
}

/// The board's selectable lines for a year: 12 months, the totals, then the year's figures.
/// `today` is the day the open requests and objections past their deadline are counted on.
public func monthBoardItems(_ ledger: Ledger, year: Int, today: CivilDate) -> [MonthBoardItem] {
    monthBoardItems(ledger, year: year, today: today, objections: ledger.objectionFigures(receivedIn: year, today: today))
}

func monthBoardItems(_ ledger: Ledger, year: Int, today: CivilDate, objections: ObjectionFigures) -> [MonthBoardItem] {
    var items = (1...12).map { m in
        MonthBoardItem(kind: .tableRow(month: m), label: Phrase(id: MonthlyRecap.monthNames[m - 1], en: MonthlyRecap.englishMonthNames[m - 1]), filter: RecapFilter(year: year, month: m))
    }
    items.append(MonthBoardItem(kind: .tableRow(month: nil), label: Phrase(id: "Jumlah", en: "Total"), filter: RecapFilter(year: year)))
    let figures = ledger.figures(year: year)
    var late = RecapFilter(year: year)
    late.onlyLate = true
    // One withdrawn after its deadline had passed stays late: the drill-down lists it too.
    let lapsed = figures.withdrawnAfterLapse
    items.append(MonthBoardItem(kind: .figure, label: Phrase(
        id: "Dijawab terlambat: \(figures.responseTimes.late)" + (lapsed > 0 ? " + \(lapsed) dicabut setelah lewat batas" : ""),
        en: "Answered late: \(figures.responseTimes.late)" + (lapsed > 0 ? " + \(lapsed) withdrawn after the deadline" : "")
    ), filter: late))
    // Not answered and already past the deadline: beside the late answers, so the board never
    // reads "0 late" while a request waits past its deadline.
    var overdue = RecapFilter(year: year)
    overdue.overdueOn = today
    let overdueCount = ledger.overdueRequestCount(receivedIn: year, today: today)
    items.append(MonthBoardItem(kind: .figure, label: Phrase(
        id: "Belum dijawab, lewat batas waktu (per \(today)): \(overdueCount)",
        en: "Not answered, past the deadline (as of \(today)): \(overdueCount)"
    ), filter: overdue))
    var extended = RecapFilter(year: year)
    extended.onlyExtended = true
    items.append(MonthBoardItem(kind: .figure, label: Phrase(id: "Diperpanjang: \(figures.extensions)", en: "Extended: \(figures.extensions)"), filter: extended))
    for (band, n) in zip(ResponseTimes.Band.allCases, figures.responseTimes.bands) {
        var f = RecapFilter(year: year)
        f.band = band
        items.append(MonthBoardItem(kind: .figure, label: Phrase(id: "Waktu \(band.label.id) kerja: \(n)", en: "Took \(band.label.en): \(n)"), filter: f))
    }
    for (topic, t) in figures.byTopic {
        let f = RecapFilter(year: year, topic: topic)
        items.append(MonthBoardItem(kind: .figure, label: Phrase(
            id: "\(topic.label.id): \(t.count) dijawab, median \(t.median ?? 0), paling lama \(t.longest ?? 0) hari kerja",
            en: "\(topic.label.en): \(t.count) answered, median \(t.median ?? 0), longest \(English.count(t.longest ?? 0, "working day"))"
        ), filter: f))
    }
    let (filed, answered) = (objections.filed, objections.answered)
    var objected = RecapFilter(year: year)
    objected.withObjectionInYear = true
    items.append(MonthBoardItem(kind: .figure, label: Phrase(
        id: "Keberatan: \(filed) (ditanggapi \(answered), menunggu \(filed - answered))",
        en: "Objections: \(filed) (answered \(answered), waiting \(filed - answered))"
    ), filter: objected))
    var objectionOverdue = RecapFilter(year: year)
    objectionOverdue.objectionOverdueOn = today
    items.append(MonthBoardItem(kind: .figure, label: Phrase(
        id: "Keberatan belum ditanggapi, lewat 30 hari kerja (Pasal 36 ayat 2): \(objections.overdue)",
        en: "Objections unanswered past 30 working days (Art. 36(2)): \(objections.overdue)"
    ), filter: objectionOverdue))
    let samples = ledger.samples(receivedIn: year)
    let done = samples.filter { $0.status == .handedOver }.count
    let cancelled = samples.filter { $0.status == .cancelled }.count
    items.append(MonthBoardItem(kind: .samples, label: Phrase(
        id: "Sampel uji: \(samples.count) (LHP diserahkan \(done), dalam proses \(samples.count - done - cancelled), batal \(cancelled))",
        en: "Samples registered: \(samples.count) (LHP handed over \(done), in progress \(samples.count - done - cancelled), cancelled \(cancelled))"
    ), filter: RecapFilter(year: year)))
    for (ground, n) in figures.grounds {
        var f = RecapFilter(year: year)
        f.ground = ground
        items.append(MonthBoardItem(kind: .figure, label: Phrase(id: "Ditolak/sebagian — \(ground.label.id): \(n)", en: "Rejected/partial — \(ground.label.en): \(n)"), filter: f))
    }
    return items
}

/// A year's month board as the screen draws it: its selectable lines and its objection counts.
struct MonthBoard: Sendable {
    let items: [MonthBoardItem]
    /// Objections received in the year, counted.
    let objections: ObjectionFigures

    init(_ ledger: Ledger, year: Int, today: CivilDate) {
        objections = ledger.objectionFigures(receivedIn: year, today: today)
        items = monthBoardItems(ledger, year: year, today: today, objections: objections)
    }
}
