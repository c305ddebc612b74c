import Foundation

extension OfficeIdentity {
    /// Each field with its place in `config.toml`, in the order the file writes them.
    var keys: [(section: String, key: String, value: String)] {
        [
            ("office", "name", name), ("office", "parent_body", parentBody), ("office", "city", city),
            ("office", "address", address), ("office", "phone", phone), ("office", "email", email),
            ("office", "website", website), ("office", "head_name", headName), ("office", "head_title", headTitle),
            ("office", "commission", commission),
            ("ppid", "name", ppidName), ("ppid", "nip", ppidNIP), ("ppid", "superior_name", superiorName),
            ("ppid", "superior_position", superiorPosition), ("ppid", "superior_nip", superiorNIP),
        ]
    }

    /// `text` (a config file) with this identity's keys set: each key's line replaced where
    /// the section has it, else added under the section's heading (the section added at the
    /// end when the file has none); every other line, comments included, kept as it was.
    public func written(into text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        for (section, key, value) in keys {
            let line = "\(key) = \(OfficeIdentity.quoted(value))"
            guard let heading = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "[\(section)]" }) else {
                if lines.last == "" { lines.removeLast() }
                lines += ["", "[\(section)]", line, ""]
                continue
            }
            var end = heading + 1
            while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("[") { end += 1 }
            if let at = (heading + 1..<end).first(where: { OfficeIdentity.isKey(key, lines[$0]) }) {
                lines[at] = line
            } else {
                // After the section's last key line, before the comments and blanks that end it.
                var after = end
                while after > heading + 1, OfficeIdentity.isFiller(lines[after - 1]) { after -= 1 }
                lines.insert(line, at: after)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += String(format: "\\u%04X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    private static func isKey(_ key: String, _ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix(key) else { return false }
        return t.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=")
    }

    private static func isFiller(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        return t.isEmpty || t.hasPrefix("#")
    }
}
