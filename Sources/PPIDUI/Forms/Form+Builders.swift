import Foundation
import PPIDModel

/// The forms of the intake queue, with their fields in register order (LAW §2 and §5).
extension Form {
    /// `n`: a new request, received now unless the officer sets an earlier time.
    public static func newRequest(now: Date, calendar: WorkingCalendar) -> Form {
        Form(purpose: .register, title: Phrase(id: "Permohonan Baru", en: "New request"), fields: [
            .choice("channel", Phrase(id: "Saluran", en: "Channel"), Channel.allCases, selected: .walkIn, required: true),
            .text("received", Phrase(id: "Diterima", en: "Received"), value: FormDates.dateTime(now, calendar), required: true, hint: Phrase(id: "TTTT-BB-HH JJ:MM", en: "YYYY-MM-DD HH:MM")),
            .text("name", Phrase(id: "Nama pemohon", en: "Requester name"), required: true),
            .choice("category", Phrase(id: "Kategori", en: "Category"), RequesterCategory.allCases, selected: .individual, required: true),
            .text("address", Phrase(id: "Alamat", en: "Address"), required: true),
            .text("contact", Phrase(id: "Nomor kontak", en: "Contact"), hint: Phrase(id: "telepon atau email", en: "phone or e-mail")),
            .text("occupation", Phrase(id: "Pekerjaan", en: "Occupation")),
            .text("nik", Phrase(id: "NIK (opsional)", en: "ID number (optional)"), maxLength: 32),
            .choice("topic", Phrase(id: "Topik", en: "Topic"), Topic.allCases, selected: .testing, required: true),
            .text("subject", Phrase(id: "Informasi diminta", en: "Information asked"), required: true),
            .text("purpose", Phrase(id: "Tujuan penggunaan", en: "Purpose of use")),
            .choice("access", Phrase(id: "Jenis permohonan", en: "Access"), AccessKind.allCases, selected: .view, required: true),
            .choice("medium", Phrase(id: "Bentuk informasi", en: "Form"), Medium.allCases, selected: .softcopy, required: true),
            .choice("delivery", Phrase(id: "Cara penyampaian", en: "Delivery"), Delivery.allCases, selected: .pickUp, required: true),
        ])
    }

    /// `d`: the written notice of a request.
    public static func decision(for number: String, today: CivilDate) -> Form {
        var form = Form(purpose: .decide(number), title: Phrase(id: "Keputusan \(number)", en: "Decision on \(number)"), fields: [
            .choice("outcome", Phrase(id: "Keputusan", en: "Decision"), Outcome.allCases, selected: .granted, required: true),
            FormField(id: "ground", label: Phrase(id: "Alasan", en: "Ground"), kind: .choice(Ground.classified.map { .init(code: $0.code, label: $0.label) }, selected: nil), required: false),
            .text("notice", Phrase(id: "Tgl pemberitahuan", en: "Notice date"), value: today.description, required: true, hint: Phrase(id: "TTTT-BB-HH", en: "YYYY-MM-DD")),
            .text("fee", Phrase(id: "Biaya (Rp)", en: "Fee (Rp)"), value: "0", maxLength: 15),
            .text("payment", Phrase(id: "Cara pembayaran", en: "How to pay")),
            .text("note", Phrase(id: "Catatan", en: "Note"), hint: Phrase(id: "bagian yang dihitamkan dan alasannya", en: "what was blacked out and why")),
        ])
        form.refreshVisibility()
        return form
    }

    /// `e`: the one extension, with its written reason.
    public static func extensionForm(for number: String) -> Form {
        Form(purpose: .extend(number), title: Phrase(id: "Perpanjangan \(number) (+7 hari kerja)", en: "Extend \(number) (+7 working days)"), fields: [
            .text("reason", Phrase(id: "Alasan", en: "Reason"), required: true),
        ])
    }

    /// `i`: the request is sent back as incomplete (SOP, LAW §2), with what is missing.
    public static func incompleteForm(for number: String) -> Form {
        Form(purpose: .returnIncomplete(number), title: Phrase(id: "Kembalikan \(number) untuk dilengkapi", en: "Send \(number) back as incomplete"), fields: [
            .text("missing", Phrase(id: "Kekurangan", en: "What is missing"), required: true, hint: Phrase(id: "mis. fotokopi KTP, tujuan penggunaan", en: "e.g. copy of ID, purpose of use")),
        ])
    }

    /// `c`: the request sent back is declared complete; its 10 days count from then.
    public static func completeForm(for number: String, now: Date, calendar: WorkingCalendar) -> Form {
        Form(purpose: .declareComplete(number), title: Phrase(id: "Nyatakan \(number) lengkap", en: "Declare \(number) complete"), fields: [
            .text("when", Phrase(id: "Dinyatakan lengkap", en: "Complete at"), value: FormDates.dateTime(now, calendar), required: true, hint: Phrase(id: "TTTT-BB-HH JJ:MM", en: "YYYY-MM-DD HH:MM")),
        ])
    }

    /// `w`: the requester withdraws.
    public static func withdrawal(for number: String, now: Date, calendar: WorkingCalendar) -> Form {
        Form(purpose: .withdraw(number), title: Phrase(id: "Pencabutan \(number)", en: "Withdrawal of \(number)"), fields: [
            .text("when", Phrase(id: "Waktu dicabut", en: "Withdrawn at"), value: FormDates.dateTime(now, calendar), required: true, hint: Phrase(id: "TTTT-BB-HH JJ:MM", en: "YYYY-MM-DD HH:MM")),
            .text("reason", Phrase(id: "Alasan", en: "Reason")),
        ])
    }

    /// `h`: the information is handed over.
    public static func handover(for number: String, today: CivilDate) -> Form {
        Form(purpose: .handOver(number), title: Phrase(id: "Penyerahan informasi \(number)", en: "Hand-over of \(number)"), fields: [
            .text("date", Phrase(id: "Tanggal", en: "Date"), value: today.description, required: true, hint: Phrase(id: "TTTT-BB-HH", en: "YYYY-MM-DD")),
            .text("note", Phrase(id: "Catatan", en: "Note")),
        ])
    }
}

/// Dates as the forms show and read them, in the office's zone.
enum FormDates {
    static func dateTime(_ d: Date, _ calendar: WorkingCalendar) -> String {
        let t = calendar.local(d)
        return "\(t.date) \(t.clock)"
    }

    static func parseDateTime(_ s: String, _ calendar: WorkingCalendar, now: Date) -> Date? {
        Timestamp.parse(s, defaultOffsetSeconds: calendar.offset(at: now))
    }
}
