import AgendaPack
import Contract
import LayoutModel
import PDFLayout
import Tables

/// The kinds of thing a report draws, each with its colour in the legend and its filter.
public enum OverlayKind: String, CaseIterable, Sendable {
    case meeting, document, agendaItem = "agenda-item", subItem = "sub-item", minuteItem = "minute-item", recommendation, table, date
    case furniture, blank, diagnostic

    /// The legend's name.
    public var title: String {
        switch self {
        case .meeting: "Meeting"
        case .document: "Documents"
        case .agendaItem: "Agenda items"
        case .subItem: "Sub-items"
        case .minuteItem: "Minute items"
        case .recommendation: "Recommendations"
        case .table: "Tables"
        case .date: "Dates"
        case .furniture: "Page furniture"
        case .blank: "Blank pages"
        case .diagnostic: "Diagnostics"
        }
    }

    /// The colour of its boxes: distinct hues, dark enough to read on white.
    public var colour: String {
        switch self {
        case .meeting: "#0f766e"
        case .document: "#7c3aed"
        case .agendaItem: "#1d4ed8"
        case .subItem: "#0891b2"
        case .minuteItem: "#4f46e5"
        case .recommendation: "#15803d"
        case .table: "#c2410c"
        case .date: "#be185d"
        case .furniture: "#6b7280"
        case .blank: "#a16207"
        case .diagnostic: "#dc2626"
        }
    }
}

/// A table's grid on one page, in page points: what `TablePass.readPage` found there.
public struct TableGrid: Sendable, Equatable {
    public var page: Int
    public var bbox: Rect
    /// Column boundaries left to right, row boundaries top to bottom.
    public var columns: [Double]
    public var rows: [Double]
    public var headerRows: Int
    /// The cells, by their first row and column and their spans: a spanning cell is drawn
    /// as one. Empty when only the boundaries are known (then lines are drawn across).
    public var cells: [Cell]

    public struct Cell: Sendable, Equatable {
        public var row: Int
        public var col: Int
        public var rowSpan: Int
        public var colSpan: Int
        public var header: Bool
        public init(row: Int, col: Int, rowSpan: Int = 1, colSpan: Int = 1, header: Bool = false) {
            self.row = row
            self.col = col
            self.rowSpan = rowSpan
            self.colSpan = colSpan
            self.header = header
        }
    }

    public init(page: Int, bbox: Rect, columns: [Double], rows: [Double], headerRows: Int, cells: [Cell] = []) {
        self.page = page
        self.bbox = bbox
        self.columns = columns
        self.rows = rows
        self.headerRows = headerRows
        self.cells = cells
    }
}

/// One record of the pack as the report lists it.
///
/// `key` is the record's path in the pack document's JSON, parts joined by `/`
/// (`agenda_items/3`, `pages/4/furniture/0`, `documents/1/minutes/items/2`, `meeting`), so
/// the page script finds the record's JSON by walking it and a test can find a record's
/// box from the JSON alone.
public struct ReportEntry: Sendable, Equatable {
    public var key: String
    public var kind: OverlayKind
    /// One line for the list.
    public var label: String
    /// The physical page it is on; nil for a diagnostic of the whole pack.
    public var page: Int?
    /// Top of its box, for ordering records on one page.
    var top: Double
}

/// A box drawn over a page.
public struct ReportBox: Sendable, Equatable {
    public var key: String
    public var kind: OverlayKind
    public var rect: Rect
    /// A short tag shown at the box's corner ("4", "tbl-1"), or nil.
    public var tag: String?
    /// The cell grid, for tables.
    public var grid: TableGrid?
}

/// A record placed on a page without a box of its own (no bbox, a diagnostic, a blank page).
public struct ReportMarker: Sendable, Equatable {
    public var key: String
    public var kind: OverlayKind
    public var text: String
}

/// A document's span shown in a page's margin.
public struct ReportSpan: Sendable, Equatable {
    public var key: String
    public var text: String
    public var first: Bool
    public var last: Bool
}

public struct ReportPage: Sendable, Equatable {
    public var number: Int
    public var width: Double
    public var height: Double
    public var label: String?
    public var blank: Bool
    public var boxes: [ReportBox] = []
    public var markers: [ReportMarker] = []
    public var spans: [ReportSpan] = []
}

/// What a report shows of a pack: its records in reading order and what each page draws.
/// Built from the pack document alone, plus the table grids found on its pages.
public struct ReportModel: Sendable, Equatable {
    public var title: String
    public var entries: [ReportEntry]
    public var pages: [ReportPage]
    /// Records of each kind.
    public var counts: [OverlayKind: Int]

    public init(pack: PackDocument, grids: [TableGrid] = []) {
        title = pack.source.file
        var pages = pack.pages.map {
            ReportPage(number: $0.page, width: $0.width, height: $0.height, label: $0.pageLabel, blank: $0.blank)
        }
        // A pack from another version may list fewer pages than it has.
        if pages.count < pack.source.pageCount {
            for number in (pages.count + 1)...pack.source.pageCount {
                pages.append(ReportPage(number: number, width: 595, height: 842, label: nil, blank: false))
            }
        }
        var entries: [ReportEntry] = []
        func index(_ page: Int?) -> Int? {
            guard let page, page >= 1, page <= pages.count, pages[page - 1].number == page else { return nil }
            return page - 1
        }
        /// Lists a record and draws it: its box, or a marker on its page when it has none.
        func add(_ key: String, _ kind: OverlayKind, _ label: String, page: Int?, bbox: Rect?, tag: String? = nil, marker: String? = nil) {
            let onPage = index(page)
            entries.append(ReportEntry(key: key, kind: kind, label: label, page: onPage == nil ? nil : page, top: bbox?.y0 ?? -1))
            guard let onPage else { return }
            if let bbox {
                pages[onPage].boxes.append(ReportBox(key: key, kind: kind, rect: bbox, tag: tag))
            } else {
                pages[onPage].markers.append(ReportMarker(key: key, kind: kind, text: marker ?? label))
            }
        }

        if let meeting = pack.meeting {
            let parts = [meeting.body, meeting.date, meeting.startTime].compactMap { $0 }
            add("meeting", .meeting, "Meeting: " + (parts.isEmpty ? "(no details)" : parts.joined(separator: ", ")), page: meeting.page, bbox: meeting.bbox)
        }
        for (i, page) in pack.pages.enumerated() {
            for (j, furniture) in page.furniture.enumerated() {
                add("pages/\(i)/furniture/\(j)", .furniture, "\(furniture.kind.rawValue): \(furniture.text)", page: page.page, bbox: furniture.bbox)
            }
            if page.blank {
                add("pages/\(i)", .blank, "Blank page \(page.page)", page: page.page, bbox: nil, marker: "blank page")
            }
        }
        for (i, document) in pack.documents.enumerated() {
            let key = "documents/\(i)"
            let span = document.firstPage == document.lastPage ? "p\(document.firstPage)" : "p\(document.firstPage)–\(document.lastPage)"
            let name = document.title ?? document.subject ?? ""
            add(key, .document, "\(document.id) \(document.kind.rawValue) (\(span))" + (name.isEmpty ? "" : ": \(name)"),
                page: document.page, bbox: document.bbox, tag: document.id, marker: "\(document.id) starts")
            if document.firstPage <= document.lastPage {
                for number in document.firstPage...document.lastPage {
                    guard let onPage = index(number) else { continue }
                    pages[onPage].spans.append(ReportSpan(
                        key: key, text: "\(document.id) \(document.kind.rawValue)", first: number == document.firstPage,
                        last: number == document.lastPage))
                }
            }
            for (j, item) in (document.minutes?.items ?? []).enumerated() {
                add("\(key)/minutes/items/\(j)", .minuteItem, "\(item.number) \(item.title)", page: item.page, bbox: item.bbox, tag: item.number)
            }
        }
        for (i, item) in pack.agendaItems.enumerated() {
            let kind: OverlayKind = item.parent == nil ? .agendaItem : .subItem
            add("agenda_items/\(i)", kind, "\(item.number) \(item.title)", page: item.page, bbox: item.bbox, tag: item.number)
        }
        for (i, rec) in pack.recommendations.enumerated() {
            var label = "\(rec.id) \(rec.kind.rawValue)" + (rec.label.map { " \($0)" } ?? "") + ": " + Self.shorten(rec.text, to: 90)
            if let parts = rec.parts, !parts.isEmpty { label += " (\(parts.count) parts)" }
            add("recommendations/\(i)", .recommendation, label, page: rec.page, bbox: rec.bbox, tag: rec.id)
        }
        var unclaimed = grids
        for (i, table) in pack.tables.enumerated() {
            let path = "tables/\(i)"
            let label = "\(table.id) \(table.nRows)×\(table.nCols) \(table.ruled ? "ruled" : "unruled")" + (table.title.map { ": \($0)" } ?? "")
                + (table.pages.count > 1 ? " (p\(table.pages.first ?? 0)–\(table.pages.last ?? 0))" : "")
            entries.append(ReportEntry(key: path, kind: .table, label: label, page: index(table.page) == nil ? nil : table.page, top: table.bbox?.y0 ?? -1))
            for (n, number) in table.pages.enumerated() {
                guard let onPage = index(number) else { continue }
                let grid = Self.claim(&unclaimed, page: number, near: n == 0 ? table.bbox : nil)
                let rect = n == 0 ? (table.bbox ?? grid?.bbox) : (grid?.bbox)
                if let rect {
                    pages[onPage].boxes.append(ReportBox(key: path, kind: .table, rect: rect, tag: n == 0 ? table.id : "\(table.id) cont.", grid: grid))
                } else {
                    pages[onPage].markers.append(ReportMarker(key: path, kind: .table, text: n == 0 ? table.id : "\(table.id) cont."))
                }
            }
        }
        for (i, date) in pack.dates.enumerated() {
            add("dates/\(i)", .date, "\(date.value)\(date.end.map { "/\($0)" } ?? ""): \(Self.shorten(date.text, to: 70))", page: date.page, bbox: date.bbox)
        }
        for (i, diagnostic) in pack.diagnostics.enumerated() {
            add("diagnostics/\(i)", .diagnostic, "\(diagnostic.severity.rawValue) \(diagnostic.code): \(Self.shorten(diagnostic.message, to: 120))",
                page: diagnostic.page, bbox: nil, marker: "\(diagnostic.severity.rawValue): \(diagnostic.code)")
        }

        // Reading order: the page, then top to bottom; records without a page last.
        let order = Dictionary(uniqueKeysWithValues: OverlayKind.allCases.enumerated().map { ($1, $0) })
        self.entries = entries.enumerated().sorted { a, b in
            let pa = a.element.page ?? Int.max, pb = b.element.page ?? Int.max
            if pa != pb { return pa < pb }
            if a.element.top != b.element.top { return a.element.top < b.element.top }
            let ka = order[a.element.kind] ?? 0, kb = order[b.element.kind] ?? 0
            if ka != kb { return ka < kb }
            return a.offset < b.offset
        }.map(\.element)
        // Large boxes first, so that the small ones inside them are on top and can be clicked.
        for i in pages.indices {
            pages[i].boxes = pages[i].boxes.enumerated().sorted { a, b in
                let areaA = a.element.rect.width * a.element.rect.height, areaB = b.element.rect.width * b.element.rect.height
                return areaA != areaB ? areaA > areaB : a.offset < b.offset
            }.map(\.element)
        }
        self.pages = pages
        var counts: [OverlayKind: Int] = [:]
        for entry in self.entries { counts[entry.kind, default: 0] += 1 }
        self.counts = counts
    }

    /// The grid on `page` for a table: the one overlapping `near` most (the table's first
    /// page), else the topmost (a continuation starts at the top of its page).
    static func claim(_ grids: inout [TableGrid], page: Int, near: Rect?) -> TableGrid? {
        let candidates = grids.indices.filter { grids[$0].page == page }
        let chosen: Int?
        if let near {
            chosen = candidates.map { i -> (Int, Double) in
                let g = grids[i].bbox
                let w = max(0, min(g.x1, near.x1) - max(g.x0, near.x0)), h = max(0, min(g.y1, near.y1) - max(g.y0, near.y0))
                return (i, w * h)
            }.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0
        } else {
            chosen = candidates.min { grids[$0].bbox.y0 < grids[$1].bbox.y0 }
        }
        guard let chosen else { return nil }
        return grids.remove(at: chosen)
    }

    /// The text cut to about `limit` characters at a word, with an ellipsis.
    static func shorten(_ text: String, to limit: Int) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
