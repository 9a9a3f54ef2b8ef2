import JSONSchema
import LayoutModel

/// A recommendation, resolution, decision, action or piece of information.
public struct RecommendationRecord: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case recommendation, resolution, decision, action, information }
    public enum Outcome: String, Sendable, Codable, CaseIterable { case agreed, noted, deferred, carried, lost }
    public var id: String
    public var kind: Kind
    public var label: String?
    public var text: String
    public var leadIn: String?
    public var addressee: String?
    public var status: String?
    public var outcome: Outcome?
    public var votes: Votes?
    public var decidedBy: String?
    public var date: String?
    public var document: String?
    public var agendaItem: String?
    public var page: Int
    public var bbox: Rect?
    /// The motion's mover, seconder, outcome and vote, for motions and resolutions in
    /// minutes (contract 1.1: written only when present).
    public var motion: Motion?
    /// The list entries of a record kept whole (contract 1.1: written only when present).
    public var parts: [RecommendationPart]?

    public init(id: String = "", kind: Kind, label: String? = nil, text: String, leadIn: String? = nil, addressee: String? = nil, status: String? = nil,
                outcome: Outcome? = nil, votes: Votes? = nil, decidedBy: String? = nil, date: String? = nil, document: String? = nil,
                agendaItem: String? = nil, page: Int, bbox: Rect? = nil, motion: Motion? = nil, parts: [RecommendationPart]? = nil) {
        self.motion = motion
        self.parts = parts
        self.id = id
        self.kind = kind
        self.label = label
        self.text = text
        self.leadIn = leadIn
        self.addressee = addressee
        self.status = status
        self.outcome = outcome
        self.votes = votes
        self.decidedBy = decidedBy
        self.date = date
        self.document = document
        self.agendaItem = agendaItem
        self.page = page
        self.bbox = bbox
    }
}

extension RecommendationRecord: JSONOmittedWhenNil {
    /// Contract 1.1 added `motion` and `parts` as optional, not nullable: absent when nil.
    public static let keysOmittedWhenNil: Set<String> = [CodingKeys.motion.stringValue, CodingKeys.parts.stringValue]
}
