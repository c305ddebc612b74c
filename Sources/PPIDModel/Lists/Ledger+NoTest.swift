import Foundation

extension Ledger {
    /// Requests received in `period` whose refusal on a Pasal 17 ground came from an imported
    /// register without a consequence test (issue 22): history, counted apart in the report.
    public func refusalsWithoutTest(in period: ReportPeriod) -> [Request] {
        requests.filter { r in
            guard !r.voided, let d = r.decision?.decided, d.fromRegister, d.tests.isEmpty,
                  d.grounds.contains(where: { if case .exception = $0 { true } else { false } }) else { return false }
            return period.contains(calendar.day(of: r.receivedAt))
        }
    }
}
