import AgendaPack
@testable import AgendaPackReport
@testable import Contract
import Foundation
@testable import LayoutModel
import PDFLayout
import Testing


@Suite("What a report draws on each page")
struct ReportModelTests {
    /// A three-page pack: a front sheet with two items, a report over pages 2–3 with a
    /// table continued onto page 3, a recommendation without a box, a blank page 3 notice.
    static func pack() -> PackDocument {
        var pack = PackDocument(source: Source(file: "x.pdf", sha256: nil, bytes: nil, pageCount: 3, pdfVersion: nil, producer: nil, creator: nil, title: nil))
        pack.meeting = Meeting(body: "Cabinet", date: "2025-01-30", page: 1, bbox: Rect(x0: 60, y0: 40, x1: 400, y1: 80))
        pack.pages = [
            PageRecord(page: 1, pageLabel: nil, width: 595, height: 842, blank: false, document: "doc-1"),
            PageRecord(page: 2, pageLabel: "1", width: 595, height: 842, blank: false, document: "doc-2",
                       furniture: [Furniture(kind: .pageStamp, text: "Page 1", bbox: Rect(x0: 280, y0: 800, x1: 315, y1: 812))]),
            PageRecord(page: 3, pageLabel: "2", width: 842, height: 595, blank: false, document: "doc-2"),
        ]
        pack.documents = [
            DocumentRecord(id: "doc-1", kind: .frontSheet, title: "CABINET", firstPage: 1, lastPage: 1, bbox: Rect(x0: 60, y0: 40, x1: 400, y1: 120)),
            DocumentRecord(id: "doc-2", kind: .report, title: "Budget", firstPage: 2, lastPage: 3, bbox: Rect(x0: 60, y0: 50, x1: 500, y1: 90)),
        ]
        pack.agendaItems = [
            AgendaItemRecord(id: "item-2", number: "2", title: "Budget", page: 1, bbox: Rect(x0: 65, y0: 300, x1: 300, y1: 315)),
            AgendaItemRecord(id: "item-1", number: "1", title: "Apologies", page: 1, bbox: Rect(x0: 65, y0: 280, x1: 200, y1: 295)),
            AgendaItemRecord(id: "item-2a", number: "2a", parent: "item-2", title: "Capital", page: 1, bbox: Rect(x0: 80, y0: 320, x1: 300, y1: 335)),
        ]
        pack.recommendations = [RecommendationRecord(id: "rec-1", kind: .recommendation, text: "That the budget be approved", page: 2, bbox: nil)]
        pack.tables = [
            TableRecord(id: "tbl-1", pages: [2, 3], bbox: Rect(x0: 60, y0: 400, x1: 530, y1: 780), ruled: true, headerRows: 1,
                        rows: [["A", "B"], ["1", "2"]], cells: [])
        ]
        pack.dates = [DateRecord(id: "date-1", text: "30 January 2025", value: "2025-01-30", precision: .day, page: 1, bbox: Rect(x0: 60, y0: 90, x1: 160, y1: 102))]
        pack.diagnostics = [
            Diagnostic(.warning, "range-past-end", "Pages 9 - 12 lie past the end", page: 1),
            Diagnostic(.info, "agenda-format", "whole pack"),
        ]
        return pack
    }

    static let grids = [
        TableGrid(page: 2, bbox: Rect(x0: 60, y0: 400, x1: 530, y1: 780), columns: [60, 300, 530], rows: [400, 420, 780], headerRows: 1),
        // Page 3 has a second table lower down; the continuation is the one at the top.
        TableGrid(page: 3, bbox: Rect(x0: 40, y0: 300, x1: 800, y1: 500), columns: [40, 800], rows: [300, 500], headerRows: 0),
        TableGrid(page: 3, bbox: Rect(x0: 40, y0: 50, x1: 800, y1: 200), columns: [40, 400, 800], rows: [50, 70, 200], headerRows: 1),
    ]

    @Test("records are listed in reading order: by page, then top to bottom (those without a box first); pack-wide diagnostics last")
    func order() {
        let model = ReportModel(pack: Self.pack(), grids: Self.grids)
        #expect(model.entries.map(\.key) == [
            // Page 1: a page's diagnostic before its boxes; meeting and document at one height in kind order.
            "diagnostics/0", "meeting", "documents/0", "dates/0", "agenda_items/1", "agenda_items/0", "agenda_items/2",
            "recommendations/0", "documents/1", "tables/0", "pages/1/furniture/0",
            "diagnostics/1",
        ])
        #expect(model.entries.last?.page == nil)
        #expect(model.counts[.agendaItem] == 2)
        #expect(model.counts[.subItem] == 1)
        #expect(model.counts[.diagnostic] == 2)
    }

    @Test("each record with a bbox is drawn on its page with that rect; larger boxes first")
    func boxes() {
        let model = ReportModel(pack: Self.pack(), grids: Self.grids)
        let page1 = model.pages[0].boxes
        #expect(page1.map(\.key) == ["documents/0", "meeting", "agenda_items/0", "agenda_items/2", "agenda_items/1", "dates/0"])
        #expect(page1.first { $0.key == "agenda_items/2" }?.rect == Rect(x0: 80, y0: 320, x1: 300, y1: 335))
        #expect(page1.first { $0.key == "agenda_items/2" }?.kind == .subItem)
        #expect(page1.first { $0.key == "agenda_items/2" }?.tag == "2a")
    }

    @Test("records without a box and page-level diagnostics are markers on their page")
    func markers() {
        let model = ReportModel(pack: Self.pack(), grids: Self.grids)
        #expect(model.pages[0].markers.map(\.key) == ["diagnostics/0"])
        #expect(model.pages[0].markers.first?.text == "warning: range-past-end")
        #expect(model.pages[1].markers.map(\.key) == ["recommendations/0"])
    }

    @Test("a document's span is marked on each of its pages, its first page as such")
    func spans() {
        let model = ReportModel(pack: Self.pack(), grids: Self.grids)
        #expect(model.pages[1].spans == [ReportSpan(key: "documents/1", text: "doc-2 report", first: true, last: false)])
        #expect(model.pages[2].spans == [ReportSpan(key: "documents/1", text: "doc-2 report", first: false, last: true)])
    }

    @Test("a table's grid is the overlapping piece on its first page and the topmost piece on a continuation page")
    func tableGrids() throws {
        let model = ReportModel(pack: Self.pack(), grids: Self.grids)
        let first = try #require(model.pages[1].boxes.first { $0.key == "tables/0" })
        #expect(first.rect == Rect(x0: 60, y0: 400, x1: 530, y1: 780))
        #expect(first.grid?.columns == [60, 300, 530])
        #expect(first.tag == "tbl-1")
        let continued = try #require(model.pages[2].boxes.first { $0.key == "tables/0" })
        #expect(continued.rect == Rect(x0: 40, y0: 50, x1: 800, y1: 200))
        #expect(continued.tag == "tbl-1 cont.")
    }

    @Test("a blank page is listed and marked", arguments: [true, false])
    func blank(isBlank: Bool) {
        var pack = Self.pack()
        pack.pages[2].blank = isBlank
        let model = ReportModel(pack: pack)
        #expect(model.pages[2].blank == isBlank)
        #expect(model.entries.contains { $0.key == "pages/2" && $0.kind == .blank } == isBlank)
        #expect(model.pages[2].markers.contains { $0.key == "pages/2" } == isBlank)
    }

    @Test("long texts are cut at a word with an ellipsis")
    func shorten() {
        #expect(ReportModel.shorten("That the Cabinet approves the budget", to: 20) == "That the Cabinet…")
        #expect(ReportModel.shorten("short\ntext", to: 20) == "short text")
    }
}
