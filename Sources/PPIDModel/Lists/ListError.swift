import Foundation

/// Why an event of the DIK or the DIP, or a refusal resting on the DIK, cannot be recorded.
public enum ListError: Error, Sendable, Equatable {
    case requiredFieldEmpty(Phrase)
    case testNumberTaken(String)
    case unknownTest(String)
    case testAlreadyRevoked(String, on: CivilDate)
    /// Pasal 17 j names another law: the test must say which, with its article.
    case lawRequired
    /// Pasal 20: exemption on grounds a–f is not permanent.
    case periodRequired(Pasal17)
    case periodBeforeDecision(String)
    case nothingChanged(String)
    /// A test made at a request names a request the office registered.
    case unknownTriggerRequest(String)
    /// A refusal on a Pasal 17 ground cites no test in force for it.
    case testRequired(request: String, Pasal17)
    /// A refusal cites a test that was revoked, or whose period ended, before its notice.
    case testRevoked(String, on: CivilDate)
    case testExpired(String, until: CivilDate)
    case testNotYetDecided(String, on: CivilDate)
    /// A refusal cites a test for a ground it does not give.
    case testOfOtherGround(String, Pasal17)
    /// An imported register's refusal on a Pasal 17 ground has no consequence test on record.
    case noTestOnRecord(String, Pasal17)
    case unknownEntry(String)
    case entryUnchanged(String)
    case entryAlreadyRemoved(String)

    public var message: Phrase {
        switch self {
        case .requiredFieldEmpty(let f):
            Phrase(id: "\(f.id) wajib diisi.", en: "\(f.en) is required.")
        case .testNumberTaken(let n):
            Phrase(id: "Nomor DIK \(n) sudah dipakai; kosongkan agar diberi nomor berikutnya.", en: "DIK number \(n) is taken; leave it empty to get the next one.")
        case .unknownTest(let n):
            Phrase(id: "Uji konsekuensi \(n) tidak ada dalam DIK.", en: "Consequence test \(n) is not in the DIK.")
        case .testAlreadyRevoked(let n, let on):
            Phrase(id: "Uji konsekuensi \(n) sudah dicabut pada \(on).", en: "Consequence test \(n) was already revoked on \(on).")
        case .lawRequired:
            Phrase(
                id: "Pasal 17 huruf j: sebutkan undang-undang lain dan pasalnya.",
                en: "Article 17(j): name the other law and its article.")
        case .periodRequired(let g):
            Phrase(
                id: "Pengecualian Pasal 17 huruf \(g.rawValue) tidak permanen (Pasal 20): isi tanggal berakhir atau tanggal kaji ulang.",
                en: "An exemption under Article 17(\(g.rawValue)) is not permanent (Art. 20): give an end date or a review date.")
        case .periodBeforeDecision(let n):
            Phrase(
                id: "Uji \(n): tanggal berakhir dan kaji ulang harus sesudah tanggal keputusan.",
                en: "Test \(n): the end and review dates must come after the decision date.")
        case .nothingChanged(let n):
            Phrase(id: "Koreksi uji \(n) tidak mengubah apa pun.", en: "The correction of test \(n) changes nothing.")
        case .unknownTriggerRequest(let n):
            Phrase(id: "Permohonan \(n) yang memicu uji tidak terdaftar.", en: "Request \(n), named as the test's trigger, is not registered.")
        case .testRequired(let n, let g):
            Phrase(
                id: "\(n): penolakan atas Pasal 17 huruf \(g.rawValue) harus menyebut uji konsekuensi yang berlaku (DIK) untuk dasar itu, atau mencatat uji baru bersama keputusan.",
                en: "\(n): a refusal on Article 17(\(g.rawValue)) must cite a consequence test in force (DIK) for that ground, or record a new test with the decision.")
        case .testRevoked(let n, let on):
            Phrase(
                id: "Uji konsekuensi \(n) dicabut pada \(on); tidak dapat menjadi dasar penolakan. Lakukan uji baru.",
                en: "Consequence test \(n) was revoked on \(on); a refusal cannot rest on it. Make a new test.")
        case .testExpired(let n, let until):
            Phrase(
                id: "Masa pengecualian uji \(n) berakhir \(until); tidak dapat menjadi dasar penolakan. Kaji ulang atau lakukan uji baru.",
                en: "Test \(n)'s exemption ended on \(until); a refusal cannot rest on it. Review it or make a new test.")
        case .testNotYetDecided(let n, let on):
            Phrase(
                id: "Uji konsekuensi \(n) baru diputuskan \(on), sesudah tanggal pemberitahuan.",
                en: "Consequence test \(n) was decided only on \(on), after the notice date.")
        case .testOfOtherGround(let n, let g):
            Phrase(
                id: "Uji \(n) berdasar Pasal 17 huruf \(g.rawValue), yang tidak disebut keputusan ini.",
                en: "Test \(n) rests on Article 17(\(g.rawValue)), which this decision does not give.")
        case .noTestOnRecord(let n, let g):
            Phrase(
                id: "\(n): penolakan atas Pasal 17 huruf \(g.rawValue) dari register lama; tidak ada uji konsekuensi tercatat.",
                en: "\(n): a refusal on Article 17(\(g.rawValue)) from an old register; no consequence test on record.")
        case .unknownEntry(let n):
            Phrase(id: "Entri DIP \(n) tidak ada.", en: "DIP entry \(n) does not exist.")
        case .entryUnchanged(let n):
            Phrase(id: "Entri DIP \(n) sudah berbunyi demikian.", en: "DIP entry \(n) already reads so.")
        case .entryAlreadyRemoved(let n):
            Phrase(id: "Entri DIP \(n) sudah dikeluarkan dari daftar.", en: "DIP entry \(n) is already off the list.")
        }
    }
}
