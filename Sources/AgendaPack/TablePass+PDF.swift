import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// The table pass on a poppler document: the part of `TablePass` that opens pages, kept
/// here because the tables target never reaches the PDF layer; the strategies see a
/// `TablePage` of plain values.
extension TablePass {
    /// Reads page `number` of `document` once: its text, and its tables found while the
    /// page is at hand (candidate regions rendered through it, cell text rebuilt from its
    /// glyphs; with `useGlyphs` false, from the layout segments, and cells of tables whose
    /// lines interleave then come out garbled). `timing`, when given, adds up the time.
    public func readPage(_ number: Int, of document: PDFDocument, useGlyphs: Bool = true, timing: TableTiming? = nil) throws(PDFError)
        -> (text: PageText, tables: [PageTable])
    {
        let textStart = Date()
        return try document.withPageContent(number) { content in
            let lines = content.text.lines.map { Line($0, page: number, pageWidth: content.text.info.width) }
            let tableStart = Date()
            timing?.textSeconds += tableStart.timeIntervalSince(textStart)
            defer { timing?.tableSeconds += Date().timeIntervalSince(tableStart) }
            let page = TablePage(
                number: number, lines: lines, width: content.text.info.width, height: content.text.info.height,
                glyphs: useGlyphs ? { content.glyphs } : nil, shapes: { content.shapes() },
                render: { region, scale in
                    guard let timing else { return content.render(region: region, scale: scale) }
                    let renderStart = Date()
                    let bitmap = content.render(region: region, scale: scale)
                    timing.renderSeconds += Date().timeIntervalSince(renderStart)
                    timing.renderedPixels += bitmap.width * bitmap.height
                    timing.regions += 1
                    return bitmap
                })
            return (content.text, tables(on: page))
        }
    }


    /// The whole pass over `pages` of `document` (every page when nil): the page pieces,
    /// the finished tables and the diagnostics of the review.
    public func run(on document: PDFDocument, pages: [Int]? = nil, useGlyphs: Bool = true, timing: TableTiming? = nil) throws(PDFError)
        -> (pieces: [PageTable], tables: [TableRecord], diagnostics: [Diagnostic])
    {
        var pieces: [PageTable] = []
        let count = document.info.pageCount
        for number in pages ?? (count > 0 ? Array(1...count) : []) {
            pieces += try readPage(number, of: document, useGlyphs: useGlyphs, timing: timing).tables
        }
        let (tables, diagnostics) = finish(pieces, evidence: TableEvidence(tagged: document.taggedTables()))
        return (pieces, tables, diagnostics)
    }
}
