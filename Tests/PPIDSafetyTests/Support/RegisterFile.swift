import Foundation
import PPIDModel

/// A large request register in the import format: every outcome, quoted fields with commas,
/// quotes and line breaks, accented names; the same rows for the same `rows` and `year`.
enum RegisterFile {
    static let header = "reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note"

    static func text(rows: Int, year: Int = 2019) -> String {
        let channels = ["walk_in", "online", "social_media", "phone"]
        let categories = ["individual", "industry", "education", "government"]
        let topics = ["testing", "calibration", "training", "research", "internship", "other"]
        let names = ["Joko Nasution", "\"Muñoz, Désirée\"", "Andi Saputra", "\"Rina \"\"Ayu\"\" Lubis\"", "Budi Santoso"]
        var lines = [header]
        for k in 0..<rows {
            let day = CivilDate(year: year, month: 1, day: 2)!.adding(days: (k * 7) % 340)
            let received = String(format: "%@T%02d:%02d:00+07:00", day.description, 8 + k % 7, k % 60)
            let closed = String(format: "%@T15:00:00+07:00", day.adding(days: 6).description)
            let (outcome, closedAt, note): (String, String, String)
            switch k % 5 {
            case 0: (outcome, closedAt, note) = ("granted", closed, "")
            case 1: (outcome, closedAt, note) = ("partial", closed, "\"Pasal 17 huruf h, data pribadi\"")
            case 2: (outcome, closedAt, note) = ("rejected", closed, "tidak dikuasai")
            case 3: (outcome, closedAt, note) = ("withdrawn", closed, "dicabut pemohon")
            default: (outcome, closedAt, note) = ("", "", "")
            }
            let subject = k % 11 == 0 ? "\"Data uji,\nbaris kedua\"" : "Permohonan informasi nomor \(k)"
            lines.append([
                RegistrationNumbering.standard.format(year: year, sequence: k + 1), received, channels[k % 4], names[k % names.count],
                categories[k % 4], topics[k % 6], subject, outcome, closedAt, note,
            ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
