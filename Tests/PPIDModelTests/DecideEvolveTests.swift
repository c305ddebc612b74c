import Foundation
import Testing
@testable import PPIDModel

/// A small seeded generator (SplitMix64), so a failing sequence can be run again by its seed.
struct SeededRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
}

/// A counter at work for a random while: commands chosen from what the desk holds (some the
/// rules refuse, as an officer's mistakes would be), each decided against the ledger at a
/// clock that moves forward, the events recorded as the log would.
struct RandomDesk {
    var random: SeededRandom
    var ledger = Ledger(calendar: wib)
    var log: [EventRecord] = []
    var now = time("2019-01-07T08:00:00+07:00")
    var refused = 0
    var serial = 0

    init(seed: UInt64) { random = SeededRandom(state: seed) }

    mutating func run(steps: Int) {
        for _ in 0..<steps {
            now = now.addingTimeInterval(Double(600 + random.below(3 * 86_400)))
            let officer = random.pick(["siti", "rahmat", "dewi"])
            let command = nextCommand(officer: officer)
            do {
                for event in try decide(command, ledger, now: now, by: officer) {
                    serial += 1
                    let r = EventRecord(id: String(format: "%08x-0000-4000-8000-%012x", serial, serial), at: now, by: officer, event: event)
                    ledger.evolve(r)
                    log.append(r)
                }
            } catch {
                refused += 1
            }
        }
    }

    private mutating func nextCommand(officer: String) -> Command {
        let today = wib.day(of: now)
        let numbers = ledger.numbers
        let open = ledger.openRequests.map(\.number)
        let any = numbers.isEmpty ? "PPID-2019-001" : random.pick(numbers)
        let someOpen = open.isEmpty ? any : random.pick(open)
        let earlier = now.addingTimeInterval(-Double(random.below(5 * 86_400)))
        switch random.below(22) {
        case 0, 1, 2, 3:
            return .register(receivedAt: earlier, channel: random.pick(Channel.allCases), details: RequestDetails(
                requesterName: random.pick(["Budi", "Ani", "Çağrı", "Siti"]), category: .individual, address: "Jl. Sudirman",
                topic: random.pick(Topic.allCases), subject: "Data \(random.below(100))"))
        case 4, 5:
            let outcome = random.pick(Outcome.allCases)
            let ground: Ground? = outcome == .granted ? nil : random.pick([.exception(.h), .notHeld, .notYetDocumented])
            return .decide(RequestDecided(request: someOpen, outcome: outcome, ground: ground, noticeOn: today.adding(days: -random.below(3))))
        case 6: return .extend(RequestExtended(request: someOpen, reason: "Arsip di gudang"))
        case 7: return .withdraw(RequestWithdrawn(request: someOpen, withdrawnAt: earlier))
        case 8: return .returnIncomplete(RequestReturnedIncomplete(request: someOpen, missing: "Fotokopi KTP"))
        case 9: return .declareComplete(RequestDeclaredComplete(request: someOpen, completedAt: earlier))
        case 10: return .handOver(InformationHandedOver(request: any, handedOverOn: today))
        case 11: return .fileObjection(request: any, receivedAt: earlier, grounds: [random.pick(Pasal35.allCases)], agent: "", note: "")
        case 12:
            let objection = ledger.objections.isEmpty ? nil : random.pick(ledger.objections)
            return .answerObjection(ObjectionAnswered(
                request: objection?.request.number ?? any, objection: objection?.objection.number ?? "KEB-2019-001",
                decision: random.pick(ObjectionDecision.allCases), reasons: "Sesuai Pasal 17", answeredOn: today,
                superiorName: "Kepala Balai", superiorPosition: "Atasan PPID"))
        case 13:
            let objection = ledger.objections.isEmpty ? nil : random.pick(ledger.objections)
            return .recordDispute(DisputeStep(
                request: objection?.request.number ?? any, objection: objection?.objection.number ?? "KEB-2019-001",
                kind: random.pick([.filed, .started, .settled]), on: today, detail: random.pick(["mediation", "adjudication", "Mediasi berhasil"])))
        case 14:
            if let last = log.last(where: { $0.by == officer && $0.event.request != nil }), let n = last.event.request {
                return .undo(EventUndone(request: n, undoes: last.id, reason: "salah ketik"))
            }
            return .extend(RequestExtended(request: someOpen, reason: "Arsip"))
        case 15:
            return .registerSample(receivedAt: earlier, details: SampleDetails(
                kind: random.pick([.external, .internal]), customer: Customer(name: "PT Riau"), commodity: "Karet", parameters: "abu", quantity: "1 kg"))
        case 16:
            let r = ledger.requests.isEmpty ? nil : random.pick(Array(ledger.requests))
            var details = r?.details ?? RequestDetails(requesterName: "X", category: .individual, address: "", topic: .other, subject: "Y")
            details.subject += " (diperbaiki)"
            return .correct(RequestCorrected(request: r?.number ?? any, corrects: r?.detailsEventID ?? "", receivedAt: r?.receivedAt ?? earlier, channel: r?.channel ?? .walkIn, details: details))
        default:
            let samples = ledger.sampleNumbers
            let sample = samples.isEmpty ? "BPCU-2019-001" : random.pick(samples)
            let at = now.addingTimeInterval(-Double(random.below(600)))
            // Mostly the step the sample waits for, as the board offers it; now and then any.
            let next = ledger.samples[sample]?.nextStep
            // Each sample its own payment proofs: one proof releases one LHP.
            let k = (samples.firstIndex(of: sample) ?? 0) + 1
            let step = random.below(10) < 8 ? next.flatMap { SampleStep.allCases.firstIndex(of: $0) } ?? random.below(9) : random.below(9)
            switch step {
            case 1: return .recordSample(.received(SampleReceived(sample: sample, receivedAt: at, label: "L-1")))
            case 2: return .recordSample(.billingIssued(BillingIssued(sample: sample, issuedAt: at, code: String(format: "8%014d", k), amount: 450_000, expiresAt: at.addingTimeInterval(7 * 86_400))))
            case 3: return .recordSample(.paid(SamplePaid(sample: sample, paidAt: at, ntpn: String(format: "NTPN%012d", k), receiptNumber: "KW-\(k)")))
            case 4: return .recordSample(.assigned(SampleAssigned(sample: sample, assignedAt: at, analyst: "Rina")))
            case 5: return .recordSample(.resultIn(AnalysisResultIn(sample: sample, resultAt: at)))
            case 6: return .makeReport(sample: sample, madeAt: at, note: "")
            case 7: return .recordSample(.handedOver(ReportHandedOver(sample: sample, handedOverAt: at)))
            case 8: return .recordSample(.cancelled(SampleCancelled(sample: sample, cancelledAt: at, reason: "Dibatalkan pelanggan")))
            default: return .recordSample(.received(SampleReceived(sample: sample, receivedAt: at, label: "L-2")))
            }
        }
    }
}

/// Decide, then evolve: the state a counter builds command by command is the state any later
/// replay of its log rebuilds, and every figure kept along the way equals a plain recount.
@Suite struct DecideEvolveTests {
    @Test(arguments: [1, 2, 3, 42, 2019, 77_777] as [UInt64])
    func theStateAfterDecideAndEvolveEqualsTheReplayOfTheLog(seed: UInt64) throws {
        var desk = RandomDesk(seed: seed)
        desk.run(steps: 400)
        #expect(desk.log.count > 150, "seed \(seed): the sequence should record plenty (\(desk.refused) refused)")
        let kinds = Set(desk.log.map { r -> String in
            // The case's name, and a sample's step's: "requestDecided", "sample.paid".
            let outer = Mirror(reflecting: r.event).children.first
            guard outer?.label == "sample", let inner = outer.map({ Mirror(reflecting: $0.value).children.first?.label }) else { return outer?.label ?? "?" }
            return "sample." + (inner ?? "?")
        })
        #expect(kinds.count >= 18, "seed \(seed): only \(kinds.sorted()), \(desk.refused) refused")
        var replay = Ledger(calendar: wib)
        for r in desk.log { replay.evolve(r) }
        #expect(replay.requests == desk.ledger.requests)
        #expect(replay.samples == desk.ledger.samples)
        #expect(replay.eventCount == desk.ledger.eventCount)
        for year in 2019...2021 {
            #expect(replay.recap(year: year) == desk.ledger.recap(year: year))
            #expect(replay.nextNumber(year: year) == desk.ledger.nextNumber(year: year))
        }
        expectFoldsEqualARecount(desk.ledger, log: desk.log, seed: seed)
        expectFoldsEqualARecount(replay, log: desk.log, seed: seed)
    }

    /// Each fold of the ledger against the same thing worked out plainly from the events.
    func expectFoldsEqualARecount(_ ledger: Ledger, log: [EventRecord], seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation) {
        let requests = Array(ledger.requests)
        // Requests: every registration once, in order.
        var registered: [String] = []
        for r in log { if case .requestRegistered(let e) = r.event, !registered.contains(e.request) { registered.append(e.request) } }
        #expect(ledger.numbers == registered, "seed \(seed)", sourceLocation: sourceLocation)
        #expect(ledger.openNumbers == Set(requests.filter { $0.status.isOpen }.map(\.number)), sourceLocation: sourceLocation)
        // Year figures: table 2.6.1 and the tally, recounted from the requests.
        for year in 2019...2021 {
            var recap = MonthlyRecap(year: year)
            for r in requests where !r.voided && wib.day(of: r.receivedAt).year == year {
                let month = wib.day(of: r.receivedAt).month - 1
                recap.months[month].channels[Channel.allCases.firstIndex(of: r.channel)!] += 1
                if let d = r.decision {
                    recap.months[month].outcomes[Outcome.allCases.firstIndex(of: d.decided.outcome)!] += 1
                } else if r.withdrawal != nil {
                    recap.months[month].withdrawn += 1
                } else {
                    recap.months[month].open += 1
                }
            }
            #expect(ledger.recap(year: year) == recap, "seed \(seed), \(year)", sourceLocation: sourceLocation)
            #expect(ledger.figures(year: year) == ledger.recountFigures(year: year), "seed \(seed), \(year)", sourceLocation: sourceLocation)
            #expect(ledger.requests(receivedIn: year).map(\.number) == requests.filter { wib.day(of: $0.receivedAt).year == year }.map(\.number), sourceLocation: sourceLocation)
        }
        // Objection index: every number given keeps its request (an undone filing too: a number
        // handed to a requester is never given again); the pending list from the requests.
        var owners: [String: String] = [:]
        for r in log { if case .objectionFiled(let e) = r.event, owners[e.objection] == nil { owners[e.objection] = e.request } }
        #expect(ledger.objectionOwners == owners, "seed \(seed)", sourceLocation: sourceLocation)
        let pending = requests.flatMap { r in r.objections.filter { $0.awaitsAnswer || $0.disputeOpen }.map(\.number) }
        #expect(Set(ledger.pendingObjections.map(\.objection.number)) == Set(pending), sourceLocation: sourceLocation)
        // Each year's objection and overdue counts, as of days through the history.
        for year in 2019...2021 {
            for today in ["2019-06-03", "2020-02-10", "2021-12-31"].map(day) {
                let filed = requests.flatMap { r in r.objections.filter { wib.day(of: $0.filed.receivedAt).year == year } }
                let expected = ObjectionFigures(
                    filed: filed.count, answered: filed.filter { $0.answer != nil }.count,
                    disputes: filed.filter { $0.disputeFiled != nil }.count, settled: filed.filter { $0.disputeSettled != nil }.count,
                    overdue: filed.filter { $0.awaitsAnswer && today > wib.answerDeadline(of: $0) }.count)
                #expect(ledger.objectionFigures(receivedIn: year, today: today) == expected, "seed \(seed), \(year), \(today)", sourceLocation: sourceLocation)
                let overdue = requests.filter { $0.status == .open && wib.day(of: $0.receivedAt).year == year && today > wib.deadlineDays(of: $0).inForce }
                #expect(ledger.overdueRequestCount(receivedIn: year, today: today) == overdue.count, sourceLocation: sourceLocation)
                #expect(ledger.overdueRequests(receivedIn: year, today: today).map(\.number) == overdue.map(\.number), sourceLocation: sourceLocation)
            }
        }
        // Numbers in use: the next number is one past the highest given that year.
        for year in 2019...2021 {
            let highest = registered.compactMap { ledger.numbering.parse($0) }.filter { $0.year == year }.map(\.sequence).max() ?? 0
            #expect(ledger.nextNumber(year: year) == ledger.numbering.format(year: year, sequence: highest + 1), sourceLocation: sourceLocation)
        }
        // Samples: each one's state is its own events folded in order.
        var samples: [String: Sample] = [:]
        for r in log {
            guard case .sample(let e) = r.event else { continue }
            if case .registered(let reg) = e, samples[reg.sample] == nil {
                samples[reg.sample] = .registered(r, reg)
            } else if case .registered = e {
                continue
            } else if let s = samples[e.sample] {
                samples[e.sample] = s.evolved(r, e)
            }
        }
        // Each remembers its latest event, from which its history reads back whole.
        for (n, s) in ledger.samples { samples[n]?.lastEvent = s.lastEvent }
        #expect(ledger.samples == samples, "seed \(seed)", sourceLocation: sourceLocation)
        for n in ledger.sampleNumbers {
            let own = log.filter { $0.event.subject == .sample(n) }
            #expect((try? ledger.history(ofSample: n)) == own, "seed \(seed), \(n)", sourceLocation: sourceLocation)
        }
    }

    /// A recorded fact is replayed under any calendar: the rules ran when it was decided.
    @Test func replayUnderAnotherCalendarNeverRefusesAndWarnsInWords() throws {
        var desk = RandomDesk(seed: 5)
        desk.run(steps: 300)
        let kiritimati = WorkingCalendar(timeZone: TimeZone(identifier: "Pacific/Kiritimati")!, holidays: holidays2019 + [
            Holiday(date: day("2019-03-12"), name: "Penutupan kantor", kind: .office),
        ])
        var replay = Ledger(calendar: kiritimati)
        for r in desk.log { replay.evolve(r) }
        #expect(replay.eventCount == desk.log.count)
        #expect(replay.requests.count == desk.ledger.requests.count)
        #expect(replay.requests.map(\.status) == desk.ledger.requests.map(\.status))
        // Derived figures follow the new calendar: the months of receipt in the new zone.
        let plain = desk.ledger.requests.filter { !$0.voided && kiritimati.day(of: $0.receivedAt).year == 2019 }.count
        #expect(replay.recap(year: 2019).total.requesters == plain)
    }

    @Test func theScreenAsksDecideAndReadsTheRulesOwnWords() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00")))
        try ledger.apply(rec.record(.requestExtended(RequestExtended(request: "PPID-2019-001", reason: "arsip", on: day("2019-10-02")))))
        let again = Command.extend(RequestExtended(request: "PPID-2019-001", reason: "lagi"))
        #expect(refusal(of: again, ledger, now: rec.now, by: "siti") == .secondExtension("PPID-2019-001"))
        let notice = Command.decide(RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-09-30")))
        #expect(refusal(of: notice, ledger, now: rec.now, by: "siti") == .decisionBeforeReceipt("PPID-2019-001", notice: day("2019-09-30"), received: day("2019-10-01")))
        let fine = Command.decide(RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-10-02")))
        #expect(refusal(of: fine, ledger, now: rec.now, by: "siti") == nil)
    }
}
