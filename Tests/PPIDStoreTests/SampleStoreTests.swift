import Foundation
import Testing
import PPIDTestSupport
import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// Samples in the store: their config keys, their register export, the demo's samples.
@Suite struct SampleConfigTests {
    func detail(_ text: String) -> String? {
        do {
            _ = try OfficeConfig.parse(text, path: "/x/config.toml")
            return nil
        } catch {
            guard case .badConfig(_, let detail) = error else { return "not badConfig: \(error)" }
            return detail
        }
    }

    @Test func theDefaultTextGivesTheProceduresDefaults() throws {
        let c = try OfficeConfig.parse(OfficeConfig.defaultText)
        #expect(c.samplePolicy.bpcu == .bpcu)
        #expect(c.samplePolicy.bpcui == .bpcui)
        #expect(c.samplePolicy.lhp == .lhp)
        #expect(c.samplePolicy.billingExpiryDays == 7)
        #expect(c.samplePolicy.standards == SampleStandards())
        #expect(c.samplePolicy.bpcu.format(year: 2026, sequence: 4) == "BPCU-2026-004")
        #expect(OfficeConfig.defaultText.contains("[samples.analysis_minutes]"))
    }

    @Test func numbersExpiryAndAnalysisTimesAreTheOffices() throws {
        let c = try OfficeConfig.parse("""
        [numbers]
        bpcu = "{seq:4}/BPCU/BSPJI-PKU/{year}"
        bpcui = "{seq:4}/BPCUI/BSPJI-PKU/{year}"
        lhp = "{seq:4}/LHP/BSPJI-PKU/{year}"

        [samples]
        billing_expiry_days = 3

        [samples.analysis_minutes]
        "Karet remah" = 420
        "karet remah/PRI" = 600
        """)
        #expect(c.samplePolicy.bpcu.format(year: 2026, sequence: 12) == "0012/BPCU/BSPJI-PKU/2026")
        #expect(c.samplePolicy.bpcui.format(year: 2026, sequence: 1) == "0001/BPCUI/BSPJI-PKU/2026")
        #expect(c.samplePolicy.lhp.format(year: 2026, sequence: 3) == "0003/LHP/BSPJI-PKU/2026")
        #expect(c.samplePolicy.billingExpiryDays == 3)
        let rubber = SampleDetails(kind: .external, customer: Customer(name: "A"), commodity: "karet remah", parameters: "PRI, kadar abu", quantity: "1")
        #expect(c.samplePolicy.standards.minutes(for: .resultIn, of: rubber) == 600)
    }

    /// Issue 14 item 7: the tariff table the e-billing form offers.
    @Test func theTariffTableIsTheOffices() throws {
        let c = try OfficeConfig.parse("""
        [samples.tariffs]
        "Karet remah/PRI" = 200000
        "karet remah/kadar abu" = 150000
        "karet remah" = 500000
        "Air minum dalam kemasan" = 450000
        """)
        func details(_ commodity: String, _ parameters: String) -> SampleDetails {
            SampleDetails(kind: .external, customer: Customer(name: "A"), commodity: commodity, parameters: parameters, quantity: "1")
        }
        let t = c.samplePolicy.tariffs
        #expect(t.amount(for: details("karet remah", "PRI, kadar abu")) == 350_000, "each parameter's entry, added up")
        #expect(t.amount(for: details("Karet Remah ", "PRI, kadar air")) == 500_000, "a parameter without an entry: the commodity's")
        #expect(t.amount(for: details("air minum dalam kemasan", "pH")) == 450_000)
        #expect(t.amount(for: details("Semen", "kuat tekan")) == nil, "no tariff: the officer types the amount")
        #expect(try OfficeConfig.parse(OfficeConfig.defaultText).samplePolicy.tariffs == SampleTariffs())
        #expect(detail("[samples.tariffs]\n\"air\" = 0\n")?.hasPrefix("samples.tariffs.\"air\": ") == true)
    }

    @Test func errorsNameTheKey() {
        #expect(detail("[numbers]\nbpcu = \"BPCU-{year}\"\n")?.hasPrefix("numbers.bpcu: ") == true)
        #expect(detail("[numbers]\nlhp = \"LHP\"\n")?.hasPrefix("numbers.lhp: ") == true)
        #expect(detail("[numbers]\nbpcui = \"BPCU-{year}-{seq:3}\"\n")?.hasPrefix("numbers.bpcui: harus berbeda") == true)
        #expect(detail("[samples]\nbilling_expiry_days = 0\n")?.hasPrefix("samples.billing_expiry_days: ") == true)
        #expect(detail("[samples]\nbilling_expiry_days = \"7\"\n")?.hasPrefix("samples.billing_expiry_days: ") == true)
        #expect(detail("[samples.analysis_minutes]\n\"air\" = 0\n")?.hasPrefix("samples.analysis_minutes.\"air\": ") == true)
    }

    @Test func theConfigReachesTheLog() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            try folder.prepare()
            try writeBytes(Array("[numbers]\nbpcu = \"{seq:2}/BPCU/{year}\"\n[samples]\nbilling_expiry_days = 5\n".utf8), to: folder.configPath)
            let office = try openOffice(folder)
            #expect(office.ledger.samplePolicy.billingExpiryDays == 5)
            let d = SampleDetails(kind: .external, customer: Customer(name: "A"), commodity: "Air", parameters: "pH", quantity: "1 L")
            let records = try office.log.append(.registerSample(receivedAt: testNow, details: d), by: "Siti", at: testNow)
            #expect(records.first?.event.subject == .sample("01/BPCU/2025"))
            let reopened = try openOffice(folder, readOnly: true)
            #expect(reopened.ledger.samples["01/BPCU/2025"] != nil)
            #expect(reopened.ledger.nextSampleNumber(kind: .external, year: 2025) == "02/BPCU/2025")
        }
    }
}

/// `export --format samples`: one row per sample, each step's working time and verdict.
@Suite struct SampleExportTests {
    /// Mon 17 Nov 2025: BPCU-2025-001 walked to hand-over (billing late, LHP late); BPCU-2025-002
    /// waiting at the analyst since 08:50 on the 24th; BPCUI-2025-001 cancelled.
    func office(in scratch: String) throws -> Office {
        let folder = DataFolder(path: scratch + "/data")
        let office = try openOffice(folder)
        func run(_ command: Command, _ at: String) throws {
            try office.log.append(command, by: "Siti", at: Timestamp.parse(at)!)
        }
        func t(_ s: String) -> Date { Timestamp.parse(s)! }
        let customer = Customer(name: "Hendra Gunawan", organisation: "PT Riau Crumb Rubber", contact: "0761-556677")
        let rubber = SampleDetails(kind: .external, letterNumber: "12/RCR/XI/2025", customer: customer, commodity: "Karet remah", parameters: "kadar abu; PRI", quantity: "3 bal", fromRequest: nil)
        try run(.registerSample(receivedAt: t("2025-11-17T08:00:00+07:00"), details: rubber), "2025-11-17T08:00:00+07:00")
        let n = "BPCU-2025-001"
        try run(.recordSample(.received(SampleReceived(sample: n, receivedAt: t("2025-11-17T08:30:00+07:00"), label: "L-1"))), "2025-11-17T08:30:00+07:00")
        try run(.recordSample(.billingIssued(BillingIssued(sample: n, issuedAt: t("2025-11-17T08:40:00+07:00"), code: "820251117000001", amount: 450_000, expiresAt: t("2025-11-24T08:40:00+07:00")))), "2025-11-17T08:40:00+07:00")
        try run(.recordSample(.paid(SamplePaid(sample: n, paidAt: t("2025-11-17T08:45:00+07:00"), ntpn: "0A1B2C3D4E5F6G7H", receiptNumber: "KW-1"))), "2025-11-17T08:45:00+07:00")
        try run(.recordSample(.assigned(SampleAssigned(sample: n, assignedAt: t("2025-11-17T08:50:00+07:00"), analyst: "Rina"))), "2025-11-17T08:50:00+07:00")
        try run(.recordSample(.resultIn(AnalysisResultIn(sample: n, resultAt: t("2025-11-17T14:00:00+07:00")))), "2025-11-17T14:00:00+07:00")
        try run(.makeReport(sample: n, madeAt: t("2025-11-18T08:20:00+07:00"), note: ""), "2025-11-18T08:20:00+07:00")
        try run(.recordSample(.handedOver(ReportHandedOver(sample: n, handedOverAt: t("2025-11-18T08:25:00+07:00")))), "2025-11-18T08:25:00+07:00")

        try run(.registerSample(receivedAt: t("2025-11-24T08:00:00+07:00"), details: rubber), "2025-11-24T08:00:00+07:00")
        let m = "BPCU-2025-002"
        try run(.recordSample(.received(SampleReceived(sample: m, receivedAt: t("2025-11-24T08:10:00+07:00"), label: "L-2"))), "2025-11-24T08:10:00+07:00")
        try run(.recordSample(.billingIssued(BillingIssued(sample: m, issuedAt: t("2025-11-24T08:20:00+07:00"), code: "820251124000002", amount: 450_000, expiresAt: t("2025-12-01T08:20:00+07:00")))), "2025-11-24T08:20:00+07:00")
        try run(.recordSample(.paid(SamplePaid(sample: m, paidAt: t("2025-11-24T08:30:00+07:00"), ntpn: "7K2M9P4Q1R8S3T6U", receiptNumber: "KW-2"))), "2025-11-24T08:30:00+07:00")
        try run(.recordSample(.assigned(SampleAssigned(sample: m, assignedAt: t("2025-11-24T08:50:00+07:00"), analyst: "Dedi"))), "2025-11-24T08:50:00+07:00")

        let internalSample = SampleDetails(kind: .internal, customer: Customer(name: "=Seksi PJT"), commodity: "Pupuk", parameters: "N total", quantity: "1 kg")
        try run(.registerSample(receivedAt: t("2025-11-24T08:00:00+07:00"), details: internalSample), "2025-11-24T08:00:00+07:00")
        try run(.recordSample(.cancelled(SampleCancelled(sample: "BPCUI-2025-001", cancelledAt: t("2025-11-24T08:45:00+07:00"), reason: "Salah kirim"))), "2025-11-24T08:45:00+07:00")
        return office
    }

    func rows(_ text: String) -> [[String]] {
        text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func oneRowPerSampleWithEachStepsTimeAndVerdict() throws {
        try withScratch { scratch in
            let office = try office(in: scratch)
            let now = Timestamp.parse("2025-11-24T15:00:00+07:00")!
            let text = ExportFormat.samples.render(office.ledger, year: 2025, officeName: "", now: now)
            let table = rows(text)
            #expect(table.count == 4)
            #expect(table[0] == SampleExport.header)
            #expect(table[0].count == 22 + 7 * 3 + 6)
            #expect(Array(table[0].suffix(6)) == ["Total Menit Kerja", "Menit Kerja Kantor", "Menit Menunggu Pelanggan", "Langkah Kantor Memenuhi Mutu Baku", "Tarif (Rp)", "Alasan Beda Tarif"])
            #expect(table[0][22...24] == ["Penerimaan Sampel (langkah 1–2) Menit Kerja", "Penerimaan Sampel (langkah 1–2) Mutu Baku", "Penerimaan Sampel (langkah 1–2) Memenuhi"])
            let done = table[1]
            #expect(done[0...3] == ["BPCU-2025-001", "BPCU", "2025-11-17 08:00", "12/RCR/XI/2025"])
            #expect(done[11...20] == ["L-1", "820251117000001", "450000", "2025-11-24 08:40", "0A1B2C3D4E5F6G7H", "KW-1", "Rina", "LHP-2025-001", "Selesai", "2025-11-18 08:25"])
            // 30/40 Ya · 10/5 Tidak · 5 paying (the customer's) · 5/5 Ya · 250/300 Ya · 140/15 Tidak ·
            // 5 collecting (the customer's): 445 in all, 435 the office's, 10 the customer's.
            #expect(Array(done[22...]) == ["30", "40", "Ya", "10", "5", "Tidak", "5", "10", "Pelanggan", "5", "5", "Ya", "250", "300", "Ya", "140", "15", "Tidak", "5", "6", "Pelanggan", "445", "435", "10", "3/5", "", ""])
            // With the analyst since 08:50: 190 + 120 by 15:00, still within 300.
            let running = table[2]
            #expect(running[19] == "Menunggu: Hasil analisa masuk")
            #expect(Array(running[22...]) == ["10", "40", "Ya", "10", "5", "Tidak", "10", "10", "Pelanggan", "20", "5", "Tidak", "310", "300", "Tidak (berjalan)", "", "", "", "", "", "", "360", "350", "10", "1/3", "", ""])
            let cancelled = table[3]
            #expect(cancelled[0...1] == ["BPCUI-2025-001", "BPCUI"])
            #expect(cancelled[4] == "'=Seksi PJT", "a name a spreadsheet would run is defused")
            #expect(cancelled[19...21] == ["Dibatalkan", "2025-11-24 08:45", "Salah kirim"])
            #expect(Array(cancelled[22...27]) == ["45", "40", "Dibatalkan", "", "", ""], "an internal sample has no billing steps")
        }
    }

    @Test func withoutNowOnlyFinishedStepsAndThePublicVariantHidesTheCustomer() throws {
        try withScratch { scratch in
            let office = try office(in: scratch)
            let table = rows(ExportFormat.samples.render(office.ledger, year: 2025, officeName: "", publicVariant: true))
            #expect(table[2][34...36] == ["", "", ""], "a running step is left out without a now")
            #expect(table[1][4...6] == ["H. G.", "PT Riau Crumb Rubber", ""])
            #expect(ExportFormat.samples.fileName(year: 2025) == "sampel-2025.csv")
            #expect(ExportFormat.samples.fileName(year: 2025, publicVariant: true) == "sampel-2025-publik.csv")
            #expect(rows(ExportFormat.samples.render(office.ledger, year: 2024, officeName: "")).count == 1, "only the header for a year without samples")
        }
    }

    @Test func theBinaryExportsSamplesAtPPIDNow() throws {
        try withScratch { scratch in
            let office = try office(in: scratch)
            let run = try Binary.run("ppid-tui", ["export", "--year", "2025", "--format", "samples", "--sep", ";", "--data", office.folder.path],
                                     environment: ["PPID_NOW": "2025-11-24T15:00:00+07:00"], scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.stdout.split(separator: "\r\n")
            #expect(lines.count == 4)
            #expect(lines[2].hasPrefix("BPCU-2025-002;BPCU;2025-11-24 08:00;"))
            #expect(lines[2].hasSuffix(";310;300;Tidak (berjalan);;;;;;;360;350;10;1/3;;"))
        }
    }
}

/// The demo's samples fill every step of the board, some over their standard.
@Suite struct DemoSampleTests {
    @Test func everyStepHasASampleAndSomeAreLate() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/demo")
            let now = Timestamp.parse("2026-11-25T10:00:00+07:00")!
            try DemoData.create(in: folder, now: now)
            let office = try openOffice(folder, readOnly: true)
            #expect(office.log.problems.isEmpty)
            let ledger = office.ledger
            let samples = ledger.sampleNumbers.compactMap { ledger.samples[$0] }
            let waiting = Set(samples.compactMap(\.nextStep))
            #expect(waiting == Set(SampleStep.allCases.dropFirst()), "a sample waits before every step")
            #expect(samples.contains { $0.status == .handedOver })
            #expect(samples.contains { $0.status == .cancelled })
            #expect(samples.contains { $0.kind == .internal })
            #expect(samples.contains { $0.billingExpired(at: now) })
            #expect(samples.contains { $0.details.fromRequest.flatMap { ledger.requests[$0]?.details.topic } == .testing })
            let current = samples.compactMap { $0.currentStepTime(calendar: ledger.calendar, standards: ledger.samplePolicy.standards, now: now) }
            #expect(current.contains { $0.isLate } && current.contains { !$0.isLate })
            // Numbers follow the letters: the oldest letter has the first number.
            let external = samples.filter { $0.kind == .external }
            #expect(external.map(\.number) == external.sorted { $0.registration.receivedAt < $1.registration.receivedAt }.map(\.number))
            #expect(external.first?.number == "BPCU-2026-001")
            // One payment proof per sample: no NTPN, kuitansi or billing code is used twice.
            let ntpns = samples.compactMap(\.payment?.ntpn)
            #expect(Set(ntpns).count == ntpns.count && !ntpns.isEmpty)
            #expect(ntpns.allSatisfy(PaymentCodes.isNTPN))
            let receipts = samples.compactMap(\.payment?.receiptNumber)
            #expect(Set(receipts).count == receipts.count)
            let codes = samples.flatMap { $0.billings.map(\.code) }
            #expect(Set(codes).count == codes.count)
        }
    }

    /// Issue 14 "must show": an objection answered with its dispute window still open, and a
    /// dispute in mediation.
    @Test func theDemoHasAnAnsweredObjectionAndADisputeInMediation() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/demo")
            let now = Timestamp.parse("2026-11-25T10:00:00+07:00")!
            try DemoData.create(in: folder, now: now)
            let office = try openOffice(folder, readOnly: true)
            #expect(office.log.problems.isEmpty)
            let cal = office.ledger.calendar
            let today = cal.day(of: now)
            let objections = office.ledger.objections.map(\.objection)
            #expect(objections.count == 2)
            let windowOpen = try #require(objections.first { $0.answer != nil && $0.disputeFiled == nil })
            #expect(cal.disputeFilingDeadline(of: windowOpen) >= today)
            let mediation = try #require(objections.first { $0.disputeStarted != nil })
            #expect(mediation.disputeStarted?.detail == "mediation" && mediation.disputeSettled == nil)
            #expect(!cal.isDisputeFiledLate(mediation))
            for (r, o) in office.ledger.objections { #expect(!cal.isFiledLate(o, request: r), "\(o.number) is filed in time") }
        }
    }

    @Test func workingMinutesBackFromNowLandInServiceHours() throws {
        let cal = WorkingCalendar(timeZone: jakarta, holidays: [])
        let now = Timestamp.parse("2026-11-25T10:00:00+07:00")!
        for minutes in [0, 1, 15, 120, 121, 180, 420, 2_960, 4_200] {
            let t = DemoSamples.instant(workingMinutes: minutes, before: now, cal)
            #expect(cal.workingMinutes(from: t, to: now) == minutes, "\(minutes)")
        }
        // Two hours back from Wednesday 10:00 is the opening; three is Tuesday 15:00.
        #expect(DemoSamples.instant(workingMinutes: 120, before: now, cal) == Timestamp.parse("2026-11-25T08:00:00+07:00"))
        #expect(DemoSamples.instant(workingMinutes: 180, before: now, cal) == Timestamp.parse("2026-11-24T15:00:00+07:00"))
    }
}
