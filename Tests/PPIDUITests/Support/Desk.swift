import Foundation
import PPIDModel
import PPIDUI

/// The counter on Wednesday 25 November 2026, 10:00 WIB: a ledger built from events, and the
/// requests it holds, each chosen for one way a deadline can stand.
///
/// Working days are counted by hand in the comments so the expected screens can be checked
/// without running the model: day 0, then ten working days, skipping weekends and the
/// office's closure on Friday 13 November.
enum Desk {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta")!

    /// A handful of 2026 days off, as the office's config would list them.
    static let holidays: [Holiday] = [
        Holiday(date: day("2026-08-17"), name: "Hari Kemerdekaan Republik Indonesia", kind: .public),
        Holiday(date: day("2026-08-25"), name: "Maulid Nabi Muhammad", kind: .public),
        Holiday(date: day("2026-11-13"), name: "Rapat Kerja Kantor", kind: .office, source: .config),
        Holiday(date: day("2026-12-24"), name: "Cuti Bersama Hari Raya Natal", kind: .collectiveLeave),
        Holiday(date: day("2026-12-25"), name: "Hari Raya Natal", kind: .public),
    ]

    static let calendar = WorkingCalendar(timeZone: jakarta, holidays: holidays)

    /// Wednesday, counter open.
    static let now = time("2026-11-25T10:00:00+07:00")

    static let officer = "siti"
    static let office = "BSPJI Pekanbaru"

    /// The requests on the desk, in the order they were registered.
    ///
    /// | No. | received                   | day 0      | deadline in force         | on 25 Nov         |
    /// |-----|----------------------------|------------|---------------------------|-------------------|
    /// | 001 | Mon 02 Nov 09:00           | 02 Nov     | (decided 04 Nov)          | closed            |
    /// | 002 | Fri 06 Nov 10:00           | 06 Nov     | 23 Nov, extended → 02 Dec | 5 left, +7        |
    /// | 003 | Mon 09 Nov 09:00           | 09 Nov     | Tue 24 Nov                | overdue 1         |
    /// | 004 | Tue 10 Nov 11:00           | 10 Nov     | Wed 25 Nov                | due today         |
    /// | 005 | Thu 12 Nov 14:00           | 12 Nov     | Fri 27 Nov                | 2 left, due soon  |
    /// | 006 | Tue 17 Nov 09:30           | 17 Nov     | (withdrawn 19 Nov)        | closed            |
    /// | 007 | Sat 21 Nov 10:00 (day off) | Mon 23 Nov | Mon 07 Dec                | 8 left            |
    /// | 008 | Mon 23 Nov 16:30 (closed)  | Tue 24 Nov | Tue 08 Dec                | 9 left            |
    static func events() -> [EventRecord] {
        var log = Recorder()
        log.register("PPID-2026-001", "2026-11-02T09:00:00+07:00", .walkIn, name: "Budi Santoso", topic: .testing, subject: "Tarif pengujian air limbah")
        log.register("PPID-2026-002", "2026-11-06T10:00:00+07:00", .online, name: "Sinta — LSM Riau", topic: .research, subject: "Data mutu udara 2025")
        log.register("PPID-2026-003", "2026-11-09T09:00:00+07:00", .phone, name: "Andrés Pérez", topic: .calibration, subject: "Sertifikat kalibrasi timbangan")
        log.register("PPID-2026-004", "2026-11-10T11:00:00+07:00", .socialMedia, name: "山田 漢子", topic: .training, subject: "Jadwal pelatihan ISO 17025")
        log.register("PPID-2026-005", "2026-11-12T14:00:00+07:00", .walkIn, name: "Rudi Hartono", topic: .internship, subject: "Syarat magang mahasiswa")
        log.register("PPID-2026-006", "2026-11-17T09:30:00+07:00", .walkIn, name: "Dewi Lestari", topic: .testing, subject: "Biaya uji tanah")
        log.register("PPID-2026-007", "2026-11-21T10:00:00+07:00", .online, name: "Yayasan Lingkungan Hijau Riau", topic: .other, subject: "Laporan tahunan PPID 2025")
        log.register("PPID-2026-008", "2026-11-23T16:30:00+07:00", .walkIn, name: "Hendra", topic: .testing, subject: "Hasil uji sampel air sumur")
        log.add(.requestDecided(RequestDecided(request: "PPID-2026-001", outcome: .granted, noticeOn: day("2026-11-04"))), at: "2026-11-04T10:00:00+07:00")
        log.add(.requestWithdrawn(RequestWithdrawn(request: "PPID-2026-006", withdrawnAt: time("2026-11-19T10:00:00+07:00"), reason: "Sudah diperoleh")), at: "2026-11-19T10:05:00+07:00")
        log.add(.requestExtended(RequestExtended(request: "PPID-2026-002", reason: "Data tersebar di tiga bidang")), at: "2026-11-20T09:00:00+07:00")
        return log.records
    }

    /// The ledger folded from `events()` plus any `more`.
    static func ledger(_ more: [EventRecord] = []) -> Ledger {
        var ledger = Ledger(calendar: calendar)
        for record in events() + more {
            do { try ledger.apply(record) } catch { fatalError("fixture event refused: \(error.message.en)") }
        }
        return ledger
    }

    static func environment(_ ledger: Ledger = ledger(), readOnly: Phrase? = nil) -> AppEnvironment {
        AppEnvironment(ledger: ledger, now: now, officer: officer, officeName: office, readOnlyReason: readOnly)
    }
}

/// Builds event records with ids e1, e2, … recorded by the desk's officer.
struct Recorder {
    private(set) var records: [EventRecord] = []
    var by = Desk.officer

    mutating func add(_ event: Event, at: String) {
        records.append(EventRecord(id: "e\(records.count + 1)", at: time(at), by: by, event: event))
    }

    mutating func register(_ number: String, _ receivedAt: String, _ channel: Channel, name: String, topic: Topic, subject: String) {
        let details = RequestDetails(
            requesterName: name, category: .individual, address: "Jl. Sudirman 1, Pekanbaru", contact: "0812-7000-1234",
            occupation: "Wiraswasta", topic: topic, subject: subject, purpose: "Referensi",
            accessKind: .copy, medium: .softcopy, delivery: .email
        )
        add(.requestRegistered(RequestRegistered(request: number, receivedAt: time(receivedAt), channel: channel, details: details)), at: receivedAt)
    }
}

func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }
func time(_ s: String) -> Date { Timestamp.parse(s)! }

/// A consequence test on Pasal 17 `ground` decided on 2 Nov 2026, with a review date (grounds
/// a–f are not permanent), for a refusal on that ground to cite (LAW §3).
func deskTest(_ ground: Pasal17) -> ConsequenceTest {
    ConsequenceTest(
        title: "Berkas penyidikan", withheld: "Berita acara pemeriksaan", ground: ground, ifOpened: "Penyidikan terhambat", ifClosed: "Ringkasan perkara tetap terbuka",
        publicInterest: "Penegakan hukum lebih besar", reviewOn: CivilDate(iso: "2027-11-02"), unit: "Bagian Hukum", decisionNumber: "UK-01/PPID/2026",
        decidedOn: CivilDate(iso: "2026-11-02")!, participants: "PPID, Kabag Hukum")
}
