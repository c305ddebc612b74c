import Foundation
import PPIDModel

/// `X` on an online request nobody has acted on: void it as spam. The registration is undone
/// (an `EventUndone` with the reason, never a deletion), so the number stays used and the
/// figures stay honest.
public struct SpamVoidForm: FormSpec {
    public let number: String
    /// The registration's event, which the undo names.
    public let registration: String

    public init(number: String, registration: String) {
        self.number = number
        self.registration = registration
    }

    /// The reason's prefix, which tells a spam voiding from any other undone registration.
    public static let prefix = EventUndone.spamPrefix

    public enum Field: String, FormFieldName {
        case reason
    }

    public var title: Phrase { Phrase(id: "Batalkan \(number) sebagai spam", en: "Void \(number) as spam") }

    public var notes: [Phrase] {
        [Phrase(id: "Nomornya tetap terpakai; pendaftarannya dibatalkan dengan alasan ini, tidak dihapus.",
                en: "Its number stays used; the registration is undone with this reason, not deleted.")]
    }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"), required: true, hint: Phrase(id: "mis. isian acak, iklan", en: "e.g. random text, advertising"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        .undo(EventUndone(request: number, undoes: registration, reason: Self.prefix + v[.reason]))
    }
}

/// Why `X` does not apply to the request at hand: none chosen, a read-only folder, not an
/// online request, or already acted on (the undo's own rule: only its latest event).
@Sendable func spamVoidRefusal(_ s: AppState, _ env: AppEnvironment) -> Phrase? {
    if let why = requestRefusal(nil, s, env) { return why }
    if let why = readOnlyRefusal(env) { return why }
    guard let number = requestAtHand(s, env), let r = env.ledger.requests[number] else { return nil }
    guard r.channel == .online, !r.voided else {
        return Phrase(id: "Hanya permohonan online yang dapat dibatalkan sebagai spam", en: "Only an online request can be voided as spam")
    }
    guard let history = try? env.ledger.history(of: number, reading: env.reader), r.undoableEvent(in: history)?.id == r.detailsEventID else {
        return Phrase(id: "\(number) sudah ditindaklanjuti: hanya permohonan yang belum disentuh dapat dibatalkan sebagai spam",
                      en: "\(number) has been acted on: only a request nobody has touched can be voided as spam")
    }
    return nil
}

/// Opens the spam form on the request at hand; `spamVoidRefusal` has let it through.
func openSpamVoidForm(_ s: inout AppState, _ env: AppEnvironment) {
    guard let number = requestAtHand(s, env), let r = env.ledger.requests[number] else { return }
    s.overlays.append(.form(Form(SpamVoidForm(number: number, registration: r.detailsEventID))))
}
