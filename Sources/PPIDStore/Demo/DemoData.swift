import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built-in demo data set: the 2019 register, plus open requests dated relative to
/// today so the queue shows live deadlines (fresh, due soon, overdue, extended), and samples
/// in every step of the sample board (``DemoSamples``).
public enum DemoData {
    /// Makes a new, empty folder for a demo in the temporary directory, with `mkdtemp` (mode
    /// 0700, an unpredictable name, never one that already exists); returns its path.
    public static func makeFolder(in temporary: String = NSTemporaryDirectory()) throws(StoreError) -> String {
        var template = Array(((temporary as NSString).appendingPathComponent("ppid-demo-XXXXXX")).utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { throw POSIXFile.fail(temporary, Phrase(id: "membuat folder demo di", en: "create a demo folder in")) }
        return String(cString: template)
    }

    /// Fills an empty folder with the demo data as of `now`.
    public static func create(in folder: DataFolder, now: Date) throws(StoreError) {
        let office = try Office(folder: folder)
        guard let url = Bundle.module.url(forResource: "demo-register-2019", withExtension: "csv") else {
            throw .io(path: "demo-register-2019.csv", action: Phrase(id: "membaca", en: "read"), reason: "tidak ada dalam paket / missing from the package")
        }
        _ = try RegisterImport.run(file: url.path, into: office.log, by: "demo", now: now)
        let cal = office.calendar
        let today = cal.day(of: now)
        var testingRequest: String?
        for sample in samples {
            var day = today
            for _ in 0..<sample.workingDaysAgo { day = previousWorkingDay(before: day, cal) }
            let offset = cal.offset(at: now)
            var received = Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + sample.minute * 60 - offset))
            if received > now { received = now.addingTimeInterval(-600) }
            let details = RequestDetails(
                requesterName: sample.name, category: sample.category, address: sample.address, contact: sample.contact,
                occupation: sample.occupation, topic: sample.topic, subject: sample.subject, purpose: sample.purpose,
                accessKind: .copy, medium: .softcopy, delivery: .email
            )
            let records = try office.log.append(.register(receivedAt: received, channel: sample.channel, details: details), by: "demo", at: now)
            guard let number = records.first?.event.request else { continue }
            if sample.topic == .testing, testingRequest == nil { testingRequest = number }
            if let reason = sample.extensionReason {
                // The letter dated while the 10 days ran (Pasal 22(8)): eight working days in, or today.
                let letter = min(today, cal.adding(workingDays: 8, to: cal.deemedReceiptDay(of: received)))
                try office.log.append(.extend(RequestExtended(request: number, reason: reason, on: letter)), by: "demo", at: now)
            }
        }
        try DemoSamples.add(to: office, now: now, testingRequest: testingRequest)
    }

    private static func previousWorkingDay(before d: CivilDate, _ cal: WorkingCalendar) -> CivilDate {
        var x = d.adding(days: -1)
        while !cal.isWorkingDay(x) { x = x.adding(days: -1) }
        return x
    }

    private struct Sample {
        let workingDaysAgo: Int
        let minute: Int
        let channel: Channel
        let name: String
        let category: RequesterCategory
        let address: String
        let contact: String
        let occupation: String
        let topic: Topic
        let subject: String
        let purpose: String
        var extensionReason: String?
    }

    private static let samples = [
        Sample(workingDaysAgo: 0, minute: 8 * 60 + 15, channel: .walkIn, name: "Siti Rahmawati (CV Tenun Melayu)", category: .industry,
               address: "Jl. Hang Tuah No. 12, Pekanbaru", contact: "0812-7601-1122", occupation: "Wiraswasta", topic: .testing,
               subject: "Tarif dan lama pengujian kadar air kain songket", purpose: "Persiapan produksi"),
        Sample(workingDaysAgo: 1, minute: 10 * 60 + 40, channel: .online, name: "Andrés Pratama", category: .education,
               address: "Jl. Bina Widya KM 12,5, Simpang Baru", contact: "andres.pratama@student.unri.ac.id", occupation: "Mahasiswa", topic: .internship,
               subject: "Persyaratan magang di laboratorium kimia", purpose: "Kerja praktik semester 7"),
        Sample(workingDaysAgo: 8, minute: 9 * 60, channel: .phone, name: "Hendra Gunawan (PT Riau Crumb Rubber)", category: .industry,
               address: "Kawasan Industri Tenayan, Pekanbaru", contact: "0761-556677", occupation: "Manajer mutu", topic: .calibration,
               subject: "Jadwal kalibrasi timbangan 500 kg", purpose: "Audit ISO 9001"),
        Sample(workingDaysAgo: 12, minute: 14 * 60 + 5, channel: .socialMedia, name: "Nur Aisyah", category: .individual,
               address: "Jl. Soekarno-Hatta No. 8, Pekanbaru", contact: "@nuraisyah.pku", occupation: "Pelaku UMKM", topic: .training,
               subject: "Jadwal pelatihan keamanan pangan untuk UMKM", purpose: "Mengikuti pelatihan"),
        Sample(workingDaysAgo: 14, minute: 11 * 60, channel: .walkIn, name: "Dr. Bambang Siregar", category: .government,
               address: "Dinas Perindustrian Provinsi Riau", contact: "0761-223344", occupation: "Kepala Seksi", topic: .research,
               subject: "Data hasil uji mutu minyak sawit 2025", purpose: "Kajian kebijakan daerah",
               extensionReason: "Data berada di laboratorium lain dan perlu dihimpun"),
    ]
}
