/// A ledger's requests: in registration order as a collection, and by number.
public struct RequestTable: Sendable, Equatable, RandomAccessCollection {
    private let list: [Request]
    private let index: [String: Int32]

    init(list: [Request], index: [String: Int32]) {
        self.list = list
        self.index = index
    }

    public var startIndex: Int { list.startIndex }
    public var endIndex: Int { list.endIndex }
    public subscript(position: Int) -> Request { list[position] }

    /// The request with this registration number.
    public subscript(number: String) -> Request? {
        index[number].map { list[Int($0)] }
    }

    /// The place in registration order of the request with this number.
    public func position(of number: String) -> Int? {
        index[number].map(Int.init)
    }

    /// The `detailsVersion` of the request at `position`, read in place.
    public func detailsVersion(at position: Int) -> CompactEventID { list[position].detailsEvent }

    /// Calls `body` with the requests in registration order, read in place: a request's
    /// fields can then be looked at without copying the request (and retaining all it holds).
    package func withUnsafeRequests<R>(_ body: (UnsafeBufferPointer<Request>) -> R) -> R {
        list.withUnsafeBufferPointer(body)
    }

    /// The requests, in registration order.
    public var values: [Request] { list }

    /// Their registration numbers, in registration order.
    public var keys: [String] { list.map(\.number) }

    public static func == (a: RequestTable, b: RequestTable) -> Bool { a.list == b.list }
}
