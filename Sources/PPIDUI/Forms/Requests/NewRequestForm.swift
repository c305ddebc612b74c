import Foundation
import PPIDModel

/// `n` on the queue: a new request, received now unless the officer sets an earlier time.
/// Fields in register order (LAW §2).
public struct NewRequestForm: FormSpec {
    /// Now, as the form shows it: the time the form starts with.
    public let now: String

    public init(now: Date, calendar: WorkingCalendar) {
        self.now = FormDates.dateTime(now, calendar)
    }

    public enum Field: String, FormFieldName {
        case channel, received, name, category, address, contact, occupation, nik, topic, subject, purpose, access, medium, delivery
    }

    public var title: Phrase { Phrase(id: "Permohonan Baru", en: "New request") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .channel: .choice(Phrase(id: "Saluran", en: "Channel"), Channel.allCases, selected: .walkIn, required: true)
        case .received: .dateTime(Phrase(id: "Diterima", en: "Received"), self.now)
        case .name: .text(Phrase(id: "Nama pemohon", en: "Requester name"), required: true)
        case .category: .choice(Phrase(id: "Kategori", en: "Category"), RequesterCategory.allCases, selected: .individual, required: true)
        case .address: .text(Phrase(id: "Alamat", en: "Address"), required: true)
        case .contact: .text(Phrase(id: "Nomor kontak", en: "Contact"), hint: Phrase(id: "telepon atau email", en: "phone or e-mail"))
        case .occupation: .text(Phrase(id: "Pekerjaan", en: "Occupation"))
        case .nik: .text(Phrase(id: "NIK (opsional)", en: "ID number (optional)"), maxLength: 32)
        case .topic: .choice(Phrase(id: "Topik", en: "Topic"), Topic.allCases, selected: .testing, required: true)
        case .subject: .text(Phrase(id: "Informasi diminta", en: "Information asked"), required: true)
        case .purpose: .text(Phrase(id: "Tujuan penggunaan", en: "Purpose of use"))
        case .access: .choice(Phrase(id: "Jenis permohonan", en: "Access"), AccessKind.allCases, selected: .view, required: true)
        case .medium: .choice(Phrase(id: "Bentuk informasi", en: "Form"), Medium.allCases, selected: .softcopy, required: true)
        case .delivery: .choice(Phrase(id: "Cara penyampaian", en: "Delivery"), Delivery.allCases, selected: .pickUp, required: true)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        let received = v.dateTime(.received, now: now, calendar: calendar)
        guard let received, let channel = v.choice(.channel, as: Channel.self),
              let category = v.choice(.category, as: RequesterCategory.self), let topic = v.choice(.topic, as: Topic.self) else { return nil }
        let details = RequestDetails(
            requesterName: v[.name], category: category, address: v[.address], contact: v[.contact],
            occupation: v[.occupation], identityNumber: v[.nik], topic: topic, subject: v[.subject],
            purpose: v[.purpose], accessKind: v.choice(.access), medium: v.choice(.medium), delivery: v.choice(.delivery)
        )
        return .register(receivedAt: received, channel: channel, details: details)
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .receivedInFuture, .dateInFuture: .received
        default: nil
        }
    }

    /// A NIK not of 16 digits is allowed by the rules but doubted at the counter.
    public func plausibility(_ command: Command, _ v: inout FormValues<Field>, _ env: AppEnvironment) {
        guard case .register(_, _, let d) = command else { return }
        let nik = d.identityNumber.filter { !$0.isWhitespace }
        if !nik.isEmpty, !(nik.count == 16 && nik.allSatisfy(\.isASCII) && nik.allSatisfy(\.isNumber)) {
            v.setError(.nik, Phrase(id: "NIK 16 angka (kosongkan bila tidak ada)", en: "an ID number is 16 digits (leave empty when none)"))
        }
    }
}
