import Foundation

/// What `check` and the detail view warn of: recorded events that look odd under the current
/// config. They stay facts; nothing here refuses anything.
extension Ledger {
    /// Why `record` looks odd against the ledger as it stands and today's calendar: what the
    /// rules would refuse now, and a date of the event on a day now off. `histories` as for `check`.
    public func warnings(about record: EventRecord, histories: [String: [EventRecord]] = [:]) -> [LedgerError] {
        [refusal(of: record, histories: histories), Ledger.dayOffWarning(record, calendar: calendar), Ledger.noTestWarning(record)].compactMap { $0 }
    }

    /// An imported register's refusal on a Pasal 17 ground: history, recorded without a
    /// consequence test, and marked so (issue 22).
    static func noTestWarning(_ record: EventRecord) -> LedgerError? {
        guard case .requestDecided(let d) = record.event, d.fromRegister, d.tests.isEmpty,
              case .exception(let letter)? = d.grounds.first(where: { if case .exception = $0 { true } else { false } }) else { return nil }
        return .lists(.noTestOnRecord(d.request, letter))
    }

    /// The warning for an office's act dated on a day `calendar` counts as off (a closure added
    /// in config after the notice was sent), or nil.
    static func dayOffWarning(_ record: EventRecord, calendar: WorkingCalendar) -> LedgerError? {
        let dated: (String, Phrase, CivilDate)?
        switch record.event {
        case .requestDecided(let e): dated = (e.request, Phrase(id: "Tanggal pemberitahuan", en: "The notice date"), e.noticeOn)
        case .informationHandedOver(let e): dated = (e.request, Phrase(id: "Tanggal penyerahan", en: "The hand-over date"), e.handedOverOn)
        case .requestDeclaredComplete(let e): dated = (e.request, Phrase(id: "Tanggal dinyatakan lengkap", en: "The completion date"), calendar.day(of: e.completedAt))
        case .objectionAnswered(let e): dated = (e.objection, Phrase(id: "Tanggal tanggapan atasan", en: "The superior's answer date"), e.answeredOn)
        case .sample(let e) where e.step != nil && e.step != .paid:
            dated = (e.sample, Phrase(id: "Tanggal langkah sampel", en: "The sample step's date"), calendar.day(of: e.time))
        default: dated = nil
        }
        guard let (number, field, date) = dated, let off = calendar.dayOff(date) else { return nil }
        return .datedOnDayOff(number, field, date, off)
    }
}
