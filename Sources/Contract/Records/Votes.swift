import LayoutModel

/// The contract's `votes`: counts for, against and abstaining.
public struct Votes: Sendable, Codable, Equatable, Hashable {
    public var `for`: Int
    public var against: Int
    public var abstentions: Int
    public init(for f: Int, against: Int, abstentions: Int) {
        self.for = f
        self.against = against
        self.abstentions = abstentions
    }
}
