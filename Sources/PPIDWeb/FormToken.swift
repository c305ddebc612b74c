import Crypto
import Foundation
import PPIDModel
import PPIDStore

/// The signed token every served form carries: when it was served (by the machine's real
/// clock, never `PPID_NOW`) and a random nonce, signed with HMAC-SHA256 under a key kept in
/// the data folder. A post without a valid token did not come from our form (a cross-site
/// post, a script); one sent within seconds of the form was not typed by a person; one hours
/// old is stale; one already used is a replay.
public struct FormSigner: Sendable {
    /// The key file's name in the data folder (owner only, made on first run).
    public static let keyFileName = "web-form.key"

    /// The key's bytes (Crypto's key type is not `Sendable`; one is made per use).
    let keyBytes: [UInt8]
    var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    public init(keyBytes: [UInt8]) { self.keyBytes = keyBytes }

    /// The folder's key, made (32 random bytes, mode 0600, never replaced) on first run.
    public static func load(folder: DataFolder) throws(WebError) -> FormSigner {
        let path = (folder.path as NSString).appendingPathComponent(keyFileName)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd >= 0 {
            var rng = SystemRandomNumberGenerator()
            var bytes: [UInt8] = []
            for _ in 0..<4 { withUnsafeBytes(of: rng.next() as UInt64) { bytes += $0 } }
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            let synced = fsync(fd)
            close(fd)
            guard written == bytes.count, synced == 0 else { throw .keyFile(path) }
            return FormSigner(keyBytes: bytes)
        }
        guard errno == EEXIST, let data = FileManager.default.contents(atPath: path), data.count == 32 else { throw .keyFile(path) }
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 == 0 else { throw .keyFile(path) }
        return FormSigner(keyBytes: [UInt8](data))
    }

    /// A token for a form served at `realNow`.
    public func issue(at realNow: Date) -> String {
        var rng = SystemRandomNumberGenerator()
        let nonce = String(format: "%016llx%016llx", rng.next() as UInt64, rng.next() as UInt64)
        let body = "1.\(Int(realNow.timeIntervalSince1970)).\(nonce)"
        return body + "." + mac(body)
    }

    /// What a posted token says: its nonce when valid and of a fitting age, else why not.
    public func check(_ token: String, at realNow: Date, minAge: TimeInterval, maxAge: TimeInterval) -> Result<String, FormTokenProblem> {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard token.utf8.count < 200, parts.count == 4, parts[0] == "1", let issued = Int(parts[1]) else { return .failure(.forged) }
        let body = parts[0...2].joined(separator: ".")
        guard let given = Self.hexBytes(parts[3]),
              HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: Array(body.utf8), using: key) else { return .failure(.forged) }
        let age = realNow.timeIntervalSince1970 - TimeInterval(issued)
        if age < minAge { return .failure(.tooFast) }
        if age > maxAge { return .failure(.expired) }
        return .success(String(parts[2]))
    }

    private func mac(_ body: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Array(body.utf8), using: key).map { String(format: "%02x", $0) }.joined()
    }

    private static func hexBytes(_ s: Substring) -> [UInt8]? {
        guard s.utf8.count == 64 else { return nil }
        var out: [UInt8] = []
        var it = s.utf8.makeIterator()
        while let hi = it.next(), let lo = it.next() {
            guard let h = hexValue(hi), let l = hexValue(lo) else { return nil }
            out.append(h << 4 | l)
        }
        return out
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

/// Why a posted form's token is refused.
public enum FormTokenProblem: Error, Sendable, Equatable {
    case forged, tooFast, expired
}
