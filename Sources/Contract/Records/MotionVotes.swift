import LayoutModel

/// A vote recorded in minutes: each side null (not printed), a count, or the names.
public struct MotionVotes: Sendable, Codable, Equatable, Hashable {
    public var `for`: VoteTally?
    public var against: VoteTally?
    public var abstain: VoteTally?
    public var absent: VoteTally?

    public init(for f: VoteTally? = nil, against: VoteTally? = nil, abstain: VoteTally? = nil, absent: VoteTally? = nil) {
        self.for = f
        self.against = against
        self.abstain = abstain
        self.absent = absent
    }

    /// The counts as the contract's `votes` ({for, against, abstentions}), when for and
    /// against are both known (a side not printed counts as 0 once the other is printed).
    public var counts: Votes? {
        guard self.for != nil || against != nil else { return nil }
        return Votes(for: self.for?.count ?? 0, against: against?.count ?? 0, abstentions: abstain?.count ?? 0)
    }
}
