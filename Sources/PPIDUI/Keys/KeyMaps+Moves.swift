import PPIDModel

/// The moves the panes' keys make, one action a key: the key map says which key makes which.
extension KeyMaps {
    /// How far a move goes: a line, a page, or to the first or last row.
    enum Reach: Sendable {
        case line, page, all
    }

    /// Moves the queue's selection by `reach`, down for 1 and up for -1.
    static func queueMove(_ reach: Reach, _ direction: Int) -> KeyAction {
        { s, env in
            let step =
                switch reach {
                case .line: 1
                case .page: Layout.of(s, env).listHeight
                case .all: env.queueRows(s.queue).count
                }
            moveQueue(&s, env, by: direction * step)
            return []
        }
    }

    /// Moves the sample board's selection by `reach`, down for 1 and up for -1.
    static func sampleMove(_ reach: Reach, _ direction: Int) -> KeyAction {
        { s, env in
            let step: Int
            switch reach {
            case .line: step = 1
            case .page:
                let geometry = SampleBoardGeometry(body: sampleBody(s, env), board: s.samples)
                step = s.samples.listView ? geometry.list.height : geometry.cardsPerColumn
            case .all: step = sampleCards(env.ledger, now: env.now, board: s.samples).count
            }
            moveSample(&s, env, by: direction * step)
            return []
        }
    }

    /// Moves the sample board to the next column (1) or the previous (-1).
    static func sampleColumnMove(_ direction: Int) -> KeyAction {
        { s, env in moveSampleColumn(&s, env, by: direction); return [] }
    }

    /// Moves the month board's selection by `rows`.
    static func monthItemMove(_ rows: Int) -> KeyAction {
        { s, env in moveMonthItem(&s, env, by: rows); return [] }
    }

    /// Moves the month board's table column right (1) or left (-1), on a month's or the totals' row.
    static func monthColumnMove(_ direction: Int) -> KeyAction {
        { s, _ in
            guard s.months.item < 13 else { return [] }
            s.months.column = max(0, min(MonthBoardColumn.allCases.count - 1, s.months.column + direction))
            return []
        }
    }

    /// Shows the board of the year after (1) or before (-1) the one shown.
    static func yearTurn(_ direction: Int) -> KeyAction {
        { s, env in s.months.year = boardYear(s, env) + direction; return [] }
    }
}
