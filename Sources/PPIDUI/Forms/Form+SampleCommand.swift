import Foundation
import PPIDModel

extension Form {
    /// The command of a sample form, or nil with the bad fields marked.
    mutating func sampleCommand(_ purpose: SampleFormPurpose, now: Date, calendar: WorkingCalendar) -> Command? {
        let when = dateTime("when", now: now, calendar: calendar)
        switch purpose {
        case .register(let fromRequest):
            guard let when, let kind = SampleKind(rawValue: value("kind")) else { return nil }
            let details = SampleDetails(
                kind: kind, letterNumber: value("letter"),
                customer: Customer(name: value("name"), organisation: value("organisation"), contact: value("contact")),
                commodity: value("commodity"), parameters: value("parameters"), quantity: value("quantity"), fromRequest: fromRequest
            )
            return .registerSample(receivedAt: when, details: details)
        case .cancel(let n):
            guard let when else { return nil }
            return .recordSample(.cancelled(SampleCancelled(sample: n, cancelledAt: when, reason: value("reason"))))
        case .step(let n, let step):
            let event: SampleEvent?
            switch step {
            case .requested, .received:
                event = when.map { .received(SampleReceived(sample: n, receivedAt: $0, label: value("label"))) }
            case .billed:
                let code = value("code").filter { !$0.isWhitespace }
                if !code.isEmpty, !PaymentCodes.isBillingCode(code) {
                    setError("code", Phrase(id: "15 angka diawali 7, 8, atau 9", en: "15 digits starting 7, 8 or 9"))
                }
                let amount = rupiah("amount")
                let days = Int(value("days"))
                if !value("days").isEmpty, !(1...90).contains(days ?? 0) { setError("days", Phrase(id: "1 sampai 90", en: "1 to 90")) }
                // Another amount than the office's tariff needs its reason (issue 14 item 7).
                let tariff = Int(value("tariff"))
                let reason = tariff != nil && amount != tariff ? value("reason").trimmingCharacters(in: .whitespaces) : ""
                if let tariff, let amount, amount != tariff, reason.isEmpty {
                    setError("reason", Phrase(id: "wajib: jumlah berbeda dari tarif Rp \(PaymentCodes.rupiah(tariff))", en: "required: the amount differs from the tariff, Rp \(PaymentCodes.rupiah(tariff))"))
                }
                guard let when, let amount, let days, (1...90).contains(days), PaymentCodes.isBillingCode(code) else { return nil }
                if let tariff, amount != tariff, reason.isEmpty { return nil }
                event = .billingIssued(BillingIssued(sample: n, issuedAt: when, code: code, amount: amount, expiresAt: when.addingTimeInterval(Double(days) * 86_400), amountReason: reason))
            case .paid:
                let ntpn = value("ntpn").filter { !$0.isWhitespace }.uppercased()
                if !ntpn.isEmpty, !PaymentCodes.isNTPN(ntpn) { setError("ntpn", Phrase(id: "16 huruf dan angka", en: "16 letters and digits")) }
                guard let when, PaymentCodes.isNTPN(ntpn) else { return nil }
                event = .paid(SamplePaid(sample: n, paidAt: when, ntpn: ntpn, receiptNumber: value("receipt")))
            case .withAnalyst:
                event = when.map { .assigned(SampleAssigned(sample: n, assignedAt: $0, analyst: value("analyst"))) }
            case .resultIn:
                event = when.map { .resultIn(AnalysisResultIn(sample: n, resultAt: $0, note: value("note"))) }
            case .reported:
                return when.map { .makeReport(sample: n, madeAt: $0, note: value("note")) }
            case .handedOver:
                event = when.map { .handedOver(ReportHandedOver(sample: n, handedOverAt: $0, receivedBy: value("by"))) }
            }
            return event.map(Command.recordSample)
        }
    }

    /// Whole rupiah, dots between thousands allowed; more than 0. Marks the field otherwise.
    private mutating func rupiah(_ id: String) -> Int? {
        let text = value(id)
        guard !text.isEmpty else { return nil }
        guard let amount = Int(text.filter { $0 != "." }), amount > 0 else {
            setError(id, Phrase(id: "rupiah tanpa koma, lebih dari 0, mis. 450000", en: "whole rupiah above 0, e.g. 450000"))
            return nil
        }
        return amount
    }
}
