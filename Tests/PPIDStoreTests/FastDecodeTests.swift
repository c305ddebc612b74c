import Foundation
import Testing
import PPIDModel
@testable import PPIDStore

/// The log reader's fast path (fields found in place, no dictionary) against the general
/// reader (`JSONLine.parse` into a dictionary): the same record or the same problem, for every
/// event kind and for lines damaged in every way a byte can damage them.
@Suite struct FastDecodeTests {
    let codec = EventCodec(timeZone: jakarta)

    func record(_ event: Event) -> EventRecord {
        EventRecord(id: "3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b", at: Timestamp.parse("2019-07-01T10:15:30+07:00")!, by: "Désirée \"Ani\"", event: event)
    }

    func fast(_ line: [UInt8]) -> Result<EventRecord, EventCodec.Problem> {
        line.withUnsafeBufferPointer { b in Result { () throws(EventCodec.Problem) in try codec.decode(b) } }
    }

    func general(_ line: [UInt8]) -> Result<EventRecord, EventCodec.Problem> {
        line.withUnsafeBufferPointer { b in Result { () throws(EventCodec.Problem) in try codec.decodeGeneral(b) } }
    }

    func expectSame(_ line: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let a = fast(line), b = general(line)
        #expect(a == b, "\(String(decoding: line, as: UTF8.self).debugDescription)", sourceLocation: sourceLocation)
    }

    @Test(arguments: everyEvent)
    func everyKindReadsTheSameBothWays(_ event: Event) throws {
        let line = Array(codec.encode(record(event)).dropLast())
        #expect(try fast(line).get() == record(event))
        expectSame(line)
    }

    @Test(arguments: everyEvent)
    func everyCutAndEveryDamagedByteReadsTheSameBothWays(_ event: Event) {
        let line = Array(codec.encode(record(event)).dropLast())
        for n in 0..<line.count { expectSame(Array(line.prefix(n))) }
        let replacements: [UInt8] = [0xFF, 0xC3, 0x80, 0x22, 0x5C, 0x7B, 0x7D, 0x3A, 0x2C, 0x01, 0x20, 0x78, 0x31, 0x2B, 0x2D, 0x6E]
        for i in line.indices {
            for r in replacements where r != line[i] {
                var damaged = line
                damaged[i] = r
                expectSame(damaged)
            }
        }
    }

    @Test func writersOtherThanOursReadTheSameBothWays() {
        let lines = [
            #" { "request" : "PPID-2019-001" , "type":"request.extended", "v":1, "id":"x", "at":"2019-07-01T10:15:30Z", "by":"Siti\u00e9", "reason":"a\/b \ud83d\ude00 \u6f22", "later":{"nested":[1,2.5,true,null,"\u00e9"]} } "#,
            // A key written twice: the last one counts, both ways.
            #"{"v":1,"id":"x","at":"2019-07-01T10:15:30Z","by":"a","type":"request.extended","request":"A","reason":"first","reason":"second"}"#,
            #"{"v":1,"id":"x","at":"2019-07-01T10:15:30Z","by":"a","type":"request.extended","request":"A","reason":"first","reason":7}"#,
            // An escaped key: the fast path hands the line to the general reader.
            #"{"v":1,"\u0069d":"x","at":"2019-07-01T10:15:30Z","by":"a","type":"request.extended","request":"A","reason":"r"}"#,
            // Numbers of every shape, booleans, null where text is expected.
            #"{"v":1.0,"id":"x","at":"2019-07-01T10:15:30Z","by":"a","type":"request.extended","request":"A","reason":"r"}"#,
            #"{"v":99999999999999999999,"id":"x","at":"2019-07-01T10:15:30Z","by":"a","type":"request.extended","request":"A","reason":"r"}"#,
            #"{"v":-1,"id":"x","at":"2019-07-01T10:15:30Z","by":"a","type":"request.extended","request":"A","reason":"r"}"#,
            #"{"v":1,"id":true,"at":"2019-07-01T10:15:30Z","by":"a","type":"request.extended","request":"A","reason":"r"}"#,
            #"{"v":1,"id":"x","at":null,"by":"a","type":"request.extended","request":"A","reason":"r"}"#,
            #"{"v":1,"id":"x","at":"2019-07-01T10:15:30\u005a","by":"a","type":"request.extended","request":"A","reason":"r"}"#,
            #"{"v":1,"id":"x","at":"2019-07-01T10:15:30Z","by":"a","type":"request.decided","request":"A","outcome":"granted","ground":null,"notice_on":"2019-+7-01","fee":0,"payment":"","note":""}"#,
            #"{"v":1,"id":"x","at":"2019-07-01T10:15:30Z","by":"a","type":"request.decided","request":"A","outcome":"granted","ground":null,"notice_on":"2019-07-0\u0031","fee":0,"payment":"","note":""}"#,
            #"{}"#, #"{ }"#, #"[]"#, #""#, #"{"a":}"#, #"{"a":1,}"#, #"{"a" 1}"#,
        ]
        for line in lines { expectSame(Array(line.utf8)) }
    }

    @Test func aLineWithMoreFieldsThanTheFastPathHoldsIsStillRead() throws {
        var line = String(decoding: codec.encode(record(everyEvent[0])).dropLast(), as: UTF8.self)
        line.removeLast()
        for i in 0..<40 { line += ",\"extra\(i)\":\(i)" }
        line += ",\"subject\":\"the last subject\"}"
        let bytes = Array(line.utf8)
        expectSame(bytes)
        guard case .requestRegistered(let e) = try fast(bytes).get().event else { Issue.record("not a registration"); return }
        #expect(e.details.subject == "the last subject")
    }

    @Test func keysSharingATableEntryAndKeysWrittenTwiceReadTheSameBothWays() throws {
        var line = String(decoding: codec.encode(record(everyEvent[0])).dropLast(), as: UTF8.self)
        line.removeLast()
        // Up to the fast path's 32 fields: many keys, so some share an entry of its table.
        for i in 0..<9 { line += ",\"k\(i)\":\"\(i)\"" }
        line += ",\"name\":\"Nama kedua\",\"subject\":7}"
        expectSame(Array(line.utf8))
        #expect(fast(Array(line.utf8)) == .failure(.field("subject", "must be text")))
        let fixed = line.replacingOccurrences(of: "\"subject\":7", with: "\"subject\":\"akhir\"")
        guard case .requestRegistered(let e) = try fast(Array(fixed.utf8)).get().event else { Issue.record("not a registration"); return }
        #expect(e.details.requesterName == "Nama kedua" && e.details.subject == "akhir")
    }

    @Test func theUTF8CheckAcceptsExactlyWhatSwiftAccepts() {
        var random = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        // Every sequence of up to three interesting bytes, then random longer ones.
        var cases: [[UInt8]] = [[]]
        for a in interesting {
            cases.append([a])
            for b in interesting {
                cases.append([a, b])
                for c in interesting { cases.append([a, b, c]) }
            }
        }
        for _ in 0..<20_000 {
            cases.append((0..<Int.random(in: 1...8, using: &random)).map { _ in interesting.randomElement(using: &random) ?? 0 })
        }
        for bytes in cases {
            let ours = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0, from: 0, to: $0.count) }
            #expect(ours == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
