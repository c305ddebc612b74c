import Foundation
import PPIDModel
import PPIDStore

/// Makes years of plausible request histories, checking each event against the rules.
struct HistoryGenerator {
    let calendar: WorkingCalendar
    let firstYear: Int
    let lastYear: Int
    private var random: SplitMix64
    private var people: SampleRequests
    private var ledger: Ledger
    private var serial = 0

    init(calendar: WorkingCalendar, seed: UInt64, firstYear: Int, lastYear: Int) {
        self.calendar = calendar
        self.firstYear = firstYear
        self.lastYear = lastYear
        random = SplitMix64(seed: seed)
        people = SampleRequests(seed: seed &+ 1)
        ledger = Ledger(calendar: calendar)
    }

    /// Writes about `events` events to `path`; returns what it wrote.
    mutating func write(events target: Int, to path: String) throws(DevToolError) -> (events: Int, requests: Int, bytes: Int) {
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let out = FileHandle(forWritingAtPath: path) else { throw DevToolError("cannot create \(path)") }
        defer { try? out.close() }
        let codec = EventCodec(timeZone: calendar.timeZone)
        let requests = max(1, target * 10 / 23)  // about 2.3 events a request
        let perYear = max(1, requests / (lastYear - firstYear + 1))
        var buffer: [UInt8] = []
        var count = 0
        var bytes = 0
        var made = 0
        outer: for year in firstYear...lastYear {
            let days = workingDays(of: year)
            for i in 0..<perYear {
                let day = days[i * days.count / perYear]
                // The last hundredth of the history is the desk's present: a backlog of open
                // requests and objections still waiting for the superior's answer.
                for record in try history(receivedOn: day, recent: count >= target - target / 100) {
                    let line = codec.encode(record)
                    buffer.append(contentsOf: line)
                    bytes += line.count
                    count += 1
                }
                made += 1
                if buffer.count > 4 << 20 {
                    out.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
                if count >= target { break outer }
            }
        }
        out.write(Data(buffer))
        return (count, made, bytes)
    }

    private func workingDays(of year: Int) -> [CivilDate] {
        guard let first = CivilDate(year: year, month: 1, day: 1) else { return [] }
        return (0..<366).map { first.adding(days: $0) }.filter { $0.year == year && calendar.isWorkingDay($0) }
    }

    /// One request's events: registered, then mostly decided, sometimes extended first,
    /// handed over, withdrawn, or objected to.
    private mutating func history(receivedOn day: CivilDate, recent: Bool) throws(DevToolError) -> [EventRecord] {
        let minute = 8 * 60 + Int(random.next() % 480)
        let received = instant(day, minute: minute)
        let sample = people.next()
        let officer = ["siti", "rahmat", "dewi"][Int(random.next() % 3)]
        var records: [EventRecord] = []
        func add(_ event: Event, at: Date) throws(DevToolError) {
            serial += 1
            let r = EventRecord(id: String(format: "%08x-0000-4000-8000-%012x", serial, serial), at: at, by: officer, event: event)
            do {
                try ledger.apply(r)
            } catch {
                throw DevToolError("generated an event the rules refuse: \(error.message.en)")
            }
            records.append(r)
        }
        let number = ledger.nextNumber(year: day.year)
        try add(.requestRegistered(RequestRegistered(request: number, receivedAt: received, channel: sample.channel, details: sample.details)), at: received)
        let roll = random.next() % 100
        let isLastMonth = day.year == lastYear && day.month == 12
        if isLastMonth || recent, roll < 60 { return records }  // still open at the end
        if roll < 5 {
            let at = instant(calendar.adding(workingDays: 1, to: day), minute: 9 * 60)
            try add(.requestWithdrawn(RequestWithdrawn(request: number, withdrawnAt: at, reason: "Dicabut oleh pemohon")), at: at)
            return records
        }
        var answerDay = calendar.adding(workingDays: Int(random.next() % 8), to: day)
        if roll < 15 {
            try add(.requestExtended(RequestExtended(request: number, reason: "Informasi dihimpun dari beberapa bidang")), at: instant(answerDay, minute: 10 * 60))
            answerDay = calendar.adding(workingDays: 10 + Int(random.next() % 7), to: day)
        }
        let outcome: Outcome = roll < 85 ? .granted : (roll < 93 ? .partial : .rejected)
        let ground: Ground? = outcome == .granted ? nil : Ground.classified[Int(random.next() % UInt64(Ground.classified.count))]
        let noticeAt = instant(answerDay, minute: 14 * 60)
        // A generated past stands for an office's old register: its Pasal 17 refusals cite no
        // consequence test, as an imported register's do not.
        let exempted = if case .exception? = ground { true } else { false }
        try add(.requestDecided(RequestDecided(request: number, outcome: outcome, ground: ground, noticeOn: answerDay, fee: outcome == .rejected ? 0 : Int(random.next() % 4) * 5000, payment: "Transfer bank", note: "", fromRegister: exempted)), at: noticeAt)
        if outcome != .rejected, random.next() % 100 < 25 {
            let handover = calendar.adding(workingDays: 1, to: answerDay)
            try add(.informationHandedOver(InformationHandedOver(request: number, handedOverOn: handover, note: "Diserahkan melalui email")), at: instant(handover, minute: 11 * 60))
        }
        if outcome != .granted, random.next() % 100 < 20 {
            let filed = instant(calendar.adding(workingDays: 5, to: answerDay), minute: 9 * 60)
            let objection = ledger.nextObjectionNumber(year: calendar.day(of: filed).year)
            try add(.objectionFiled(ObjectionFiled(request: number, objection: objection, receivedAt: filed, grounds: [.a], agent: "", note: "")), at: filed)
            if recent { return records }  // still waiting for the superior's answer
            let answered = calendar.adding(workingDays: 20, to: calendar.day(of: filed))
            try add(.objectionAnswered(ObjectionAnswered(request: number, objection: objection, decision: .upheld, reasons: "Sesuai Pasal 17", answeredOn: answered, superiorName: "Kepala Balai", superiorPosition: "Atasan PPID")), at: instant(answered, minute: 15 * 60))
        }
        return records
    }

    private func instant(_ day: CivilDate, minute: Int) -> Date {
        let guess = Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + minute * 60))
        return guess.addingTimeInterval(-TimeInterval(calendar.offset(at: guess)))
    }
}

/// Writes a request register CSV in the import format, one request per row.
struct RegisterGenerator {
    var random: SplitMix64
    var people: SampleRequests

    init(seed: UInt64) {
        random = SplitMix64(seed: seed &+ 7)
        people = SampleRequests(seed: seed &+ 8)
    }

    mutating func write(rows: Int, year: Int, to path: String) throws(DevToolError) -> Int {
        var text = RegisterImport.columns.joined(separator: ",") + "\r\n"
        let outcomes = ["granted", "granted", "granted", "partial", "withdrawn", ""]
        for i in 0..<rows {
            let s = people.next()
            let month = 1 + i * 12 / max(1, rows)
            let day = 1 + Int(random.next() % 28)
            let stamp = String(format: "%04d-%02d-%02dT%02d:%02d:00+07:00", year, month, day, 8 + Int(random.next() % 8), Int(random.next() % 60))
            let closed = String(format: "%04d-%02d-%02dT17:00:00+07:00", year, month, min(28, day + 2))
            let outcome = outcomes[Int(random.next() % UInt64(outcomes.count))]
            let note = outcome == "partial" ? "Pasal 17 huruf h" : ""
            let name = "\"" + s.details.requesterName.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            // The office's own format (an import refuses any other), far above the log's numbers.
            text += ["PPID-\(year)-\(900_001 + i)", stamp, s.channel.rawValue, name, s.details.category.rawValue, s.details.topic.rawValue,
                     "\"" + s.details.subject + "\"", outcome, outcome.isEmpty ? "" : closed, note].joined(separator: ",") + "\r\n"
        }
        let data = Data(text.utf8)
        guard FileManager.default.createFile(atPath: path, contents: data) else { throw DevToolError("cannot write \(path)") }
        return data.count
    }
}
