import Foundation
import Testing
import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// Issue 22, the request register's last errors found by the legal audit.
@Suite struct RegisterLastErrorsTests {
    func register(_ office: Office) throws -> (header: [String], row: [String]) {
        let rows = try CSVReader.rows(Array(ExportFormat.register.render(office.ledger, year: 2025, officeName: "").utf8))
        return (try #require(rows.first).fields, try #require(rows.dropFirst().first).fields)
    }

    func registered(_ office: Office) throws {
        try append(office, .requestRegistered(RequestRegistered(
            request: "PPID-2025-001", receivedAt: Timestamp.parse("2025-02-24T09:00:00+07:00")!, channel: .walkIn,
            details: RequestDetails(requesterName: "Siti Nurhaliza", category: .individual, address: "Jl. Sudirman 1", topic: .research, subject: "Data mutu air")
        )))
    }

    @Test func declaredCompleteTheKekuranganColumnKeepsWhatWasMissing() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try registered(office)
            try append(office, .requestReturnedIncomplete(RequestReturnedIncomplete(request: "PPID-2025-001", missing: "Fotokopi KTP", on: day("2025-02-25"))))
            try append(office, .requestDeclaredComplete(RequestDeclaredComplete(request: "PPID-2025-001", completedAt: Timestamp.parse("2025-02-27T09:00:00+07:00")!)))
            let (header, row) = try register(office)
            #expect(row[header.firstIndex(of: "Kekurangan (Dikembalikan untuk Dilengkapi)")!] == "Fotokopi KTP")
            #expect(row[header.firstIndex(of: "Tanggal Dikembalikan untuk Dilengkapi")!] == "2025-02-25")
            // Read back from a snapshot, the text is still there.
            try SnapshotJob(ledger: office.ledger, bytes: Int(try FileManager.default.attributesOfItem(atPath: office.folder.logPath)[.size] as? Int ?? 0), lines: office.ledger.eventCount, folder: office.folder).run()
            let reopened = try openOffice(folder)
            #expect(reopened.ledger["PPID-2025-001"]?.returnedFor == "Fotokopi KTP")
            #expect(reopened.ledger["PPID-2025-001"]?.missing == nil)
        }
    }

    /// Withdrawn, undecided, the working day after its deadline.
    @Test func aWithdrawalAfterTheDeadlineIsLateInTheRegisterAndTheReport() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try registered(office)
            let r = try #require(office.ledger["PPID-2025-001"])
            let after = office.ledger.calendar.adding(workingDays: 1, to: office.ledger.calendar.deadlineDays(of: r).inForce)
            let at = Timestamp.parse("\(after)T10:00:00+07:00")!
            try append(office, .requestWithdrawn(RequestWithdrawn(request: "PPID-2025-001", withdrawnAt: at, reason: "")), at: at)
            let (header, row) = try register(office)
            #expect(row[header.firstIndex(of: "Tepat Waktu")!] == "Tidak (dicabut setelah batas waktu)")
            let report = ExportFormat.report.render(office.ledger, year: 2025, officeName: "PPID", now: testNow)
            #expect(report.contains("1 permohonan dicabut pemohon setelah batas waktunya lewat tanpa pemberitahuan tertulis; tetap dihitung terlambat."))
        }
    }

    /// A decision on Pasal 17 h and "not held": the register shows both statuses and both
    /// grounds, the report counts each ground.
    @Test func aDecisionOnTwoGroundsShowsAndCountsEach() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try registered(office)
            try append(office, dikTest(on: "2025-02-26"))
            try append(office, .requestDecided(RequestDecided(
                request: "PPID-2025-001", outcome: .partial, ground: .exception(.h), noticeOn: day("2025-02-26"),
                moreGrounds: [.notHeld], heldBy: "Dinas Perindustrian Provinsi Riau", tests: ["DIK-001"]
            )))
            let (header, row) = try register(office)
            #expect(row[header.firstIndex(of: "Status Informasi")!] == "Dikuasai; Tidak Dikuasai")
            #expect(row[header.firstIndex(of: "Alasan")!].contains("Informasi tidak dikuasai"))
            #expect(office.ledger.figures(year: 2025).grounds.map(\.ground).contains(.notHeld))
            let report = ExportFormat.report.render(office.ledger, year: 2025, officeName: "PPID", now: testNow)
            #expect(report.contains("Informasi tidak dikuasai: 1"), "\(report)")
            #expect(report.contains("dihitung pada setiap alasannya"))
        }
    }
}

