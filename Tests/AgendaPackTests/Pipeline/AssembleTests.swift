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


/// `Assemble`: ids numbered in one place, records linked to their document and item.
@Suite("Assemble")
struct AssembleTests {
    static func furniture(pages: Int) -> FurnitureStage.Result {
        let results = (1...pages).map { n in
            FurnitureDetector.PageResult(page: n, label: nil, furniture: [], blank: false, itemStamp: nil,
                                         lines: [Line("Text of page \(n)", page: n)], width: 612, height: 792)
        }
        return FurnitureStage.Result(pages: results, labels: PageLabels([], pageCount: pages), lines: results.flatMap(\.lines), diagnostics: [])
    }

    static func pageTexts(_ count: Int) -> [PageText] {
        (1...count).map { PageText(info: PageInfo(number: $0, width: 612, height: 792, rotation: 0, label: nil), lines: []) }
    }

    static func rec(_ text: String, page: Int, y: Double?) -> RecommendationRecord {
        RecommendationRecord(kind: .recommendation, text: text, page: page, bbox: y.map { Rect(x0: 72, y0: $0, x1: 300, y1: $0 + 12) })
    }

    static func table(page: Int, id: String) -> TableRecord {
        var table = TableRecord(pages: [page], bbox: nil, ruled: true, headerRows: 0, rows: [], cells: [])
        table.id = id
        return table
    }

    @Test("documents, tables, recommendations and dates are numbered in order and linked to their document and item")
    func numbering() {
        let furniture = Self.furniture(pages: 4)
        let items = [AgendaItemRecord(id: "item-1", number: "1", title: "Budget", page: 1), AgendaItemRecord(id: "item-2", number: "2", title: "Waste", page: 1)]
        let agenda = AgendaStage.Result(frontSheet: nil, items: items, meeting: nil, meetingDate: nil, diagnostics: [])
        let documents = DocumentStage.Result(documents: [
            DocumentRecord(id: "", kind: .report, agendaItem: "item-2", firstPage: 1, lastPage: 2),
            DocumentRecord(id: "", kind: .appendix, agendaItem: "item-2", firstPage: 3, lastPage: 4),
        ], diagnostics: [])
        // Found per document, out of reading order: the second on page 2 is higher up.
        let recommendations = RecommendationStage.Result(byDocument: [
            [Self.rec("first of doc 1", page: 2, y: 400), Self.rec("second of doc 1", page: 2, y: 100)],
            [Self.rec("of doc 2", page: 3, y: nil)],
        ], diagnostics: [])
        let tables = TableStage.Result(tables: [Self.table(page: 3, id: "tbl-1"), Self.table(page: 1, id: "tbl-2")],
                                       trackerRecords: [[], [Self.rec("tracker row", page: 1, y: 500)]], diagnostics: [])
        let date = DateRecord(text: "1 May 2025", value: "2025-05-01", precision: .day, page: 4)
        let dates = DateStage.Result(dates: [DateStage.Dated(record: date, document: 1), DateStage.Dated(record: date, document: nil)], diagnostics: [])

        let result = Assemble().run(pages: Self.pageTexts(4), furniture: furniture, agenda: agenda, documents: documents,
                                    items: MinutesItemsStage.Result(items: items, diagnostics: []),
                                    recommendations: recommendations, tables: tables, dates: dates)

        #expect(result.documents.map(\.id) == ["doc-1", "doc-2"])
        #expect(result.agendaItems.map(\.documents) == [[], ["doc-1", "doc-2"]])
        #expect(result.pages.map(\.document) == ["doc-1", "doc-1", "doc-2", "doc-2"])
        // Tables keep the ids the table pass gave them.
        #expect(result.tables.map(\.id) == ["tbl-1", "tbl-2"])
        #expect(result.tables.map(\.document) == ["doc-2", "doc-1"])
        #expect(result.recommendations.map(\.text) == ["tracker row", "second of doc 1", "first of doc 1", "of doc 2"])
        #expect(result.recommendations.map(\.id) == ["rec-1", "rec-2", "rec-3", "rec-4"])
        #expect(result.recommendations.map(\.document) == ["doc-1", "doc-1", "doc-1", "doc-2"])
        #expect(result.recommendations.allSatisfy { $0.agendaItem == "item-2" })
        #expect(result.dates.map(\.id) == ["date-1", "date-2"])
        #expect(result.dates.map(\.document) == ["doc-2", nil])
    }

    @Test("a pack without items says what it reads as")
    func noAgenda() {
        let furniture = Self.furniture(pages: 2)
        let documents = DocumentStage.Result(documents: [DocumentRecord(id: "", kind: .letter, firstPage: 1, lastPage: 2)], diagnostics: [])
        let result = Assemble().run(pages: Self.pageTexts(2), furniture: furniture,
                                    agenda: AgendaStage.Result(frontSheet: nil, items: [], meeting: nil, meetingDate: nil, diagnostics: []),
                                    documents: documents, items: MinutesItemsStage.Result(items: [], diagnostics: []),
                                    recommendations: RecommendationStage.Result(byDocument: [[]], diagnostics: []),
                                    tables: TableStage.Result(tables: [], trackerRecords: [], diagnostics: []),
                                    dates: DateStage.Result(dates: [], diagnostics: []))
        #expect(result.diagnostics.map(\.code) == ["no-agenda"])
        #expect(result.diagnostics.first?.message.contains("letter (pages 1-2)") == true)
    }
}

@Suite("AgendaStage: the agenda cue looked for only in text with one of its words")
struct AgendaCueGuardTests {
    @Test("Every alternative of the agenda cue holds one of the guard's words, in the cases papers print")
    func everyAlternative() {
        let cues = ["AGENDA", "Ordre du jour", "SUMMONS to attend", "Order of Business", "PUBLIC BUSINESS", "Minutes (Pages 5 - 12)",
                    "(page 3)", "Unrestricted items", "Call to Order"]
        for cue in cues {
            #expect(AgendaStage.agendaCue.matches(cue), "\(cue)")
            #expect(TextTools.mayContainIgnoringCase(cue, AgendaStage.agendaCueWords), "\(cue)")
        }
        #expect(!TextTools.mayContainIgnoringCase("Budget risk register 2025-26\nRisk owner: Finance", AgendaStage.agendaCueWords))
    }
}
