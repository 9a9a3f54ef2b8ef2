import LayoutModel

/// One item of the agenda.
public struct AgendaItemRecord: Sendable, Codable, Equatable {
    public enum Business: String, Sendable, Codable { case `public`, `private` }
    public var id: String
    public var number: String
    public var parent: String?
    public var title: String
    public var description: String?
    public var printedPages: PageSpan?
    public var pages: PageSpan?
    public var business: Business
    public var documents: [String]
    public var page: Int
    public var bbox: Rect?

    public init(id: String, number: String, parent: String? = nil, title: String, description: String? = nil, printedPages: PageSpan? = nil,
                pages: PageSpan? = nil, business: Business = .public, documents: [String] = [], page: Int, bbox: Rect? = nil) {
        self.id = id
        self.number = number
        self.parent = parent
        self.title = title
        self.description = description
        self.printedPages = printedPages
        self.pages = pages
        self.business = business
        self.documents = documents
        self.page = page
        self.bbox = bbox
    }

    /// Lenient: files written before `business`, `documents` and `page` (and partial ones)
    /// still load.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        number = try c.decode(String.self, forKey: .number)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        title = try c.decode(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        printedPages = try c.decodeIfPresent(PageSpan.self, forKey: .printedPages)
        pages = try c.decodeIfPresent(PageSpan.self, forKey: .pages)
        business = try c.decodeIfPresent(Business.self, forKey: .business) ?? .public
        documents = try c.decodeIfPresent([String].self, forKey: .documents) ?? []
        page = try c.decodeIfPresent(Int.self, forKey: .page) ?? 0
        bbox = try c.decodeIfPresent(Rect.self, forKey: .bbox)
    }
}
