/// A number that proves a sample's payment: its e-billing code, the NTPN of the state
/// receipt, or the lab's kuitansi. Each belongs to one sample (LAW §7: one proof, one LHP).
public struct PaymentProof: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case billingCode, ntpn, kuitansi

        public var name: Phrase {
            switch self {
            case .billingCode: Phrase(id: "Kode billing", en: "Billing code")
            case .ntpn: Phrase(id: "NTPN", en: "NTPN")
            case .kuitansi: Phrase(id: "Nomor kuitansi", en: "Kuitansi number")
            }
        }
    }

    public let kind: Kind
    public let value: String

    /// The proofs an event carries (an NTPN compared without regard to case).
    static func all(in e: SampleEvent) -> [PaymentProof] {
        switch e {
        case .billingIssued(let b): [PaymentProof(kind: .billingCode, value: b.code)]
        case .paid(let p): [PaymentProof(kind: .ntpn, value: p.ntpn.uppercased()), PaymentProof(kind: .kuitansi, value: p.receiptNumber)]
        default: []
        }
    }
}
