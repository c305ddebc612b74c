import Foundation

/// Whose sample it is: a paying customer's (BPCU) or the ministry's own (BPCUI, not billed).
public enum SampleKind: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    /// *Bukti Penerimaan Contoh Uji*: a customer's sample, billed through SIMPONI.
    case external = "bpcu"
    /// *Bukti Penerimaan Contoh Uji Internal*: an internal sample, with no billing.
    case `internal` = "bpcui"

    public var label: Phrase {
        switch self {
        case .external: Phrase(id: "BPCU (pelanggan, berbayar)", en: "BPCU (customer, billed)")
        case .internal: Phrase(id: "BPCUI (internal, tanpa billing)", en: "BPCUI (internal, not billed)")
        }
    }

    /// Whether the sample goes through e-billing and payment.
    public var isBilled: Bool { self == .external }
}

/// The customer who brings a sample.
public struct Customer: Sendable, Hashable, Codable {
    public var name: String
    /// Company, institution or unit; empty for a private person.
    public var organisation: String
    /// Phone or e-mail.
    public var contact: String

    public init(name: String, organisation: String = "", contact: String = "") {
        self.name = name
        self.organisation = organisation
        self.contact = contact
    }
}

/// What the request letter asks for: the register's fields of a sample.
public struct SampleDetails: Sendable, Hashable, Codable {
    public var kind: SampleKind
    /// The number of the customer's letter (*surat permintaan*), as written on it.
    public var letterNumber: String
    public var customer: Customer
    /// What is tested, e.g. "Karet remah (SIR 20)".
    public var commodity: String
    /// The test parameters, comma-separated, e.g. "kadar air, kadar abu".
    public var parameters: String
    /// How much was brought, e.g. "2 kemasan @ 500 g".
    public var quantity: String
    /// The intake request (topic testing) it started from, if any.
    public var fromRequest: String?

    public init(kind: SampleKind, letterNumber: String = "", customer: Customer, commodity: String, parameters: String, quantity: String, fromRequest: String? = nil) {
        self.kind = kind
        self.letterNumber = letterNumber
        self.customer = customer
        self.commodity = commodity
        self.parameters = parameters
        self.quantity = quantity
        self.fromRequest = fromRequest
    }

    /// The parameters one by one, trimmed, empty ones left out.
    public var parameterList: [String] {
        parameters.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
