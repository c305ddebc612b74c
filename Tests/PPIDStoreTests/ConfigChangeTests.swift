import Foundation
import Testing
import PPIDModel
@testable import PPIDStore
import PPIDTestSupport

/// A desk's log built through the app's own commands (decide under the append lock), then
/// read under a changed config: every recorded fact replays, `check` finds no damage
/// (warnings allowed), the folder stays writable, and open deadlines follow the new calendar.
@Suite struct ConfigChangeTests {
    static let now = Timestamp.parse("2026-12-01T10:00:00+07:00")!

    /// Every kind of command: requests decided in every way, an extension, incomplete then
    /// complete, a withdrawal, a hand-over, an objection answered and a dispute through every
    /// step, samples through every step and a cancelled one; two requests left open.
    static func buildLog(_ folder: DataFolder) throws {
        let office = try Office(folder: folder)
        func t(_ s: String) -> Date { Timestamp.parse(s + "+07:00")! }
        func at(_ s: String, _ command: Command) throws -> [EventRecord] {
            try office.log.append(command, by: "siti", at: t(s))
        }
        func register(_ received: String, _ name: String) throws -> String {
            let details = RequestDetails(requesterName: name, category: .individual, address: "Jl. Sudirman 1", topic: .testing, subject: "Tarif uji \(name)")
            let r = try at(received, .register(receivedAt: t(received), channel: .walkIn, details: details))
            return try #require(r.first?.event.request)
        }
        func decided(_ n: String, _ outcome: Outcome, _ ground: Ground?, _ on: String) throws {
            // A Pasal 17 refusal rests on a consequence test recorded with it (LAW §3).
            guard case .exception(let letter)? = ground, case .lists(.testRecorded(var t)) = dikTest(letter, on: on) else {
                _ = try at(on + "T10:00:00", .decide(RequestDecided(request: n, outcome: outcome, ground: ground, noticeOn: CivilDate(iso: on)!)))
                return
            }
            t.number = ""
            _ = try at(on + "T10:00:00", .decideWithTest(RequestDecided(request: n, outcome: outcome, ground: ground, noticeOn: CivilDate(iso: on)!), t))
        }
        let r1 = try register("2026-09-07T09:00:00", "Ani")
        try decided(r1, .granted, nil, "2026-09-10")
        let r2 = try register("2026-09-07T09:30:00", "Budi")
        try decided(r2, .partial, .exception(.h), "2026-09-14")
        let r3 = try register("2026-09-07T10:00:00", "Citra")
        try decided(r3, .rejected, .notHeld, "2026-09-15")
        let keb = try at("2026-09-21T09:00:00", .fileObjection(request: r3, receivedAt: t("2026-09-21T09:00:00"), grounds: [.a], agent: "", note: ""))
        let objection = try #require({ if case .objectionFiled(let e) = keb.first?.event { return e.objection }; return nil }())
        _ = try at("2026-10-05T10:00:00", .answerObjection(ObjectionAnswered(request: r3, objection: objection, decision: .upheld, reasons: "Tidak dikuasai", answeredOn: CivilDate(iso: "2026-10-05")!, superiorName: "Kepala Balai", superiorPosition: "Atasan PPID")))
        _ = try at("2026-10-12T10:00:00", .recordDispute(DisputeStep(request: r3, objection: objection, kind: .filed, on: CivilDate(iso: "2026-10-12")!)))
        _ = try at("2026-10-19T10:00:00", .recordDispute(DisputeStep(request: r3, objection: objection, kind: .started, on: CivilDate(iso: "2026-10-19")!, detail: "mediation")))
        _ = try at("2026-11-16T10:00:00", .recordDispute(DisputeStep(request: r3, objection: objection, kind: .settled, on: CivilDate(iso: "2026-11-16")!, detail: "Mediasi berhasil")))
        let r4 = try register("2026-09-08T11:00:00", "Dedi")
        _ = try at("2026-09-18T10:00:00", .extend(RequestExtended(request: r4, reason: "Arsip di gudang")))
        try decided(r4, .granted, nil, "2026-09-25")
        // Received a minute before Tuesday's closing time.
        let r5 = try register("2026-09-08T15:59:00", "Eka")
        _ = try at("2026-09-09T09:00:00", .returnIncomplete(RequestReturnedIncomplete(request: r5, missing: "Fotokopi KTP")))
        _ = try at("2026-09-10T10:00:00", .declareComplete(RequestDeclaredComplete(request: r5, completedAt: t("2026-09-10T10:00:00"))))
        try decided(r5, .granted, nil, "2026-09-11")
        let r6 = try register("2026-09-09T09:00:00", "Fajar")
        _ = try at("2026-09-10T11:00:00", .withdraw(RequestWithdrawn(request: r6, withdrawnAt: t("2026-09-10T11:00:00"), reason: "Sudah tidak perlu")))
        let r7 = try register("2026-09-09T10:00:00", "Gita")
        try decided(r7, .granted, nil, "2026-09-11")
        _ = try at("2026-09-14T10:00:00", .handOver(InformationHandedOver(request: r7, handedOverOn: CivilDate(iso: "2026-09-14")!)))
        // Open at the end: one on Monday morning, one on Friday 16:20 (in Friday's hours).
        _ = try register("2026-11-30T09:00:00", "Hadi")
        _ = try register("2026-11-27T16:20:00", "Intan")

        let customer = Customer(name: "PT Riau Crumb Rubber")
        func sample(_ kind: SampleKind, _ letter: String) throws -> String {
            let details = SampleDetails(kind: kind, customer: customer, commodity: "Karet remah", parameters: "kadar abu", quantity: "3 bal")
            let r = try at(letter, .registerSample(receivedAt: t(letter), details: details))
            return try #require(r.first?.event.subject.number)
        }
        let bpcu = try sample(.external, "2026-09-07T08:00:00")
        for (command, when) in [
            (Command.recordSample(.received(SampleReceived(sample: bpcu, receivedAt: t("2026-09-07T08:30:00"), label: "L-1"))), "2026-09-07T08:30:00"),
            (.recordSample(.billingIssued(BillingIssued(sample: bpcu, issuedAt: t("2026-09-07T08:40:00"), code: "820260907000123", amount: 450_000, expiresAt: t("2026-09-14T08:40:00")))), "2026-09-07T08:40:00"),
            (.recordSample(.paid(SamplePaid(sample: bpcu, paidAt: t("2026-09-07T09:00:00"), ntpn: "0A1B2C3D4E5F6G7H", receiptNumber: "KW-1"))), "2026-09-07T09:00:00"),
            (.recordSample(.assigned(SampleAssigned(sample: bpcu, assignedAt: t("2026-09-07T09:10:00"), analyst: "Rina"))), "2026-09-07T09:10:00"),
            (.recordSample(.resultIn(AnalysisResultIn(sample: bpcu, resultAt: t("2026-09-09T14:00:00")))), "2026-09-09T14:00:00"),
            (.makeReport(sample: bpcu, madeAt: t("2026-09-10T09:00:00"), note: ""), "2026-09-10T09:00:00"),
            (.recordSample(.handedOver(ReportHandedOver(sample: bpcu, handedOverAt: t("2026-09-10T10:00:00")))), "2026-09-10T10:00:00"),
        ] { _ = try at(when, command) }
        let bpcui = try sample(.internal, "2026-09-08T08:00:00")
        for (command, when) in [
            (Command.recordSample(.received(SampleReceived(sample: bpcui, receivedAt: t("2026-09-08T08:30:00"), label: "L-2"))), "2026-09-08T08:30:00"),
            (.recordSample(.assigned(SampleAssigned(sample: bpcui, assignedAt: t("2026-09-08T09:00:00"), analyst: "Rina"))), "2026-09-08T09:00:00"),
            (.recordSample(.resultIn(AnalysisResultIn(sample: bpcui, resultAt: t("2026-09-08T15:00:00")))), "2026-09-08T15:00:00"),
            (.makeReport(sample: bpcui, madeAt: t("2026-09-09T09:00:00"), note: ""), "2026-09-09T09:00:00"),
            (.recordSample(.handedOver(ReportHandedOver(sample: bpcui, handedOverAt: t("2026-09-09T10:00:00")))), "2026-09-09T10:00:00"),
        ] { _ = try at(when, command) }
        let cancelled = try sample(.external, "2026-09-09T08:00:00")
        _ = try at("2026-09-09T08:30:00", .recordSample(.cancelled(SampleCancelled(sample: cancelled, cancelledAt: t("2026-09-09T08:30:00"), reason: "Sampel rusak"))))
    }

    static let changes: [(name: String, config: String)] = [
        ("Asia/Jayapura", "[office]\ntime_zone = \"Asia/Jayapura\"\n"),
        ("Pacific/Kiritimati", "[office]\ntime_zone = \"Pacific/Kiritimati\"\n"),
        ("closures on days with events", """
            [[holidays]]
            date = "2026-09-10"
            name = "Penutupan kantor"
            kind = "office"

            [[holidays]]
            date = "2026-12-02"
            name = "Penutupan kantor"
            kind = "office"

            """),
        ("a bundled holiday removed", """
            [[holidays]]
            date = "2026-08-17"
            remove = true

            """),
        ("shorter service hours", """
            [service_hours]
            monday = ["08:00-12:00", "13:00-15:00"]
            tuesday = ["08:00-12:00", "13:00-15:00"]
            wednesday = ["08:00-12:00", "13:00-15:00"]
            thursday = ["08:00-12:00", "13:00-15:00"]
            friday = ["08:00-11:00", "13:30-15:00"]

            """),
    ]

    @Test(arguments: ConfigChangeTests.changes.indices)
    func aConfigChangeNeverRefusesARecordedFact(change: Int) throws {
        let (name, config) = ConfigChangeTests.changes[change]
        try withDataFolder { folder in
            try ConfigChangeTests.buildLog(folder)
            let before = try Office(folder: folder, readOnly: true, snapshots: false)
            #expect(before.ledger.eventCount == 42)
            let openBefore = before.ledger.openRequests.map { before.calendar.deadline(of: $0).inForce }
            try writeBytes(Array(config.utf8), to: folder.configPath)

            // `check`: every line replayed and put to today's rules; damage none, warnings allowed.
            let checked = try Office(folder: folder, readOnly: true, snapshots: false, audit: true)
            #expect(checked.log.problems.filter { !$0.isWarning }.isEmpty, "\(name): \(checked.log.problems.map(\.message.en))")
            #expect(checked.ledger.eventCount == 42, "\(name)")
            #expect(checked.ledger.requests.map(\.status) == before.ledger.requests.map(\.status), "\(name)")
            #expect(checked.ledger.samples == before.ledger.samples, "\(name)")

            // The folder opens writable and takes a new request.
            let office = try Office(folder: folder)
            #expect(!office.log.isReadOnly, "\(name)")
            let details = RequestDetails(requesterName: "Joko", category: .individual, address: "", topic: .other, subject: "Data")
            let added = try office.log.append(.register(receivedAt: ConfigChangeTests.now, channel: .walkIn, details: details), by: "siti", at: ConfigChangeTests.now)
            #expect(added.count == 1, "\(name)")

            // Open deadlines follow the new calendar.
            let openAfter = checked.ledger.openRequests.map { checked.calendar.deadline(of: $0).inForce }
            switch name {
            case "closures on days with events":
                // A closure on Wed 2 December moves both open deadlines one working day on.
                #expect(openAfter == openBefore.map { before.calendar.adding(workingDays: 1, to: $0) }, "\(openBefore) → \(openAfter)")
                #expect(checked.log.problems.contains { $0.isWarning }, "a notice dated on a day now closed reads as a warning")
            case "shorter service hours", "Asia/Jayapura":
                // Friday 16:20 WIB is after closing now: day 0 is Monday, the deadline a day later.
                #expect(openAfter[1] == before.calendar.adding(workingDays: 1, to: openBefore[1]), "\(openBefore) → \(openAfter)")
                #expect(openAfter[0] == openBefore[0])
            case "a bundled holiday removed":
                // Independence Day is a working day now; the open deadlines, in December, stay.
                #expect(checked.calendar.dayOff(CivilDate(iso: "2026-08-17")!) == nil)
                #expect(openAfter == openBefore)
            default:
                // Friday 16:20 WIB is 23:20 in Kiritimati: after hours, day 0 is Monday.
                #expect(openAfter[1] == before.calendar.adding(workingDays: 1, to: openBefore[1]), "\(openBefore) → \(openAfter)")
            }
        }
    }
}
