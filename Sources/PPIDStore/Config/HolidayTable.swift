import Foundation
import PPIDModel

/// The bundled table of Indonesian holidays and *cuti bersama*, 2015–2027.
public enum HolidayTable {
    private struct Row: Decodable {
        let date: String
        let name: String
        let kind: String
    }

    /// The days off in `holidays-id.json`, shipped with the program.
    public static func bundled() throws(StoreError) -> [Holiday] {
        guard let url = Bundle.module.url(forResource: "holidays-id", withExtension: "json"),
              let data = try? Data(contentsOf: url) else {
            throw .io(
                path: "holidays-id.json", action: Phrase(id: "membaca", en: "read"),
                reason: Phrase(id: "tidak ada dalam paket", en: "missing from the package"))
        }
        return try parse(data)
    }

    static func parse(_ data: Data) throws(StoreError) -> [Holiday] {
        guard let rows = try? JSONDecoder().decode([Row].self, from: data) else {
            throw .io(
                path: "holidays-id.json", action: Phrase(id: "membaca", en: "read"),
                reason: Phrase(id: "rusak", en: "damaged"))
        }
        return rows.compactMap { r in
            guard let d = CivilDate(iso: r.date), let k = Holiday.Kind(rawValue: r.kind) else { return nil }
            return Holiday(date: d, name: r.name, kind: k)
        }
    }
}
