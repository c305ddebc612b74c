import Foundation
import Testing
@testable import PPIDModel

/// Given these events, when this one, then this state or this error.
@Suite struct LedgerTests {
    var rec = Recorder()
    var ledger = Ledger(calendar: wib)

    init() throws {
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-10T09:00:00+07:00")))
    }

    mutating func apply(_ event: Event, at: String? = nil) throws(LedgerError) {
        try ledger.apply(rec.record(event, at: at.map(time)))
    }

    func expectError(_ expected: LedgerError, _ event: Event, at: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        var copy = self
        #expect(throws: expected, sourceLocation: sourceLocation) { try copy.apply(event, at: at) }
        #expect(copy.ledger.requests == ledger.requests, "a refused event changes nothing", sourceLocation: sourceLocation)
    }

    func decided(_ outcome: Outcome = .granted, ground: Ground? = nil, on date: String = "2019-10-15") -> Event {
        .requestDecided(RequestDecided(request: "PPID-2019-001", outcome: outcome, ground: ground, noticeOn: day(date)))
    }

    var request: Request { ledger.requests["PPID-2019-001"]! }

    @Test func aRegisteredRequestIsOpenWithItsDeadline() {
        #expect(request.status == .open)
        #expect(wib.deadline(of: request).inForce == day("2019-10-24"))
        #expect(wib.standing(of: request, today: day("2019-10-10")) == .onTrack(daysLeft: 10))
        #expect(wib.standing(of: request, today: day("2019-10-21")) == .dueSoon(daysLeft: 3))
        #expect(wib.standing(of: request, today: day("2019-10-24")) == .dueSoon(daysLeft: 0))
        #expect(wib.standing(of: request, today: day("2019-10-28")) == .overdue(days: 2))
    }

    @Test mutating func decidingClosesItAndCountsTheResponseTime() throws {
        try apply(decided())
        #expect(request.status == .decided(.granted))
        #expect(wib.responseDays(of: request) == 3)
        #expect(wib.isOnTime(request) == true)
    }

    @Test mutating func decidingAWithdrawnRequestIsRefused() throws {
        try apply(.requestWithdrawn(RequestWithdrawn(request: "PPID-2019-001", withdrawnAt: time("2019-10-11T10:00:00+07:00"))))
        #expect(request.status == .withdrawn)
        expectError(.alreadyClosed("PPID-2019-001", .withdrawn), decided())
    }

    @Test mutating func decidingTwiceIsRefused() throws {
        try apply(decided())
        expectError(.alreadyClosed("PPID-2019-001", .decided(.granted)), decided(.rejected, ground: .notHeld))
    }

    @Test mutating func aSecondExtensionIsRefused() throws {
        try apply(.requestExtended(RequestExtended(request: "PPID-2019-001", reason: "Data di bidang lain", on: day("2019-10-15"))))
        #expect(wib.deadline(of: request).inForce == day("2019-11-04"))
        #expect(wib.deadline(of: request).original == day("2019-10-24"))
        expectError(.secondExtension("PPID-2019-001"), .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "lagi")))
    }

    @Test func anExtensionNeedsAReason() {
        expectError(.requiredFieldEmpty(Phrase(id: "Alasan perpanjangan", en: "The reason for the extension")),
                    .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "  ")))
    }

    @Test func aDecisionBeforeReceiptIsRefused() {
        expectError(.decisionBeforeReceipt("PPID-2019-001", notice: day("2019-10-09"), received: day("2019-10-10")), decided(on: "2019-10-09"))
    }

    @Test func aNoticeDatedInTheFutureIsRefused() {
        expectError(.dateInFuture(Phrase(id: "Tanggal pemberitahuan", en: "The notice date")), decided(on: "2019-10-20"), at: "2019-10-15T10:00:00+07:00")
    }

    @Test func aReceiptInTheFutureIsRefused() {
        expectError(.receivedInFuture("PPID-2019-002"), registration("PPID-2019-002", "2019-10-16T10:00:00+07:00"), at: "2019-10-15T10:00:00+07:00")
    }

    @Test func rejectionsAndPartialGrantsNeedAGround() {
        expectError(.groundRequired(.rejected), decided(.rejected))
        expectError(.groundRequired(.partial), decided(.partial))
    }

    @Test mutating func aRejectionWithItsGroundIsRecorded() throws {
        try apply(decided(.rejected, ground: .exception(.h)))
        #expect(request.decision?.decided.ground == .exception(.h))
        #expect(request.decision?.decided.ground?.informationStatus == .held)
    }

    @Test func aDuplicateNumberIsRefused() {
        expectError(.duplicateNumber("PPID-2019-001"), registration("PPID-2019-001", "2019-10-10T09:00:00+07:00"))
    }

    @Test func anUnknownRequestIsRefused() {
        expectError(.unknownRequest("PPID-2019-999"), .requestExtended(RequestExtended(request: "PPID-2019-999", reason: "x")))
    }

    @Test mutating func handOverOnlyAfterAGrant() throws {
        let handover = Event.informationHandedOver(InformationHandedOver(request: "PPID-2019-001", handedOverOn: day("2019-10-16")))
        expectError(.notDecided("PPID-2019-001"), handover)
        try apply(decided())
        try apply(handover)
        #expect(request.handover?.handedOverOn == day("2019-10-16"))
        expectError(.alreadyHandedOver("PPID-2019-001"), handover)
    }

    @Test mutating func nothingIsHandedOverAfterARejection() throws {
        try apply(decided(.rejected, ground: .notYetDocumented))
        expectError(.nothingToHandOver("PPID-2019-001"), .informationHandedOver(InformationHandedOver(request: "PPID-2019-001", handedOverOn: day("2019-10-16"))))
    }

    @Test func aWithdrawalBeforeReceiptIsRefused() {
        expectError(.withdrawnBeforeReceipt("PPID-2019-001"), .requestWithdrawn(RequestWithdrawn(request: "PPID-2019-001", withdrawnAt: time("2019-10-09T10:00:00+07:00"))))
    }

    @Test mutating func anIncompleteRequestCountsFromCompletion() throws {
        try apply(.requestReturnedIncomplete(RequestReturnedIncomplete(request: "PPID-2019-001", missing: "Fotokopi KTP", on: day("2019-10-11"))))
        expectError(.awaitingCompletion("PPID-2019-001"), decided())
        expectError(.awaitingCompletion("PPID-2019-001"), .requestReturnedIncomplete(RequestReturnedIncomplete(request: "PPID-2019-001", missing: "lagi")))
        try apply(.requestDeclaredComplete(RequestDeclaredComplete(request: "PPID-2019-001", completedAt: time("2019-10-14T09:00:00+07:00"))))
        #expect(wib.deadline(of: request).start.day == day("2019-10-14"))
        #expect(wib.deadline(of: request).countsFromCompletion)
        #expect(wib.deadline(of: request).original == day("2019-10-28"))
        expectError(.notAwaitingCompletion("PPID-2019-001"), .requestDeclaredComplete(RequestDeclaredComplete(request: "PPID-2019-001", completedAt: time("2019-10-14T09:00:00+07:00"))))
    }

    @Test mutating func undoAppendsAndRestoresThePreviousState() throws {
        try apply(.requestExtended(RequestExtended(request: "PPID-2019-001", reason: "Data di bidang lain", on: day("2019-10-15"))))
        let extensionID = try ledger.history(of: "PPID-2019-001").last!.id
        try apply(decided())
        let decisionID = try ledger.history(of: "PPID-2019-001").last!.id
        expectError(.notLatestEvent("PPID-2019-001"), .eventUndone(EventUndone(request: "PPID-2019-001", undoes: extensionID)))
        try apply(.eventUndone(EventUndone(request: "PPID-2019-001", undoes: decisionID, reason: "salah pilih")))
        #expect(request.status == .open)
        #expect(request.extensionGiven != nil)
        #expect(try ledger.history(of: "PPID-2019-001").count == 4, "the history keeps the undone event and the undo")
        expectError(.unknownEvent(decisionID), .eventUndone(EventUndone(request: "PPID-2019-001", undoes: decisionID)))
        try apply(.eventUndone(EventUndone(request: "PPID-2019-001", undoes: extensionID)))
        #expect(request.extensionGiven == nil)
        try apply(.requestExtended(RequestExtended(request: "PPID-2019-001", reason: "sekali lagi, sah", on: day("2019-10-16"))))
    }

    /// A letter's record is not an action: `u` after making the refusal letter still undoes
    /// the decision, and the letter's record stays in the history.
    @Test mutating func aLetterMadeDoesNotStandInTheWayOfUndo() throws {
        try apply(decided())
        let decisionID = try ledger.history(of: "PPID-2019-001").last!.id
        try apply(.letterMade(LetterMade(request: "PPID-2019-001", letter: "notice", file: "letters/PPID-2019-001-notice.docx")))
        #expect(request.decision != nil)
        try apply(.eventUndone(EventUndone(request: "PPID-2019-001", undoes: decisionID, reason: "salah pilih")))
        #expect(request.status == .open)
        #expect(try ledger.history(of: "PPID-2019-001").contains { if case .letterMade = $0.event { true } else { false } })
    }

    @Test mutating func undoingARegistrationVoidsTheRequestButKeepsItsNumber() throws {
        try apply(.eventUndone(EventUndone(request: "PPID-2019-001", undoes: try ledger.history(of: "PPID-2019-001")[0].id)))
        #expect(request.status == .voided)
        #expect(ledger.recap(year: 2019).total.requesters == 0)
        #expect(ledger.nextNumber(year: 2019) == "PPID-2019-002")
        expectError(.alreadyClosed("PPID-2019-001", .voided), decided())
    }

    @Test mutating func aCorrectionReplacesTheFieldsAndNamesItsEvent() throws {
        let registrationID = try ledger.history(of: "PPID-2019-001")[0].id
        var fixed = details("Budi Santosa")
        fixed.topic = .calibration
        try apply(.requestCorrected(RequestCorrected(request: "PPID-2019-001", corrects: registrationID, receivedAt: time("2019-10-10T09:00:00+07:00"), channel: .phone, details: fixed)))
        #expect(request.details.requesterName == "Budi Santosa")
        #expect(ledger.recap(year: 2019).months[9].count(.phone) == 1)
        #expect(ledger.recap(year: 2019).months[9].count(.walkIn) == 0)
        expectError(.correctsWrongEvent("PPID-2019-001"), .requestCorrected(RequestCorrected(request: "PPID-2019-001", corrects: registrationID, receivedAt: time("2019-10-10T09:00:00+07:00"), channel: .phone, details: fixed)))
    }

    @Test mutating func aBatchIsCheckedWholeWithoutChangingAnything() throws {
        let good = rec.record(registration("PPID-2019-002", "2019-10-11T09:00:00+07:00"))
        let decide = rec.record(.requestDecided(RequestDecided(request: "PPID-2019-002", outcome: .granted, noticeOn: day("2019-10-11"))))
        let bad = rec.record(.requestDecided(RequestDecided(request: "PPID-2019-002", outcome: .granted, noticeOn: day("2019-10-11"))))
        try ledger.check([good, decide])
        #expect(throws: LedgerError.alreadyClosed("PPID-2019-002", .decided(.granted))) { try ledger.check([good, decide, bad]) }
        #expect(ledger.requests["PPID-2019-002"] == nil)
    }

    @Test mutating func numbersFollowTheOfficeFormat() throws {
        #expect(ledger.nextNumber(year: 2019) == "PPID-2019-002")
        #expect(ledger.nextNumber(year: 2020) == "PPID-2020-001")
        let custom = RegistrationNumbering(pattern: "{seq:4}/PPID/{year}")!
        #expect(custom.format(year: 2026, sequence: 42) == "0042/PPID/2026")
        let parsed = try #require(custom.parse("0042/PPID/2026"))
        #expect(parsed.year == 2026 && parsed.sequence == 42)
        #expect(custom.parse("PPID-2026-0042") == nil)
        #expect(RegistrationNumbering(pattern: "no placeholders") == nil)
        #expect(RegistrationNumbering.standard.format(year: 2019, sequence: 1234) == "PPID-2019-1234")
    }

    @Test func numbersAreReadTheSameByBytesAsByCharacters() throws {
        let patterns = ["PPID-{year}-{seq:3}", "{seq:4}/PPID/{year}", "{year}-{seq}x", "K-{year}--{seq}", "Nº {year}/{seq}"]
        let numbers = [
            "PPID-2019-001", "PPID-2019-1234", "PPID-2019-", "PPID--001", "PPID-2019-+01", "PPID-2019--1", "PPID-+2019-001",
            "PPID-2019-00a", "PPID-2019-001 ", "ppid-2019-001", "PPID-2019-99999999999999999999", "0042/PPID/2026",
            "/PPID/2026", "0042/PPID/", "2019-5x", "2019-5", "K-2019--7", "K-2019---7", "K--2019--7", "Nº 2019/7",
            "PPID-2019-0\u{301}01", "PPID-2019-001\r\n", "", "x",
        ]
        for pattern in patterns {
            let n = try #require(RegistrationNumbering(pattern: pattern))
            for number in numbers {
                let fast = n.parse(number), slow = n.parseCharacters(number)
                #expect(fast?.year == slow?.year && fast?.sequence == slow?.sequence, "\(pattern) \(number)")
            }
        }
    }

    @Test func errorsSpeakBothLanguages() {
        let e = LedgerError.secondExtension("PPID-2019-001")
        #expect(e.message(.indonesian).contains("hanya boleh sekali"))
        #expect(e.message(.english).contains("only one extension"))
    }
}

@Suite struct CompactEventIDTests {
    @Test func idsComeBackAsWritten() {
        for id in ["3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b", "00000001-0000-4000-8000-000000000001", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                   "3F2A9C1E-8B4D-4E6F-9A0B-1C2D3E4F5A6B", "3f2a9c1e8b4d4e6f9a0b1c2d3e4f5a6b----", "e1", "", "import", "3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6g"] {
            #expect(CompactEventID(id).text == id)
        }
    }
}

@Suite struct CompactRequestTests {
    @Test func blankIsEveryCharacterWhitespaceByBytesFirst() {
        for s in ["", " ", "\t\n\r", "\u{1C}", "\u{85}", "\u{A0}", " \u{301}", "\r\n", "a", " a", "\u{2028}", "\u{3000}x", "é", "\u{FEFF}"] {
            #expect(Request.isBlank(s) == s.allSatisfy(\.isWhitespace), "\(s.debugDescription)")
        }
    }

    @Test func detailsKeepEveryTextInOneBufferAndCompareAsText() {
        var d = RequestDetails(requesterName: "Désirée Muñoz", category: .education, address: "", contact: "0812 漢字 😀", occupation: "x",
                               identityNumber: String(repeating: "9", count: 300), topic: .research, subject: "e\u{301}", purpose: "")
        #expect(d.requesterName == "Désirée Muñoz" && d.address == "" && d.contact == "0812 漢字 😀" && d.occupation == "x")
        #expect(d.identityNumber.count == 300 && d.purpose == "")
        #expect(Array(d.subject.unicodeScalars) == ["e", "\u{301}"], "the very scalars come back")
        var same = d
        same.subject = "é"
        #expect(same == d, "canonically equivalent texts compare equal, as Strings do")
        #expect(same.hashValue == d.hashValue)
        d.address = "Jl. Riau 1"
        #expect(d.address == "Jl. Riau 1" && d.requesterName == "Désirée Muñoz" && d.identityNumber.count == 300)
        #expect(d != same)
    }

    @Test func detailsGatheredAsBytesEqualDetailsMadeFromStrings() {
        let strings = ["Désirée", "Jl. Riau", "0812", "Guru", "1471", "Tarif é", "Skripsi"]
        var texts = RequestDetails.Texts()
        for (i, s) in strings.enumerated() {
            if i % 2 == 0 {
                var copy = s
                copy.withUTF8 { texts.append(utf8: $0) }
            } else {
                texts.append(s)
            }
        }
        let made = RequestDetails(requesterName: strings[0], category: .industry, address: strings[1], contact: strings[2], occupation: strings[3],
                                  identityNumber: strings[4], topic: .training, subject: strings[5], purpose: strings[6], medium: .hardcopy)
        #expect(RequestDetails(texts: texts, category: .industry, topic: .training, medium: .hardcopy) == made)
        var two = RequestDetails.Texts()
        two.append("Budi")
        two.append("Jl. A")
        let short = RequestDetails(texts: two, category: .individual, topic: .other)
        #expect(short.requesterName == "Budi" && short.address == "Jl. A" && short.subject == "" && short.purpose == "")
        for extra in ["x", "y"] { texts.append(extra) }
        #expect(RequestDetails(texts: texts, category: .industry, topic: .training, medium: .hardcopy) == made, "texts past the seventh are ignored")
    }

    @Test mutating func aRequestWithNothingRareLeftEqualsOneThatNeverHadIt() throws {
        var ledger = Ledger(calendar: wib)
        var rec = Recorder()
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-10T09:00:00+07:00")))
        let before = try #require(ledger["PPID-2019-001"])
        let ext = rec.record(.requestExtended(RequestExtended(request: "PPID-2019-001", reason: "alasan", on: day("2019-10-11"))))
        try ledger.apply(ext)
        #expect(ledger["PPID-2019-001"]?.extensionGiven?.reason == "alasan")
        try ledger.apply(rec.record(.eventUndone(EventUndone(request: "PPID-2019-001", undoes: ext.id))))
        var after = try #require(ledger["PPID-2019-001"])
        #expect(after.extensionGiven == nil)
        after.undone = []
        after.lastEvent = before.lastEvent
        #expect(after == before)
    }
}
