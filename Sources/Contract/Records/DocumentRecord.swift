import JSONSchema
import LayoutModel

/// One part of the pack: a front sheet, minutes, a report, an appendix, ...
public struct DocumentRecord: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case frontSheet = "front_sheet", minutes, report, briefingNote = "briefing_note", appendix
        case decisionNotice = "decision_notice", letter, other
    }
    public var id: String
    public var kind: Kind
    public var title: String?
    public var to: String?
    public var from: String?
    public var subject: String?
    public var date: String?
    public var agendaItem: String?
    public var firstPage: Int
    public var lastPage: Int
    public var authors: [String]
    public var page: Int
    public var bbox: Rect?
    /// Minutes only: who attended, apologies, and the numbered minute items (left out,
    /// not null, for other documents).
    public var minutes: MinutesDetail?

    public init(id: String, kind: Kind, title: String? = nil, to: String? = nil, from: String? = nil, subject: String? = nil, date: String? = nil,
                agendaItem: String? = nil, firstPage: Int, lastPage: Int, authors: [String] = [], bbox: Rect? = nil, minutes: MinutesDetail? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.to = to
        self.from = from
        self.subject = subject
        self.date = date
        self.agendaItem = agendaItem
        self.firstPage = firstPage
        self.lastPage = lastPage
        self.authors = authors
        self.page = firstPage
        self.bbox = bbox
        self.minutes = minutes
    }

    /// Lenient: files written before `page` and `authors` (and partial ones) still load.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(Kind.self, forKey: .kind)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        to = try c.decodeIfPresent(String.self, forKey: .to)
        from = try c.decodeIfPresent(String.self, forKey: .from)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        agendaItem = try c.decodeIfPresent(String.self, forKey: .agendaItem)
        firstPage = try c.decode(Int.self, forKey: .firstPage)
        lastPage = try c.decode(Int.self, forKey: .lastPage)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        page = try c.decodeIfPresent(Int.self, forKey: .page) ?? firstPage
        bbox = try c.decodeIfPresent(Rect.self, forKey: .bbox)
        minutes = try c.decodeIfPresent(MinutesDetail.self, forKey: .minutes)
    }
}

extension DocumentRecord: JSONOmittedWhenNil {
    /// `minutes` is not in the contract's documents[]: written for minutes only.
    public static let keysOmittedWhenNil: Set<String> = [CodingKeys.minutes.stringValue]
}
