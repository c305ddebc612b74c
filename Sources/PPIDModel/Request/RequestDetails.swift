/// What the requester told the counter: the register's fields (LAW §2 and §5).
///
/// Imported registers may lack the optional fields; the new-request form asks for all of them.
/// Its seven texts share one buffer (`PackedTexts`): every request of the ledger carries them.
public struct RequestDetails: Sendable, Hashable, Codable {
    package var texts: PackedTexts
    public var category: RequesterCategory
    public var topic: Topic
    public var accessKind: AccessKind?
    public var medium: Medium?
    public var delivery: Delivery?

    public var requesterName: String {
        get { texts[0] }
        set { texts[0] = newValue }
    }
    public var address: String {
        get { texts[1] }
        set { texts[1] = newValue }
    }
    public var contact: String {
        get { texts[2] }
        set { texts[2] = newValue }
    }
    public var occupation: String {
        get { texts[3] }
        set { texts[3] = newValue }
    }
    /// National identity number (NIK), where the office asks for it.
    public var identityNumber: String {
        get { texts[4] }
        set { texts[4] = newValue }
    }
    /// The information asked for.
    public var subject: String {
        get { texts[5] }
        set { texts[5] = newValue }
    }
    /// What the requester will use it for.
    public var purpose: String {
        get { texts[6] }
        set { texts[6] = newValue }
    }

    public init(
        requesterName: String, category: RequesterCategory, address: String = "", contact: String = "",
        occupation: String = "", identityNumber: String = "", topic: Topic, subject: String, purpose: String = "",
        accessKind: AccessKind? = nil, medium: Medium? = nil, delivery: Delivery? = nil
    ) {
        texts = PackedTexts([requesterName, address, contact, occupation, identityNumber, subject, purpose])
        self.category = category
        self.topic = topic
        self.accessKind = accessKind
        self.medium = medium
        self.delivery = delivery
    }

    /// The seven texts in field order (name, address, contact, occupation, NIK, subject,
    /// purpose), gathered by a reader that holds them as UTF-8 bytes, without a `String` each.
    public struct Texts: Sendable {
        /// Laid out as `PackedTexts` keeps them: seven ends, then the bytes; built in place.
        var storage: [UInt8]
        /// How many texts were added.
        public private(set) var count = 0

        public init() {
            // The seven ends (zero) and room for typical texts, in one allocation.
            storage = [UInt8](unsafeUninitializedCapacity: 4 * 7 + 192) { buffer, count in
                buffer.initialize(repeating: 0)
                count = 4 * 7
            }
        }

        /// Adds the next text as well-formed UTF-8 bytes (past the seventh, nothing).
        public mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
            guard count < 7 else { return }
            storage.append(contentsOf: utf8)
            let end = UInt32(storage.count - 4 * 7).littleEndian
            storage.withUnsafeMutableBytes { $0.storeBytes(of: end, toByteOffset: 4 * count, as: UInt32.self) }
            count += 1
        }

        /// Adds the next text.
        public mutating func append(_ text: String) {
            var copy = text
            copy.withUTF8 { append(utf8: $0) }
        }
    }

    /// Details whose seven texts were gathered in `texts` (texts not given are empty; more
    /// than seven are not kept).
    public init(
        texts: Texts, category: RequesterCategory, topic: Topic,
        accessKind: AccessKind? = nil, medium: Medium? = nil, delivery: Delivery? = nil
    ) {
        var seven = texts
        while seven.count < 7 { seven.append("") }
        self.texts = PackedTexts(builder: seven)
        self.category = category
        self.topic = topic
        self.accessKind = accessKind
        self.medium = medium
        self.delivery = delivery
    }

    /// Details around texts already packed (a snapshot's).
    package init(texts: PackedTexts, category: RequesterCategory, topic: Topic, accessKind: AccessKind?, medium: Medium?, delivery: Delivery?) {
        self.texts = texts
        self.category = category
        self.topic = topic
        self.accessKind = accessKind
        self.medium = medium
        self.delivery = delivery
    }

    /// Where the requester's name and the subject lie in `texts.storage`: the queue's filter
    /// folds them for every request, which a `String` each would make slow.
    package var nameAndSubjectBounds: (name: Range<Int>, subject: Range<Int>) {
        (texts.bounds(0), texts.bounds(5))
    }

    /// The texts in field order, compared and hashed as `String`s (canonical equivalence).
    private var allTexts: [String] { (0..<texts.count).map { texts[$0] } }

    public static func == (a: RequestDetails, b: RequestDetails) -> Bool {
        a.category == b.category && a.topic == b.topic && a.accessKind == b.accessKind && a.medium == b.medium
            && a.delivery == b.delivery && a.allTexts == b.allTexts
    }

    public func hash(into h: inout Hasher) {
        h.combine(allTexts)
        h.combine(category)
        h.combine(topic)
        h.combine(accessKind)
        h.combine(medium)
        h.combine(delivery)
    }

    private enum CodingKeys: String, CodingKey {
        case requesterName, category, address, contact, occupation, identityNumber, topic, subject, purpose, accessKind, medium, delivery
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            requesterName: try c.decode(String.self, forKey: .requesterName), category: try c.decode(RequesterCategory.self, forKey: .category),
            address: try c.decode(String.self, forKey: .address), contact: try c.decode(String.self, forKey: .contact),
            occupation: try c.decode(String.self, forKey: .occupation), identityNumber: try c.decode(String.self, forKey: .identityNumber),
            topic: try c.decode(Topic.self, forKey: .topic), subject: try c.decode(String.self, forKey: .subject),
            purpose: try c.decode(String.self, forKey: .purpose), accessKind: try c.decodeIfPresent(AccessKind.self, forKey: .accessKind),
            medium: try c.decodeIfPresent(Medium.self, forKey: .medium), delivery: try c.decodeIfPresent(Delivery.self, forKey: .delivery)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(requesterName, forKey: .requesterName)
        try c.encode(category, forKey: .category)
        try c.encode(address, forKey: .address)
        try c.encode(contact, forKey: .contact)
        try c.encode(occupation, forKey: .occupation)
        try c.encode(identityNumber, forKey: .identityNumber)
        try c.encode(topic, forKey: .topic)
        try c.encode(subject, forKey: .subject)
        try c.encode(purpose, forKey: .purpose)
        try c.encodeIfPresent(accessKind, forKey: .accessKind)
        try c.encodeIfPresent(medium, forKey: .medium)
        try c.encodeIfPresent(delivery, forKey: .delivery)
    }
}
