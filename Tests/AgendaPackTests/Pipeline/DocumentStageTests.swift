@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
import PDFLayout
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


/// The document stage's own decisions: which item a document belongs to and its final kind.
@Suite("DocumentStage")
struct DocumentStageTests {
    static func page(_ number: Int, _ texts: [String], height: Double = 842) -> FurnitureDetector.PageResult {
        let lines = texts.enumerated().map { i, t in Line(t, page: number, x: 56, y: 60 + Double(i) * 16, size: i == 0 ? 16 : 11, bold: i == 0) }
        return FurnitureDetector.PageResult(page: number, label: String(number), furniture: [], blank: texts.isEmpty, itemStamp: nil, lines: lines,
                                            width: 595, height: height)
    }

    static func furniture(_ pages: [FurnitureDetector.PageResult]) -> FurnitureStage.Result {
        FurnitureStage.Result(pages: pages, labels: PageLabels([], pageCount: pages.count), lines: pages.flatMap(\.lines), diagnostics: [])
    }

    static func doc(_ kind: DocumentRecord.Kind, _ first: Int, _ last: Int, item: String?, subject: String? = nil) -> DocumentRecord {
        DocumentRecord(id: "", kind: kind, subject: subject, agendaItem: item, firstPage: first, lastPage: last)
    }

    static func item(_ number: String, _ title: String, pages: ClosedRange<Int>? = nil, parent: String? = nil) -> AgendaItemRecord {
        AgendaItemRecord(id: "item-\(number)", number: number, parent: parent, title: title,
                         printedPages: pages.map { PageSpan(first: $0.lowerBound, last: $0.upperBound) },
                         pages: pages.map { PageSpan(first: $0.lowerBound, last: $0.upperBound) }, page: 1)
    }

    @Test("a front sheet that lists the items in a letter is a covering letter")
    func coveringLetter() {
        let pages = [
            Self.page(1, ["Dear Councillor", "You are summoned to attend the meeting of the Cabinet.", "AGENDA", "1. Apologies"]),
            Self.page(2, ["Report of the Director of Finance", "1. Purpose", "This report sets out the budget."]),
        ]
        let result = DocumentStage().run(Self.furniture(pages), frontSheet: 1...1, items: [], meeting: nil, context: DateContext())
        #expect(result.documents.map(\.kind) == [.letter, .report])
        #expect(result.documents.allSatisfy { $0.id.isEmpty })
    }

    @Test("a front sheet without a letter's opening stays the front sheet")
    func frontSheetStays() {
        let pages = [Self.page(1, ["Cabinet", "Agenda", "1. Apologies", "2. Minutes"])]
        let result = DocumentStage().run(Self.furniture(pages), frontSheet: 1...1, items: [], meeting: nil, context: DateContext())
        #expect(result.documents.map(\.kind) == [.frontSheet])
    }

    @Test("within one item, an unannounced document after the first is an appendix; an announced one keeps its kind")
    func appendices() {
        var documents = [
            Self.doc(.report, 3, 5, item: "item-4"),
            Self.doc(.other, 6, 7, item: "item-4"),
            Self.doc(.report, 8, 8, item: "item-4"),
            Self.doc(.report, 9, 9, item: "item-4"),
            Self.doc(.other, 10, 11, item: "item-5"),
            Self.doc(.other, 12, 12, item: nil),
            Self.doc(.other, 13, 13, item: nil),
        ]
        DocumentStage.decideAppendices(&documents, signalled: [true, false, false, true, false, false, false])
        #expect(documents.map(\.kind) == [.report, .appendix, .appendix, .report, .other, .other, .other])
    }

    @Test("a document belongs to the item whose printed range holds its first page, else the item its stamp names")
    func itemByPages() {
        let items = [Self.item("3", "Budget", pages: 3...5), Self.item("3.1", "Annex", pages: 4...4, parent: "item-3"), Self.item("7", "Waste")]
        func draft(_ first: Int, stamp: String? = nil) -> DocumentSplitter.Draft {
            DocumentSplitter.Draft(kind: .report, firstPage: first, lastPage: first, itemStamp: stamp)
        }
        #expect(DocumentStage.itemByPages(draft(4), items: items) == "item-3")
        #expect(DocumentStage.itemByPages(draft(9, stamp: "7"), items: items) == "item-7")
        #expect(DocumentStage.itemByPages(draft(9, stamp: "8"), items: items) == nil)
        #expect(DocumentStage.itemByPages(draft(9, stamp: "7"), items: []) == nil)
    }

    @Test("without printed ranges: minutes go to the one minutes item, a report to the item its subject repeats, attachments follow")
    func linkBySubject() {
        let items = [Self.item("1", "Approval of the minutes"), Self.item("2", "Award of the waste collection contract")]
        var documents = [
            Self.doc(.frontSheet, 1, 1, item: nil),
            Self.doc(.minutes, 2, 3, item: nil),
            Self.doc(.report, 4, 6, item: nil, subject: "Waste Collection Contract Award"),
            Self.doc(.appendix, 7, 8, item: nil),
        ]
        DocumentStage.linkBySubject(&documents, items: items)
        #expect(documents.map(\.agendaItem) == [nil, "item-1", "item-2", "item-2"])
    }

    @Test("subjects that share most of their words name the same thing", arguments: [
        ("Waste Collection Contract Award", "Award of the waste collection contract", true),
        ("Budget 2025/26", "Budget Monitoring Report", false),
        ("Minutes", "Approval of the minutes", false),
    ])
    func sameSubject(a: String, b: String, same: Bool) {
        #expect(DocumentStage.sameSubject(a, b) == same)
    }
}
