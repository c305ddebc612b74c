import PPIDModel

extension RegisterImport {
    /// The header's columns by name, each once, and the unknown ones left out.
    struct Header {
        let index: [String: Int]
        let ignored: [String]
    }

    /// Reads the header, every problem of it at once (line 1): a column missing, one named
    /// twice, one not known — `adress` or `identity_numbr` would otherwise be dropped without
    /// a word, and the address or the NIK with it. Unknown columns are left out only when
    /// the officer says so (`--ignore-unknown-columns`); a known column twice never is.
    static func header(_ names: [String], ignoringUnknown: Bool) throws(StoreError) -> Header {
        var problems: [Phrase] = []
        let missing = columns.filter { !names.contains($0) }
        if !missing.isEmpty {
            problems.append(Phrase(id: "kolom tidak ada di judul: \(missing.joined(separator: ", "))", en: "header lacks columns: \(missing.joined(separator: ", "))"))
        }
        let known = Set(columns + optionalColumns)
        var positions: [String: [Int]] = [:]
        for (i, name) in names.enumerated() { positions[name, default: []].append(i + 1) }
        var reported: Set<String> = []
        for name in names where known.contains(name) {
            guard let at = positions[name], at.count > 1, reported.insert(name).inserted else { continue }
            let list = at.map(String.init).joined(separator: ", ")
            problems.append(Phrase(id: "kolom \(name) ada \(at.count) kali (kolom \(list)); hapus salah satunya", en: "column \(name) appears \(at.count) times (columns \(list)); remove all but one"))
        }
        var unknown: [String] = []
        var seen: Set<String> = []
        for name in names where !known.contains(name) && seen.insert(name).inserted { unknown.append(name) }
        if !unknown.isEmpty, !ignoringUnknown {
            // The first few named, each with the known column it is likely a typo of.
            let named = unknown.prefix(20).map { name in (quoted(name), suggestion(for: name, known)) }
            let more = unknown.count > named.count ? unknown.count - named.count : 0
            let id = named.map { name, likely in likely.map { "\(name) (maksudnya \($0)?)" } ?? name } + (more > 0 ? ["dan \(more) lagi"] : [])
            let en = named.map { name, likely in likely.map { "\(name) (\($0)?)" } ?? name } + (more > 0 ? ["and \(more) more"] : [])
            problems.append(Phrase(
                id: "kolom tidak dikenal: \(id.joined(separator: ", ")); perbaiki judulnya, atau jalankan dengan --ignore-unknown-columns untuk mengabaikannya",
                en: "unknown columns: \(en.joined(separator: ", ")); fix the header, or run with --ignore-unknown-columns to leave them out"
            ))
        }
        guard problems.isEmpty else { throw .badImport(problems.map { ImportProblem(line: 1, problem: $0) }) }
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return Header(index: index, ignored: unknown)
    }

    /// A header name as the officer would find it (an empty one shown as `""`).
    private static func quoted(_ name: String) -> String {
        name.isEmpty ? "\"\"" : name
    }

    /// The known column `name` most likely stands for: the same but for case, or one or two
    /// letters apart.
    static func suggestion(for name: String, _ known: Set<String>) -> String? {
        let lower = name.lowercased()
        return known.map { ($0, distance(lower, $0)) }.filter { $0.1 <= 2 }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Letters to insert, delete or change to turn one text into the other (Levenshtein).
    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8.prefix(64)), b = Array(b.utf8)
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let here = row[j + 1]
                row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (x == y ? 0 : 1))
                previous = here
            }
        }
        return row[b.count]
    }
}
