extension RegisterImport {
    /// The columns a row is read by, in the order of `columns` then `optionalColumns`: each
    /// field found by its place, not by hashing its name (26 a row, 2.6 million for a large
    /// register).
    enum Column: Int, CaseIterable {
        case regNo, receivedAt, channel, requesterName, requesterCategory, topic, subject, outcome, closedAt, note
        case address, contact, occupation, identityNumber, purpose, medium, accessKind, delivery, fee, payment
        case noticeOn, handedOverOn, extendedOn, extensionReason, completedAt, missing

        private static let names = columns + optionalColumns

        /// The name the header gives it.
        var name: String { Self.names[rawValue] }
    }

    /// Where each column lies in a row of this file; nil for one the header lacks.
    struct ColumnIndex {
        private let places: [Int?]

        init(_ header: [String: Int]) {
            places = Column.allCases.map { header[$0.name] }
        }

        subscript(column: Column) -> Int? { places[column.rawValue] }
    }
}
