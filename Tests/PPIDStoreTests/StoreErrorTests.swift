import PPIDModel
import PPIDStore
import Testing

/// Issue 24 item 6: an I/O failure's reason is a phrase in each language, never a text split
/// on " / " — the operating system's words, or a path, may hold that sequence themselves.
@Suite struct StoreErrorTests {
    @Test func anOperatingSystemReasonIsKeptWholeInBothLanguages() {
        let error = StoreError.io(
            path: "/mnt/a / b/events.jsonl", action: Phrase(id: "membaca", en: "read"),
            reason: "I/O error on /dev/sdb1 / retry")
        #expect(error.message.id == "Gagal membaca /mnt/a / b/events.jsonl: I/O error on /dev/sdb1 / retry")
        #expect(error.message.en == "Could not read /mnt/a / b/events.jsonl: I/O error on /dev/sdb1 / retry")
    }

    @Test func aReasonInWordsGivesEachLanguageItsOwn() {
        let error = StoreError.io(
            path: "p", action: Phrase(id: "membaca", en: "read"), reason: Phrase(id: "tidak ada", en: "not found"))
        #expect(error.message == Phrase(id: "Gagal membaca p: tidak ada", en: "Could not read p: not found"))
    }
}
