import PPIDModel

extension LetterFields {
    /// The consequence test (Pasal 19) a refusal cites for the information it refuses.
    ///
    /// The one place a letter reads it from. Until the office keeps its tests as a list (DIK),
    /// it is the text the officer typed with the decision (its note); when a test of the DIK
    /// is recorded for the request, this is where the letter should read that entry instead.
    /// Nil when nothing was typed: the letter then states the test in the law's words alone.
    static func consequenceTest(of decided: RequestDecided) -> String? {
        let typed = decided.note.trimmingCharacters(in: .whitespacesAndNewlines)
        return typed.isEmpty ? nil : typed
    }
}
