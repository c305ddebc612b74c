import Foundation

extension Sample {
    /// A new sample from its request letter, or why it cannot be registered.
    static func registered(_ record: EventRecord, _ e: SampleRegistered) throws(SampleError) -> Sample {
        let d = e.details
        try require(e.sample, Phrase(id: "Nomor sampel", en: "The sample number"))
        try require(d.customer.name, Phrase(id: "Nama pelanggan", en: "The customer's name"))
        try require(d.commodity, Phrase(id: "Komoditas", en: "The commodity"))
        try require(d.parameters, Phrase(id: "Parameter uji", en: "The test parameters"))
        try require(d.quantity, Phrase(id: "Jumlah sampel", en: "The quantity"))
        guard e.receivedAt <= record.at else { throw .inFuture(e.sample) }
        var s = Sample(registration: e)
        s.history = [record]
        return s
    }

    /// Why `step` cannot be recorded on this sample now, whatever its time and fields; nil
    /// when it can. The board asks this before opening a step's form, so the officer reads
    /// the same words the rules would give.
    public func refusal(of step: SampleStep) -> SampleError? {
        if cancellation != nil { return .closed(number, .cancelled) }
        if handover != nil { return .closed(number, .handedOver) }
        if step == .requested { return .duplicateNumber(number) }
        if !kind.isBilled, step == .billed || step == .paid { return .internalNotBilled(number) }
        // Payment is checked before the order, so a hand-over tried early names what matters.
        if step == .handedOver, kind.isBilled, payment == nil { return .notPaid(number) }
        // A billing not yet paid may be re-issued.
        if step == .billed, billing != nil, payment == nil { return nil }
        guard let next = nextStep else { return .closed(number, status) }
        if step == next { return nil }
        return time(of: step) != nil ? .alreadyDone(number, step) : .notYet(number, step, missing: next)
    }

    /// The sample after `record`, or why the event is not allowed now.
    func applying(_ record: EventRecord, _ event: SampleEvent, calendar: WorkingCalendar) throws(SampleError) -> Sample {
        var s = self
        s.history.append(record)
        try s.evolve(record, event, calendar: calendar)
        return s
    }

    private mutating func evolve(_ record: EventRecord, _ event: SampleEvent, calendar: WorkingCalendar) throws(SampleError) {
        if let step = event.step, let refused = refusal(of: step) { throw refused }
        if case .cancelled = event, !isOpen { throw .closed(number, status) }
        try checkTime(event, record: record, calendar: calendar)
        switch event {
        case .registered:
            throw .duplicateNumber(number)
        case .received(let e):
            try Sample.require(e.label, Phrase(id: "Label sampel", en: "The sample label"))
            receipt = e
        case .billingIssued(let e):
            guard PaymentCodes.isBillingCode(e.code) else { throw .invalidBillingCode(e.code) }
            guard e.amount > 0 else { throw .invalidAmount }
            guard e.expiresAt > e.issuedAt else { throw .expiryNotAfterIssue }
            billings.append(e)
        case .paid(let e):
            if let b = billing, e.paidAt > b.expiresAt {
                throw .billingExpired(number, code: b.code, expiredAt: calendar.local(b.expiresAt))
            }
            guard PaymentCodes.isNTPN(e.ntpn) else { throw .invalidNTPN(e.ntpn) }
            try Sample.require(e.receiptNumber, Phrase(id: "Nomor kuitansi", en: "The kuitansi number"))
            payment = e
        case .assigned(let e):
            try Sample.require(e.analyst, Phrase(id: "Nama analis", en: "The analyst's name"))
            assignment = e
        case .resultIn(let e):
            result = e
        case .reportMade(let e):
            try Sample.require(e.lhp, Phrase(id: "Nomor LHP", en: "The LHP number"))
            report = e
        case .handedOver(let e):
            handover = e
        case .cancelled(let e):
            try Sample.require(e.reason, Phrase(id: "Alasan pembatalan", en: "The reason for cancelling"))
            cancellation = e
        }
    }

    /// A step happens no earlier than the step before it (a re-issued e-billing no earlier
    /// than the billing it replaces, a payment no earlier than the billing in force) and no
    /// later than it is recorded.
    private func checkTime(_ event: SampleEvent, record: EventRecord, calendar: WorkingCalendar) throws(SampleError) {
        guard event.time <= record.at else { throw .inFuture(number) }
        let previous: Date?
        switch event.step {
        case nil: previous = time(of: lastStep)
        // A re-issue follows the billing it replaces; a payment, the billing in force.
        case .billed? where billing != nil, .paid?: previous = billing?.issuedAt
        case let step?: previous = self.previous(step).flatMap { time(of: $0) }
        }
        if let previous, event.time < previous {
            throw .beforePreviousStep(number, event.step, previous: calendar.local(previous))
        }
    }

    private static func require(_ text: String, _ field: Phrase) throws(SampleError) {
        if text.allSatisfy(\.isWhitespace) { throw .requiredFieldEmpty(field) }
    }
}
