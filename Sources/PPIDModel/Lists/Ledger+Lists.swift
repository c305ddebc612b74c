import Foundation

/// The DIK and the DIP as the screens, letters and exports read them (LAW §8).
extension Ledger {
    /// Every consequence test ever recorded, in the order recorded, revoked ones included.
    public var exemptionEntries: [ExemptionEntry] { listFold.testOrder.compactMap { listFold.tests[$0] } }

    /// The DIK on `day`: the tests in force then.
    public func exemptionList(on day: CivilDate) -> [ExemptionEntry] { exemptionEntries.filter { $0.inForce(on: day) } }

    /// A test by its DIK number.
    public func exemption(_ number: String) -> ExemptionEntry? { listFold.tests[number] }

    /// The tests a request's decision cites, as they now read.
    public func tests(citedBy r: Request) -> [ConsequenceTest] {
        (r.decision?.decided.tests ?? []).compactMap { listFold.tests[$0]?.test }
    }

    /// The tests in force on `day` a refusal may cite, those whose information shares the most
    /// significant words with `words` (a request's subject) first, the latest first among equals:
    /// what the decision form offers, and the first for a ground is the one it cites unasked.
    public func exemptionTests(on day: CivilDate, matching words: String) -> [ConsequenceTest] {
        let wanted = ListWords.significant(words)
        return exemptionList(on: day).map(\.test).enumerated()
            .map { (test: $0.element, order: $0.offset, shared: ListWords.significant($0.element.title + " " + $0.element.withheld).intersection(wanted).count) }
            .sorted { ($0.shared, $0.order) > ($1.shared, $1.order) }.map(\.test)
    }

    /// The tests in force on `day` a refusal on `ground` may cite.
    public func exemptions(for ground: Pasal17, on day: CivilDate) -> [ExemptionEntry] {
        exemptionList(on: day).filter { $0.test.ground == ground }
    }

    /// The tests that reached their review date or end by `day` and stand unrevoked.
    public func exemptionsNeedingReview(on day: CivilDate) -> [ExemptionEntry] { exemptionEntries.filter { $0.needsReview(on: day) } }

    /// The number the next test recorded without one gets.
    public var nextTestNumber: String { listFold.nextTestNumber }

    /// Every DIP entry ever listed, in the order first listed, removed ones included.
    public var publicListings: [PublicListing] { listFold.entryOrder.compactMap { listFold.entries[$0] } }

    /// The DIP now: the entries not taken off the list.
    public var publicList: [PublicEntry] { publicListings.filter { $0.removed == nil }.map(\.entry) }

    /// The DIP as it read on `day`, from its events.
    public func publicList(on day: CivilDate) -> [PublicEntry] {
        var fold = ListFold()
        for r in listFold.records {
            guard case .lists(let e) = r.event else { continue }
            switch e {
            case .publicEntrySet(let s) where s.on <= day: fold.evolve(r, e)
            case .publicEntryRemoved(let x) where x.on <= day: fold.evolve(r, e)
            default: continue
            }
        }
        return fold.entryOrder.compactMap { fold.entries[$0] }.filter { $0.removed == nil }.map(\.entry)
    }

    /// The DIP's changes after `from` up to and including `to`: each entry added, updated
    /// (naming what changed) or taken off, by the day it took effect.
    public func publicListChanges(after from: CivilDate, through to: CivilDate) -> [ListEvent] {
        listFold.records.compactMap { r -> (CivilDate, ListEvent)? in
            guard case .lists(let e) = r.event else { return nil }
            switch e {
            case .publicEntrySet(let s): return (s.on, e)
            case .publicEntryRemoved(let x): return (x.on, e)
            default: return nil
            }
        }.filter { $0.0 > from && $0.0 <= to }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The PPID's decisions establishing or updating the DIP, in the order recorded.
    public var publicListDecisions: [PublicListDecided] { listFold.decisions }

    /// The DIP entries whose summary shares a significant word with `words` (a request's
    /// subject), the most shared first: what the new-request form offers to hand over now.
    public func publicEntries(matching words: String) -> [PublicEntry] {
        let wanted = ListWords.significant(words)
        guard !wanted.isEmpty else { return [] }
        return publicList.map { ($0, ListWords.significant($0.summary).intersection(wanted).count) }
            .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.map(\.0)
    }
}

/// The words of a text that say what it is about: lower-cased, diacritics folded, four letters
/// or more, leaving out the words every request and list entry uses.
enum ListWords {
    static let common: Set<String> = [
        "yang", "dan", "untuk", "dari", "atau", "dengan", "tentang", "tahun", "data", "informasi", "salinan", "mohon", "minta",
        "dokumen", "daftar", "pada", "dalam", "oleh", "atas", "kami", "saya", "terkait", "mengenai", "the", "and", "for", "with",
    ]

    static func significant(_ text: String) -> Set<String> {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return Set(words.filter { $0.count >= 4 && !common.contains($0) })
    }
}
