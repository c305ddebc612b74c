import Foundation

/// What an officer may do to a sample, before a form says how.
public enum SampleAction: Sendable, Hashable {
    /// Record the step that comes next on the sample's route.
    case next
    /// Hand over the LHP and kuitansi.
    case handOver
    /// Issue or re-issue the e-billing.
    case bill
    /// Correct a recorded step's time.
    case correctTime
    case cancel
}

/// The rules of procedure PK.TU-PJT.02 a sample's event must keep, checked when the event is
/// decided, never when it is replayed.
extension Sample {
    /// Why `action` cannot be taken on this sample as it stands; nil when it can. The board
    /// asks this before opening a form, so the officer reads the words the rules would give.
    public func refusal(of action: SampleAction) -> SampleError? {
        switch action {
        case .next:
            guard let next = nextStep else { return .closed(number, status) }
            return refusal(of: next)
        case .handOver: return refusal(of: SampleStep.handedOver)
        case .bill: return refusal(of: SampleStep.billed)
        case .correctTime: return nil
        case .cancel: return isOpen ? nil : .closed(number, status)
        }
    }

    /// Why a sample may not be registered from this request letter, or nil.
    static func refusal(ofRegistration e: SampleRegistered, recordedAt: Date) -> SampleError? {
        let d = e.details
        if let missing = [
            (e.sample, Phrase(id: "Nomor sampel", en: "The sample number")),
            (d.customer.name, Phrase(id: "Nama pelanggan", en: "The customer's name")),
            (d.commodity, Phrase(id: "Komoditas", en: "The commodity")),
            (d.parameters, Phrase(id: "Parameter uji", en: "The test parameters")),
            (d.quantity, Phrase(id: "Jumlah sampel", en: "The quantity")),
        ].first(where: { isBlank($0.0) }) {
            return .requiredFieldEmpty(missing.1)
        }
        return e.receivedAt <= recordedAt ? nil : .inFuture(e.sample)
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

    /// Why `event`, recorded by `record`, may not happen to this sample now, or nil.
    func refusal(of event: SampleEvent, record: EventRecord, calendar: WorkingCalendar) -> SampleError? {
        if case .stepCorrected(let c) = event { return correctionRefusal(c, record: record, calendar: calendar) }
        if let step = event.step, let refused = refusal(of: step) { return refused }
        if case .cancelled = event, let refused = refusal(of: SampleAction.cancel) { return refused }
        if let late = timeRefusal(event, record: record, calendar: calendar) { return late }
        switch event {
        case .registered:
            return .duplicateNumber(number)
        case .received(let e):
            return Sample.blank(e.label, Phrase(id: "Label sampel", en: "The sample label"))
        case .billingIssued(let e):
            guard PaymentCodes.isBillingCode(e.code) else { return .invalidBillingCode(e.code) }
            guard e.amount > 0, Rupiah.isPlausible(e.amount) else { return .invalidAmount }
            return e.expiresAt > e.issuedAt ? nil : .expiryNotAfterIssue
        case .paid(let e):
            if let b = billing, e.paidAt > b.expiresAt {
                return .billingExpired(number, code: b.code, expiredAt: calendar.local(b.expiresAt))
            }
            guard PaymentCodes.isNTPN(e.ntpn) else { return .invalidNTPN(e.ntpn) }
            return Sample.blank(e.receiptNumber, Phrase(id: "Nomor kuitansi", en: "The kuitansi number"))
        case .assigned(let e):
            return Sample.blank(e.analyst, Phrase(id: "Nama analis", en: "The analyst's name"))
        case .reportMade(let e):
            return Sample.blank(e.lhp, Phrase(id: "Nomor LHP", en: "The LHP number"))
        case .resultIn, .handedOver:
            return nil
        case .cancelled(let e):
            return Sample.blank(e.reason, Phrase(id: "Alasan pembatalan", en: "The reason for cancelling"))
        case .stepCorrected:
            return nil
        }
    }

    /// A step's time is corrected only once it is recorded, with a reason, to a time between
    /// the steps around it and no later than the correction is recorded.
    private func correctionRefusal(
        _ c: SampleStepCorrected, record: EventRecord, calendar: WorkingCalendar
    ) -> SampleError? {
        guard time(of: c.step) != nil else { return .notYet(number, c.step, missing: nextStep ?? c.step) }
        if let blank = Sample.blank(c.reason, Phrase(id: "Alasan koreksi", en: "The reason for the correction")) {
            return blank
        }
        guard c.time <= record.at else { return .inFuture(number) }
        if let before = previous(c.step).flatMap({ time(of: $0) }), c.time < before {
            return .beforePreviousStep(number, c.step, previous: calendar.local(before))
        }
        let later = route.drop { $0 != c.step }.dropFirst().compactMap { time(of: $0) }.min()
        if let later, c.time > later { return .afterNextStep(number, c.step, next: calendar.local(later)) }
        return nil
    }

    /// A step happens no earlier than the step before it (a re-issued e-billing no earlier
    /// than the billing it replaces, a payment no earlier than the billing in force) and no
    /// later than it is recorded.
    private func timeRefusal(_ event: SampleEvent, record: EventRecord, calendar: WorkingCalendar) -> SampleError? {
        guard event.time <= record.at else { return .inFuture(number) }
        let previous: Date?
        switch event.step {
        case nil: previous = time(of: lastStep)
        // A re-issue follows the billing it replaces; a payment, the billing in force.
        case .billed? where billing != nil, .paid?: previous = billing?.issuedAt
        case let step?: previous = self.previous(step).flatMap { time(of: $0) }
        }
        if let previous, event.time < previous {
            return .beforePreviousStep(number, event.step, previous: calendar.local(previous))
        }
        return nil
    }

    private static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    private static func blank(_ text: String, _ field: Phrase) -> SampleError? {
        isBlank(text) ? .requiredFieldEmpty(field) : nil
    }
}
