import Foundation
import Testing
@testable import PPIDModel

/// A sample's steps in order, and every transition the procedure refuses, each with what is missing.
@Suite struct SampleStepTests {
    var bench = SampleBench()
    let letter = "2019-10-14T08:00:00+07:00"

    @Test mutating func everyStepInOrderToTheHandOver() throws {
        let n = try bench.register(letter)
        #expect(n == "BPCU-2019-001")
        #expect(bench.sample(n).status == .open(next: .received))
        for (step, at) in fullWalk {
            try bench.step(n, step, at: at)
            let s = bench.sample(n)
            #expect(s.lastStep == step)
            #expect(s.time(of: step) == time(at))
        }
        let s = bench.sample(n)
        #expect(s.status == .handedOver)
        #expect(s.nextStep == nil)
        #expect(s.receipt?.label == "L-0412")
        #expect(s.billing?.code == "820191014000123")
        #expect(s.payment?.ntpn == "0A1B2C3D4E5F6G7H")
        #expect(s.assignment?.analyst == "Rina Marlina")
        #expect(s.report?.lhp == "LHP-2019-001")
        #expect(try bench.ledger.history(ofSample: n).count == 8)
        #expect(bench.ledger.reportOwners["LHP-2019-001"] == n)
    }

    @Test mutating func eachStepWaitsForTheOneBefore() throws {
        let n = try bench.register(letter)
        let expected: [SampleStep] = [.received, .billed, .paid, .withAnalyst, .resultIn, .reported, .handedOver]
        for ((step, at), next) in zip(fullWalk, expected) {
            #expect(bench.sample(n).nextStep == next)
            #expect(bench.sample(n).status.label == next.waitingLabel)
            try bench.step(n, step, at: at)
        }
    }

    @Test mutating func anInternalSampleSkipsBillingAndIsHandedOverUnpaid() throws {
        let n = try bench.register(letter, kind: .internal)
        #expect(n == "BPCUI-2019-001")
        #expect(bench.sample(n).route == [.requested, .received, .withAnalyst, .resultIn, .reported, .handedOver])
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        #expect(bench.sample(n).nextStep == .withAnalyst)
        #expect(throws: LedgerError.sample(.internalNotBilled(n))) { try bench.step(n, .billed, at: "2019-10-14T08:40:00+07:00") }
        #expect(throws: LedgerError.sample(.internalNotBilled(n))) { try bench.step(n, .paid, at: "2019-10-14T08:40:00+07:00") }
        for (step, at) in fullWalk.dropFirst(3) { try bench.step(n, step, at: at) }
        #expect(bench.sample(n).status == .handedOver)
        #expect(bench.sample(n).payment == nil)
    }

    // MARK: Refused transitions

    @Test mutating func aStepBeforeItsTurnNamesWhatIsMissing() throws {
        let n = try bench.register(letter)
        let at = "2019-10-14T09:00:00+07:00"
        #expect(throws: LedgerError.sample(.notYet(n, .billed, missing: .received))) { try bench.step(n, .billed, at: at) }
        #expect(throws: LedgerError.sample(.notYet(n, .withAnalyst, missing: .received))) { try bench.step(n, .withAnalyst, at: at) }
        try bench.step(n, .received, at: at)
        #expect(throws: LedgerError.sample(.notYet(n, .paid, missing: .billed))) { try bench.step(n, .paid, at: at) }
        try bench.step(n, .billed, at: at)
        #expect(throws: LedgerError.sample(.notYet(n, .withAnalyst, missing: .paid))) { try bench.step(n, .withAnalyst, at: at) }
        try bench.step(n, .paid, at: at)
        #expect(throws: LedgerError.sample(.notYet(n, .resultIn, missing: .withAnalyst))) { try bench.step(n, .resultIn, at: at) }
        try bench.step(n, .withAnalyst, at: at)
        #expect(throws: LedgerError.sample(.notYet(n, .reported, missing: .resultIn))) { try bench.step(n, .reported, at: at) }
        try bench.step(n, .resultIn, at: at)
        #expect(throws: LedgerError.sample(.notYet(n, .handedOver, missing: .reported))) { try bench.step(n, .handedOver, at: at) }
        #expect(LedgerError.sample(.notYet(n, .handedOver, missing: .reported)).message == Phrase(
            id: "BPCU-2019-001: LHP dan kuitansi diserahkan belum dapat dicatat — LHP belum dibuat.",
            en: "BPCU-2019-001: LHP and kuitansi handed over cannot be recorded yet — the LHP is not made yet."
        ))
    }

    @Test mutating func aStepAlreadyRecordedIsRefused() throws {
        let n = try bench.register(letter)
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        #expect(throws: LedgerError.sample(.alreadyDone(n, .received))) { try bench.step(n, .received, at: "2019-10-14T08:40:00+07:00") }
        for (step, at) in fullWalk.dropFirst().prefix(5) { try bench.step(n, step, at: at) }
        #expect(throws: LedgerError.sample(.alreadyDone(n, .reported))) { try bench.step(n, .reported, at: "2019-10-15T08:21:00+07:00") }
        #expect(throws: LedgerError.sample(.alreadyDone(n, .paid))) { try bench.step(n, .paid, at: "2019-10-15T08:21:00+07:00") }
    }

    @Test mutating func theLHPIsNeverHandedOverBeforePayment() throws {
        let n = try bench.register(letter)
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        let expected = LedgerError.sample(.notPaid(n))
        #expect(throws: expected) { try bench.step(n, .handedOver, at: "2019-10-14T09:00:00+07:00") }
        try bench.step(n, .billed, at: "2019-10-14T08:40:00+07:00")
        #expect(throws: expected) { try bench.step(n, .handedOver, at: "2019-10-14T09:00:00+07:00") }
        #expect(bench.sample(n).refusal(of: .handedOver) == .notPaid(n))
        #expect(expected.message == Phrase(
            id: "LHP BPCU-2019-001 tidak dapat diserahkan: pembayaran belum diverifikasi (NTPN dan kuitansi belum dicatat).",
            en: "The LHP of BPCU-2019-001 cannot be handed over: payment is not verified (no NTPN and kuitansi recorded)."
        ))
    }

    @Test mutating func nothingHappensAfterTheHandOverOrACancellation() throws {
        let done = try bench.register(letter)
        for (step, at) in fullWalk { try bench.step(done, step, at: at) }
        #expect(throws: LedgerError.sample(.closed(done, .handedOver))) { try bench.step(done, .billed, at: "2019-10-16T09:00:00+07:00") }
        #expect(bench.refusal(.recordSample(.cancelled(SampleCancelled(sample: done, cancelledAt: time("2019-10-16T09:00:00+07:00"), reason: "salah"))), at: "2019-10-16T09:00:00+07:00") == .sample(.closed(done, .handedOver)))

        let n = try bench.register("2019-10-16T08:00:00+07:00")
        try bench.step(n, .received, at: "2019-10-16T08:30:00+07:00")
        try bench.run(.recordSample(.cancelled(SampleCancelled(sample: n, cancelledAt: time("2019-10-16T08:40:00+07:00"), reason: "Sampel rusak saat diterima"))), at: "2019-10-16T08:45:00+07:00")
        let s = bench.sample(n)
        #expect(s.status == .cancelled)
        #expect(s.nextStep == nil)
        #expect(s.lastStep == .received)
        #expect(throws: LedgerError.sample(.closed(n, .cancelled))) { try bench.step(n, .billed, at: "2019-10-16T09:00:00+07:00") }
        #expect(bench.refusal(.recordSample(.cancelled(SampleCancelled(sample: n, cancelledAt: time("2019-10-16T09:00:00+07:00"), reason: "lagi"))), at: "2019-10-16T09:00:00+07:00") == .sample(.closed(n, .cancelled)))
    }

    @Test mutating func aCancellationNeedsAReasonAndATimeAfterTheLastStep() throws {
        let n = try bench.register(letter)
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        #expect(bench.refusal(.recordSample(.cancelled(SampleCancelled(sample: n, cancelledAt: time("2019-10-14T08:40:00+07:00"), reason: " "))), at: "2019-10-14T08:45:00+07:00")
            == .sample(.requiredFieldEmpty(Phrase(id: "Alasan pembatalan", en: "The reason for cancelling"))))
        let early = bench.refusal(.recordSample(.cancelled(SampleCancelled(sample: n, cancelledAt: time("2019-10-14T08:10:00+07:00"), reason: "x"))), at: "2019-10-14T08:45:00+07:00")
        #expect(early == .sample(.beforePreviousStep(n, nil, previous: wib.local(time("2019-10-14T08:30:00+07:00")))))
        #expect(early?.message.id == "BPCU-2019-001: waktu pembatalan tidak boleh sebelum langkah sebelumnya (2019-10-14 08:30).")
    }

    @Test mutating func aStepDatedBeforeThePreviousOrInTheFutureIsRefused() throws {
        let n = try bench.register(letter)
        let early = bench.refusal(.recordSample(.received(SampleReceived(sample: n, receivedAt: time("2019-10-14T07:59:00+07:00"), label: "L"))), at: "2019-10-14T09:00:00+07:00")
        #expect(early == .sample(.beforePreviousStep(n, .received, previous: wib.local(time(letter)))))
        #expect(early?.message.en == "BPCU-2019-001: sample received cannot be dated before the step before it (2019-10-14 08:00).")
        let future = bench.refusal(.recordSample(.received(SampleReceived(sample: n, receivedAt: time("2019-10-14T09:30:00+07:00"), label: "L"))), at: "2019-10-14T09:00:00+07:00")
        #expect(future == .sample(.inFuture(n)))
    }

    @Test mutating func eachDocumentIsCheckedForWhatItMustHold() throws {
        let n = try bench.register(letter)
        let at = "2019-10-14T09:00:00+07:00"
        func required(_ id: String, _ en: String) -> LedgerError { .sample(.requiredFieldEmpty(Phrase(id: id, en: en))) }
        #expect(bench.refusal(.recordSample(.received(SampleReceived(sample: n, receivedAt: time(at), label: ""))), at: at) == required("Label sampel", "The sample label"))
        try bench.step(n, .received, at: at)
        for bad in ["82019101400012", "8201910140001234", "620191014000123", "82019101400012a", "８２０１９１０１４０００１２３"] {
            #expect(throws: LedgerError.sample(.invalidBillingCode(bad))) { try bench.step(n, .billed, at: at, code: bad) }
        }
        for good in ["720191014000123", "820191014000123", "920191014000123"] { #expect(PaymentCodes.isBillingCode(good)) }
        // Issue 20: nor a trillion rupiah or more (an amount past Int.max crashed exports).
        for amount in [0, Rupiah.limit, Int.max] {
            #expect(bench.refusal(.recordSample(.billingIssued(BillingIssued(sample: n, issuedAt: time(at), code: "820191014000123", amount: amount, expiresAt: time("2019-10-21T09:00:00+07:00")))), at: at) == .sample(.invalidAmount))
        }
        #expect(bench.refusal(.recordSample(.billingIssued(BillingIssued(sample: n, issuedAt: time(at), code: "820191014000123", amount: 5, expiresAt: time(at)))), at: at) == .sample(.expiryNotAfterIssue))
        try bench.step(n, .billed, at: at)
        for bad in ["0A1B2C3D4E5F6G7", "0A1B2C3D4E5F6G7H8", "0A1B-C3D4E5F6G7H", "0A1B2C3D4E5F6G7É"] {
            #expect(throws: LedgerError.sample(.invalidNTPN(bad))) { try bench.step(n, .paid, at: at, ntpn: bad) }
        }
        #expect(PaymentCodes.isNTPN("0a1b2c3d4e5f6g7h"))
        #expect(bench.refusal(.recordSample(.paid(SamplePaid(sample: n, paidAt: time(at), ntpn: "0A1B2C3D4E5F6G7H", receiptNumber: ""))), at: at) == required("Nomor kuitansi", "The kuitansi number"))
        try bench.step(n, .paid, at: at)
        #expect(bench.refusal(.recordSample(.assigned(SampleAssigned(sample: n, assignedAt: time(at), analyst: " "))), at: at) == required("Nama analis", "The analyst's name"))
    }

    @Test mutating func aRegistrationNeedsCustomerCommodityParametersAndQuantity() throws {
        let at = "2019-10-14T09:00:00+07:00"
        func details(name: String = "Budi", commodity: String = "Air", parameters: String = "pH", quantity: String = "1 L") -> SampleDetails {
            SampleDetails(kind: .external, customer: Customer(name: name), commodity: commodity, parameters: parameters, quantity: quantity)
        }
        #expect(bench.refusal(.registerSample(receivedAt: time(at), details: details(name: "")), at: at) == .sample(.requiredFieldEmpty(Phrase(id: "Nama pelanggan", en: "The customer's name"))))
        #expect(bench.refusal(.registerSample(receivedAt: time(at), details: details(commodity: "")), at: at) == .sample(.requiredFieldEmpty(Phrase(id: "Komoditas", en: "The commodity"))))
        #expect(bench.refusal(.registerSample(receivedAt: time(at), details: details(parameters: "")), at: at) == .sample(.requiredFieldEmpty(Phrase(id: "Parameter uji", en: "The test parameters"))))
        #expect(bench.refusal(.registerSample(receivedAt: time(at), details: details(quantity: "")), at: at) == .sample(.requiredFieldEmpty(Phrase(id: "Jumlah sampel", en: "The quantity"))))
        #expect(bench.refusal(.registerSample(receivedAt: time("2019-10-14T09:30:00+07:00"), details: details()), at: at) == .sample(.inFuture("BPCU-2019-001")))
        #expect(bench.ledger.samples.isEmpty)
    }

    @Test mutating func aSampleFromAnIntakeRequestMustBeAboutTesting() throws {
        try bench.ledger.apply(bench.rec.record(registration("PPID-2019-001", "2019-10-10T09:00:00+07:00")))
        var calibration = details()
        calibration.topic = .calibration
        try bench.ledger.apply(bench.rec.record(.requestRegistered(RequestRegistered(request: "PPID-2019-002", receivedAt: time("2019-10-10T09:00:00+07:00"), channel: .walkIn, details: calibration))))
        let n = try bench.register(letter, fromRequest: "PPID-2019-001")
        #expect(bench.sample(n).details.fromRequest == "PPID-2019-001")
        let at = "2019-10-14T09:00:00+07:00"
        func from(_ r: String) -> Command {
            .registerSample(receivedAt: time(at), details: SampleDetails(kind: .external, customer: Customer(name: "B"), commodity: "A", parameters: "p", quantity: "1", fromRequest: r))
        }
        #expect(bench.refusal(from("PPID-2019-002"), at: at) == .sample(.notATestingRequest("PPID-2019-002", .calibration)))
        #expect(bench.refusal(from("PPID-2019-009"), at: at) == .unknownRequest("PPID-2019-009"))
    }

    @Test mutating func eventsForUnknownSamplesOrTakenNumbersAreRefused() throws {
        let at = "2019-10-14T09:00:00+07:00"
        #expect(throws: LedgerError.sample(.unknownSample("BPCU-2019-404"))) { try bench.step("BPCU-2019-404", .received, at: at) }
        let n = try bench.register(letter)
        let again = EventRecord(id: "x", at: time(at), by: "siti", event: .sample(.registered(bench.sample(n).registration)))
        #expect(throws: LedgerError.sample(.duplicateNumber(n))) { try bench.ledger.apply(again) }
        // Two samples cannot share an LHP number, even one typed in by hand.
        for (step, at) in fullWalk.prefix(6) { try bench.step(n, step, at: at) }
        let m = try bench.register("2019-10-15T08:00:00+07:00")
        for (step, at) in [(SampleStep.received, "2019-10-15T08:10:00+07:00"), (.billed, "2019-10-15T08:11:00+07:00"), (.paid, "2019-10-15T08:12:00+07:00"), (.withAnalyst, "2019-10-15T08:13:00+07:00"), (.resultIn, "2019-10-15T08:14:00+07:00")] {
            // Its own payment proofs: one billing code, NTPN and kuitansi are for one sample.
            try bench.step(m, step, at: at, code: "820191015000200", ntpn: "1A1B2C3D4E5F6G7H", kuitansi: "KW-2019-0113")
        }
        let copy = Command.recordSample(.reportMade(ReportMade(sample: m, madeAt: time("2019-10-15T08:30:00+07:00"), lhp: "LHP-2019-001")))
        #expect(bench.refusal(copy, at: "2019-10-15T08:30:00+07:00") == .sample(.duplicateReportNumber("LHP-2019-001")))
        try bench.step(m, .reported, at: "2019-10-15T08:30:00+07:00")
        #expect(bench.sample(m).report?.lhp == "LHP-2019-002")
    }

    // MARK: e-billing expiry

    @Test mutating func anExpiredBillingMustBeReissuedBeforePayment() throws {
        let n = try bench.register(letter)
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        try bench.step(n, .billed, at: "2019-10-14T08:40:00+07:00", code: "820191014000123")
        let s = bench.sample(n)
        #expect(s.billing?.expiresAt == time("2019-10-21T08:40:00+07:00"), "7 days by default, the form's offer")
        #expect(!s.billingExpired(at: time("2019-10-21T08:40:00+07:00")))
        #expect(s.billingExpired(at: time("2019-10-21T08:40:01+07:00")))
        let expired = LedgerError.sample(.billingExpired(n, code: "820191014000123", expiredAt: wib.local(time("2019-10-21T08:40:00+07:00"))))
        #expect(throws: expired) { try bench.step(n, .paid, at: "2019-10-22T09:00:00+07:00") }
        #expect(expired.message == Phrase(
            id: "e-billing 820191014000123 untuk BPCU-2019-001 kedaluwarsa pada 2019-10-21 08:40; terbitkan ulang e-billing sebelum pembayaran.",
            en: "e-billing 820191014000123 for BPCU-2019-001 expired on 2019-10-21 08:40; re-issue the e-billing before payment."
        ))
        // A re-issued billing, then payment within it.
        try bench.step(n, .billed, at: "2019-10-22T09:05:00+07:00", code: "820191022000777", expires: "2019-10-29T09:05:00+07:00")
        let reissued = bench.sample(n)
        #expect(reissued.billings.map(\.code) == ["820191014000123", "820191022000777"])
        #expect(reissued.time(of: .billed) == time("2019-10-14T08:40:00+07:00"), "the wait for payment runs from the first billing")
        #expect(!reissued.billingExpired(at: time("2019-10-22T10:00:00+07:00")))
        try bench.step(n, .paid, at: "2019-10-22T10:00:00+07:00")
        #expect(bench.sample(n).nextStep == .withAnalyst)
        // Once paid, the billing cannot be re-issued, and it never counts as expired again.
        #expect(throws: LedgerError.sample(.alreadyDone(n, .billed))) { try bench.step(n, .billed, at: "2019-10-22T10:05:00+07:00") }
        #expect(!bench.sample(n).billingExpired(at: time("2019-12-31T10:00:00+07:00")))
    }

    @Test mutating func aPaymentAtTheMomentOfExpiryStillCounts() throws {
        let n = try bench.register(letter)
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        try bench.step(n, .billed, at: "2019-10-14T08:40:00+07:00", expires: "2019-10-14T10:00:00+07:00")
        try bench.step(n, .paid, at: "2019-10-14T10:00:00+07:00")
        #expect(bench.sample(n).payment != nil)
    }

    @Test mutating func aReissueIsNotDatedBeforeTheBillingItReplaces() throws {
        let n = try bench.register(letter)
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        try bench.step(n, .billed, at: "2019-10-14T09:40:00+07:00")
        let early = bench.refusal(.recordSample(.billingIssued(BillingIssued(sample: n, issuedAt: time("2019-10-14T09:00:00+07:00"), code: "820191014000124", amount: 1, expiresAt: time("2019-10-21T09:00:00+07:00")))), at: "2019-10-14T10:00:00+07:00")
        #expect(early == .sample(.beforePreviousStep(n, .billed, previous: wib.local(time("2019-10-14T09:40:00+07:00")))))
    }

    @Test mutating func aPaymentIsForTheBillingInForce() throws {
        let n = try bench.register(letter)
        try bench.step(n, .received, at: "2019-10-14T08:30:00+07:00")
        try bench.step(n, .billed, at: "2019-10-14T08:40:00+07:00", expires: "2019-10-14T09:00:00+07:00")
        try bench.step(n, .billed, at: "2019-10-14T10:00:00+07:00", code: "820191014000124")
        // Paid at 09:30: after the first billing expired and before its re-issue.
        let between = bench.refusal(.recordSample(.paid(SamplePaid(sample: n, paidAt: time("2019-10-14T09:30:00+07:00"), ntpn: "0A1B2C3D4E5F6G7H", receiptNumber: "K"))), at: "2019-10-14T10:05:00+07:00")
        #expect(between == .sample(.beforePreviousStep(n, .paid, previous: wib.local(time("2019-10-14T10:00:00+07:00")))))
        try bench.step(n, .paid, at: "2019-10-14T10:05:00+07:00")
    }
}

/// BPCU, BPCUI and LHP numbers: per year, in their formats, taken from the ledger, never reused.
@Suite struct SampleNumberTests {
    @Test func eachKindCountsItsOwnYear() throws {
        var bench = SampleBench()
        #expect(try bench.register("2019-10-14T08:00:00+07:00") == "BPCU-2019-001")
        #expect(try bench.register("2019-10-14T08:05:00+07:00", kind: .internal) == "BPCUI-2019-001")
        #expect(try bench.register("2019-10-14T08:10:00+07:00") == "BPCU-2019-002")
        // The year is the letter's, in office time: 31 Dec 23:30 WIB is still 2019.
        #expect(try bench.register("2019-12-31T23:30:00+07:00") == "BPCU-2019-003")
        #expect(try bench.register("2020-01-02T08:00:00+07:00") == "BPCU-2020-001")
        #expect(bench.ledger.sampleNumbers == ["BPCU-2019-001", "BPCUI-2019-001", "BPCU-2019-002", "BPCU-2019-003", "BPCU-2020-001"])
        #expect(bench.ledger.samples(receivedIn: 2019).count == 4)
        #expect(bench.ledger.sampleYears == [2019, 2020])
    }

    @Test func aCancelledSampleKeepsItsNumber() throws {
        var bench = SampleBench()
        let first = try bench.register("2019-10-14T08:00:00+07:00")
        try bench.run(.recordSample(.cancelled(SampleCancelled(sample: first, cancelledAt: time("2019-10-14T08:10:00+07:00"), reason: "Surat ditarik"))), at: "2019-10-14T08:10:00+07:00")
        #expect(try bench.register("2019-10-14T08:20:00+07:00") == "BPCU-2019-002")
    }

    @Test func numbersFollowTheOfficeFormatsAndSkipOnesTakenByHand() throws {
        let policy = SamplePolicy(
            bpcu: try #require(RegistrationNumbering(pattern: "{seq:4}/BPCU/BSPJI-PKU/{year}")),
            bpcui: try #require(RegistrationNumbering(pattern: "{seq:2}/BPCUI/{year}")),
            lhp: try #require(RegistrationNumbering(pattern: "LHP.{year}.{seq:5}"))
        )
        var bench = SampleBench(policy: policy)
        // A number written by hand into the log (an import, another version) is skipped.
        let typed = SampleRegistered(sample: "0001/BPCU/BSPJI-PKU/2019", receivedAt: time("2019-10-14T08:00:00+07:00"),
                                     details: SampleDetails(kind: .external, customer: Customer(name: "A"), commodity: "Air", parameters: "pH", quantity: "1 L"))
        try bench.ledger.apply(bench.rec.record(.sample(.registered(typed)), at: time("2019-10-14T08:00:00+07:00")))
        let n = try bench.register("2019-10-14T08:00:00+07:00")
        #expect(n == "0002/BPCU/BSPJI-PKU/2019")
        #expect(try bench.register("2019-10-14T08:00:00+07:00", kind: .internal) == "01/BPCUI/2019")
        for (step, at) in fullWalk.prefix(6) { try bench.step(n, step, at: at) }
        #expect(bench.sample(n).report?.lhp == "LHP.2019.00001")
        #expect(bench.ledger.nextReportNumber(year: 2019) == "LHP.2019.00002")
        #expect(bench.ledger.nextReportNumber(year: 2020) == "LHP.2020.00001")
    }


    @Test func aBatchIsCheckedSampleBySample() throws {
        let bench = SampleBench()
        let at = time("2019-10-14T08:00:00+07:00")
        let d = SampleDetails(kind: .external, customer: Customer(name: "A"), commodity: "Air", parameters: "pH", quantity: "1 L")
        let reg = EventRecord(id: "a", at: at, by: "siti", event: .sample(.registered(SampleRegistered(sample: "BPCU-2019-001", receivedAt: at, details: d))))
        let rec = EventRecord(id: "b", at: at, by: "siti", event: .sample(.received(SampleReceived(sample: "BPCU-2019-001", receivedAt: at, label: "L"))))
        let bill = EventRecord(id: "c", at: at, by: "siti", event: .sample(.paid(SamplePaid(sample: "BPCU-2019-001", paidAt: at, ntpn: "0A1B2C3D4E5F6G7H", receiptNumber: "K"))))
        try bench.ledger.check([reg, rec])
        #expect(throws: LedgerError.sample(.notYet("BPCU-2019-001", .paid, missing: .billed))) { try bench.ledger.check([reg, rec, bill]) }
        #expect(bench.ledger.samples.isEmpty, "check changes nothing")
    }
}
