/// The figure view's queries: table 2.6.1, each year's figures, and a year's requests.
extension Ledger {
    /// The figures of a year (response times, late answers, extensions, grounds), kept up to
    /// date event by event.
    public func figures(year: Int) -> YearFigures {
        (figureFold.tallies[year] ?? YearTally()).figures(year: year)
    }

    /// Table 2.6.1 for a year.
    public func recap(year: Int) -> MonthlyRecap { figureFold.recaps[year] ?? MonthlyRecap(year: year) }

    /// Years that have requests, oldest first.
    public var years: [Int] { figureFold.recaps.keys.sorted() }

    /// Requests received in a year (office time), in registration order.
    public func requests(receivedIn year: Int) -> [Request] {
        let list = requestFold.list
        return places(receivedIn: year).map { list[Int($0)] }
    }

    /// The places of the requests `requests(receivedIn:)` lists, so a caller keeping only a
    /// few of them copies only those (every request copied is a few hundred bytes).
    func places(receivedIn year: Int) -> [Int32] {
        let list = requestFold.list
        let places = figureFold.yearIndex[year] ?? []
        var seen = Set<Int32>(minimumCapacity: places.count)
        return places.filter { i in
            guard seen.insert(i).inserted else { return false }
            let received = figureFold.contributions[Int(i)].map { Int($0.year) } ?? calendar.day(of: list[Int(i)].receivedAt).year
            return received == year
        }
    }
}
