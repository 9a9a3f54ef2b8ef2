import AgendaPack
import Batch
import Contract
import Dates
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables
import Testing

@Suite("Table strategies")
struct TableStrategyTests {
    @Test("the standard pass runs ruled, then unruled, then tagged; each is found by name")
    func registry() {
        #expect(TablePass.standard.map(\.name) == ["ruled", "unruled", "tagged"])
        #expect(TablePass().strategies.map(\.name) == ["ruled", "unruled", "tagged"])
        for name in ["ruled", "unruled", "tagged"] { #expect(TablePass.strategy(named: name)?.name == name) }
        #expect(TablePass.strategy(named: "lattice") == nil)
    }

    /// Records what it was given and finds nothing.
    final class Probe: TableStrategy, @unchecked Sendable {
        var earlier: [[PageTable]] = []
        var name: String { "probe" }
        func tables(on page: TablePage, settings: TableSettings, earlier: [PageTable]) -> [PageTable] {
            self.earlier.append(earlier)
            return []
        }
    }

    @Test("a strategy sees the tables of the strategies before it")
    func earlierTables() {
        let probe = Probe()
        let pass = TablePass(strategies: [UnruledStrategy(), probe])
        let page = TablePage(number: 1, lines: TableFixture.aligned(), width: 595, height: 842)
        let found = pass.tables(on: page)
        #expect(found.count == 1)
        #expect(probe.earlier.count == 1 && probe.earlier[0].count == 1)
    }

    @Test("the unruled strategy finds aligned rows; without it the pass finds none")
    func unruled() {
        let page = TablePage(number: 1, lines: TableFixture.aligned(), width: 595, height: 842)
        let found = UnruledStrategy().tables(on: page, settings: TableSettings(), earlier: [])
        #expect(found.count == 1)
        #expect(found.first?.ruled == false)
        #expect(found.first?.nCols == 4)
        let page2 = TablePage(number: 1, lines: TableFixture.aligned(), width: 595, height: 842)
        #expect(TablePass(strategies: [RuledStrategy(), TaggedStrategy()]).tables(on: page2).isEmpty)
    }

    @Test("the unruled strategy leaves the lines of a ruled table to it")
    func conflict() {
        let pass = TablePass()
        let found = pass.tables(on: TableFixture.ruledPage())
        #expect(found.count == 1)
        #expect(found.first?.ruled == true)
        #expect(found.first?.nRows == 5 && found.first?.nCols == 4)
    }

    @Test("the ruled strategy reads a grid from painted shapes")
    func ruled() {
        let found = RuledStrategy().tables(on: TableFixture.ruledPage(), settings: TableSettings(), earlier: [])
        #expect(found.count == 1)
        #expect(found.first?.cells.first { $0.row == 1 && $0.col == 1 }?.text == "12,345")
    }

    @Test("the tagged strategy finds nothing on a page; in review it sets the declared header rows")
    func tagged() {
        let page = TablePage(number: 1, lines: TableFixture.aligned(), width: 595, height: 842)
        #expect(TaggedStrategy().tables(on: page, settings: TableSettings(), earlier: []).isEmpty)
        let rows = [["Ward", "Electors"], ["North", "4210"], ["South", "3998"]]
        let cells = rows.enumerated().flatMap { r, row in row.enumerated().map { CellRecord(row: r, col: $0.offset, text: $0.element) } }
        let found = TableRecord(id: "", pages: [1], bbox: nil, ruled: false, headerRows: 0, rows: rows, cells: cells)
        let declared = TaggedTable(
            page: 1, rows: rows.enumerated().map { r, row in row.map { TaggedTable.Cell(text: $0, header: r == 0) } })
        var diagnostics: [Diagnostic] = []
        let reviewed = TaggedStrategy().review([found], evidence: TableEvidence(tagged: [declared]), settings: TableSettings(), diagnostics: &diagnostics)
        #expect(reviewed.first?.headerRows == 1)
        #expect(diagnostics.isEmpty)
    }

    @Test("finish numbers the tables tbl-1, tbl-2 in reading order")
    func ids() {
        let pass = TablePass()
        var pieces = pass.tables(on: TablePage(number: 1, lines: TableFixture.aligned(), width: 595, height: 842))
        pieces += pass.tables(on: TablePage(number: 3, lines: TableFixture.aligned().map { line in
            Line(page: 3, bbox: line.bbox, segments: line.segments, pageWidth: 595)
        }, width: 595, height: 842))
        let (tables, diagnostics) = pass.finish(pieces)
        #expect(tables.map(\.id) == ["tbl-1", "tbl-2"])
        #expect(diagnostics.isEmpty)
    }
}
