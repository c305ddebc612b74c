import Foundation
import PPIDModel

extension Form {
    /// The form's command once the form and the rules both accept it; otherwise nil, with the
    /// reason marked at its field. The rules are asked with the ledger's dry run (the one the
    /// confirmation's write makes), so `y` never fails for a reason the form could have shown.
    mutating func checkedCommand(_ env: AppEnvironment) -> Command? {
        guard let command = command(now: env.now, calendar: env.calendar) else { return nil }
        let records = command.events(in: env.ledger).enumerated().map { i, event in
            EventRecord(id: "check-\(i)", at: env.now, by: env.officer, event: event)
        }
        do throws(LedgerError) {
            try env.ledger.check(records)
        } catch {
            let field = ruleField(error)
            setError(field, error.message)
            focusFirstError()
            return nil
        }
        return command
    }

    /// The field a rule's refusal is about: the date or time it compares, else the focused one.
    func ruleField(_ error: LedgerError) -> String {
        let present = Set(visibleIndices.map { fields[$0].id })
        func first(_ ids: String...) -> String? { ids.first(where: present.contains) }
        let named: String? = switch error {
        case .decisionBeforeReceipt: first("notice")
        case .handoverBeforeNotice, .answerBeforeObjection, .disputeTooEarly, .disputeStepOutOfOrder: first("date")
        case .withdrawnBeforeReceipt: first("when")
        case .objectionBeforeRequest, .receivedInFuture: first("received")
        case .groundRequired: first("ground")
        case .objectionGroundsRequired: first("grounds")
        case .negativeFee: first("fee")
        case .sample(let e):
            switch e {
            case .invalidBillingCode: first("code")
            case .invalidAmount: first("amount")
            case .expiryNotAfterIssue: first("days")
            case .invalidNTPN: first("ntpn")
            case .duplicateReportNumber: first("report", "lhp")
            case .beforePreviousStep, .inFuture: first("when", "received")
            default: nil
            }
        case .dateInFuture: first("notice", "date", "when", "received")
        default: nil
        }
        return named ?? fields[focus].id
    }

    /// The status line after a refused save: the first marked field and why.
    func errorSummary(_ lang: Language) -> Phrase {
        guard let field = fields.first(where: { $0.error != nil && $0.isVisible }), let error = field.error else {
            return Phrase(id: "Periksa isian yang ditandai", en: "Check the marked fields")
        }
        let count = fields.filter { $0.error != nil && $0.isVisible }.count
        let more = count > 1 ? Phrase(id: " (dan \(count - 1) isian lain)", en: " (and \(count - 1) more)") : Phrase(id: "", en: "")
        return Phrase(id: "Periksa isian yang ditandai — \(field.label.id): \(error.id)\(more.id)",
                      en: "Check the marked fields — \(field.label.en): \(error.en)\(more.en)")
    }
}
