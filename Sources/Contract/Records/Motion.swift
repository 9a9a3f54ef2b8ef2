import LayoutModel

/// A motion or resolution put to a meeting, as its minutes record it (contract 1.1).
public struct Motion: Sendable, Codable, Equatable {
    public enum Outcome: String, Sendable, Codable, CaseIterable { case carried, lost, deferred, withdrawn, tabled }
    /// The resolution number as printed ("R2025-191", "2020-038", "DM-2023-001"), or nil.
    public var number: String?
    /// Who moved it, as printed ("Commissioner Cambra"), or nil.
    public var mover: String?
    /// Who seconded it, as printed, or nil.
    public var seconder: String?
    public var outcome: Outcome?
    /// The vote when printed, else nil.
    public var votes: MotionVotes?
    /// For an amendment: the label of the recommendation or motion it amends ("(d)"), or nil.
    public var amends: String?

    public init(number: String? = nil, mover: String? = nil, seconder: String? = nil, outcome: Outcome? = nil, votes: MotionVotes? = nil, amends: String? = nil) {
        self.number = number
        self.mover = mover
        self.seconder = seconder
        self.outcome = outcome
        self.votes = votes
        self.amends = amends
    }
}
