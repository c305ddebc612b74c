import Foundation
import Testing
import PPIDModel
@testable import PPIDStore

/// Text an officer might paste: quotes, backslashes, line breaks, control characters, terminal
/// escape sequences, non-ASCII letters, CJK, emoji (with joiners), decomposed accents.
let awkwardText = "Kutip \" dan \\ garis miring\\n, baris\nbaru\r\ntab\tNUL\u{0} bel\u{7} del\u{7F} "
    + "ESC\u{1B}[31mmerah\u{1B}[0m OSC\u{1B}]0;judul\u{7} é 漢字 😀 👩‍👩‍👧 e\u{301} \u{2028}\u{2029} \u{FEFF}akhir"

/// One record of every event kind, each field carrying awkward text where it holds text.
let everyEvent: [Event] = {
    let received = Timestamp.parse("2019-06-26T17:29:00+07:00")!
    let details = RequestDetails(
        requesterName: "Désirée Muñoz \(awkwardText)", category: .education, address: "Jl. \"Tuanku\" Tambusai\\5",
        contact: "0812\u{1B}[2J", occupation: "Peneliti", identityNumber: "1471010101010001", topic: .research,
        subject: awkwardText, purpose: "Skripsi 漢", accessKind: .copy, medium: .softcopy, delivery: .pickUp
    )
    let bare = RequestDetails(requesterName: "Budi", category: .individual, topic: .other, subject: "x")
    return [
        .requestRegistered(RequestRegistered(request: "PPID-2019-049", receivedAt: received, channel: .phone, details: details)),
        .requestRegistered(RequestRegistered(request: "PPID-2019-050", receivedAt: received, channel: .online, details: bare)),
        .requestReturnedIncomplete(RequestReturnedIncomplete(request: "PPID-2019-049", missing: awkwardText)),
        .requestDeclaredComplete(RequestDeclaredComplete(request: "PPID-2019-049", completedAt: Timestamp.parse("2019-06-28T09:45:00Z")!)),
        .requestExtended(RequestExtended(request: "PPID-2019-049", reason: awkwardText)),
        .requestExtended(RequestExtended(request: "PPID-2019-049", reason: "Arsip", on: day("2019-07-02"))),
        .requestDecided(RequestDecided(
            request: "PPID-2019-049", outcome: .rejected, ground: .exception(.h), noticeOn: day("2019-07-01"),
            moreGrounds: [.notHeld, .exception(.b)], heldBy: "Dinas \(awkwardText)", redacted: "NIK dan alamat: \(awkwardText)"
        )),
        .requestDecided(RequestDecided(request: "PPID-2019-049", outcome: .partial, ground: .exception(.h), noticeOn: day("2019-07-01"), fee: 15_000, payment: "Transfer \"BRI\"", note: awkwardText)),
        .requestDecided(RequestDecided(request: "PPID-2019-049", outcome: .rejected, ground: .notYetDocumented, noticeOn: day("2019-07-01"))),
        // A mixed decision's notice facts (issue 21): material, when given, when documented, the fee's parts.
        .requestDecided(RequestDecided(
            request: "PPID-2019-049", outcome: .partial, ground: .exception(.h), noticeOn: day("2019-07-01"), fee: 10_000, moreGrounds: [.notYetDocumented],
            material: "Ringkasan \(awkwardText)", givenBy: day("2019-07-05"), documentedBy: day("2019-07-20"), feeBreakdown: "20 lembar x Rp 500 \(awkwardText)"
        )),
        .requestDecided(RequestDecided(request: "PPID-2019-049", outcome: .granted, noticeOn: day("2019-07-01"))),
        .informationHandedOver(InformationHandedOver(request: "PPID-2019-049", handedOverOn: day("2019-07-02"), note: awkwardText)),
        .requestWithdrawn(RequestWithdrawn(request: "PPID-2019-049", withdrawnAt: Timestamp.parse("2019-06-28T09:45:00+08:00")!, reason: awkwardText)),
        .requestCorrected(RequestCorrected(request: "PPID-2019-049", corrects: "6f1c-\u{1B}", receivedAt: received, channel: .socialMedia, details: details)),
        .eventUndone(EventUndone(request: "PPID-2019-049", undoes: "0b7e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", reason: awkwardText)),
        .objectionFiled(ObjectionFiled(request: "PPID-2019-049", objection: "KEB-2019-001", receivedAt: received, grounds: [.a, .c, .g], agent: "Kuasa: René \"LBH\" Siregar", note: awkwardText)),
        .objectionFiled(ObjectionFiled(request: "PPID-2019-050", objection: "KEB-2019-002", receivedAt: received, grounds: [])),
        .objectionAnswered(ObjectionAnswered(request: "PPID-2019-049", objection: "KEB-2019-001", decision: .upheld, reasons: awkwardText, answeredOn: day("2019-08-12"), superiorName: "Dr. Noël Lubis, M.T.", superiorPosition: "Kepala Balai\nBPPSI")),
        .objectionAnswered(ObjectionAnswered(request: "PPID-2019-049", objection: "KEB-2019-001", decision: .overturned, reasons: "", answeredOn: day("2019-08-12"), superiorName: "", superiorPosition: "")),
        .disputeStep(DisputeStep(request: "PPID-2019-049", objection: "KEB-2019-001", kind: .filed, on: day("2019-09-02"), detail: "Reg. 012/IX/KI-Riau-PS/2019")),
        .disputeStep(DisputeStep(request: "PPID-2019-049", objection: "KEB-2019-001", kind: .started, on: day("2019-09-16"), detail: "mediation")),
        .disputeStep(DisputeStep(request: "PPID-2019-049", objection: "KEB-2019-001", kind: .settled, on: day("2019-12-20"), detail: awkwardText)),
        .letterMade(LetterMade(request: "PPID-2019-049", letter: "objection-answer", objection: "KEB-2019-001", file: "letters/\(awkwardText).docx")),
        .letterMade(LetterMade(request: "PPID-2019-049", letter: "receipt", file: "/tmp/surat.docx")),
        .requestDecided(RequestDecided(request: "PPID-2019-049", outcome: .rejected, ground: .unclassified, noticeOn: day("2019-07-01"), note: "rahasia dagang \(awkwardText)")),
        .groundClassified(GroundClassified(request: "PPID-2019-049", decision: "6f1c-\u{1B}", ground: .exception(.b))),
        .groundClassified(GroundClassified(request: "PPID-2019-049", decision: "0b7e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", ground: .notHeld)),
    ] + everySampleEvent + everyListEvent
}()

/// One of each DIK and DIP event, awkward text wherever text is typed in.
let everyListEvent: [Event] = {
    let test = ConsequenceTest(
        number: "DIK-001", title: awkwardText, withheld: "NIK \"dan\" alamat", ground: .j, law: "UU 7/2014 Pasal 12 \\", ifOpened: awkwardText,
        ifClosed: "tetap\nberjalan", publicInterest: "漢字 😀", until: day("2021-01-04"), reviewOn: day("2020-01-06"), unit: "Seksi é",
        trigger: .atRequest, triggerReference: "PPID-2019-049", decisionNumber: "UK-01/\u{1B}", decidedOn: day("2019-07-01"), participants: awkwardText)
    var bare = test
    (bare.until, bare.reviewOn, bare.trigger, bare.triggerReference, bare.law) = (nil, nil, .commissionOrder, "Putusan 01/KI", "")
    let entry = PublicEntry(
        number: "DIP-001", summary: awkwardText, unit: "Seksi", responsible: "Kasi \"PT\"", madeWhen: "2019", madeWhere: "Pekanbaru 漢",
        form: .electronic, retention: "5 tahun", kind: .anyTime)
    return [
        .requestDecided(RequestDecided(request: "PPID-2019-049", outcome: .rejected, ground: .exception(.j), noticeOn: day("2019-07-01"), tests: ["DIK-001", "DIK-002"])),
        .requestDecided(RequestDecided(request: "PPID-2019-050", outcome: .partial, ground: .exception(.h), noticeOn: day("2019-07-01"), fromRegister: true)),
        .requestDecided(RequestDecided(request: "PPID-2019-050", outcome: .granted, noticeOn: day("2019-07-01"), publicEntry: "DIP-\"001\"")),
        .lists(.testRecorded(test)),
        .lists(.testRecorded(bare)),
        .lists(.testCorrected(TestCorrected(test: bare, changes: ["withheld", "until"], reason: awkwardText))),
        .lists(.testRevoked(TestRevoked(test: "DIK-001", on: day("2019-08-01"), decisionNumber: "UK-02", reason: awkwardText))),
        .lists(.publicEntrySet(PublicEntrySet(entry: entry, on: day("2019-01-02")))),
        .lists(.publicEntrySet(PublicEntrySet(entry: entry, on: day("2019-02-01"), changes: ["summary"]))),
        .lists(.publicEntryRemoved(PublicEntryRemoved(entry: "DIP-001", on: day("2019-03-01"), reason: awkwardText))),
        .lists(.publicListDecided(PublicListDecided(decisionNumber: "01/KEP/\"PPID\"", on: day("2019-01-02")))),
    ]
}()

/// One of each sample event, awkward text wherever text is typed in.
let everySampleEvent: [Event] = {
    let at = Timestamp.parse("2026-11-24T13:05:00+07:00")!
    let customer = Customer(name: "Désirée \(awkwardText)", organisation: "PT \"Karet\" Riau\\", contact: "0812\u{1B}[2J")
    let details = SampleDetails(kind: .external, letterNumber: "12/\u{7}/XI", customer: customer, commodity: awkwardText, parameters: "kadar air, 漢", quantity: "2 × 500 g", fromRequest: "PPID-2026-001")
    let internalDetails = SampleDetails(kind: .internal, customer: Customer(name: "Lab Kimia"), commodity: "Air", parameters: "pH", quantity: "1 L")
    let events: [SampleEvent] = [
        .registered(SampleRegistered(sample: "BPCU-2026-001", receivedAt: at, details: details)),
        .registered(SampleRegistered(sample: "BPCUI-2026-001", receivedAt: Timestamp.parse("2026-11-24T06:05:00Z")!, details: internalDetails)),
        .received(SampleReceived(sample: "BPCU-2026-001", receivedAt: at, label: awkwardText)),
        .billingIssued(BillingIssued(sample: "BPCU-2026-001", issuedAt: at, code: "820261124000123", amount: 1_250_000, expiresAt: Timestamp.parse("2026-12-01T13:05:00+07:00")!)),
        .billingIssued(BillingIssued(sample: "BPCU-2026-001", issuedAt: at, code: "820261124000124", amount: 900_000, expiresAt: Timestamp.parse("2026-12-01T13:05:00+07:00")!, amountReason: awkwardText)),
        .paid(SamplePaid(sample: "BPCU-2026-001", paidAt: at, ntpn: "0A1B2C3D4E5F6G7H", receiptNumber: "KW/\"12\"")),
        .assigned(SampleAssigned(sample: "BPCU-2026-001", assignedAt: at, analyst: "Rina \u{1B}]0;x\u{7}")),
        .resultIn(AnalysisResultIn(sample: "BPCU-2026-001", resultAt: at, note: awkwardText)),
        .reportMade(ReportMade(sample: "BPCU-2026-001", madeAt: at, lhp: "LHP-2026-001", note: "")),
        .handedOver(ReportHandedOver(sample: "BPCU-2026-001", handedOverAt: at, receivedBy: awkwardText)),
        .cancelled(SampleCancelled(sample: "BPCUI-2026-001", cancelledAt: at, reason: awkwardText)),
        .stepCorrected(SampleStepCorrected(sample: "BPCU-2026-004", step: .withAnalyst, time: at, reason: awkwardText)),
    ]
    return events.map(Event.sample)
}()

@Suite struct EventCodecTests {
    let codec = EventCodec(timeZone: jakarta)

    func record(_ event: Event, by: String = "Siti \"Ani\" Rahmawati é") -> EventRecord {
        EventRecord(id: "3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b", at: Timestamp.parse("2019-07-01T10:15:30+07:00")!, by: by, event: event)
    }

    func decode(_ line: [UInt8]) throws(EventCodec.Problem) -> EventRecord {
        let body = line.last == 0x0A ? Array(line.dropLast()) : line
        return try body.withUnsafeBufferPointer { (b) throws(EventCodec.Problem) -> EventRecord in try codec.decode(b) }
    }

    func problem(_ line: [UInt8]) -> EventCodec.Problem? {
        do {
            _ = try decode(line)
            return nil
        } catch {
            return error
        }
    }

    /// The encoded line of a registration, as text, to be edited into a bad line.
    var sampleLine: String {
        String(decoding: codec.encode(record(registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))).dropLast(), as: UTF8.self)
    }

    // MARK: Round trip

    @Test(arguments: everyEvent)
    func everyEventComesBackEqual(_ event: Event) throws {
        let r = record(event)
        let line = codec.encode(r)
        let back = try decode(line)
        #expect(back == r)
        // Swift's == on String is canonical equivalence ("é" == "e\u{301}"); the stored text must
        // come back as the very same scalars, so the record read back must write the very same bytes.
        #expect(codec.encode(back) == line)
        #expect(Array(back.by.unicodeScalars) == Array(r.by.unicodeScalars))
        if case .requestRegistered(let e) = back.event, case .requestRegistered(let o) = event {
            #expect(Array(e.details.subject.unicodeScalars) == Array(o.details.subject.unicodeScalars))
        }
    }

    @Test(arguments: everyEvent)
    func aLineIsOneLineWithNoRawControlBytes(_ event: Event) {
        let line = codec.encode(record(event))
        #expect(line.last == 0x0A)
        let body = line.dropLast()
        #expect(!body.contains(0x0A) && !body.contains(0x0D))
        #expect(!body.contains { $0 < 0x20 || $0 == 0x7F }, "control characters (ESC included) are escaped, so `cat` of the log cannot drive a terminal")
        #expect(String(validating: Array(body), as: UTF8.self) != nil)
    }

    @Test func theEveryEventListCoversEveryCase() {
        let names = Set(everyEvent.map(EventCodec.typeName))
        let known: Set<String> = [
            "request.registered", "request.returned_incomplete", "request.declared_complete", "request.extended",
            "request.decided", "request.handed_over", "request.withdrawn", "request.corrected", "event.undone",
            "objection.filed", "objection.answered", "dispute.step", "letter.made", "request.ground_classified",
            "sample.registered", "sample.received", "sample.billing_issued", "sample.paid", "sample.assigned",
            "sample.result_in", "sample.report_made", "sample.handed_over", "sample.cancelled", "sample.step_corrected",
            "dik.tested", "dik.corrected", "dik.revoked", "dip.entry_set", "dip.entry_removed", "dip.decided",
        ]
        #expect(names == known, "a new event kind needs a round-trip sample in everyEvent")
    }

    @Test func aLineCarriesVersionIdTimeWithOffsetAndOfficer() throws {
        let line = codec.encode(record(registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"), by: "Siti"))
        let fields = try Array(line.dropLast()).withUnsafeBufferPointer { try JSONLine.parse($0) }
        #expect(fields["v"] == .int(1))
        #expect(fields["id"] == .string("3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b"))
        #expect(fields["at"] == .string("2019-07-01T10:15:30+07:00"))
        #expect(fields["by"] == .string("Siti"))
        #expect(fields["type"] == .string("request.registered"))
        #expect(fields["request"] == .string("PPID-2019-001"))
        #expect(fields["received_at"] == .string("2019-01-09T08:02:00+07:00"))
        #expect(String(decoding: line, as: UTF8.self).hasPrefix(#"{"v":1,"id":"3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b","at":"2019-07-01T10:15:30+07:00","by":"Siti","type":"request.registered","#))
    }

    @Test func aSampleLineNamesItsSampleAndNoRequest() throws {
        let e = everySampleEvent.first { if case .sample(.paid) = $0 { true } else { false } }
        let line = codec.encode(record(try #require(e), by: "Siti"))
        let fields = try Array(line.dropLast()).withUnsafeBufferPointer { try JSONLine.parse($0) }
        #expect(fields["request"] == nil)
        #expect(String(decoding: line, as: UTF8.self) == #"{"v":1,"id":"3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b","at":"2019-07-01T10:15:30+07:00","by":"Siti","type":"sample.paid","sample":"BPCU-2026-001","paid_at":"2026-11-24T13:05:00+07:00","ntpn":"0A1B2C3D4E5F6G7H","receipt_number":"KW/\"12\""}"# + "\n")
    }

    @Test func aSampleLineWithoutItsSampleOrWithAnUnknownKindIsDamaged() {
        let good = String(decoding: codec.encode(record(everySampleEvent[0])).dropLast(), as: UTF8.self)
        #expect(problem(Array(good.replacingOccurrences(of: #""sample":"BPCU-2026-001","#, with: "").utf8)) == .field("sample", "missing"))
        #expect(problem(Array(good.replacingOccurrences(of: #""kind":"bpcu""#, with: #""kind":"bpcx""#).utf8)) == .field("kind", "unknown \"bpcx\""))
        #expect(problem(Array(good.replacingOccurrences(of: #""sample.registered""#, with: #""sample.weighed""#).utf8)) == .field("type", "unknown \"sample.weighed\""))
    }

    @Test func timesAreWrittenInTheOfficeZone() throws {
        let wita = EventCodec(timeZone: TimeZone(identifier: "Asia/Makassar")!)
        let r = record(registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
        let text = String(decoding: wita.encode(r), as: UTF8.self)
        #expect(text.contains(#""at":"2019-07-01T11:15:30+08:00""#))
        #expect(text.contains(#""received_at":"2019-01-09T09:02:00+08:00""#))
        let back = try Array(wita.encode(r).dropLast()).withUnsafeBufferPointer { try codec.decode($0) }
        #expect(back == r, "the instant is the same whatever zone wrote it")
    }

    @Test func escapesAreTheShortJSONOnes() {
        var out: [UInt8] = []
        JSONLine.appendString("a\"b\\c\nd\re\tf\u{1}\u{1B}\u{7F}é", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""a\"b\\c\nd\re\tf\u0001\u001b\u007fé""#)
    }

    @Test func aReaderAcceptsWhatOtherJSONWritersProduce() throws {
        // Spaces, escaped slashes, \u escapes and a surrogate pair, fields in another order, an unknown extra field.
        let line = #" { "request" : "PPID-2019-001" , "type":"request.extended", "v":1, "id":"x", "at":"2019-07-01T10:15:30Z", "by":"Siti\u00e9", "reason":"a\/b \ud83d\ude00 \u6f22", "later":{"nested":[1,2.5,true,null]} } "#
        let r = try decode(Array(line.utf8))
        #expect(r.by == "Sitié")
        #expect(r.event == .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "a/b 😀 漢")))
        #expect(r.at == Timestamp.parse("2019-07-01T17:15:30+07:00"))
    }

    // MARK: Rejections

    @Test func invalidUTF8IsRejected() throws {
        var bytes = Array(sampleLine.utf8)
        let at = try #require(bytes.firstRange(of: Array("Nurhaliza".utf8)))
        bytes[at.lowerBound] = 0xFF
        guard case .syntax(let reason)? = problem(bytes) else { Issue.record("not a syntax problem"); return }
        #expect(reason.contains("invalid UTF-8"))

        // An overlong encoding of "/" and a lone continuation byte inside an escaped string.
        let overlong = sampleLine.replacingOccurrences(of: "Siti Nurhaliza", with: "Siti\\n")
        var b2 = Array(overlong.utf8)
        let i = try #require(b2.firstIndex(of: UInt8(ascii: "\\")))
        b2.insert(contentsOf: [0xC0, 0xAF], at: i)
        guard case .syntax(let reason2)? = problem(b2) else { Issue.record("overlong UTF-8 accepted"); return }
        #expect(reason2.contains("invalid UTF-8"))
    }

    @Test(arguments: [20, 100, 200])
    func truncatedJSONIsRejected(keeping count: Int) {
        let bytes = Array(sampleLine.utf8.prefix(count))
        guard case .syntax? = problem(bytes) else { Issue.record("truncated line accepted or wrong problem: \(String(describing: problem(bytes)))"); return }
    }

    @Test func anUnknownTypeIsRejected() {
        let line = sampleLine.replacingOccurrences(of: "request.registered", with: "request.escalated")
        #expect(problem(Array(line.utf8)) == .field("type", "unknown \"request.escalated\""))
    }

    @Test(arguments: ["subject", "v", "id", "at", "by", "type", "request", "received_at", "channel", "name", "topic"])
    func aMissingFieldIsRejected(_ key: String) throws {
        var fields = try JSONObject(sampleLine)
        fields.remove(key)
        #expect(problem(Array(fields.text.utf8)) == .field(key, "missing"))
    }

    @Test func aFieldOfTheWrongKindIsRejected() throws {
        var fields = try JSONObject(sampleLine)
        fields.set("subject", "42")
        #expect(problem(Array(fields.text.utf8)) == .field("subject", "must be text"))

        fields = try JSONObject(sampleLine)
        fields.set("v", "\"1\"")
        #expect(problem(Array(fields.text.utf8)) == .field("v", "must be a whole number"))

        fields = try JSONObject(sampleLine)
        fields.set("v", "1.5")
        #expect(problem(Array(fields.text.utf8)) == .field("v", "must be a whole number"))

        fields = try JSONObject(sampleLine)
        fields.set("channel", "\"fax\"")
        #expect(problem(Array(fields.text.utf8)) == .field("channel", "unknown \"fax\""))

        fields = try JSONObject(sampleLine)
        fields.set("received_at", "\"2019-01-09 08:02\"")
        #expect(problem(Array(fields.text.utf8)) == .field("received_at", "not an ISO 8601 time with offset: \"2019-01-09 08:02\""))

        fields = try JSONObject(sampleLine)
        fields.set("access", "[\"copy\"]")
        #expect(problem(Array(fields.text.utf8)) == .field("access", "must be text or null"))

        fields = try JSONObject(sampleLine)
        fields.set("v", "0")
        #expect(problem(Array(fields.text.utf8)) == .field("v", "must be 1 or more"))
    }

    @Test(arguments: [#"\ud800"#, #"\udc00"#, #"\ud800\u0041"#, #"\ud800x"#, #"\udbff\ud800"#])
    func aLoneSurrogateIsRejected(_ escape: String) {
        let line = sampleLine.replacingOccurrences(of: "Siti Nurhaliza", with: "Siti \(escape) N")
        guard case .syntax(let reason)? = problem(Array(line.utf8)) else { Issue.record("accepted \(escape)"); return }
        #expect(reason.contains("lone surrogate"))
    }

    @Test func rawControlCharactersAndBadEscapesAreRejected() {
        for bad in ["Siti\u{1B}[31m", "Siti\u{9}", "Siti\\x41", "Siti\\u12G4", "Siti\\"] {
            let line = sampleLine.replacingOccurrences(of: "Siti Nurhaliza", with: bad)
            guard case .syntax? = problem(Array(line.utf8)) else { Issue.record("accepted \(bad.debugDescription)"); continue }
        }
    }

    @Test func anObjectionWithAnUnknownGroundIsRejected() throws {
        let event = Event.objectionFiled(ObjectionFiled(request: "PPID-2019-001", objection: "KEB-2019-001", receivedAt: testNow, grounds: [.a]))
        var fields = try JSONObject(String(decoding: codec.encode(record(event)).dropLast(), as: UTF8.self))
        fields.set("grounds", "\"a,h\"")
        #expect(problem(Array(fields.text.utf8)) == .field("grounds", "unknown \"h\""))
        fields.set("grounds", "[\"a\"]")
        #expect(problem(Array(fields.text.utf8)) == .field("grounds", "must be text"))
    }

    @Test func aNewerVersionIsToldApartFromDamage() {
        let line = sampleLine.replacingOccurrences(of: #""v":1"#, with: #""v":2"#).replacingOccurrences(of: "request.registered", with: "request.escalated")
        #expect(problem(Array(line.utf8)) == .newerVersion(2))
        #expect(EventCodec.Problem.newerVersion(2).message.en.contains("newer version"))
    }

    @Test func numbersWithLeadingZerosAreNotJSON() {
        // Found by fuzzing the reader against Foundation's JSON parser.
        for bad in ["01", "-04", "00", "-00.5"] {
            #expect(throws: JSONLine.SyntaxError.self, "\(bad)") { try Array("{\"n\":\(bad)}".utf8).withUnsafeBufferPointer { try JSONLine.parse($0) } }
        }
        for good in ["0", "-0", "10", "0.5", "-0e3"] {
            #expect(throws: Never.self, "\(good)") { try Array("{\"n\":\(good)}".utf8).withUnsafeBufferPointer { try JSONLine.parse($0) } }
        }
        let v = sampleLine.replacingOccurrences(of: #""v":1"#, with: #""v":01"#)
        #expect(problem(Array(v.utf8)).map { if case .syntax = $0 { true } else { false } } == true)
    }

    @Test func textAfterTheObjectIsRejected() {
        #expect(problem(Array((sampleLine + sampleLine).utf8)).map { if case .syntax = $0 { true } else { false } } == true)
        #expect(problem(Array("[]".utf8)).map { if case .syntax = $0 { true } else { false } } == true)
        #expect(problem([]).map { if case .syntax = $0 { true } else { false } } == true)
    }
}

/// A flat JSON object as ordered key/raw-value pairs, to build bad lines from a good one.
struct JSONObject {
    var pairs: [(String, String)]

    /// Splits a line the codec wrote (flat, no nested values).
    init(_ line: String) throws {
        let fields = try Array(line.utf8).withUnsafeBufferPointer { try JSONLine.parse($0) }
        var out: [(String, String)] = []
        for (k, v) in fields {
            switch v {
            case .string(let s):
                var b: [UInt8] = []
                JSONLine.appendString(s, to: &b)
                out.append((k, String(decoding: b, as: UTF8.self)))
            case .int(let i): out.append((k, String(i)))
            case .bool(let x): out.append((k, String(x)))
            case .null: out.append((k, "null"))
            case .other: throw JSONLine.SyntaxError(offset: 0, reason: "nested value")
            }
        }
        pairs = out
    }

    mutating func remove(_ key: String) { pairs.removeAll { $0.0 == key } }

    mutating func set(_ key: String, _ raw: String) {
        remove(key)
        pairs.append((key, raw))
    }

    var text: String { "{" + pairs.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}" }
}
