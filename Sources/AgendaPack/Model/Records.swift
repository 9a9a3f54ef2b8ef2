import PDFLayout

// The records of the output contract (../shared/design/output-contract.md, version 1).
// Field names are fixed by the contract. Every optional field is written as null when
// unknown (never omitted, never ""), so each record has a hand-written `encode(to:)`.

/// The whole output for one PDF.
public struct PackDocument: Sendable, Codable, Equatable {
    public var schemaVersion = AgendaPackVersion.schema
    public var source: Source
    public var meeting: Meeting?
    public var pages: [PageRecord] = []
    public var documents: [DocumentRecord] = []
    public var agendaItems: [AgendaItemRecord] = []
    public var recommendations: [RecommendationRecord] = []
    public var tables: [TableRecord] = []
    public var dates: [DateRecord] = []
    public var diagnostics: [Diagnostic] = []

    public init(source: Source) {
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", source, meeting, pages, documents
        case agendaItems = "agenda_items", recommendations, tables, dates, diagnostics
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encode(meeting, forKey: .meeting)
        try c.encode(pages, forKey: .pages)
        try c.encode(documents, forKey: .documents)
        try c.encode(agendaItems, forKey: .agendaItems)
        try c.encode(recommendations, forKey: .recommendations)
        try c.encode(tables, forKey: .tables)
        try c.encode(dates, forKey: .dates)
        try c.encode(diagnostics, forKey: .diagnostics)
    }
}

public struct Source: Sendable, Codable, Equatable {
    public var file: String
    public var sha256: String?
    public var bytes: Int?
    public var pageCount: Int
    public var pdfVersion: String?
    public var producer: String?
    public var creator: String?
    public var title: String?

    public init(file: String, sha256: String?, bytes: Int?, pageCount: Int, pdfVersion: String?, producer: String?, creator: String?, title: String?) {
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
        self.pageCount = pageCount
        self.pdfVersion = pdfVersion
        self.producer = producer
        self.creator = creator
        self.title = title
    }

    enum CodingKeys: String, CodingKey {
        case file, sha256, bytes, pageCount = "page_count", pdfVersion = "pdf_version", producer, creator, title
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(pageCount, forKey: .pageCount)
        try c.encode(pdfVersion, forKey: .pdfVersion)
        try c.encode(producer, forKey: .producer)
        try c.encode(creator, forKey: .creator)
        try c.encode(title, forKey: .title)
    }
}

public struct Meeting: Sendable, Codable, Equatable {
    public var authority: String?
    public var body: String?
    /// ISO date, reduced precision where the source is less precise.
    public var date: String?
    /// "HH:MM", 24-hour.
    public var startTime: String?
    public var venue: String?
    public var page: Int
    public var bbox: Rect?

    public init(authority: String? = nil, body: String? = nil, date: String? = nil, startTime: String? = nil, venue: String? = nil, page: Int, bbox: Rect? = nil) {
        self.authority = authority
        self.body = body
        self.date = date
        self.startTime = startTime
        self.venue = venue
        self.page = page
        self.bbox = bbox
    }

    enum CodingKeys: String, CodingKey { case authority, body, date, startTime = "start_time", venue, page, bbox }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(authority, forKey: .authority)
        try c.encode(body, forKey: .body)
        try c.encode(date, forKey: .date)
        try c.encode(startTime, forKey: .startTime)
        try c.encode(venue, forKey: .venue)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
    }
}

/// Something set aside from a page's text: a "Page N" stamp, a running header or footer,
/// an "Agenda Item N" stamp, a blank-page notice.
public struct Furniture: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case pageStamp = "page_stamp", header, footer, itemStamp = "item_stamp", blankNotice = "blank_notice" }
    public var kind: Kind
    public var text: String
    public var bbox: Rect

    public init(kind: Kind, text: String, bbox: Rect) {
        self.kind = kind
        self.text = text
        self.bbox = bbox
    }
}

public struct PageRecord: Sendable, Codable, Equatable {
    public var page: Int
    public var pageLabel: String?
    public var width: Double
    public var height: Double
    public var rotation: Int
    public var blank: Bool
    public var document: String?
    public var furniture: [Furniture]

    public init(page: Int, pageLabel: String?, width: Double, height: Double, rotation: Int = 0, blank: Bool, document: String? = nil, furniture: [Furniture] = []) {
        self.page = page
        self.pageLabel = pageLabel
        self.width = width
        self.height = height
        self.rotation = rotation
        self.blank = blank
        self.document = document
        self.furniture = furniture
    }

    enum CodingKeys: String, CodingKey { case page, pageLabel = "page_label", width, height, rotation, blank, document, furniture }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        page = try c.decode(Int.self, forKey: .page)
        pageLabel = try c.decodeIfPresent(String.self, forKey: .pageLabel)
        width = try c.decodeIfPresent(Double.self, forKey: .width) ?? 0
        height = try c.decodeIfPresent(Double.self, forKey: .height) ?? 0
        rotation = try c.decodeIfPresent(Int.self, forKey: .rotation) ?? 0
        blank = try c.decodeIfPresent(Bool.self, forKey: .blank) ?? false
        document = try c.decodeIfPresent(String.self, forKey: .document)
        furniture = try c.decodeIfPresent([Furniture].self, forKey: .furniture) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(page, forKey: .page)
        try c.encode(pageLabel, forKey: .pageLabel)
        // Two decimals, but never rounded down to nothing: a page is never 0 points.
        try c.encode(max((width * 100).rounded() / 100, 0.01), forKey: .width)
        try c.encode(max((height * 100).rounded() / 100, 0.01), forKey: .height)
        try c.encode(rotation, forKey: .rotation)
        try c.encode(blank, forKey: .blank)
        try c.encode(document, forKey: .document)
        try c.encode(furniture, forKey: .furniture)
    }
}

/// A first/last page pair.
public struct PageSpan: Sendable, Codable, Equatable, Hashable {
    public var first: Int
    public var last: Int
    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }
}

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
    /// Minutes only: who attended, apologies, and the numbered minute items.
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

    enum CodingKeys: String, CodingKey {
        case id, kind, title, to, from, subject, date, agendaItem = "agenda_item", firstPage = "first_page"
        case lastPage = "last_page", authors, page, bbox, minutes
    }

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

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(to, forKey: .to)
        try c.encode(from, forKey: .from)
        try c.encode(subject, forKey: .subject)
        try c.encode(date, forKey: .date)
        try c.encode(agendaItem, forKey: .agendaItem)
        try c.encode(firstPage, forKey: .firstPage)
        try c.encode(lastPage, forKey: .lastPage)
        try c.encode(authors, forKey: .authors)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        if let minutes { try c.encode(minutes, forKey: .minutes) }
    }
}

/// What minutes say about attendance and their numbered items.
public struct MinutesDetail: Sendable, Codable, Equatable {
    public struct Item: Sendable, Codable, Equatable {
        public var number: String
        public var title: String
        public var page: Int
        public var bbox: Rect?
        public init(number: String, title: String, page: Int, bbox: Rect?) {
            self.number = number
            self.title = title
            self.page = page
            self.bbox = bbox
        }
    }
    public var present: [String]
    public var coOpted: [String]
    public var officers: [String]
    public var apologies: [String]
    public var items: [Item]

    public init(present: [String] = [], coOpted: [String] = [], officers: [String] = [], apologies: [String] = [], items: [Item] = []) {
        self.present = present
        self.coOpted = coOpted
        self.officers = officers
        self.apologies = apologies
        self.items = items
    }

    enum CodingKeys: String, CodingKey { case present, coOpted = "co_opted", officers, apologies, items }
}

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

    enum CodingKeys: String, CodingKey {
        case id, number, parent, title, description, printedPages = "printed_pages", pages, business, documents, page, bbox
    }

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

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(number, forKey: .number)
        try c.encode(parent, forKey: .parent)
        try c.encode(title, forKey: .title)
        try c.encode(description, forKey: .description)
        try c.encode(printedPages, forKey: .printedPages)
        try c.encode(pages, forKey: .pages)
        try c.encode(business, forKey: .business)
        try c.encode(documents, forKey: .documents)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
    }
}

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

/// How many voted one way, or who: minutes print either a count ("Ayes: 5", "Pour : 10")
/// or the names of a roll call ("AYES: Commissioners Davis and Perez"). Encoded as a
/// number or an array of names.
public enum VoteTally: Sendable, Codable, Equatable, Hashable {
    case count(Int)
    case names([String])

    public var count: Int {
        switch self {
        case .count(let n): n
        case .names(let names): names.count
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { self = .count(n) } else { self = .names(try c.decode([String].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .count(let n): try c.encode(n)
        case .names(let names): try c.encode(names)
        }
    }
}

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

    enum CodingKeys: String, CodingKey { case `for`, against, abstain, absent }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(self.for, forKey: .for)
        try c.encode(against, forKey: .against)
        try c.encode(abstain, forKey: .abstain)
        try c.encode(absent, forKey: .absent)
    }

    /// The counts as the contract's `votes` ({for, against, abstentions}), when for and
    /// against are both known (a side not printed counts as 0 once the other is printed).
    public var counts: Votes? {
        guard self.for != nil || against != nil else { return nil }
        return Votes(for: self.for?.count ?? 0, against: against?.count ?? 0, abstentions: abstain?.count ?? 0)
    }
}

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

    enum CodingKeys: String, CodingKey { case number, mover, seconder, outcome, votes, amends }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(mover, forKey: .mover)
        try c.encode(seconder, forKey: .seconder)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(votes, forKey: .votes)
        try c.encode(amends, forKey: .amends)
    }
}

/// One list entry of a recommendation or resolution ("a)", "(1)", a bullet) when the record
/// is kept whole (contract 1.1).
public struct RecommendationPart: Sendable, Codable, Equatable {
    public var label: String?
    public var text: String
    public init(label: String?, text: String) {
        self.label = label
        self.text = text
    }
    enum CodingKeys: String, CodingKey { case label, text }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(text, forKey: .text)
    }
}

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

    enum CodingKeys: String, CodingKey {
        case id, kind, label, text, leadIn = "lead_in", addressee, status, outcome, votes, decidedBy = "decided_by", date, document
        case agendaItem = "agenda_item", page, bbox, motion, parts
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(label, forKey: .label)
        try c.encode(text, forKey: .text)
        try c.encode(leadIn, forKey: .leadIn)
        try c.encode(addressee, forKey: .addressee)
        try c.encode(status, forKey: .status)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(votes, forKey: .votes)
        try c.encode(decidedBy, forKey: .decidedBy)
        try c.encode(date, forKey: .date)
        try c.encode(document, forKey: .document)
        try c.encode(agendaItem, forKey: .agendaItem)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        try c.encodeIfPresent(motion, forKey: .motion)
        try c.encodeIfPresent(parts, forKey: .parts)
    }
}

public struct CellRecord: Sendable, Codable, Equatable {
    public var row: Int
    public var col: Int
    public var rowSpan: Int
    public var colSpan: Int
    public var text: String
    public var header: Bool

    public init(row: Int, col: Int, rowSpan: Int = 1, colSpan: Int = 1, text: String, header: Bool = false) {
        self.row = row
        self.col = col
        self.rowSpan = rowSpan
        self.colSpan = colSpan
        self.text = text
        self.header = header
    }

    enum CodingKeys: String, CodingKey { case row, col, rowSpan = "row_span", colSpan = "col_span", text, header }
}

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

    enum CodingKeys: String, CodingKey {
        case id, title, document, agendaItem = "agenda_item", pages, bbox, ruled, nRows = "n_rows", nCols = "n_cols"
        case headerRows = "header_rows", rows, cells, page
    }

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

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(document, forKey: .document)
        try c.encode(agendaItem, forKey: .agendaItem)
        try c.encode(pages, forKey: .pages)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(ruled, forKey: .ruled)
        try c.encode(nRows, forKey: .nRows)
        try c.encode(nCols, forKey: .nCols)
        try c.encode(headerRows, forKey: .headerRows)
        try c.encode(rows, forKey: .rows)
        try c.encode(cells, forKey: .cells)
        try c.encode(page, forKey: .page)
    }
}

public struct DateRecord: Sendable, Codable, Equatable {
    public enum Precision: String, Sendable, Codable, CaseIterable { case day, month, year, quarter, financialYear = "financial_year", range }
    public var id: String
    public var text: String
    public var value: String
    public var end: String?
    public var precision: Precision
    public var time: String?
    public var ambiguous: Bool
    public var page: Int
    public var bbox: Rect?
    public var document: String?

    public init(id: String = "", text: String, value: String, end: String? = nil, precision: Precision, time: String? = nil, ambiguous: Bool = false,
                page: Int, bbox: Rect? = nil, document: String? = nil) {
        self.id = id
        self.text = text
        self.value = value
        self.end = end
        self.precision = precision
        self.time = time
        self.ambiguous = ambiguous
        self.page = page
        self.bbox = bbox
        self.document = document
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(text, forKey: .text)
        try c.encode(value, forKey: .value)
        try c.encode(end, forKey: .end)
        try c.encode(precision, forKey: .precision)
        try c.encode(time, forKey: .time)
        try c.encode(ambiguous, forKey: .ambiguous)
        try c.encode(page, forKey: .page)
        try c.encode(bbox, forKey: .bbox)
        try c.encode(document, forKey: .document)
    }
}

/// A recoverable oddity found while reading a pack, reported rather than dropped.
public struct Diagnostic: Sendable, Codable, Equatable, Hashable {
    public enum Severity: String, Sendable, Codable { case info, warning, error }
    public var severity: Severity
    /// A stable, machine-readable code such as `range-past-end`.
    public var code: String
    public var message: String
    public var page: Int?

    public init(_ severity: Severity, _ code: String, _ message: String, page: Int? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.page = page
    }

    enum CodingKeys: String, CodingKey { case severity, code, message, page }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(page, forKey: .page)
    }
}
