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

@Suite("Table settings")
struct TableSettingsTests {
    @Test("the defaults are the tolerances the corpus and the samples are scored with")
    func defaults() {
        let s = TableSettings()
        #expect(s.rulingSource == .shapes)
        #expect([s.candidateGap, s.candidateMargin, s.renderScale, s.maskInset] == [60, 60, 2, 0.05])
        #expect([s.shapeLimit, s.offRegionShapes, s.offRegionMinRows, s.offRegionMinCols, s.offRegionMinLines] == [10_000, 4, 3, 2, 3])
        #expect(s.inkThreshold == 248 && s.shadeDifference == 40)
        #expect([s.minRulingLength, s.maxRulingThickness, s.rulingAcrossGap, s.rulingJoinGap, s.boxTouchGap] == [8, 3, 0.75, 1, 0.5])
        #expect([s.boxedHeaderReach, s.lineBandFraction] == [20, 0.4] && s.rowSplitMinTokens == 6)
        #expect(s.unruledMinRows == 3 && [s.unruledRowGap, s.unruledAiryRowGap] == [1.6, 3.2])
        #expect(s.furnitureMargin == 0.075)
        let detector = RulingDetector(settings: s), plain = RulingDetector()
        #expect(detector.inkThreshold == plain.inkThreshold && detector.minLength == plain.minLength && detector.maxThickness == plain.maxThickness)
        #expect(detector.acrossGap == plain.acrossGap && detector.joinGap == plain.joinGap && detector.touchGap == plain.touchGap)
    }

    func page(_ lines: [Line]) -> TablePage { TablePage(number: 1, lines: lines, width: 595, height: 842) }

    @Test("unruledMinRows: five aligned rows are a table at 3, not at 6")
    func unruledMinRows() {
        var settings = TableSettings()
        #expect(TablePass(settings: settings).tables(on: page(TableFixture.aligned())).count == 1)
        settings.unruledMinRows = 6
        #expect(TablePass(settings: settings).tables(on: page(TableFixture.aligned())).isEmpty)
    }

    @Test("unruledRowGap: rows 6 pt apart are one table; at a tenth of a line height they are not")
    func unruledRowGap() {
        var settings = TableSettings()
        settings.unruledRowGap = 0.1
        settings.unruledAiryRowGap = 0.1
        #expect(TablePass(settings: settings).tables(on: page(TableFixture.aligned())).isEmpty)
    }

    @Test("minRulingLength: the grid's 80 pt verticals are rulings at 8 pt, not at 100 pt (the rows are then found unruled)")
    func minRulingLength() {
        #expect(TablePass().tables(on: TableFixture.ruledPage()).first?.ruled == true)
        var settings = TableSettings()
        settings.minRulingLength = 100
        let found = TablePass(settings: settings).tables(on: TableFixture.ruledPage())
        #expect(found.count == 1 && found.first?.ruled == false)
    }

    @Test("rulingJoinGap: pieces 0.4 pt apart end to end are one ruling at 1 pt, two at 0.1 pt")
    func joinGap() {
        let shapes = [
            PaintedShape(kind: .fill, x0: 60, y0: 100, x1: 200, y1: 100.5),
            PaintedShape(kind: .fill, x0: 200.4, y0: 100, x1: 400, y1: 100.5),
        ]
        let region = Rect(x0: 0, y0: 0, x1: 595, y1: 400)
        var settings = TableSettings()
        #expect(RulingDetector(settings: settings).detect(shapes: shapes, region: region).rulings.count == 1)
        settings.rulingJoinGap = 0.1
        #expect(RulingDetector(settings: settings).detect(shapes: shapes, region: region).rulings.count == 2)
    }

    @Test("furnitureMargin: a short line 45 pt from the top is a running head at 7.5%, text above the table at 5%")
    func furnitureMargin() {
        let lines = [Line("Finance Committee", y: 45)] + TableFixture.aligned()
        #expect(TablePass().tables(on: page(lines)).first?.textAbove == false)
        var settings = TableSettings()
        settings.furnitureMargin = 0.05
        #expect(TablePass(settings: settings).tables(on: page(lines)).first?.textAbove == true)
    }
}
