/// What the requester told the counter: the register's fields (LAW §2 and §5).
///
/// Imported registers may lack the optional fields; the new-request form asks for all of them.
public struct RequestDetails: Sendable, Hashable, Codable {
    public var requesterName: String
    public var category: RequesterCategory
    public var address: String
    public var contact: String
    public var occupation: String
    /// National identity number (NIK), where the office asks for it.
    public var identityNumber: String
    public var topic: Topic
    /// The information asked for.
    public var subject: String
    /// What the requester will use it for.
    public var purpose: String
    public var accessKind: AccessKind?
    public var medium: Medium?
    public var delivery: Delivery?

    public init(
        requesterName: String, category: RequesterCategory, address: String = "", contact: String = "",
        occupation: String = "", identityNumber: String = "", topic: Topic, subject: String, purpose: String = "",
        accessKind: AccessKind? = nil, medium: Medium? = nil, delivery: Delivery? = nil
    ) {
        self.requesterName = requesterName
        self.category = category
        self.address = address
        self.contact = contact
        self.occupation = occupation
        self.identityNumber = identityNumber
        self.topic = topic
        self.subject = subject
        self.purpose = purpose
        self.accessKind = accessKind
        self.medium = medium
        self.delivery = delivery
    }
}
