/// Random (version 4) UUIDs for the events of one append, in lower case as the log writes
/// them, without a system call per id: Foundation's `UUID()` reads /dev/urandom for each one,
/// which made an import of 100,000 rows open that file 200,000 times.
///
/// Each generator is seeded with 256 bits from the system's random source and then runs
/// xoshiro256**; ids from different appends or processes collide only if their seeds do.
struct EventIDs {
    private var s: (UInt64, UInt64, UInt64, UInt64)

    init() {
        var system = SystemRandomNumberGenerator()
        s = (system.next(), system.next(), system.next(), system.next())
        if s == (0, 0, 0, 0) { s.0 = 1 }  // the one state xoshiro cannot leave
    }

    private mutating func word() -> UInt64 {
        func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
        let result = rotl(s.1 &* 5, 7) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = rotl(s.3, 45)
        return result
    }

    /// The next id: `xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx`, N one of 8, 9, a, b.
    mutating func next() -> String {
        let hi = word() & ~(0xF << 12) | (0x4 << 12)  // version 4
        let lo = word() & ~(0x3 << 62) | (0x2 << 62)  // variant 10
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: UInt8(ascii: "-"), count: 36)
        var at = 0
        for word in [hi, lo] {
            for n in 0..<16 {
                if at == 8 || at == 13 || at == 18 || at == 23 { at += 1 }
                out[at] = digits[Int(word >> (60 - 4 * UInt64(n)) & 15)]
                at += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
