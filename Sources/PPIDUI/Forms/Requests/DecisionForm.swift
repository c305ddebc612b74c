import Foundation
import PPIDModel

/// `d`: the written notice of a request (Pasal 22(7)). A partial grant or a rejection gives its
/// grounds (Pasal 17, not held, not yet documented; several where they apply); "not held" may
/// name the body that holds the information (22(7)(b)); a partial grant says what was blacked
/// out and why (22(7)(e)); the material given and by when, the day a part not yet documented
/// will be, and what the fee is made of (22(7)(f)) are the notice's too.
///
/// A refusal on a Pasal 17 ground rests on a consequence test in force (LAW §3): the form
/// offers the DIK's tests, those matching the request's words first, and by default cites for
/// each ground given the first of them for it.
public struct DecisionForm: FormSpec {
    public let number: String
    public let today: CivilDate
    /// The DIK's tests in force today, the ones a refusal may cite: those matching the request's
    /// words first, then the latest (`Ledger.exemptionTests(on:matching:)`).
    public let tests: [ConsequenceTest]
    /// The DIP entries the request's words match: information already public, given from one.
    public let publicEntries: [PublicEntry]

    public init(number: String, today: CivilDate, tests: [ConsequenceTest] = [], publicEntries: [PublicEntry] = []) {
        self.number = number
        self.today = today
        self.tests = tests
        self.publicEntries = publicEntries
    }

    public enum Field: String, FormFieldName {
        case outcome, ground, moreGrounds, test, publicEntry, heldBy, redacted, notice, fee, feeBreakdown, payment, material, givenBy, documentedBy, note
    }

    /// The test choice that cites, for each Pasal 17 ground, the first of `tests` for it: the one
    /// matching the request's words, else the latest.
    static let automaticTest = "auto"

    public var title: Phrase { Phrase(id: "Keputusan \(number)", en: "Decision on \(number)") }

    public func field(_ field: Field) -> FormField {
        switch field {
        case .outcome: .choice(Phrase(id: "Keputusan", en: "Decision"), Outcome.allCases, selected: .granted, required: true)
        case .ground: FormField(label: Phrase(id: "Alasan", en: "Ground"), kind: .choice(Ground.classified.map { .init(code: $0.code, label: $0.label) }, selected: nil), required: true)
        case .moreGrounds: .text(Phrase(id: "Alasan lain", en: "More grounds"), hint: Phrase(id: "huruf a–j, tk=tidak dikuasai, bd=belum didok.", en: "letters a–j, tk=not held, bd=not documented"), maxLength: 40)
        case .test:
            FormField(
                label: Phrase(id: "Uji konsekuensi", en: "Consequence test"),
                kind: .choice(
                    [.init(code: Self.automaticTest, label: Phrase(id: "otomatis: uji DIK yang berlaku untuk dasar itu", en: "automatic: the DIK test in force for the ground"))]
                        + tests.map { .init(code: $0.number, label: Phrase(id: "\($0.number) (17 \($0.ground.rawValue)): \($0.title)", en: "\($0.number) (17(\($0.ground.rawValue))): \($0.title)")) },
                    selected: 0),
                required: false)
        case .publicEntry:
            FormField(
                label: Phrase(id: "Dari DIP", en: "From the DIP"),
                kind: .choice(
                    publicEntries.map { .init(code: $0.number, label: Phrase(id: "\($0.number): \($0.summary)", en: "\($0.number): \($0.summary)")) }
                        + [.init(code: "", label: Phrase(id: "tidak dari DIP", en: "not from the DIP"))],
                    selected: 0),
                required: false)
        case .heldBy: .text(Phrase(id: "Dikuasai oleh", en: "Held by"), hint: Phrase(id: "badan publik yang menguasainya, bila diketahui", en: "the public body that holds it, if known"))
        case .redacted: .text(Phrase(id: "Yang dihitamkan", en: "Blacked out"), hint: Phrase(id: "bagian yang dihitamkan dan alasannya", en: "what was blacked out and why"))
        case .material: .text(Phrase(id: "Materi diberikan", en: "Material given"), hint: Phrase(id: "kosong: yang diminta", en: "empty: what was asked"))
        case .givenBy: .text(Phrase(id: "Tgl diberikan", en: "Given by"), hint: Phrase(id: "paling lambat, TTTT-BB-HH", en: "at the latest, YYYY-MM-DD"), maxLength: 10)
        case .documentedBy: .text(Phrase(id: "Tgl didokumentasi", en: "Documented by"), hint: Phrase(id: "paling lambat, TTTT-BB-HH", en: "at the latest, YYYY-MM-DD"), maxLength: 10)
        case .notice: .date(Phrase(id: "Tgl pemberitahuan", en: "Notice date"), today)
        case .fee: .text(Phrase(id: "Biaya (Rp)", en: "Fee (Rp)"), value: "0", maxLength: 15)
        case .feeBreakdown: .text(Phrase(id: "Rincian biaya", en: "Fee breakdown"), hint: Phrase(id: "mis. 20 lembar x Rp 500", en: "e.g. 20 pages x Rp 500"))
        case .payment: .text(Phrase(id: "Cara pembayaran", en: "How to pay"))
        case .note: .text(Phrase(id: "Catatan", en: "Note"), hint: Phrase(id: "penolakan Pasal 17: uji konsekuensinya", en: "an Art. 17 refusal: its consequence test"))
        }
    }

    /// The grounds show for a partial grant or a rejection; "held by" once a ground is "not
    /// held"; what was blacked out for a partial grant.
    public func shows(_ field: Field, _ v: FormValues<Field>) -> Bool {
        let outcome = v.choice(.outcome, as: Outcome.self)
        switch field {
        case .ground, .moreGrounds: return outcome?.needsGround == true
        case .test: return outcome?.needsGround == true && !Self.letters(grounds(v)).isEmpty
        case .publicEntry: return outcome != .rejected && !publicEntries.isEmpty
        case .heldBy: return outcome?.needsGround == true && grounds(v).contains(.notHeld)
        case .redacted: return outcome == .partial
        case .material, .givenBy: return outcome != .rejected
        case .documentedBy: return outcome?.needsGround == true && grounds(v).contains(.notYetDocumented)
        case .feeBreakdown: return !v[.fee].isEmpty && v[.fee] != "0"
        default: return true
        }
    }

    /// Every ground typed so far (the first chosen, the others as letters), unreadable ones left out.
    private func grounds(_ v: FormValues<Field>) -> [Ground] {
        (Ground(code: v[.ground]).map { [$0] } ?? []) + (Self.moreGrounds(v[.moreGrounds]) ?? [])
    }

    public func command(_ v: inout FormValues<Field>, now: Date, calendar: WorkingCalendar) -> Command? {
        let notice = v.date(.notice, today: calendar.day(of: now))
        var fee = 0
        if !v[.fee].isEmpty {
            guard let f = Rupiah.parse(v[.fee]) else {
                v.setError(.fee, Phrase(id: "angka rupiah tanpa koma, di bawah 1 triliun, mis. 5000", en: "whole rupiah below a trillion, e.g. 5000"))
                return nil
            }
            fee = f
        }
        guard let outcome = v.choice(.outcome, as: Outcome.self) else { return nil }
        let more = outcome.needsGround ? Self.moreGrounds(v[.moreGrounds]) : []
        if more == nil {
            v.setError(.moreGrounds, Phrase(id: "huruf a–j, tk, atau bd, mis. h, tk", en: "letters a–j, tk or bd, e.g. h, tk"))
        }
        let givenBy = shows(.givenBy, v) ? Self.day(.givenBy, &v, notBefore: notice) : .some(nil)
        let documentedBy = shows(.documentedBy, v) ? Self.day(.documentedBy, &v, notBefore: notice) : .some(nil)
        guard let notice, let more, let givenBy, let documentedBy else { return nil }
        let ground = outcome.needsGround ? Ground(code: v[.ground]) : nil
        let letters = Self.letters((ground.map { [$0] } ?? []) + more)
        let cited = !shows(.test, v) ? []
            : v[.test] == Self.automaticTest ? letters.compactMap { l in tests.first { $0.ground == l }?.number } : [v[.test]]
        return .decide(RequestDecided(
            request: number, outcome: outcome, ground: ground, noticeOn: notice, fee: fee, payment: v[.payment], note: v[.note],
            moreGrounds: more, heldBy: shows(.heldBy, v) ? v[.heldBy] : "", redacted: shows(.redacted, v) ? v[.redacted] : "",
            material: shows(.material, v) ? v[.material] : "", givenBy: givenBy, documentedBy: documentedBy,
            feeBreakdown: shows(.feeBreakdown, v) ? v[.feeBreakdown] : "", tests: cited,
            publicEntry: shows(.publicEntry, v) ? v[.publicEntry] : ""
        ))
    }

    /// The Pasal 17 letters among `grounds`.
    static func letters(_ grounds: [Ground]) -> [Pasal17] {
        grounds.compactMap { if case .exception(let l) = $0 { l } else { nil } }
    }

    /// A day still to come (given, documented): .some(nil) when empty; nil, marked, when it is
    /// not a date or comes before the notice.
    private static func day(_ f: Field, _ v: inout FormValues<Field>, notBefore notice: CivilDate?) -> CivilDate?? {
        let text = v[f]
        guard !text.isEmpty else { return .some(nil) }
        guard let d = CivilDate(iso: text) else {
            v.setError(f, Phrase(id: "tulis seperti \(FormDates.dateHint.id)", en: "write it like \(FormDates.dateHint.en)"))
            return nil
        }
        if let notice, d < notice {
            v.setError(f, Phrase(id: "tidak sebelum tanggal pemberitahuan \(notice)", en: "not before the notice date \(notice)"))
            return nil
        }
        return .some(d)
    }

    public func field(for refusal: LedgerError) -> Field? {
        switch refusal {
        case .decisionBeforeReceipt, .dateInFuture: .notice
        case .groundRequired: .ground
        case .groundsRepeated: .moreGrounds
        case .lists: .test
        case .negativeFee, .feeBeyondLimit: .fee
        default: nil
        }
    }

    /// A fee outside the config's range is allowed by the rules but doubted at the counter.
    public func plausibility(_ command: Command, _ v: inout FormValues<Field>, _ env: AppEnvironment) {
        guard case .decide(let e) = command, !env.forms.feeRange.contains(e.fee) else { return }
        let r = env.forms.feeRange
        func rupiah(_ n: Int) -> String { "Rp " + PaymentCodes.rupiah(n) }
        v.setError(.fee, Phrase(id: "di luar \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms] fee_max)",
                                en: "outside \(rupiah(r.lowerBound))–\(rupiah(r.upperBound)) (config [forms] fee_max)"))
    }

    /// Reads "h, tk", "h tk" or "b,d" as further grounds: a Pasal 17 letter a–j, `tk` (not
    /// held), `bd` (not yet documented), or a stored code; [] when empty, nil when any is unknown.
    static func moreGrounds(_ text: String) -> [Ground]? {
        let words = text.lowercased().split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace })
        var out: [Ground] = []
        for w in words.map(String.init) {
            let g: Ground? = switch w {
            case "tk": .notHeld
            case "bd": .notYetDocumented
            default: Pasal17(rawValue: w).map(Ground.exception) ?? Ground(code: w).flatMap { $0 == .unclassified ? nil : $0 }
            }
            guard let g else { return nil }
            out.append(g)
        }
        return out
    }
}
