import Contract
import Foundation
import LayoutModel
import Parsing

/// The one table pass: used by `Extractor` (the `extract` pipeline), the `tables` command,
/// the report and the tests alike.
///
/// Per page, the strategies run in order (`TablePass.standard`: ruled, unruled, tagged);
/// the conflict rule is first come, first served: a strategy sees the tables of those
/// before it and leaves their area alone (the ruled strategy keeps a grid only where no
/// earlier grid overlaps it; the unruled one skips the lines inside ruled tables). The
/// page's tables are then put in reading order and given their lines, caption and the
/// text around them. After the last page the pieces are joined over pages
/// (`TableStitcher`), each strategy reviews them with the document's evidence (the
/// structure tree), and they are numbered `tbl-1`, `tbl-2`, ... here and nowhere else.
///
/// ```swift
/// let pass = TablePass()
/// var pieces: [PageTable] = []
/// for n in 1...document.info.pageCount {
///     // One poppler page: its text pass gives lines and glyphs, and renders reuse it.
///     pieces += try pass.readPage(n, of: document).tables
/// }
/// let (tables, diagnostics) = pass.finish(pieces, evidence: TableEvidence(tagged: document.taggedTables()))
/// ```
///
/// Cost: a page is rendered only where its lines suggest a table (two or more lines with
/// several segments close together), and only the band of the page around them; no more
/// than one page's bitmap is alive at a time.
public struct TablePass: Sendable {
    /// The strategies in the order they run.
    public static let standard: [any TableStrategy] = [RuledStrategy(), UnruledStrategy(), TaggedStrategy()]

    public var settings: TableSettings
    public var strategies: [any TableStrategy]

    public init(settings: TableSettings = TableSettings(), strategies: [any TableStrategy] = TablePass.standard) {
        self.settings = settings
        self.strategies = strategies
    }

    /// The standard strategy called `name`, or nil.
    public static func strategy(named name: String) -> (any TableStrategy)? {
        standard.first { $0.name == name }
    }

    // MARK: Pages

    /// The tables on one page, in reading order.
    public func tables(on page: TablePage) -> [PageTable] {
        var tables: [PageTable] = []
        for strategy in strategies {
            tables += strategy.tables(on: page, settings: settings, earlier: tables)
        }
        // Reading order: a table in a column to the right of another comes after it.
        tables.sort { a, b in
            if a.bbox.horizontalOverlap(b.bbox) <= 0 && a.bbox.verticalOverlap(b.bbox) <= 0 && (a.bbox.x1 <= b.bbox.x0 || b.bbox.x1 <= a.bbox.x0) {
                return a.bbox.x0 < b.bbox.x0
            }
            return a.bbox.y0 < b.bbox.y0
        }
        let lines = page.lines
        for i in tables.indices {
            if tables[i].ruled { tables[i].lineIndices = page.lineIndices(in: tables[i].bbox) }
            let inTables = Set(tables.flatMap(\.lineIndices))
            if tables[i].title == nil {
                let caption = TableCaption.find(for: tables[i].bbox, lines: lines, excluding: inTables, settings: settings)
                tables[i].title = caption?.title
                tables[i].titleLineIndices = caption?.lineIndices ?? []
            }
            let body = lines.indices.filter { !inTables.contains($0) && !isFurniture(lines[$0], pageHeight: page.height) }
            let above = body.filter { lines[$0].bbox.y1 <= tables[i].bbox.y0 + 1 && !tables[i].titleLineIndices.contains($0) }
            tables[i].textAbove = !above.isEmpty
            tables[i].aboveTexts = above.map { lines[$0].text }
            tables[i].textBelow = body.contains { lines[$0].bbox.y0 >= tables[i].bbox.y1 - 1 && !tables[i].titleLineIndices.contains($0) }
        }
        return tables
    }

    /// A page stamp or a running header or footer: short text in the margin band
    /// (`TableSettings.furnitureMargin`), a page number, or "Page n".
    func isFurniture(_ line: Line, pageHeight: Double) -> Bool {
        let text = line.text.lowercased()
        if text.hasPrefix("page ") && text.count < 20 { return true }
        if text.allSatisfy({ $0.isNumber }) { return true }
        let margin = pageHeight * settings.furnitureMargin
        return (line.bbox.y1 < margin || line.bbox.y0 > pageHeight - margin) && text.count < 80
    }

    // MARK: The document

    /// Joins the pieces of tables continued over pages, applies each strategy's review
    /// with the document's evidence, and numbers the tables `tbl-1`, `tbl-2`, ...
    public func finish(_ pieces: [PageTable], evidence: TableEvidence = TableEvidence()) -> (tables: [TableRecord], diagnostics: [Diagnostic]) {
        var tables = TableStitcher.stitch(pieces, settings: settings)
        var diagnostics: [Diagnostic] = []
        for strategy in strategies {
            tables = strategy.review(tables, evidence: evidence, settings: settings, diagnostics: &diagnostics)
        }
        for i in tables.indices { tables[i].id = "tbl-\(i + 1)" }
        return (tables, diagnostics)
    }

}

/// Time spent in the pass, added up over pages (`agendapack tables --timing`).
public final class TableTiming {
    public var textSeconds = 0.0
    public var tableSeconds = 0.0
    public var renderSeconds = 0.0
    public var renderedPixels = 0
    public var regions = 0
    public init() {}
}
