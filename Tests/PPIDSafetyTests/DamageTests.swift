import Foundation
import Testing
import PPIDModel
import PPIDTestSupport
@testable import PPIDStore

/// A damaged line anywhere but the end, or a line from a newer version: `check` names file and
/// line and fails; writers refuse, saying where; not one byte of the file changes — not even a
/// torn tail after it is cut while the folder is read-only.
@Suite struct DamageTests {
    struct Damage: Sendable, CustomTestStringConvertible {
        let name: String
        /// What `check` says about the line, after `path:line`.
        let says: String
        let apply: @Sendable ([UInt8]) -> [UInt8]
        var testDescription: String { name }
    }

    static func replacing(_ line: [UInt8], first: String, with bytes: [UInt8]) -> [UInt8] {
        guard let r = line.firstRange(of: Array(first.utf8)) else { return line }
        var l = line
        l.replaceSubrange(r, with: bytes)
        return l
    }

    /// The line with `bytes` put at the start of the officer's name (every line has one).
    static func inName(_ line: [UInt8], _ bytes: [UInt8]) -> [UInt8] {
        replacing(line, first: "\"by\":\"", with: Array("\"by\":\"".utf8) + bytes)
    }

    static let damages: [Damage] = [
        Damage(name: "flipped brace", says: ": damaged line, not valid JSON", apply: { l in var l = l; l[0] ^= 0x20; return l }),
        Damage(name: "flipped quote", says: ": damaged line, not valid JSON", apply: { l in var l = l; l[1] ^= 0x01; return l }),
        Damage(name: "flipped bit in a key", says: ": damaged line, field", apply: { l in replacing(l, first: "\"type\"", with: Array("\"tyre\"".utf8)) }),
        Damage(name: "half a line", says: ": damaged line, not valid JSON", apply: { l in Array(l.prefix(l.count / 2)) }),
        Damage(name: "lone continuation byte", says: ": damaged line, not valid JSON (invalid UTF-8", apply: { l in inName(l, [0x53, 0x80]) }),
        Damage(name: "overlong slash", says: ": damaged line, not valid JSON (invalid UTF-8", apply: { l in inName(l, [0xC0, 0xAF]) }),
        Damage(name: "encoded surrogate", says: ": damaged line, not valid JSON (invalid UTF-8", apply: { l in inName(l, [0xED, 0xA0, 0x80]) }),
        Damage(name: "cut four-byte character", says: ": damaged line, not valid JSON (invalid UTF-8", apply: { l in inName(l, [0xF0, 0x9F, 0x98]) }),
        Damage(name: "NUL in a string", says: ": damaged line, not valid JSON (control character", apply: { l in inName(l, [0x00]) }),
        Damage(name: "newer version", says: " was written by a newer ppid-tui (schema v2)", apply: { l in replacing(l, first: "{\"v\":1,", with: Array("{\"v\":2,\"signed\":{\"by\":\"x\"},".utf8)) }),
    ]

    @Test(arguments: damages)
    func aDamagedLineIsNamedAndNothingIsRewritten(_ damage: Damage) throws {
        let lines = 12  // the consequence test and five requests' lines
        let positions = Safety.isFull ? [1, 2, 6, lines - 1] : [6]
        try withScratch { scratch in
            for position in positions {
                let folder = DataFolder(path: scratch + "/data-\(position)")
                _ = try SampleLog.build(folder, requests: 5)
                var file = splitLines(try readBytes(folder.logPath))
                try #require(file.count == lines + 1 && file[lines].isEmpty)
                #expect(damage.apply(file[position - 1]) != file[position - 1])
                file[position - 1] = damage.apply(file[position - 1])
                // And a torn tail after it, which a read-only folder must not cut either.
                let damaged = Array(file.joined(separator: [0x0A])) + Array(#"{"v":1,"id":"#.utf8)
                try writeBytes(damaged, to: folder.logPath)
                let at = "\(folder.logPath):\(position)"

                let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
                #expect(check.status == 2, "line \(position): \(check.stdout)")
                #expect(check.stdout.contains("  " + at + damage.says), "line \(position): \(check.stdout)")
                #expect(check.stdout.contains("\(folder.logPath):\(lines + 1): torn last line (12 bytes"), "line \(position): \(check.stdout)")
                #expect(check.stderr.contains("see README, \"Check and repair\""))

                let write = try Binary.run("ppid-devtool", ["append", "--data", folder.path, "--count", "1"], scratch: scratch)
                #expect(write.status == 1 && write.stdout.isEmpty, "line \(position)")
                #expect(write.stderr.contains("The data folder is read-only: \(at) "), "line \(position): \(write.stderr)")
                let file2 = scratch + "/r.csv"
                try writeBytes(Array(RegisterFile.text(rows: 3, year: 2018).utf8), to: file2)
                let importing = try Binary.run("ppid-tui", ["import", file2, "--data", folder.path], scratch: scratch)
                #expect(importing.status == 1, "line \(position)")
                #expect(importing.stderr.contains(at), "line \(position): \(importing.stderr)")

                #expect(try readBytes(folder.logPath) == damaged, "line \(position): the file is byte for byte as it was")
                #expect(!FileManager.default.fileExists(atPath: folder.recoveryPath))
            }
            Safety.report("damage, \(damage.name)", "on lines \(positions.map(String.init).joined(separator: ", ")) of \(lines): named by check, refused by append and import, not a byte changed; lost: 0")
        }
    }
}
