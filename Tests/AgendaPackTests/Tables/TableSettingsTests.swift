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
import TestSupport
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
        #expect([s.boxedHeaderReach, s.lineBandFraction, s.headerLevelInset] == [20, 0.4, 4] && s.rowSplitMinTokens == 6)
        #expect([s.boxedHeaderSearch, s.boxedHeaderMinHeight] == [90, 8])
        #expect(s.unruledMinRows == 3 && [s.unruledRowGap, s.unruledAiryRowGap] == [1.6, 3.2])
        #expect(s.furnitureMargin == 0.075)
        let detector = RulingDetector(settings: s), plain = RulingDetector()
        #expect(detector.inkThreshold == plain.inkThreshold && detector.minLength == plain.minLength && detector.maxThickness == plain.maxThickness)
        #expect(detector.acrossGap == plain.acrossGap && detector.joinGap == plain.joinGap && detector.touchGap == plain.touchGap)
        #expect(s.bandMatchPixels == 2 && s.innerScanMinGrey == 60 && s.innerInkContrast == 40)
        #expect(detector.bandMatchPixels == plain.bandMatchPixels && detector.innerScanMinGrey == plain.innerScanMinGrey)
        #expect(detector.innerInkContrast == plain.innerInkContrast)
        #expect([s.gridSnap, s.gridBridge] == [3, 20])
        #expect([s.headingLineGap, s.wrappedCellAlign, s.rowBandFraction, s.wordGap, s.spacedWordGap, s.phraseGap] == [1.6, 3, 0.8, 0.15, 0.04, 0.35])
        #expect([s.gutterRowsPerCrossing, s.unruledMaxColumns, s.runningTextLength] == [10, 30, 40])
        #expect([s.columnJoinGap, s.raggedJoinGap] == [1, 0.33])
        #expect([s.stitchRuledSlack, s.stitchUnruledSlack, s.captionReachAbove, s.captionReachBelow] == [4, 15, 80, 40])
    }

    func page(_ lines: [Line]) -> TablePage { TablePage(number: 1, lines: lines, width: 595, height: 842) }

    @Test("the evidence shares of the unruled strategy: their defaults, compared exactly")
    func shares() {
        let s = TableSettings()
        #expect([s.runningTextSegmentShare, s.raggedJoinShare, s.labelColumnShare] == [TableSettings.Share(1, 2), TableSettings.Share(1, 2), TableSettings.Share(1, 2)])
        #expect([s.headerBodyShare, s.listMarkerShare, s.numericColumnShare] == [TableSettings.Share(4, 5), TableSettings.Share(4, 5), TableSettings.Share(4, 5)])
        #expect(s.filledValueCellShare == TableSettings.Share(2, 5) && s.lowercaseCellShare == TableSettings.Share(3, 10))
        // 8 of 10 is four fifths exactly: reached, not exceeded; 7 of 10 is neither.
        #expect(TableSettings.Share(4, 5).reached(8, of: 10) && !TableSettings.Share(4, 5).exceeded(8, of: 10))
        #expect(!TableSettings.Share(4, 5).reached(7, of: 10))
        #expect(TableSettings.Share(1, 2).exceeded(3, of: 5) && !TableSettings.Share(1, 2).exceeded(1, of: 2))
    }

    @Test("lowercaseCellShare: the aligned rows are a table at 3 in 10 (none start in lower case), running text at 0")
    func lowercaseCellShare() {
        var settings = TableSettings()
        #expect(TablePass(settings: settings).tables(on: page(TableFixture.aligned())).count == 1)
        settings.lowercaseCellShare = TableSettings.Share(0, 1)
        #expect(TablePass(settings: settings).tables(on: page(TableFixture.aligned())).isEmpty)
    }

    @Test("headerLevelInset: inner rules 13 pt below the header row's top split it at 4 pt, not at 14 pt")
    func headerLevelInset() throws {
        let path = try MiniPDF(pages: [groupedHeaderPage()]).write()
        var settings = TableSettings()
        let split = try TablePass(settings: settings).run(on: PDFDocument(path: path)).tables
        try #require(split.count == 1)
        #expect(split[0].nRows == 5 && split[0].rows[0][1] == "Checks")
        settings.headerLevelInset = 14
        let whole = try TablePass(settings: settings).run(on: PDFDocument(path: path)).tables
        try #require(whole.count == 1)
        #expect(whole[0].nRows == 4)
    }

    @Test("boxedHeaderSearch and boxedHeaderMinHeight: a frame from 40 pt above the grid, 26 pt tall, is its header; not when looked for only 30 pt up, nor when a band must be 30 pt tall")
    func boxedHeaderFrame() throws {
        let path = try MiniPDF(pages: [boxedHeaderPage()]).write()
        func rows(_ settings: TableSettings) throws -> [[String]] {
            let tables = try TablePass(settings: settings).run(on: PDFDocument(path: path)).tables
            try #require(tables.count == 1)
            return tables[0].rows
        }
        var settings = TableSettings()
        #expect(try rows(settings) == [["Code", "Offence", "Maximum term"]] + boxedHeaderBody)
        settings.boxedHeaderSearch = 30
        #expect(try rows(settings) == boxedHeaderBody)
        settings = TableSettings()
        settings.boxedHeaderMinHeight = 30
        #expect(try rows(settings) == boxedHeaderBody)
    }

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

    @Test("gridSnap: a column rule drawn in two pieces 2 pt apart is one boundary at 3 pt, two at 1 pt")
    func gridSnap() throws {
        // The rule between the first two columns: x 190 over the top three rows, 192 below.
        let shapes = TableFixture.grid(columns: [68, 305, 395, 485], rows: [300, 316, 332, 348, 364, 380])
            + [
                PaintedShape(kind: .stroke, x0: 190, y0: 300, x1: 190, y1: 348, lineWidth: 0.5),
                PaintedShape(kind: .stroke, x0: 192, y0: 348, x1: 192, y1: 380, lineWidth: 0.5),
            ]
        let page = TablePage(number: 1, lines: TableFixture.aligned(top: 302), width: 595, height: 842, shapes: { shapes })
        let snapped = try #require(TablePass().tables(on: page).first)
        #expect(snapped.ruled && snapped.nCols == 4)
        var settings = TableSettings()
        settings.gridSnap = 1
        let apart = try #require(TablePass(settings: settings).tables(on: page).first)
        #expect(apart.ruled && apart.nCols == 5)
    }

    @Test("headingLineGap: a line 8 pt above the rows is their column heading at 1.6 line heights, not at 0.5")
    func headingLineGap() throws {
        // "£000" over the figure columns, its box ending 8 pt above the first row.
        let lines = [TableFixture.row([("£000", 380, 400)], y: 282)] + TableFixture.aligned()
        let headed = try #require(TablePass().tables(on: page(lines)).first)
        #expect(headed.nRows == 6 && headed.headerRows == 1)
        var settings = TableSettings()
        settings.headingLineGap = 0.5
        let plain = try #require(TablePass(settings: settings).tables(on: page(lines)).first)
        #expect(plain.nRows == 5 && plain.headerRows == 0)
    }

    @Test("captionReachAbove: a caption 60 pt above the table titles it at 80 pt, not at 50 pt")
    func captionReach() throws {
        let lines = [TableFixture.row([("Table 1: Budget summary", 72, 200)], y: 230)] + TableFixture.aligned()
        #expect(try #require(TablePass().tables(on: page(lines)).first).title == "Table 1: Budget summary")
        var settings = TableSettings()
        settings.captionReachAbove = 50
        #expect(try #require(TablePass(settings: settings).tables(on: page(lines)).first).title == nil)
    }

    @Test("stitchRuledSlack: a ruled table on the next page with its rules 5 pt to the right continues at 6 pt, not at 4 pt")
    func stitchSlack() {
        func joined(_ settings: TableSettings) -> [TableRecord] {
            let pass = TablePass(settings: settings)
            let pieces = pass.tables(on: TableFixture.ruledPage(number: 1)) + pass.tables(on: TableFixture.ruledPage(number: 2, shift: 5))
            return pass.finish(pieces).tables
        }
        #expect(joined(TableSettings()).count == 2)
        var settings = TableSettings()
        settings.stitchRuledSlack = 6
        let one = joined(settings)
        #expect(one.count == 1 && one.first?.pages == [1, 2])
    }

    @Test("innerScanMinGrey: a dark rule inside a mid-grey band is found when the band's grey (180) is above 60, not above 200")
    func innerScan() {
        var pixels = [UInt8](repeating: 255, count: 200 * 100)
        for y in 20..<50 {
            for x in 20..<180 { pixels[y * 200 + x] = 180 }
            pixels[y * 200 + 100] = 60
        }
        let image = GreyBitmap(width: 200, height: 100, scale: 2, originX: 10, originY: 20, pixels: pixels)
        func inner(_ settings: TableSettings) -> Bool {
            RulingDetector(settings: settings).detect(in: image).rulings.contains { $0.axis == .vertical && abs($0.position - 60.25) < 0.6 }
        }
        #expect(inner(TableSettings()))
        var settings = TableSettings()
        settings.innerScanMinGrey = 200
        #expect(!inner(settings))
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
