/// What is overdue on a given day among a year's requests and objections (issue 14 item 8):
/// open requests past their deadline in force, and objections past the superior's 30
/// working days (Pasal 36(2)) with no answer. The year's figures count only what was
/// answered; these count what was not, so that a report never calls a year "all on time"
/// while a request of it waits past its deadline.
extension Ledger {
    /// Open requests received in `year` (office time) whose deadline in force is before
    /// `today`, in registration order.
    ///
    /// - Complexity: O(open requests).
    public func overdueRequests(receivedIn year: Int, today: CivilDate) -> [Request] {
        overduePlaces(receivedIn: year, today: today).sorted().map { requestFold.list[Int($0)] }
    }

    /// How many open requests received in `year` are past their deadline on `today`.
    public func overdueRequestCount(receivedIn year: Int, today: CivilDate) -> Int {
        overduePlaces(receivedIn: year, today: today).count
    }

    /// The open places of that year (their recap entry knows it) past their deadline, found
    /// without copying the requests.
    private func overduePlaces(receivedIn year: Int, today: CivilDate) -> [Int32] {
        var places: [Int32] = []
        for i in requestFold.open where figureFold.contributions[Int(i)].map({ Int($0.year) == year }) ?? false {
            if calendar.isOverdue(requestFold.list[Int(i)], today: today) { places.append(i) }
        }
        return places
    }

    /// Objections received in `year` still waiting for the superior's answer after its
    /// deadline, with their requests.
    ///
    /// - Complexity: O(objections still pending).
    public func overdueObjections(receivedIn year: Int, today: CivilDate) -> [(request: Request, objection: Objection)] {
        pendingObjections.filter { pair in
            calendar.day(of: pair.objection.filed.receivedAt).year == year && calendar.isAnswerOverdue(pair.objection, today: today)
        }
    }
}

extension WorkingCalendar {
    /// An open request whose deadline in force is before `today` (the queue's `LEWAT`).
    public func isOverdue(_ r: Request, today: CivilDate) -> Bool {
        r.status == .open && today > deadlineDays(of: r).inForce
    }

    /// An objection with no answer (and no dispute yet) after its answer deadline.
    public func isAnswerOverdue(_ o: Objection, today: CivilDate) -> Bool {
        o.awaitsAnswer && today > answerDeadline(of: o)
    }
}
