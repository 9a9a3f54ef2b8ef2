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


@Suite("tagged-PDF evidence for tables")
struct TaggedEvidenceTests {
    static func declared(_ rows: [[String]], headerRows: Int, page: Int = 1) -> TaggedTable {
        TaggedTable(page: page, rows: rows.enumerated().map { r, row in row.map { TaggedTable.Cell(text: $0, header: r < headerRows) } })
    }

    static func found(_ rows: [[String]], page: Int = 1) -> TableRecord {
        let cells = rows.enumerated().flatMap { r, row in row.enumerated().map { CellRecord(row: r, col: $0.offset, text: $0.element) } }
        return TableRecord(pages: [page], bbox: nil, ruled: false, headerRows: 0, rows: rows, cells: cells)
    }

    @Test("declared TH rows set the header rows of the matching table")
    func headers() {
        var diagnostics: [Diagnostic] = []
        let rows = [["Date", "Event"], ["Dec 2011", "Review begins"], ["June 16", "Consultation"]]
        let out = TaggedEvidence.apply([Self.declared(rows, headerRows: 1)], to: [Self.found(rows)], diagnostics: &diagnostics)
        #expect(out[0].headerRows == 1)
        #expect(out[0].cells.filter(\.header).map(\.text) == ["Date", "Event"])
        #expect(diagnostics.isEmpty)
    }

    @Test("a declared table the layout did not show is reported, not invented")
    func missed() {
        var diagnostics: [Diagnostic] = []
        let out = TaggedEvidence.apply(
            [Self.declared([["Ward", "Votes"], ["North", "1,204"], ["South", "987"]], headerRows: 1, page: 3)],
            to: [Self.found([["Date", "Event"], ["Dec 2011", "Review begins"]])], diagnostics: &diagnostics)
        #expect(out.count == 1 && out[0].headerRows == 0)
        #expect(diagnostics.map(\.code) == ["tagged-table-not-found"])
        #expect(diagnostics.first?.page == 3)
    }

    @Test("an untagged PDF changes nothing")
    func untagged() {
        var diagnostics: [Diagnostic] = []
        let table = Self.found([["a", "b"], ["1", "2"]])
        #expect(TaggedEvidence.apply([], to: [table], diagnostics: &diagnostics) == [table])
    }
}
