/// What a line's field holds, without making a `String` of plain text yet.
enum FieldValue {
    case text(String)
    /// Text with no escapes, as the bytes between its quotes (already checked as UTF-8).
    case bytes(UnsafeBufferPointer<UInt8>)
    case int(Int)
    case null
    /// A number with a fraction, a boolean, an array or an object.
    case other
}

/// Where the codec finds a line's fields by key: the fast scan, or the general dictionary.
protocol FieldSource {
    /// The value of the last field named `key`, or nil when there is none.
    func value(_ key: StaticString) -> FieldValue?
}

extension JSONLine.Scanned: FieldSource {
    @inline(__always)
    func value(_ key: StaticString) -> FieldValue? {
        guard let i = index(of: key) else { return nil }
        let s = slots[i]
        switch s.kind {
        case .string: return .bytes(bytes(s))
        case .escapedString: return .text(text(s))
        case .int: return .int(s.number)
        case .null: return .null
        case .bool, .other: return .other
        }
    }
}

/// The general reader's fields (`JSONLine.parse`).
struct ParsedFields: FieldSource {
    let values: [String: JSONLine.Value]

    func value(_ key: StaticString) -> FieldValue? {
        switch values[key.description] {
        case nil: return nil
        case .string(let s)?: return .text(s)
        case .int(let v)?: return .int(v)
        case .null?: return .null
        case .bool?, .other?: return .other
        }
    }
}
