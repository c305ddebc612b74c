import Foundation
import PPIDModel

/// The log lines of a sample's events: `"type":"sample.…"`, `"sample":"<BPCU/BPCUI number>"`,
/// then the step's fields, e.g.
///
///     {"v":1,…,"type":"sample.paid","sample":"BPCU-2026-004","paid_at":"2026-11-24T10:05:00+07:00","ntpn":"0A1B2C3D4E5F6G7H","receipt_number":"KW-2026-0112"}
extension EventCodec {
    /// A sample's event of this `type`; nil when the type is a request's.
    static func sampleEvent<Source: FieldSource>(type: EventType, _ f: Fields<Source>) throws(Problem) -> SampleEvent? {
        switch type {
        case .requestRegistered, .requestCorrected, .requestReturnedIncomplete, .requestDeclaredComplete, .requestExtended,
             .requestDecided, .informationHandedOver, .requestWithdrawn, .eventUndone, .objectionFiled, .objectionAnswered, .disputeStep,
             .letterMade, .groundClassified, .testRecorded, .testCorrected, .testRevoked, .publicEntrySet, .publicEntryRemoved, .publicListDecided:
            return nil
        default:
            break
        }
        let sample = try f.string("sample")
        switch type {
        case .sampleRegistered:
            let details = SampleDetails(
                kind: try f.enumeration("kind"), letterNumber: try f.string("letter_number"),
                customer: Customer(name: try f.string("name"), organisation: try f.string("organisation"), contact: try f.string("contact")),
                commodity: try f.string("commodity"), parameters: try f.string("parameters"), quantity: try f.string("quantity"),
                fromRequest: try f.optionalString("from_request")
            )
            return .registered(SampleRegistered(sample: sample, receivedAt: try f.time("received_at"), details: details))
        case .sampleReceived:
            return .received(SampleReceived(sample: sample, receivedAt: try f.time("received_at"), label: try f.string("label")))
        case .sampleBillingIssued:
            return .billingIssued(BillingIssued(
                sample: sample, issuedAt: try f.time("issued_at"), code: try f.string("billing_code"),
                amount: try f.int("amount"), expiresAt: try f.time("expires_at"), amountReason: try f.optionalString("amount_reason") ?? ""
            ))
        case .samplePaid:
            return .paid(SamplePaid(sample: sample, paidAt: try f.time("paid_at"), ntpn: try f.string("ntpn"), receiptNumber: try f.string("receipt_number")))
        case .sampleAssigned:
            return .assigned(SampleAssigned(sample: sample, assignedAt: try f.time("assigned_at"), analyst: try f.string("analyst")))
        case .sampleResultIn:
            return .resultIn(AnalysisResultIn(sample: sample, resultAt: try f.time("result_at"), note: try f.string("note")))
        case .sampleReportMade:
            return .reportMade(ReportMade(sample: sample, madeAt: try f.time("made_at"), lhp: try f.string("lhp"), note: try f.string("note")))
        case .sampleHandedOver:
            return .handedOver(ReportHandedOver(sample: sample, handedOverAt: try f.time("handed_over_at"), receivedBy: try f.string("received_by")))
        case .sampleCancelled:
            return .cancelled(SampleCancelled(sample: sample, cancelledAt: try f.time("cancelled_at"), reason: try f.string("reason")))
        case .sampleStepCorrected:
            let code = try f.string("step")
            guard let step = SampleStep.allCases.first(where: { stepCode($0) == code }) else { throw .field("step", "unknown \"\(code)\"") }
            return .stepCorrected(SampleStepCorrected(sample: sample, step: step, time: try f.time("time"), reason: try f.string("reason")))
        default:
            return nil
        }
    }
}

extension EventCodec {
    /// A step as a corrected line names it.
    static func stepCode(_ step: SampleStep) -> String {
        switch step {
        case .requested: "requested"
        case .received: "received"
        case .billed: "billed"
        case .paid: "paid"
        case .withAnalyst: "with_analyst"
        case .resultIn: "result_in"
        case .reported: "reported"
        case .handedOver: "handed_over"
        }
    }
}

extension EventCodec.Writer {
    /// The fields of a sample's event, after its `type` and `sample`.
    mutating func sample(_ e: SampleEvent) {
        switch e {
        case .registered(let e):
            time("received_at", e.receivedAt)
            string("kind", e.details.kind.rawValue)
            string("letter_number", e.details.letterNumber)
            string("name", e.details.customer.name)
            string("organisation", e.details.customer.organisation)
            string("contact", e.details.customer.contact)
            string("commodity", e.details.commodity)
            string("parameters", e.details.parameters)
            string("quantity", e.details.quantity)
            optional("from_request", e.details.fromRequest)
        case .received(let e):
            time("received_at", e.receivedAt)
            string("label", e.label)
        case .billingIssued(let e):
            time("issued_at", e.issuedAt)
            string("billing_code", e.code)
            int("amount", e.amount)
            time("expires_at", e.expiresAt)
            if !e.amountReason.isEmpty { string("amount_reason", e.amountReason) }
        case .paid(let e):
            time("paid_at", e.paidAt)
            string("ntpn", e.ntpn)
            string("receipt_number", e.receiptNumber)
        case .assigned(let e):
            time("assigned_at", e.assignedAt)
            string("analyst", e.analyst)
        case .resultIn(let e):
            time("result_at", e.resultAt)
            string("note", e.note)
        case .reportMade(let e):
            time("made_at", e.madeAt)
            string("lhp", e.lhp)
            string("note", e.note)
        case .handedOver(let e):
            time("handed_over_at", e.handedOverAt)
            string("received_by", e.receivedBy)
        case .cancelled(let e):
            time("cancelled_at", e.cancelledAt)
            string("reason", e.reason)
        case .stepCorrected(let e):
            string("step", EventCodec.stepCode(e.step))
            time("time", e.time)
            string("reason", e.reason)
        }
    }
}
