import Foundation
import PPIDModel
import PPIDStore

extension Form {
    /// The form's command once the form and the rules both accept it; otherwise nil, with the
    /// reason marked at its field. The rules are asked through `decide` (what the
    /// confirmation's write runs), so `y` never fails for a reason the form could have shown.
    mutating func checkedCommand(_ env: AppEnvironment) -> Command? {
        guard let command = command(now: env.now, calendar: env.calendar) else { return nil }
        plausibility(command, env)
        if fields.contains(where: { $0.error != nil && $0.isVisible }) {
            focusFirstError()
            return nil
        }
        if let refused = refusal(of: command, env.ledger, now: env.now, by: env.officer) {
            setError(ruleField(refused), refused.message)
            focusFirstError()
            return nil
        }
        return command
    }

    /// What the rules allow but the counter doubts, marked at the field: a NIK not of 16 digits,
    /// an amount outside the config's range, ground c while the request is still in its period.
    mutating func plausibility(_ command: Command, _ env: AppEnvironment) {
        func rupiah(_ n: Int) -> String { "Rp " + PaymentCodes.rupiah(n) }
        switch command {
        case .register(_, _, let d):
            let nik = d.identityNumber.filter { !$0.isWhitespace }
            if !nik.isEmpty, !(nik.count == 16 && nik.allSatisfy(\.isASCII) && nik.allSatisfy(\.isNumber)) {
                setError("nik", Phrase(id: "NIK 16 angka (kosongkan bila tidak ada)", en: "an ID number is 16 digits (leave empty when none)"))
            }
        case .decide(let e) where !env.forms.feeRange.contains(e.fee):
            let r = env.forms.feeRange
            setError("fee", Phrase(id: "di luar \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms] fee_max)",
                                   en: "outside \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms] fee_max)"))
        case .recordSample(.billingIssued(let b)) where !env.forms.billingRange.contains(b.amount):
            let r = env.forms.billingRange
            setError("amount", Phrase(id: "di luar \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms])",
                                      en: "outside \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms])"))
        case .fileObjection(let number, _, let grounds, _, _) where grounds.contains(.c):
            if let r = env.ledger.requests[number], r.status.isOpen {
                let due = env.calendar.deadline(of: r).inForce
                if env.today <= due {
                    setError("grounds", Phrase(id: "huruf c (tidak ditanggapi) belum berlaku: jangka waktu sampai \(due)",
                                               en: "letter c (not answered) cannot apply yet: the period runs to \(due)"))
                }
            }
        default:
            break
        }
    }

    /// What the summary asks the officer to look at again before `y`: a receipt time further
    /// back than the config's days, an analyst not on the config's list.
    static func doubts(_ command: Command, _ env: AppEnvironment) -> [Phrase] {
        var doubts: [Phrase] = []
        let received: Date? = switch command {
        case .register(let at, _, _), .fileObjection(_, let at, _, _, _), .registerSample(let at, _): at
        default: nil
        }
        if let received {
            let days = env.today.ordinal - env.calendar.day(of: received).ordinal
            if days > env.forms.receiptDaysBack {
                doubts.append(Phrase(id: "⚠ Waktu diterima \(days) hari yang lalu (lebih dari \(env.forms.receiptDaysBack)): benarkah tanggalnya?",
                                     en: "⚠ Received \(days) days ago (more than \(env.forms.receiptDaysBack)): is the date right?"))
            }
        }
        if case .recordSample(.assigned(let a)) = command, !env.forms.analysts.isEmpty, !env.forms.analysts.contains(a.analyst) {
            doubts.append(Phrase(id: "⚠ Analis baru: \(a.analyst) tidak ada di daftar analis (config [forms] analysts)",
                                 en: "⚠ New analyst: \(a.analyst) is not on the analysts' list (config [forms] analysts)"))
        }
        return doubts
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
            case .beforePreviousStep, .inFuture, .billingExpired: first("when", "received")
            case .proofUsed(.ntpn, _, _): first("ntpn")
            case .proofUsed(.billingCode, _, _): first("code")
            case .proofUsed(.kuitansi, _, _): first("receipt")
            case .amountNotTariff: first("reason", "amount")
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
