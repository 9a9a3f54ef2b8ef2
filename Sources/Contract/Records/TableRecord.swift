import LayoutModel

/// A table, stitched across the pages it spans.
public struct TableRecord: Sendable, Codable, Equatable {
    public var id: String
    public var title: String?
    public var document: String?
    public var agendaItem: String?
    public var pages: [Int]
    public var bbox: Rect?
    public var ruled: Bool
    public var nRows: Int
    public var nCols: Int
    public var headerRows: Int
    public var rows: [[String]]
    public var cells: [CellRecord]
    public var page: Int

    public init(id: String = "", title: String? = nil, document: String? = nil, agendaItem: String? = nil, pages: [Int], bbox: Rect?, ruled: Bool,
                headerRows: Int, rows: [[String]], cells: [CellRecord]) {
        self.id = id
        self.title = title
        self.document = document
        self.agendaItem = agendaItem
        self.pages = pages
        self.bbox = bbox
        self.ruled = ruled
        self.nRows = rows.count
        self.nCols = rows.first?.count ?? 0
        self.headerRows = headerRows
        self.rows = rows
        self.cells = cells
        self.page = pages.first ?? 0
    }

    /// Lenient: files written before `cells` and `page` (and partial ones) still load; the
    /// counts default to what `rows` says.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        document = try c.decodeIfPresent(String.self, forKey: .document)
        agendaItem = try c.decodeIfPresent(String.self, forKey: .agendaItem)
        pages = try c.decode([Int].self, forKey: .pages)
        bbox = try c.decodeIfPresent(Rect.self, forKey: .bbox)
        ruled = try c.decodeIfPresent(Bool.self, forKey: .ruled) ?? false
        rows = try c.decode([[String]].self, forKey: .rows)
        nRows = try c.decodeIfPresent(Int.self, forKey: .nRows) ?? rows.count
        nCols = try c.decodeIfPresent(Int.self, forKey: .nCols) ?? (rows.first?.count ?? 0)
        headerRows = try c.decodeIfPresent(Int.self, forKey: .headerRows) ?? 0
        cells = try c.decodeIfPresent([CellRecord].self, forKey: .cells) ?? []
        page = try c.decodeIfPresent(Int.self, forKey: .page) ?? (pages.first ?? 0)
    }
}
