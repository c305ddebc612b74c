/// Why a sample's event cannot be recorded, saying what is missing.
public enum SampleError: Error, Sendable, Equatable {
    case unknownSample(String)
    case duplicateNumber(String)
    case duplicateReportNumber(String)
    /// The intake request a sample starts from is not about testing.
    case notATestingRequest(String, Topic)
    /// Handed over or cancelled: nothing more can happen.
    case closed(String, SampleStatus)
    /// The step was already recorded.
    case alreadyDone(String, SampleStep)
    /// The step comes later: `missing` must happen first.
    case notYet(String, SampleStep, missing: SampleStep)
    /// The LHP is never handed over before payment is verified (PK.TU-PJT.02 step 9).
    case notPaid(String)
    /// An internal sample (BPCUI) has no e-billing and no payment.
    case internalNotBilled(String)
    /// The e-billing in force expired before the payment; it must be re-issued first.
    case billingExpired(String, code: String, expiredAt: LocalTime)
    case invalidBillingCode(String)
    case invalidAmount
    case expiryNotAfterIssue
    case invalidNTPN(String)
    case requiredFieldEmpty(Phrase)
    /// The step's time (nil: the cancellation's) is before the step it follows.
    case beforePreviousStep(String, SampleStep?, previous: LocalTime)
    /// The step's time is later than the moment it is recorded.
    case inFuture(String)
    /// A corrected time is later than the step after it.
    case afterNextStep(String, SampleStep, next: LocalTime)
    /// One payment proof (billing code, NTPN, kuitansi) for one sample: it is another's already.
    case proofUsed(PaymentProof.Kind, String, by: String)
    /// The amount is not the config's tariff and no reason was given.
    case amountNotTariff(amount: Int, tariff: Int)

    /// The message shown to the officer.
    public var message: Phrase {
        switch self {
        case .unknownSample(let n):
            Phrase(id: "Sampel \(n) tidak ditemukan.", en: "Sample \(n) not found.")
        case .duplicateNumber(let n):
            Phrase(id: "Nomor sampel \(n) sudah dipakai.", en: "Sample number \(n) is already taken.")
        case .duplicateReportNumber(let n):
            Phrase(id: "Nomor LHP \(n) sudah dipakai.", en: "LHP number \(n) is already taken.")
        case .notATestingRequest(let n, let topic):
            Phrase(id: "Permohonan \(n) bertopik \(topic.label.id); hanya permohonan pengujian yang menjadi permintaan uji sampel.",
                   en: "Request \(n) is about \(topic.label.en.lowercased()); only a testing request becomes a sample.")
        case .closed(let n, .cancelled):
            Phrase(id: "Sampel \(n) sudah dibatalkan; tidak dapat diubah lagi.", en: "Sample \(n) was cancelled and cannot change.")
        case .closed(let n, _):
            Phrase(id: "LHP sampel \(n) sudah diserahkan; tidak dapat diubah lagi.", en: "The LHP of sample \(n) was handed over; it cannot change.")
        case .alreadyDone(let n, let step):
            Phrase(id: "\(n): langkah “\(step.label.id)” sudah tercatat.", en: "\(n): the step “\(step.label.en)” is already recorded.")
        case .notYet(let n, let step, let missing):
            Phrase(id: "\(n): \(step.label.id) belum dapat dicatat — \(missing.missing.id).",
                   en: "\(n): \(step.label.en) cannot be recorded yet — \(missing.missing.en).")
        case .notPaid(let n):
            Phrase(id: "LHP \(n) tidak dapat diserahkan: pembayaran belum diverifikasi (NTPN dan kuitansi belum dicatat).",
                   en: "The LHP of \(n) cannot be handed over: payment is not verified (no NTPN and kuitansi recorded).")
        case .internalNotBilled(let n):
            Phrase(id: "\(n) adalah sampel internal (BPCUI): tanpa e-billing dan pembayaran.", en: "\(n) is an internal sample (BPCUI): no e-billing, no payment.")
        case .billingExpired(let n, let code, let at):
            Phrase(id: "e-billing \(code) untuk \(n) kedaluwarsa pada \(at.date) \(at.clock); terbitkan ulang e-billing sebelum pembayaran.",
                   en: "e-billing \(code) for \(n) expired on \(at.date) \(at.clock); re-issue the e-billing before payment.")
        case .invalidBillingCode(let code):
            Phrase(id: "Kode billing \"\(code)\" tidak sah: harus 15 angka diawali 7, 8, atau 9 (SIMPONI PNBP).",
                   en: "Billing code \"\(code)\" is not valid: 15 digits starting 7, 8 or 9 (SIMPONI non-tax).")
        case .invalidAmount:
            Phrase(id: "Jumlah tagihan harus lebih dari Rp 0 dan kurang dari Rp \(PaymentCodes.rupiah(Rupiah.limit)).", en: "The amount must be more than Rp 0 and less than Rp \(PaymentCodes.rupiah(Rupiah.limit)).")
        case .expiryNotAfterIssue:
            Phrase(id: "Batas berlaku e-billing harus setelah waktu terbitnya.", en: "The e-billing must expire after it is issued.")
        case .invalidNTPN(let ntpn):
            Phrase(id: "NTPN \"\(ntpn)\" tidak sah: harus 16 huruf dan angka.", en: "NTPN \"\(ntpn)\" is not valid: 16 letters and digits.")
        case .requiredFieldEmpty(let field):
            Phrase(id: "\(field.id) wajib diisi.", en: "\(field.en) is required.")
        case .beforePreviousStep(let n, let step, let previous):
            Phrase(id: "\(n): waktu \(Self.name(step).id.lowercased()) tidak boleh sebelum langkah sebelumnya (\(previous.date) \(previous.clock)).",
                   en: "\(n): \(Self.name(step).en.lowercased()) cannot be dated before the step before it (\(previous.date) \(previous.clock)).")
        case .inFuture(let n):
            Phrase(id: "\(n): waktu langkah tidak boleh di masa depan.", en: "\(n): a step cannot be dated in the future.")
        case .afterNextStep(let n, let step, let next):
            Phrase(id: "\(n): waktu \(step.label.id) tidak boleh sesudah langkah berikutnya (\(next.date) \(next.clock)).",
                   en: "\(n): the time of \(step.label.en) cannot be after the next step (\(next.date) \(next.clock)).")
        case .proofUsed(let kind, let value, let other):
            Phrase(
                id: "\(kind.name.id) \(value) sudah dipakai untuk sampel \(other); satu bukti bayar hanya untuk satu sampel (satu LHP).",
                en: "\(kind.name.en) \(value) is already used for sample \(other); one proof of payment is for one sample (one LHP)."
            )
        case .amountNotTariff(let amount, let tariff):
            Phrase(
                id: "Jumlah Rp \(PaymentCodes.rupiah(amount)) berbeda dari tarif Rp \(PaymentCodes.rupiah(tariff)) (config [samples.tariffs]); tulis alasannya.",
                en: "The amount Rp \(PaymentCodes.rupiah(amount)) differs from the tariff Rp \(PaymentCodes.rupiah(tariff)) (config [samples.tariffs]); give the reason."
            )
        }
    }

    /// A step's name; nil is the cancellation.
    private static func name(_ step: SampleStep?) -> Phrase {
        step?.label ?? Phrase(id: "Pembatalan", en: "The cancellation")
    }
}
