import Foundation
import PPIDModel
import PPIDUI
import Testing

/// What a counter officer can type, or paste, into a form: over-long text stops at the field's
/// limit with a message naming the field; control characters are never entered; format
/// characters such as a bidirectional override are kept as typed and drawn inert.
@Suite struct FormInputSafetyTests {
    /// `n`, then the focus on the requester's name.
    func atTheName() -> Session {
        var s = Session()
        s.press(.char("n"), .tab, .tab)
        return s
    }

    @Test func typingPastTheLimitKeepsTheFirst500CharactersAndSaysWhichFieldIsFull() throws {
        var s = atTheName()
        s.type(String(repeating: "a", count: 499))
        #expect(s.state.status == nil)
        s.type("bcd")
        #expect(s.form?.value(NewRequestForm.Field.name) == String(repeating: "a", count: 499) + "b")
        #expect(s.state.status == StatusMessage(Phrase(id: "Nama pemohon penuh: paling banyak 500 karakter", en: "Requester name is full: at most 500 characters"), isError: true))
        #expect(s.lines[22] == " ✗ Nama pemohon penuh: paling banyak 500 karakter")
        // A paste of 10,000 characters does no more; the other fields are untouched.
        s.type(String(repeating: "x", count: 10_000))
        #expect(s.form?.value(NewRequestForm.Field.name).count == 500)
        #expect(s.form?.value(NewRequestForm.Field.received) == "2026-11-25 10:00")
        // Deleting makes room again, and the message goes with the next key.
        s.press(.backspace)
        s.type("z")
        #expect(s.form?.value(NewRequestForm.Field.name).hasSuffix("az") == true)
        #expect(s.state.status == nil)
    }

    @Test func controlCharactersAreNotEnteredAndTheInputIsKept() throws {
        var s = atTheName()
        s.type("Budi")
        for key: Key in [.char("\u{1B}"), .char("\u{07}"), .char("\u{9B}"), .char("\u{0}"), .ctrl("b"), .ctrl("g")] {
            s.press(key)
        }
        #expect(s.form?.value(NewRequestForm.Field.name) == "Budi")
        #expect(s.state.overlays.count == 1, "the form is still open")
    }

    @Test func aBidirectionalOverrideIsKeptAsTypedAndDrawnInert() throws {
        var s = atTheName()
        s.type("Budi\u{202E}Santoso")
        s.press(.tab, .tab)
        s.type("Jl. Melati 3")
        for _ in 0..<5 { s.press(.tab) }
        s.type("\u{1B}]0;judul")
        s.type("Tarif")
        #expect(s.form?.value(NewRequestForm.Field.name) == "Budi\u{202E}Santoso")
        #expect(s.text.contains("Budi\u{FFFD}Santoso"))
        #expect(!s.text.unicodeScalars.contains("\u{202E}"))
        s.press(.function(2))
        guard case .confirm(let confirmation)? = s.state.top, case .register(_, _, let details) = confirmation.command else {
            Issue.record("expected the confirmation, got \(String(describing: s.state.top))")
            return
        }
        #expect(details.requesterName == "Budi\u{202E}Santoso", "stored as typed")
        #expect(details.subject == "]0;judulTarif", "the escape itself is never entered")
    }
}
