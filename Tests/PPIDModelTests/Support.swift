import Foundation
@testable import PPIDModel

/// The days off of 2019 and January 2020, copied from holidays-id.json.
let holidays2019: [Holiday] = {
    let rows: [(String, String, Holiday.Kind)] = [
        ("2019-01-01", "Tahun Baru Masehi", .public),
        ("2019-02-05", "Tahun Baru Imlek", .public),
        ("2019-03-07", "Hari Suci Nyepi", .public),
        ("2019-04-03", "Isra Mikraj Nabi Muhammad", .public),
        ("2019-04-17", "Hari Pemilihan Umum", .public),
        ("2019-04-19", "Wafat Yesus Kristus", .public),
        ("2019-05-01", "Hari Buruh Internasional", .public),
        ("2019-05-19", "Hari Raya Waisak", .public),
        ("2019-05-30", "Kenaikan Yesus Kristus", .public),
        ("2019-06-01", "Hari Lahir Pancasila", .public),
        ("2019-06-03", "Cuti Bersama Hari Raya Idul Fitri", .collectiveLeave),
        ("2019-06-04", "Cuti Bersama Hari Raya Idul Fitri", .collectiveLeave),
        ("2019-06-05", "Hari Raya Idul Fitri", .public),
        ("2019-06-06", "Hari kedua dari Hari Raya Idul Fitri", .public),
        ("2019-06-07", "Cuti Bersama Hari Raya Idul Fitri", .collectiveLeave),
        ("2019-08-11", "Hari Raya Idul Adha", .public),
        ("2019-08-17", "Hari Kemerdekaan Republik Indonesia", .public),
        ("2019-09-01", "Tahun Baru Islam", .public),
        ("2019-11-09", "Maulid Nabi Muhammad", .public),
        ("2019-12-24", "Cuti Bersama Hari Raya Natal", .collectiveLeave),
        ("2019-12-25", "Hari Raya Natal", .public),
        ("2020-01-01", "Tahun Baru Masehi", .public),
        ("2020-01-25", "Tahun Baru Imlek", .public),
    ]
    return rows.map { Holiday(date: CivilDate(iso: $0.0)!, name: $0.1, kind: $0.2) }
}()

let jakarta = TimeZone(identifier: "Asia/Jakarta")!
let wib = WorkingCalendar(timeZone: jakarta, holidays: holidays2019)

func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }
func time(_ s: String) -> Date { Timestamp.parse(s)! }

/// Builds records with increasing ids, recorded at a fixed moment unless told otherwise.
struct Recorder {
    var next = 1
    var now = time("2019-12-31T12:00:00+07:00")
    var by = "siti"

    /// A refusal on a Pasal 17 ground citing no consequence test is recorded as a past
    /// register's (`fromRegister`): the suites of other rules need no DIK; `ConsequenceTestTests`
    /// records and cites the tests its refusals rest on.
    mutating func record(_ event: Event, at: Date? = nil) -> EventRecord {
        defer { next += 1 }
        var event = event
        if case .requestDecided(var d) = event, d.tests.isEmpty, d.grounds.contains(where: { if case .exception = $0 { true } else { false } }) {
            d.fromRegister = true
            event = .requestDecided(d)
        }
        return EventRecord(id: "e\(next)", at: at ?? now, by: by, event: event)
    }
}

func details(_ name: String = "Budi Santoso", subject: String = "Tarif pengujian air") -> RequestDetails {
    RequestDetails(requesterName: name, category: .individual, address: "Jl. Sudirman 1", topic: .testing, subject: subject)
}

func registration(_ number: String, _ receivedAt: String, channel: Channel = .walkIn) -> Event {
    .requestRegistered(RequestRegistered(request: number, receivedAt: time(receivedAt), channel: channel, details: details()))
}
