import PPIDModel

/// Every enum's cases in order, made once (`allCases` makes a new array each time): the log's
/// decoder matches names against them and the snapshot writes their places.
enum Kinds {
    static let channels = Channel.allCases
    static let categories = RequesterCategory.allCases
    static let topics = Topic.allCases
    static let accessKinds = AccessKind.allCases
    static let media = Medium.allCases
    static let deliveries = Delivery.allCases
    static let outcomes = Outcome.allCases
    static let pasal35 = Pasal35.allCases
    static let objectionDecisions = ObjectionDecision.allCases
}
