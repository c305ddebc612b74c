import Foundation

/// ISO 8601 date-times as the log, the importer and `PPID_NOW` write them.
public enum Timestamp {
    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)`; a space may stand for `T`.
    /// Without an offset the text is read in `defaultOffsetSeconds`, or rejected when that is nil.
    public static func parse(_ text: some StringProtocol, defaultOffsetSeconds: Int? = nil) -> Date? {
        var copy = String(text)
        return copy.withUTF8 { parse(utf8: $0, defaultOffsetSeconds: defaultOffsetSeconds) }
    }

    /// `parse` on the text's UTF-8 bytes, for readers that hold bytes, not a `String`.
    public static func parse(utf8 b: UnsafeBufferPointer<UInt8>, defaultOffsetSeconds: Int? = nil) -> Date? {
        var i = 0
        @inline(__always) func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[i + k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += n
            return v
        }
        @inline(__always) func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let y = digits(4), expect(45), let mo = digits(2), expect(45), let d = digits(2),
              let date = CivilDate(year: y, month: mo, day: d) else { return nil }
        guard i < b.count, b[i] == 84 || b[i] == 32 || b[i] == 116 else { return nil }
        i += 1
        guard let h = digits(2), expect(58), let mi = digits(2), h < 24, mi < 60 else { return nil }
        var seconds = 0.0
        if expect(58) {
            guard let s = digits(2), s < 61 else { return nil }
            seconds = Double(s)
            if expect(46) {
                var scale = 0.1
                var any = false
                while i < b.count, b[i] >= 48, b[i] <= 57 {
                    seconds += Double(b[i] - 48) * scale
                    scale /= 10
                    i += 1
                    any = true
                }
                guard any else { return nil }
            }
        }
        var offset: Int
        if i == b.count {
            guard let fallback = defaultOffsetSeconds else { return nil }
            offset = fallback
        } else if b[i] == 90 || b[i] == 122 {
            i += 1
            offset = 0
        } else if b[i] == 43 || b[i] == 45 {
            let sign = b[i] == 45 ? -1 : 1
            i += 1
            guard let oh = digits(2) else { return nil }
            _ = expect(58)
            guard let om = digits(2), oh < 24, om < 60 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let local = Double(date.ordinal * 86_400 + h * 3600 + mi * 60) + seconds
        return Date(timeIntervalSince1970: local - Double(offset))
    }

    /// `format`'s text as UTF-8 bytes, appended to `out` (for writers that build bytes).
    public static func append(_ date: Date, offsetSeconds: Int, to out: inout [UInt8]) {
        let offsetSeconds = offsetSeconds / 60 * 60  // whole minutes, as `format`
        let local = LocalTime(date, offsetSeconds: offsetSeconds)
        let (y, mo, d) = local.date.components
        guard (0...9999).contains(y) else {
            out.append(contentsOf: format(date, offsetSeconds: offsetSeconds).utf8)
            return
        }
        func two(_ n: Int) {
            out.append(UInt8(0x30 + n / 10))
            out.append(UInt8(0x30 + n % 10))
        }
        two(y / 100)
        two(y % 100)
        out.append(UInt8(ascii: "-"))
        two(mo)
        out.append(UInt8(ascii: "-"))
        two(d)
        out.append(UInt8(ascii: "T"))
        two(local.hour)
        out.append(UInt8(ascii: ":"))
        two(local.minute)
        out.append(UInt8(ascii: ":"))
        two(local.second)
        let off = abs(offsetSeconds)
        out.append(offsetSeconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        if off / 3600 > 99 {
            out.append(contentsOf: pad(off / 3600, 2).utf8)
        } else {
            two(off / 3600)
        }
        out.append(UInt8(ascii: ":"))
        two(off % 3600 / 60)
    }

    /// `YYYY-MM-DDTHH:MM:SS±HH:MM` in the given offset, cut to whole minutes (as the text can
    /// hold it: a historic offset such as +07:07:12 becomes +07:07), so the text is the moment.
    public static func format(_ date: Date, offsetSeconds: Int) -> String {
        let offsetSeconds = offsetSeconds / 60 * 60
        let local = LocalTime(date, offsetSeconds: offsetSeconds)
        let sign = offsetSeconds < 0 ? "-" : "+"
        let off = abs(offsetSeconds)
        return "\(local.date)T\(pad(local.hour, 2)):\(pad(local.minute, 2)):\(pad(local.second, 2))\(sign)\(pad(off / 3600, 2)):\(pad(off % 3600 / 60, 2))"
    }
}

/// A moment seen on the office wall clock: its day and time of day.
public struct LocalTime: Sendable, Equatable {
    public let date: CivilDate
    /// Seconds since local midnight.
    public let secondOfDay: Int

    public init(_ instant: Date, offsetSeconds: Int) {
        let t = Int((instant.timeIntervalSince1970).rounded(.down)) + offsetSeconds
        let day = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        date = CivilDate(ordinal: day)
        secondOfDay = t - day * 86_400
    }

    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay % 3600 / 60 }
    public var second: Int { secondOfDay % 60 }
    /// Minutes since local midnight.
    public var minuteOfDay: Int { secondOfDay / 60 }

    /// `HH:MM`.
    public var clock: String { "\(pad(hour, 2)):\(pad(minute, 2))" }
}
