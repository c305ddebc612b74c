import PPIDModel

/// Where a record's line is in the log: enough to read it back.
public struct LogPlace: Sendable, Hashable {
    /// Byte offset of the line's first byte.
    public let offset: Int64
    /// The line's length in bytes, without its newline.
    public let length: Int

    public init(offset: Int64, length: Int) {
        self.offset = offset
        self.length = length
    }

    static let lengthBits: UInt64 = 23

    /// The place as the ledger keeps it (offset in the high 40 bits, length in the low 23),
    /// or nil when it does not fit (a line over 8 MB): the ledger then keeps the record whole.
    var packed: UInt64? {
        guard offset >= 0, offset < 1 << 40, length >= 0, length < 1 << LogPlace.lengthBits else { return nil }
        return UInt64(offset) << LogPlace.lengthBits | UInt64(length)
    }

    /// The place `packed` stands for.
    init(packed: UInt64) {
        offset = Int64(packed >> LogPlace.lengthBits)
        length = Int(packed & (1 << LogPlace.lengthBits - 1))
    }
}
