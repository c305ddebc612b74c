/// The office's settings for samples: number formats, the e-billing's validity, standards.
public struct SamplePolicy: Sendable {
    /// BPCU numbers, by year of the request letter.
    public var bpcu: RegistrationNumbering
    /// BPCUI numbers (internal samples), by year of the request letter.
    public var bpcui: RegistrationNumbering
    /// LHP numbers, by year the report is made.
    public var lhp: RegistrationNumbering
    /// Days an e-billing stays payable, offered by the e-billing form (LAW §7: 7 observed).
    public var billingExpiryDays: Int
    public var standards: SampleStandards
    /// The amounts the e-billing form offers (`[samples.tariffs]`).
    public var tariffs: SampleTariffs

    public init(
        bpcu: RegistrationNumbering = .bpcu, bpcui: RegistrationNumbering = .bpcui, lhp: RegistrationNumbering = .lhp,
        billingExpiryDays: Int = 7, standards: SampleStandards = SampleStandards(), tariffs: SampleTariffs = SampleTariffs()
    ) {
        self.tariffs = tariffs
        self.bpcu = bpcu
        self.bpcui = bpcui
        self.lhp = lhp
        self.billingExpiryDays = billingExpiryDays
        self.standards = standards
    }

    /// The defaults: `BPCU-{year}-{seq:3}`, `BPCUI-{year}-{seq:3}`, `LHP-{year}-{seq:3}`, 7 days,
    /// the procedure's standards.
    public static let standard = SamplePolicy()

    /// The numbering of a kind of sample.
    public func numbering(_ kind: SampleKind) -> RegistrationNumbering {
        kind == .external ? bpcu : bpcui
    }
}

extension RegistrationNumbering {
    /// The default BPCU format: `BPCU-{year}-{seq:3}`.
    public static let bpcu = RegistrationNumbering(pattern: "BPCU-{year}-{seq:3}")!
    /// The default BPCUI format: `BPCUI-{year}-{seq:3}`.
    public static let bpcui = RegistrationNumbering(pattern: "BPCUI-{year}-{seq:3}")!
    /// The default LHP format: `LHP-{year}-{seq:3}`.
    public static let lhp = RegistrationNumbering(pattern: "LHP-{year}-{seq:3}")!
}
