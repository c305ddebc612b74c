import Foundation
import PPIDModel

/// `n` on the sample board: a request letter for testing (procedure PK.TU-PJT.02); from an
/// intake request, its requester's name and contact filled in.
public struct NewSampleForm: FormSpec {
    /// The intake request it started from, if any.
    public let fromRequest: String?
    let now: String
    let name: String
    let contact: String

    public init(now: Date, calendar: WorkingCalendar, from request: Request? = nil) {
        fromRequest = request?.number
        self.now = FormDates.dateTime(now, calendar)
        name = request?.details.requesterName ?? ""
        contact = request?.details.contact ?? ""
    }

    public enum Field: String, SampleTimeField {
        case kind, when, letter, name, organisation, contact, commodity, parameters, quantity
    }

    public var title: Phrase {
        fromRequest.map { Phrase(id: "Permintaan uji dari \($0)", en: "Testing request from \($0)") }
            ?? Phrase(id: "Permintaan Uji Sampel Baru", en: "New sample request")
    }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .kind: .choice(Phrase(id: "Jenis", en: "Kind"), SampleKind.allCases, selected: .external, required: true)
        case .when: .dateTime(Phrase(id: "Surat diterima", en: "Letter received"), now)
        case .letter: .text(Phrase(id: "No. surat", en: "Letter number"))
        case .name: .text(Phrase(id: "Nama pelanggan", en: "Customer name"), value: name, required: true)
        case .organisation: .text(Phrase(id: "Organisasi", en: "Organisation"), hint: Phrase(id: "perusahaan, instansi, atau unit", en: "company, institution or unit"))
        case .contact: .text(Phrase(id: "Kontak", en: "Contact"), value: contact, hint: Phrase(id: "telepon atau email", en: "phone or e-mail"))
        case .commodity: .text(Phrase(id: "Komoditas", en: "Commodity"), required: true, hint: Phrase(id: "mis. karet remah SIR 20", en: "e.g. crumb rubber SIR 20"))
        case .parameters: .text(Phrase(id: "Parameter uji", en: "Parameters"), required: true, hint: Phrase(id: "mis. kadar air, kadar abu", en: "e.g. moisture, ash"))
        case .quantity: .text(Phrase(id: "Jumlah sampel", en: "Quantity"), required: true, hint: Phrase(id: "mis. 2 kemasan @ 500 g", en: "e.g. 2 packs of 500 g"))
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar), let kind = v.choice(.kind, as: SampleKind.self) else { return nil }
        let details = SampleDetails(
            kind: kind, letterNumber: v[.letter],
            customer: Customer(name: v[.name], organisation: v[.organisation], contact: v[.contact]),
            commodity: v[.commodity], parameters: v[.parameters], quantity: v[.quantity], fromRequest: fromRequest
        )
        return .registerSample(receivedAt: when, details: details)
    }
}

/// `c`: the sample is cancelled, with its reason.
public struct SampleCancelForm: FormSpec {
    public let sample: String
    let now: String

    public init(_ s: Sample, now: Date, calendar: WorkingCalendar) {
        sample = s.number
        self.now = FormDates.dateTime(now, calendar)
    }

    public enum Field: String, SampleTimeField {
        case when, reason
    }

    public var title: Phrase { Phrase(id: "Batalkan sampel \(sample)", en: "Cancel sample \(sample)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .when: .dateTime(Phrase(id: "Waktu dibatalkan", en: "Cancelled at"), now)
        case .reason: .text(Phrase(id: "Alasan", en: "Reason"), required: true)
        }
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        guard let when = v.dateTime(.when, now: now, calendar: calendar) else { return nil }
        return .recordSample(.cancelled(SampleCancelled(sample: sample, cancelledAt: when, reason: v[.reason])))
    }
}
