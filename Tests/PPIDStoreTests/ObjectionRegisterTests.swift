import Foundation
import Testing
import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// Issue 14 item 4: the objection register with the requester's identity, the agent, the
/// dispute's process, dates and deadlines, and a column flagging what came late; the report
/// counts them.
@Suite struct ObjectionRegisterTests {
    /// PPID-2025-001 rejected on Mon 3 Mar 2025; its objection filed Tue 3 Jun, more than 30
    /// working days later; answered Tue 10 Jun; the dispute filed Wed 30 Jul, more than 14
    /// working days after the answer; mediation started Mon 4 Aug.
    func office(_ folder: DataFolder) throws -> Office {
        let office = try openOffice(folder)
        try append(office, .requestRegistered(RequestRegistered(
            request: "PPID-2025-001", receivedAt: Timestamp.parse("2025-02-24T09:00:00+07:00")!, channel: .walkIn,
            details: RequestDetails(requesterName: "Siti Nurhaliza", category: .individual, address: "Jl. Sudirman 1", contact: "0812-1",
                                    occupation: "Wiraswasta", topic: .research, subject: "Data mutu air", purpose: "Penelitian")
        )))
        try append(office, dikTest(on: "2025-03-03"))
        try append(office, .requestDecided(RequestDecided(request: "PPID-2025-001", outcome: .rejected, ground: .exception(.h), noticeOn: day("2025-03-03"), tests: ["DIK-001"])))
        try append(office, .objectionFiled(ObjectionFiled(request: "PPID-2025-001", objection: "KEB-2025-001", receivedAt: Timestamp.parse("2025-06-03T10:00:00+07:00")!, grounds: [.a], agent: "Budi Kuasa")))
        try append(office, .objectionAnswered(ObjectionAnswered(request: "PPID-2025-001", objection: "KEB-2025-001", decision: .upheld, reasons: "Data pribadi", answeredOn: day("2025-06-10"), superiorName: "Fathullah", superiorPosition: "Kepala")))
        try append(office, .disputeStep(DisputeStep(request: "PPID-2025-001", objection: "KEB-2025-001", kind: .filed, on: day("2025-07-30"), detail: "KI-12/2025")))
        try append(office, .disputeStep(DisputeStep(request: "PPID-2025-001", objection: "KEB-2025-001", kind: .started, on: day("2025-08-04"), detail: "mediation")))
        return office
    }

    @Test func theRegisterHasIdentityProcessDeadlinesAndTheLateFlag() throws {
        try withDataFolder { folder in
            let office = try office(folder)
            let rows = try CSVReader.rows(Array(ExportFormat.objections.render(office.ledger, year: 2025, officeName: "").utf8))
            #expect(rows.first?.fields == ObjectionExport.header)
            let header = ObjectionExport.header
            let row = try #require(rows.dropFirst().first).fields
            func cell(_ name: String) -> String { row[header.firstIndex(of: name)!] }
            #expect(cell("Nama Pemohon") == "Siti Nurhaliza")
            #expect(cell("Alamat") == "Jl. Sudirman 1" && cell("Nomor Kontak") == "0812-1" && cell("Pekerjaan") == "Wiraswasta")
            #expect(cell("Kuasa Pemohon") == "Budi Kuasa")
            #expect(cell("Tanggal Sengketa Diajukan") == "2025-07-30")
            #expect(cell("Proses Sengketa") == "Mediasi" && cell("Tanggal Proses Dimulai") == "2025-08-04")
            #expect(!cell("Batas Pengajuan Sengketa").isEmpty && !cell("Batas Proses Dimulai").isEmpty && !cell("Batas Putusan Sengketa").isEmpty)
            #expect(cell("Keterlambatan").contains("Keberatan diajukan lebih dari 30 hari kerja setelah alasannya timbul (Pasal 36 ayat 1)"))
            #expect(cell("Keterlambatan").contains("Sengketa diajukan lebih dari 14 hari kerja setelah tanggapan atasan (Pasal 37 ayat 2)"))

            let publicRows = try CSVReader.rows(Array(ExportFormat.objections.render(office.ledger, year: 2025, officeName: "", publicVariant: true).utf8))
            let p = try #require(publicRows.dropFirst().first).fields
            #expect(p[header.firstIndex(of: "Nama Pemohon")!] == "S. N.")
            #expect(p[header.firstIndex(of: "Alamat")!].isEmpty && p[header.firstIndex(of: "Nomor Kontak")!].isEmpty)
            #expect(p[header.firstIndex(of: "Kuasa Pemohon")!] == "B. K.")

            let report = ExportFormat.report.render(office.ledger, year: 2025, officeName: "PPID", now: testNow)
            #expect(report.contains("1 keberatan diajukan lebih dari 30 hari kerja setelah alasannya timbul (Pasal 36 ayat 1)."))
            #expect(report.contains("1 sengketa diajukan lebih dari 14 hari kerja setelah tanggapan atasan (Pasal 37 ayat 2)."))
        }
    }

    /// Issue 21: the Commission's register number typed with the dispute's filing has its column.
    @Test func theCommissionsRegisterNumberHasItsColumn() throws {
        try withDataFolder { folder in
            let office = try office(folder)
            let rows = try CSVReader.rows(Array(ExportFormat.objections.render(office.ledger, year: 2025, officeName: "").utf8))
            let column = try #require(ObjectionExport.header.firstIndex(of: "No. Register Sengketa KI"))
            #expect(try #require(rows.dropFirst().first).fields[column] == "KI-12/2025")
            #expect(rows.allSatisfy { $0.fields.count == ObjectionExport.header.count })
        }
    }

    /// Issue 22: an answer after the superior's 30 working days and a Commission starting
    /// after its 14 are named in "Keterlambatan"; answered and started on the last day, not.
    @Test(arguments: [1, 0])
    func aLateAnswerAndALateStartAreInTheLateColumn(daysOver: Int) throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let cal = office.ledger.calendar
            try append(office, .requestRegistered(RequestRegistered(
                request: "PPID-2025-001", receivedAt: Timestamp.parse("2025-02-24T09:00:00+07:00")!, channel: .walkIn,
                details: RequestDetails(requesterName: "Siti Nurhaliza", category: .individual, address: "Jl. Sudirman 1", topic: .research, subject: "Data mutu air")
            )))
            try append(office, dikTest(on: "2025-03-03"))
            try append(office, .requestDecided(RequestDecided(request: "PPID-2025-001", outcome: .rejected, ground: .exception(.h), noticeOn: day("2025-03-03"), tests: ["DIK-001"])))
            try append(office, .objectionFiled(ObjectionFiled(request: "PPID-2025-001", objection: "KEB-2025-001", receivedAt: Timestamp.parse("2025-03-10T10:00:00+07:00")!, grounds: [.a])))
            let due = cal.adding(workingDays: 30, to: day("2025-03-10"))
            let answered = cal.adding(workingDays: daysOver, to: due)
            try append(office, .objectionAnswered(ObjectionAnswered(request: "PPID-2025-001", objection: "KEB-2025-001", decision: .upheld, reasons: "Data pribadi", answeredOn: answered, superiorName: "Fathullah", superiorPosition: "Kepala")))
            let filed = cal.adding(workingDays: 1, to: answered)
            try append(office, .disputeStep(DisputeStep(request: "PPID-2025-001", objection: "KEB-2025-001", kind: .filed, on: filed)))
            try append(office, .disputeStep(DisputeStep(request: "PPID-2025-001", objection: "KEB-2025-001", kind: .started, on: cal.adding(workingDays: 14 + daysOver, to: filed), detail: "mediation")))
            let rows = try CSVReader.rows(Array(ExportFormat.objections.render(office.ledger, year: 2025, officeName: "").utf8))
            let late = try #require(rows.dropFirst().first).fields[ObjectionExport.header.firstIndex(of: "Keterlambatan")!]
            #expect(late.contains("Tanggapan atasan lebih dari 30 hari kerja setelah keberatan diterima (Pasal 36 ayat 2)") == (daysOver == 1), "\(late)")
            #expect(late.contains("Komisi Informasi memulai penyelesaian lebih dari 14 hari kerja setelah sengketa diajukan (Pasal 38 ayat 1)") == (daysOver == 1), "\(late)")
            if daysOver == 0 { #expect(late.isEmpty, "\(late)") }
        }
    }
}

