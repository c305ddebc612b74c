import Crypto
import Foundation

/// The private status link's token: 256 bits from the system's secure random source, written
/// as URL-safe base64. The log keeps only `hash(_:)` of it, so neither the log nor a copy of
/// it gives the link away.
public enum StatusToken {
    /// A new token (43 characters).
    public static func make() -> String {
        var rng = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        for _ in 0..<4 { withUnsafeBytes(of: rng.next() as UInt64) { bytes += $0 } }
        return base64URL(bytes)
    }

    /// SHA-256 of the token's text, in hex: what the registration event records. Any text is
    /// hashed the same way, so looking one up takes the same time whatever was typed.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8.prefix(256))).map { String(format: "%02x", $0) }.joined()
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
