import Foundation

/// An objection and the dispute that may follow it, as their events leave them.
public struct Objection: Sendable, Equatable {
    public let filed: ObjectionFiled
    public package(set) var answer: ObjectionAnswered?
    public package(set) var disputeFiled: DisputeStep?
    public package(set) var disputeStarted: DisputeStep?
    public package(set) var disputeSettled: DisputeStep?
    /// The court case after the Commission (Pasal 47–50): filed and decided, then cassation.
    public package(set) var courtFiled: DisputeStep?
    public package(set) var courtDecided: DisputeStep?
    public package(set) var cassationFiled: DisputeStep?
    public package(set) var cassationDecided: DisputeStep?
    /// How the body carried out the decisions, oldest first.
    public package(set) var carriedOut: [DisputeStep] = []

    package init(filed: ObjectionFiled) {
        self.filed = filed
    }

    public var number: String { filed.objection }

    /// Waiting for the superior's answer.
    public var awaitsAnswer: Bool { answer == nil && disputeFiled == nil }
    /// A dispute filed and not yet settled.
    public var disputeOpen: Bool { disputeFiled != nil && disputeSettled == nil }

    /// Which decision stands at `day`: the latest of the superior's answer, the Commission's
    /// settlement and the courts' decisions dated on or before it; nil before any.
    public func decisionInForce(on day: CivilDate) -> DecisionStage? {
        let dated: [(DecisionStage, CivilDate?)] = [
            (.cassation, cassationDecided?.on), (.court, courtDecided?.on), (.commission, disputeSettled?.on), (.superior, answer?.answeredOn),
        ]
        return dated.first { $0.1.map { $0 <= day } ?? false }?.0
    }
}

/// Whose decision the body carried out.
public enum DecisionStage: String, Sendable, Hashable, CaseIterable, Labelled {
    case superior, commission, court, cassation

    public var label: Phrase {
        switch self {
        case .superior: Phrase(id: "Tanggapan atasan PPID", en: "The superior's answer")
        case .commission: Phrase(id: "Putusan Komisi Informasi", en: "The Commission's decision")
        case .court: Phrase(id: "Putusan PTUN/PN", en: "The court's decision")
        case .cassation: Phrase(id: "Putusan Mahkamah Agung", en: "The Supreme Court's decision")
        }
    }
}

/// The periods of LAW §4, in working days.
public enum ObjectionPeriods {
    /// To file an objection after its ground arose (Pasal 36(1)).
    public static let filing = 30
    /// For the superior's written answer (Pasal 36(2)).
    public static let answer = 30
    /// To take the dispute to the Commission after the answer (Pasal 37(2)).
    public static let disputeFiling = 14
    /// For the Commission to start mediation or adjudication (Pasal 38(1)).
    public static let disputeStart = 14
    /// For the Commission to settle (Pasal 38(2)).
    public static let disputeSettlement = 100
}

extension WorkingCalendar {
    /// The day the superior's answer is due: 30 working days from the objection's day 0.
    public func answerDeadline(of o: Objection) -> CivilDate {
        adding(workingDays: ObjectionPeriods.answer, to: deemedReceipt(of: o.filed.receivedAt).day)
    }

    /// The last day to take the dispute to the Commission: 14 working days after the answer,
    /// or after the answer deadline when none came.
    public func disputeFilingDeadline(of o: Objection) -> CivilDate {
        adding(workingDays: ObjectionPeriods.disputeFiling, to: o.answer?.answeredOn ?? answerDeadline(of: o))
    }

    /// The Commission's deadlines from the day the dispute was filed: start, then settlement.
    public func commissionDeadlines(of o: Objection) -> (start: CivilDate, settle: CivilDate)? {
        guard let filed = o.disputeFiled?.on else { return nil }
        return (adding(workingDays: ObjectionPeriods.disputeStart, to: filed), adding(workingDays: ObjectionPeriods.disputeSettlement, to: filed))
    }

    /// The deadline the office or the Commission is working against now, if any.
    public func pendingDeadline(of o: Objection) -> CivilDate? {
        if o.awaitsAnswer { return answerDeadline(of: o) }
        guard let k = commissionDeadlines(of: o), o.disputeOpen else { return nil }
        return o.disputeStarted == nil ? k.start : k.settle
    }

    /// Whether the dispute was taken to the Commission later than 14 working days after the
    /// superior's answer, or after the answer deadline when none came (Pasal 37(2)); false
    /// with no dispute. Recorded all the same: it is a fact.
    public func isDisputeFiledLate(_ o: Objection) -> Bool {
        guard let filed = o.disputeFiled else { return false }
        return filed.on > disputeFilingDeadline(of: o)
    }

    /// When an objection's ground arose and the last day to file it (Pasal 36(1), LAW §4).
    /// Grounds a, d, e, f arise on the written notice. With no notice (grounds c, g) the
    /// deadline in force passes at the end of its last day: the ground arises on the next
    /// working day, which is day 1 of the 30, so the last day is 30 working days after the
    /// deadline.
    public func objectionFilingWindow(for r: Request) -> (arose: CivilDate, last: CivilDate) {
        if let notice = r.decision?.decided.noticeOn {
            return (notice, adding(workingDays: ObjectionPeriods.filing, to: notice))
        }
        let deadline = deadlineDays(of: r).inForce
        return (adding(workingDays: 1, to: deadline), adding(workingDays: ObjectionPeriods.filing, to: deadline))
    }

    /// Whether the objection came later than 30 working days after its ground arose.
    public func isFiledLate(_ o: Objection, request r: Request) -> Bool {
        day(of: o.filed.receivedAt) > objectionFilingWindow(for: r).last
    }

    /// Whether the superior answered after the 30 working days of Pasal 36(2); false while
    /// unanswered (`Overdue` names those). Recorded all the same: it is a fact.
    public func isAnsweredLate(_ o: Objection) -> Bool {
        guard let a = o.answer else { return false }
        return a.answeredOn > answerDeadline(of: o)
    }

    /// Whether the Commission started mediation or adjudication later than 14 working days
    /// after the dispute was filed (Pasal 38(1)).
    public func isDisputeStartedLate(_ o: Objection) -> Bool {
        guard let started = o.disputeStarted, let k = commissionDeadlines(of: o) else { return false }
        return started.on > k.start
    }

    /// Whether the Commission settled later than 100 working days after the dispute was filed
    /// (Pasal 38(2)).
    public func isDisputeSettledLate(_ o: Objection) -> Bool {
        guard let settled = o.disputeSettled, let k = commissionDeadlines(of: o) else { return false }
        return settled.on > k.settle
    }
}
