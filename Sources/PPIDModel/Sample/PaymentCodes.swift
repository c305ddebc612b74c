/// The formats of the state payment numbers a sample's bill carries (LAW §7).
public enum PaymentCodes {
    /// A SIMPONI billing code for non-tax revenue (PNBP): 15 digits, the first 7, 8 or 9.
    public static func isBillingCode(_ s: String) -> Bool {
        s.utf8.count == 15 && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && ["7", "8", "9"].contains(s.first)
    }

    /// An NTPN: 16 characters, ASCII letters and digits.
    public static func isNTPN(_ s: String) -> Bool {
        s.utf8.count == 16 && s.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
    }

    /// Rupiah with dots between thousands, as on a kuitansi: 1250000 → "1.250.000".
    public static func rupiah(_ amount: Int) -> String {
        // The magnitude, not abs: abs(Int.min) traps, and a log line may hold any Int.
        let digits = String(amount.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return (amount < 0 ? "-" : "") + out
    }
}
