import Foundation
import PPIDModel
import PPIDUI
import Testing

/// Issue 14 item 4: days past a deadline in words, and objections or disputes filed after
/// their period flagged (recorded all the same) at the confirmation and in the queue.
@Suite struct LateObjectionTests {
    /// The desk on a later day, so the periods of PPID-2026-001 (notice Wed 4 Nov) have run.
    func session(now: String) -> Session {
        var env = Desk.environment()
        env.now = time(now)
        return Session(env: env, height: 40)
    }

    @Test func anAnswerPastItsDeadlineReadsLewatNeverANegativeCount() throws {
        var s = session(now: "2027-02-01T10:00:00+07:00")
        // Filed Thu 5 Nov 2026: the superior's answer was due in December.
        _ = try s.record(.fileObjection(request: "PPID-2026-001", receivedAt: time("2026-11-05T10:00:00+07:00"), grounds: [.d], agent: "", note: ""))
        let due = s.env.calendar.answerDeadline(of: try #require(s.env.ledger.requests["PPID-2026-001"]?.objections.first))
        let n = s.env.calendar.workingDays(from: due, to: s.env.today)
        #expect(n > 0)
        s.state.queue.selected = "PPID-2026-001"
        s.press(.char("a"))
        s.state.queue.selected = "PPID-2026-001"
        s.press(.enter)
        let flat = s.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(flat.contains("Tanggapan atasan PPID paling lambat \(due) (30 hari kerja, Pasal 36 ayat 2); LEWAT \(n) hari kerja"), "\(s.text)")
        #expect(!s.text.contains("sisa -"))
    }

    @Test func aLateObjectionIsFlaggedAtTheConfirmationAndInTheQueue() throws {
        var s = session(now: "2027-01-20T10:00:00+07:00")
        let command = Command.fileObjection(request: "PPID-2026-001", receivedAt: time("2027-01-18T10:00:00+07:00"), grounds: [.d], agent: "", note: "")
        let lines = summary(of: command, s.env)
        let warning = try #require(lines.first { $0.id.hasPrefix("TERLAMBAT") })
        #expect(warning.id.contains("lebih dari 30 hari kerja setelah alasannya timbul 2026-11-04"))
        #expect(warning.id.contains("Pasal 36 ayat 1"))
        #expect(lines.last?.en.hasPrefix("LATE: more than 30 working days") == true)
        // One filed in time has no warning.
        let inTime = summary(of: .fileObjection(request: "PPID-2026-001", receivedAt: time("2026-11-20T10:00:00+07:00"), grounds: [.d], agent: "", note: ""), s.env)
        #expect(!inTime.contains { $0.id.hasPrefix("TERLAMBAT") })

        let records = try s.record(command)
        guard case .objectionFiled(let filed)? = records.first?.event else { Issue.record("no objection filed"); return }
        let row = try #require(s.env.queueRows(s.state.queue).all(in: s.env.ledger).first { $0.number == filed.objection })
        #expect(row.filedLate)
        s.resize(80, 40)
        #expect(s.lines.contains { $0.contains(filed.objection) && $0.contains("Keb. TELAT") }, "\(s.text)")
    }

    @Test func aLateDisputeIsFlaggedAtTheConfirmation() throws {
        var s = session(now: "2027-02-15T10:00:00+07:00")
        _ = try s.record(.fileObjection(request: "PPID-2026-001", receivedAt: time("2026-11-10T10:00:00+07:00"), grounds: [.d], agent: "", note: ""))
        let number = try #require(s.env.ledger.requests["PPID-2026-001"]?.objections.first?.number)
        _ = try s.record(.answerObjection(ObjectionAnswered(request: "PPID-2026-001", objection: number, decision: .upheld, reasons: "Dikecualikan", answeredOn: day("2026-11-20"), superiorName: "Fathullah", superiorPosition: "Kepala")))
        // 14 working days after Fri 20 Nov 2026 is Thu 10 Dec.
        let late = DisputeStep(request: "PPID-2026-001", objection: number, kind: .filed, on: day("2027-01-05"))
        #expect(summary(of: .recordDispute(late), s.env).contains { $0.id.hasPrefix("TERLAMBAT: lebih dari 14 hari kerja setelah tanggapan atasan (batas 2026-12-10, Pasal 37 ayat 2)") })
        let onTime = DisputeStep(request: "PPID-2026-001", objection: number, kind: .filed, on: day("2026-12-10"))
        #expect(!summary(of: .recordDispute(onTime), s.env).contains { $0.id.hasPrefix("TERLAMBAT") })
        _ = try s.record(.recordDispute(late))
        #expect(s.env.calendar.isDisputeFiledLate(try #require(s.env.ledger.requests["PPID-2026-001"]?.objections.first)))
    }

    /// Issue 22: the superior's answer after its 30 working days, and the Commission starting
    /// after its 14, are flagged at the confirmation as late filings are.
    @Test func aLateAnswerAndALateCommissionStartAreFlaggedAtTheConfirmation() throws {
        var s = session(now: "2027-02-15T10:00:00+07:00")
        _ = try s.record(.fileObjection(request: "PPID-2026-001", receivedAt: time("2026-11-10T10:00:00+07:00"), grounds: [.d], agent: "", note: ""))
        let o = try #require(s.env.ledger.requests["PPID-2026-001"]?.objections.first)
        let due = s.env.calendar.answerDeadline(of: o)
        func answer(_ on: CivilDate) -> Command {
            .answerObjection(ObjectionAnswered(request: "PPID-2026-001", objection: o.number, decision: .upheld, reasons: "Dikecualikan", answeredOn: on, superiorName: "Fathullah", superiorPosition: "Kepala"))
        }
        let late = summary(of: answer(s.env.calendar.adding(workingDays: 1, to: due)), s.env)
        #expect(late.contains { $0.id == "TERLAMBAT: lebih dari 30 hari kerja setelah keberatan diterima (batas \(due), Pasal 36 ayat 2); tetap dicatat dan ditandai." }, "\(late)")
        #expect(!summary(of: answer(due), s.env).contains { $0.id.hasPrefix("TERLAMBAT") })

        _ = try s.record(answer(due))
        _ = try s.record(.recordDispute(DisputeStep(request: "PPID-2026-001", objection: o.number, kind: .filed, on: s.env.calendar.adding(workingDays: 1, to: due))))
        let disputed = try #require(s.env.ledger.requests["PPID-2026-001"]?.objections.first)
        let k = try #require(s.env.calendar.commissionDeadlines(of: disputed))
        func start(_ on: CivilDate) -> Command {
            .recordDispute(DisputeStep(request: "PPID-2026-001", objection: o.number, kind: .started, on: on, detail: DisputeProcess.mediation.rawValue))
        }
        #expect(summary(of: start(s.env.calendar.adding(workingDays: 1, to: k.start)), s.env).contains { $0.id.hasPrefix("TERLAMBAT: Komisi Informasi memulai lebih dari 14 hari kerja") })
        #expect(!summary(of: start(k.start), s.env).contains { $0.id.hasPrefix("TERLAMBAT") })
    }

    /// Issue 22: with no notice (ground c), the ground arises the working day after the
    /// deadline, and the warning says so, not the deadline itself.
    @Test func anObjectionToNoAnswerSaysItsGroundAroseTheDayAfterTheDeadline() throws {
        let s = session(now: "2027-02-15T10:00:00+07:00")
        let cal = s.env.calendar
        let r = try #require(s.env.ledger.requests["PPID-2026-003"])
        #expect(r.decision == nil)
        let deadline = cal.deadlineDays(of: r).inForce
        let arose = cal.adding(workingDays: 1, to: deadline)
        let last = cal.adding(workingDays: 30, to: deadline)
        let late = Command.fileObjection(request: "PPID-2026-003", receivedAt: time("\(cal.adding(workingDays: 1, to: last))T10:00:00+07:00"), grounds: [.c], agent: "", note: "")
        let warning = try #require(summary(of: late, s.env).first { $0.id.hasPrefix("TERLAMBAT") })
        #expect(warning.id.contains("setelah alasannya timbul \(arose) (batas \(last), Pasal 36 ayat 1)"), "\(warning.id)")
        let onLastDay = Command.fileObjection(request: "PPID-2026-003", receivedAt: time("\(last)T10:00:00+07:00"), grounds: [.c], agent: "", note: "")
        #expect(!summary(of: onLastDay, s.env).contains { $0.id.hasPrefix("TERLAMBAT") })
    }
}

