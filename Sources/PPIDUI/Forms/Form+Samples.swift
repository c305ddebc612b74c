import Foundation
import PPIDModel

/// What a sample form records.
public enum SampleFormPurpose: Sendable, Equatable {
    /// `n`: a new request letter; from an intake request when it started there.
    case register(fromRequest: String?)
    /// `>`, `e`, `h`: one step of a sample, asking only for that step's document.
    case step(sample: String, SampleStep)
    /// `c`: the sample is cancelled.
    case cancel(sample: String)
}

/// The forms of the sample board (procedure PK.TU-PJT.02).
extension Form {
    private static func when(_ label: Phrase, _ now: Date, _ calendar: WorkingCalendar) -> FormField {
        .text("when", label, value: FormDates.dateTime(now, calendar), required: true, hint: Phrase(id: "TTTT-BB-HH JJ:MM", en: "YYYY-MM-DD HH:MM"))
    }

    /// `n`: a request letter for testing; with `request`, its requester's name and contact filled in.
    public static func newSample(now: Date, calendar: WorkingCalendar, from request: Request? = nil) -> Form {
        let title = request.map { Phrase(id: "Permintaan uji dari \($0.number)", en: "Testing request from \($0.number)") }
            ?? Phrase(id: "Permintaan Uji Sampel Baru", en: "New sample request")
        return Form(purpose: .sample(.register(fromRequest: request?.number)), title: title, fields: [
            .choice("kind", Phrase(id: "Jenis", en: "Kind"), SampleKind.allCases, selected: .external, required: true),
            when(Phrase(id: "Surat diterima", en: "Letter received"), now, calendar),
            .text("letter", Phrase(id: "No. surat", en: "Letter number")),
            .text("name", Phrase(id: "Nama pelanggan", en: "Customer name"), value: request?.details.requesterName ?? "", required: true),
            .text("organisation", Phrase(id: "Organisasi", en: "Organisation"), hint: Phrase(id: "perusahaan, instansi, atau unit", en: "company, institution or unit")),
            .text("contact", Phrase(id: "Kontak", en: "Contact"), value: request?.details.contact ?? "", hint: Phrase(id: "telepon atau email", en: "phone or e-mail")),
            .text("commodity", Phrase(id: "Komoditas", en: "Commodity"), required: true, hint: Phrase(id: "mis. karet remah SIR 20", en: "e.g. crumb rubber SIR 20")),
            .text("parameters", Phrase(id: "Parameter uji", en: "Parameters"), required: true, hint: Phrase(id: "mis. kadar air, kadar abu", en: "e.g. moisture, ash")),
            .text("quantity", Phrase(id: "Jumlah sampel", en: "Quantity"), required: true, hint: Phrase(id: "mis. 2 kemasan @ 500 g", en: "e.g. 2 packs of 500 g")),
        ])
    }

    /// The form of one step of a sample: its time, and only that step's document.
    /// `analysts`: the config's list, offered by the analyst's step (a new name is allowed).
    /// `tariff` is the office's amount for the sample (`[samples.tariffs]`), offered by the
    /// e-billing form; another amount then needs its reason.
    public static func sampleStep(_ s: Sample, _ step: SampleStep, now: Date, calendar: WorkingCalendar, expiryDays: Int, analysts: [String] = [], tariff: Int? = nil) -> Form {
        let n = s.number
        func form(_ title: Phrase, _ fields: [FormField]) -> Form { Form(purpose: .sample(.step(sample: n, step)), title: title, fields: fields) }
        switch step {
        case .requested, .received:
            return form(Phrase(id: "Terima sampel \(n) (BPCU/BPCUI)", en: "Receive sample \(n) (BPCU/BPCUI)"), [
                when(Phrase(id: "Waktu diterima", en: "Received at"), now, calendar),
                .text("label", Phrase(id: "Label sampel", en: "Sample label"), required: true, hint: Phrase(id: "kode pada label", en: "the code on the label"), maxLength: 40),
            ])
        case .billed:
            let title = s.billing == nil ? Phrase(id: "e-billing \(n)", en: "e-billing for \(n)") : Phrase(id: "Terbitkan ulang e-billing \(n)", en: "Re-issue the e-billing of \(n)")
            var fields: [FormField] = [
                when(Phrase(id: "Waktu terbit", en: "Issued at"), now, calendar),
                .text("code", Phrase(id: "Kode billing", en: "Billing code"), required: true, hint: Phrase(id: "15 angka, diawali 7, 8, atau 9", en: "15 digits starting 7, 8 or 9"), maxLength: 24),
                .text("amount", Phrase(id: "Jumlah (Rp)", en: "Amount (Rp)"), value: s.billing.map { String($0.amount) } ?? tariff.map(String.init) ?? "", required: true,
                      hint: tariff.map { Phrase(id: "tarif Rp \(PaymentCodes.rupiah($0))", en: "tariff Rp \(PaymentCodes.rupiah($0))") }, maxLength: 15),
                .text("days", Phrase(id: "Berlaku (hari)", en: "Payable (days)"), value: String(expiryDays), required: true, maxLength: 3),
            ]
            if let tariff {
                fields.append(.text("reason", Phrase(id: "Alasan beda tarif", en: "Why not the tariff"), value: s.billing?.amountReason ?? "",
                                     hint: Phrase(id: "wajib bila jumlah bukan tarif", en: "required when the amount is not the tariff"), maxLength: 200))
                // The tariff itself, for the check on saving; never shown.
                var hidden = FormField.text("tariff", Phrase(id: "Tarif", en: "Tariff"), value: String(tariff))
                hidden.isVisible = false
                fields.append(hidden)
            }
            return form(title, fields)
        case .paid:
            var paidAt = when(Phrase(id: "Waktu bayar", en: "Paid at"), now, calendar)
            if let b = s.billing {
                // Validity is judged at the payment's own time, which may be before now.
                paidAt.hint = Phrase(id: "waktu sebenarnya; e-billing berlaku s.d. \(FormDates.dateTime(b.expiresAt, calendar))", en: "the real time; the e-billing is payable until \(FormDates.dateTime(b.expiresAt, calendar))")
            }
            return form(Phrase(id: "Pembayaran \(n)", en: "Payment for \(n)"), [
                paidAt,
                .text("ntpn", Phrase(id: "NTPN", en: "NTPN"), required: true, hint: Phrase(id: "16 huruf dan angka", en: "16 letters and digits"), maxLength: 24),
                .text("receipt", Phrase(id: "No. kuitansi", en: "Kuitansi number"), required: true, maxLength: 60),
            ])
        case .withAnalyst:
            return form(Phrase(id: "Serahkan \(n) ke analis", en: "Hand \(n) to the analyst"), [
                when(Phrase(id: "Waktu diserahkan", en: "Handed at"), now, calendar),
                .text("analyst", Phrase(id: "Nama analis", en: "Analyst"), value: s.assignment?.analyst ?? "", required: true,
                      hint: analysts.isEmpty ? nil : Phrase(id: "nama dari daftar di bawah, atau nama baru", en: "a name from the list below, or a new one")),
            ]).with(notes: analysts.isEmpty ? [] : [Phrase(id: "Analis (config): \(analysts.joined(separator: ", ")) — nama baru boleh, ditandai baru", en: "Analysts (config): \(analysts.joined(separator: ", ")) — a new name is allowed, marked new")])
        case .resultIn:
            return form(Phrase(id: "Hasil analisa \(n)", en: "Analysis result for \(n)"), [
                when(Phrase(id: "Waktu hasil masuk", en: "Result in at"), now, calendar),
                .text("note", Phrase(id: "Catatan hasil", en: "Note"), hint: Phrase(id: "opsional", en: "optional")),
            ])
        case .reported:
            return form(Phrase(id: "Buat LHP \(n) (nomor diberikan saat disimpan)", en: "Make the LHP of \(n) (numbered on saving)"), [
                when(Phrase(id: "Waktu LHP dibuat", en: "Made at"), now, calendar),
                .text("note", Phrase(id: "Catatan", en: "Note"), hint: Phrase(id: "opsional", en: "optional")),
            ])
        case .handedOver:
            return form(Phrase(id: "Serahkan LHP dan kuitansi \(n)", en: "Hand over the LHP and kuitansi of \(n)"), [
                when(Phrase(id: "Waktu diserahkan", en: "Handed over at"), now, calendar),
                .text("by", Phrase(id: "Diterima oleh", en: "Collected by"), hint: Phrase(id: "kosong bila pelanggan sendiri", en: "empty when the customer")),
            ])
        }
    }

    /// `c`: the sample is cancelled, with its reason.
    public static func sampleCancel(_ s: Sample, now: Date, calendar: WorkingCalendar) -> Form {
        Form(purpose: .sample(.cancel(sample: s.number)), title: Phrase(id: "Batalkan sampel \(s.number)", en: "Cancel sample \(s.number)"), fields: [
            when(Phrase(id: "Waktu dibatalkan", en: "Cancelled at"), now, calendar),
            .text("reason", Phrase(id: "Alasan", en: "Reason"), required: true),
        ])
    }
}
