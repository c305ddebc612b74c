import Foundation
import Testing
import PPIDModel
@testable import PPIDUI

/// The filter index is only a shortcut: for every filter, typed on, rubbed out or typed anew,
/// before and after new and corrected requests, it finds exactly the requests the plain
/// filter finds (number, requester or subject holding the folded text), odd names included.
@Suite struct QueueFilterIndexTests {
    static let names = [
        "Budi Santoso", "ANDRÉS PÉREZ", "Andre\u{301}s Pe\u{301}rez", "Muñoz", "Straße", "İstanbul", "ΣΊΣΥΦΟΣ σίσυφος",
        "ﬁne ﬂow", "山田 漢子", "🇮🇩 Ñoño", "Łukasz Ślęzak", "Ðorđe Đuro", "Nguyễn Văn Ả", "Ōtsuka Ūta", "ǅemal Ǆ",
        "Șerban Țiriac", "Désirée ÆØÅ", "e\u{20DD}x", "Siti Aminah", "a\u{00AD}b", "\u{0085}c",
    ]
    static let subjects = [
        "Tarif pengujian air limbah", "Data mutu UDARA 2025", "Sertifikat kalibrasi", "Ğüşöç ıİ", "Ǳ ǲ ǳ ȸȹ",
        "Jadwal ISO 17025", "SITI sitI", "aaaa aaa", "caf\u{65}\u{301} Café",
    ]

    /// A ledger of `count` requests, names and subjects taken round from the lists above.
    static func ledger(_ count: Int, names: [String] = names) -> Ledger {
        var ledger = Ledger(calendar: Desk.calendar)
        for i in 0..<count {
            let details = RequestDetails(
                requesterName: names[i % names.count], category: .individual, topic: .other,
                subject: subjects[(i * 7) % subjects.count])
            let number = String(format: "PPID-2026-%03d", i + 1)
            try? ledger.apply(EventRecord(id: "r\(i)", at: Desk.now, by: "siti", event: .requestRegistered(RequestRegistered(
                request: number, receivedAt: Desk.now.addingTimeInterval(Double(-i)), channel: .walkIn, details: details))))
        }
        return ledger
    }

    /// The places the plain filter finds, one request at a time.
    static func plain(_ ledger: Ledger, _ needle: String) -> [Int32] {
        ledger.requests.indices.filter { p in
            let r = ledger.requests[p]
            return [r.number, r.details.requesterName, r.details.subject].contains { TextFolding.contains($0, needle) }
        }.map(Int32.init)
    }

    static let typed = [
        "s", "si", "sit", "siti", "sit", "si", "s", "é", "É", "e", "pe", "pére", "perez", "ss", "ß", "σ", "ς", "Σ",
        "fi", "ﬁ", "漢", "山田", "ñ", "n", "ł", "l", "ð", "đ", "d", "ả", "a", "ō", "o", "ǆ", "dž", "ș", "s", "ğ", "ı",
        "i", "İ", "ppid-2026-00", "PPID-2026-01", "2026", "x", "e\u{301}", "café", "cafe", "b", "ab", "c", "1",
        "zzz", "🇮🇩", " ", "0",
        // Typed at the front and in the middle, and text that repeats itself.
        "ti", "iti", "siti", "a", "an", "ana", "nan", "anan", "banana", "aa", "aaa", "aaaa", "aaaa a", "na", "ananas",
    ]

    @Test func findsWhatThePlainFilterFindsForOddTextTypedOnAndRubbedOut() {
        let ledger = Self.ledger(400)
        var index = QueueFilterIndex()
        index.update(ledger.requests)
        for t in Self.typed {
            let needle = TextFolding.fold(t)
            guard !needle.isEmpty else { continue }
            #expect(index.matches(needle) == Self.plain(ledger, needle), "\(t)")
        }
    }

    @Test func manyRequestsAreFoldedAndSearchedInPartsAsOneTextWould() {
        // More than one search piece (4,096 places) and a part per core.
        let ledger = Self.ledger(9_000)
        var index = QueueFilterIndex()
        index.update(ledger.requests)
        #expect(index.count == 9_000)
        for t in ["s", "si", "sit", "siti", "sit", "ppid-2026-8", "ppid-2026-88", "é", "ñoño", "1", "9000"] {
            let needle = TextFolding.fold(t)
            #expect(index.matches(needle) == Self.plain(ledger, needle), "\(t)")
        }
    }

    @Test func keptMatchesFollowNewAndCorrectedRequests() throws {
        var ledger = Self.ledger(50)
        var index = QueueFilterIndex()
        index.update(ledger.requests)
        let before = index.matches("siti")
        _ = index.matches("sit")
        // Requests registered since: a kept filter's matches are extended with theirs.
        let grown = Self.ledger(120)
        index.update(grown.requests)
        #expect(index.count == grown.requests.count)
        for needle in ["siti", "sit", "sitia", "si"] {
            #expect(index.matches(needle) == Self.plain(grown, needle), "\(needle)")
        }
        #expect(Array(index.matches("siti").prefix(before.count)) == before)
        // A correction of an earlier request: folded again, nothing kept from before.
        let first = try #require(ledger.requests.first)
        let fixed = RequestDetails(requesterName: "Siti Nurhaliza", category: .individual, topic: .other, subject: "Baru")
        try ledger.apply(EventRecord(id: "c1", at: Desk.now, by: "siti", event: .requestCorrected(RequestCorrected(
            request: first.number, corrects: first.detailsEventID, receivedAt: first.receivedAt, channel: first.channel, details: fixed))))
        index.update(ledger.requests)
        #expect(index.count == ledger.requests.count)
        for needle in ["siti", "nurhaliza", "tarif"] {
            #expect(index.matches(needle) == Self.plain(ledger, needle), "\(needle)")
        }
    }

    @Test func foldingBytesIsFoldingTheWholeTextForEveryLatinLetter() {
        // Each scalar below U+0250 alone, between ASCII letters, and a letter followed by a
        // combining mark (which makes the whole text go a character at a time; a mark after a
        // control is a character of its own, which folding alone keeps, as before the index).
        var memo: [Character: String] = [:]
        for v in 0x80..<0x250 {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let c = String(Character(scalar))
            let control = [.control, .format].contains(scalar.properties.generalCategory)
            for s in [c, "A\(c)b", "X\(c)\(c)Y"] + (control ? [] : ["\(c)\u{301}"]) {
                var bytes: [UInt8] = []
                TextFolding.appendFolded(s, to: &bytes, memo: &memo)
                #expect(String(decoding: bytes, as: UTF8.self) == TextFolding.fold(s), "U+\(String(v, radix: 16))")
            }
        }
    }
}
