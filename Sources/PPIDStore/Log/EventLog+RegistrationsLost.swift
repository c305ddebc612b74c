import Foundation

extension EventLog {
    /// The request numbers `kept` (the log from before a hand repair) registers and `log` no
    /// longer does. A receipt with such a number may have been handed out, yet once the repair
    /// is accepted the next registration can be given it again: `check --accept-repair` names them.
    public static func registrationsLost(kept: String, log: String) -> [String] {
        let after = Set(registrations(in: log))
        return registrations(in: kept).filter { !after.contains($0) }
    }

    /// The numbers of the `request.registered` lines of the log file at `path` that can be read.
    static func registrations(in path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var numbers: [String] = []
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            for i in bytes.indices where bytes[i] == 0x0A {
                let line = UnsafeBufferPointer(rebasing: bytes[start..<i])
                start = i + 1
                guard let fields = try? JSONLine.parse(line), fields["type"] == .string("request.registered"),
                    case .string(let number)? = fields["request"]
                else { continue }
                numbers.append(number)
            }
        }
        return numbers
    }
}
