import Contract
import LayoutModel
import Parsing

/// Tables drawn as grids: rulings read from the shapes the page paints (or from pixels of
/// a rendered region), joined into grids (`RuledGrid`), cells filled from the glyphs.
///
/// Steps, page by page:
/// 1. `candidateRegions`: bands of the page around lines that look like rows;
/// 2. `offRegionGrids`: grids the text does not suggest, from the whole page's shapes,
///    widen or add regions;
/// 3. `rulings(in:)`: each region's rulings and shaded boxes, from shapes or pixels;
/// 4. `grids(in:)`: grids from the rulings, with rows the grid leaves undrawn split
///    (`rowSplits`: zebra bands of figures, dot-leader entries; `unruledBody`: a ruled
///    header over an open body), then a boxed header above, a header row of two levels
///    split at its rules (`splitGroupedHeader`), a stacked header inside and a title row
///    taken in.
public struct RuledStrategy: TableStrategy {
    public var name: String { "ruled" }

    public init() {}

    public func tables(on page: TablePage, settings: TableSettings, earlier: [PageTable]) -> [PageTable] {
        let detector = RulingDetector(settings: settings)
        var regions = candidateRegions(lines: page.lines, pageWidth: page.width, pageHeight: page.height, settings: settings)
        // The page's rulings when read whole: regions then take theirs from them.
        let pageDrawn = offRegionGrids(page, regions: &regions, settings: settings, detector: detector)
        var tables = earlier
        for region in regions {
            guard let found = rulings(in: region, of: page, pageDrawn: pageDrawn, settings: settings, detector: detector) else { continue }
            tables += grids(in: region, of: page, found: found, taken: tables, settings: settings)
        }
        return Array(tables.dropFirst(earlier.count))
    }

    /// The page's shapes when the ruled strategy may read rulings from them.
    package func shapes(_ page: TablePage, settings: TableSettings) -> [PaintedShape]? {
        settings.rulingSource == .shapes ? page.shapes : nil
    }

    /// Grids the text does not suggest (names over a column of blank signature cells) or
    /// that run past the region it suggests, from the painted shapes (read with the text):
    /// looked for when `offRegionShapes` or more shapes lie outside the regions. Widens or
    /// adds regions around them; returns the page's rulings when it read them.
    func offRegionGrids(_ page: TablePage, regions: inout [Rect], settings: TableSettings, detector: RulingDetector) -> (rulings: [Ruling], fills: [Rect])? {
        let lines = page.lines, pageWidth = page.width, pageHeight = page.height
        let suggested = regions
        guard let all = shapes(page, settings: settings), all.count <= settings.shapeLimit, !all.contains(where: { $0.kind == .invisibleText }),
            all.lazy.filter({ s in s.kind != .image && !suggested.contains { $0.y0 <= s.bounds.y0 && s.bounds.y1 <= $0.y1 } })
                .prefix(settings.offRegionShapes).count == settings.offRegionShapes
        else { return nil }
        let whole = Rect(x0: 0, y0: 0, x1: pageWidth, y1: pageHeight)
        let drawn = detector.detect(shapes: all, region: whole)
        for grid in RuledGrid.find(drawn.rulings, textBoxes: page.segmentBoxes(in: whole), settings: settings)
        where grid.nRows >= settings.offRegionMinRows && grid.nCols >= settings.offRegionMinCols {
            let box = grid.bbox
            guard !regions.contains(where: { $0.y0 <= box.y0 && $0.y1 >= box.y1 }),
                lines.filter({ box.contains(x: $0.bbox.midX, y: $0.bbox.midY) }).count >= settings.offRegionMinLines
            else { continue }
            let margin = settings.candidateMargin
            let rect = Rect(x0: 0, y0: max(0, box.y0 - margin), x1: pageWidth, y1: min(pageHeight, box.y1 + margin))
            if let i = regions.firstIndex(where: { $0.verticalOverlap(rect) > 0 }) {
                regions[i] = regions[i].union(rect)
            } else {
                regions.append(rect)
            }
        }
        regions.sort { $0.y0 < $1.y0 }
        var merged: [Rect] = []
        for r in regions {
            if let last = merged.last, last.y1 >= r.y0 { merged[merged.count - 1] = last.union(r) } else { merged.append(r) }
        }
        regions = merged
        return drawn
    }

    /// The rulings and shaded boxes of a region: from the page's rulings when read whole,
    /// else from the shapes painted in it, else (shapes unreadable, too many, or a scanned
    /// page) from pixels of the region rendered with the text masked. Nil when the region
    /// cannot be rendered.
    package func rulings(in region: Rect, of page: TablePage, pageDrawn: (rulings: [Ruling], fills: [Rect])?, settings: TableSettings, detector: RulingDetector)
        -> (rulings: [Ruling], fills: [Rect])?
    {
        if let all = shapes(page, settings: settings),
            case let inRegion = all.filter({ s in
                let b = s.bounds
                return b.x1 >= region.x0 && b.x0 <= region.x1 && b.y1 >= region.y0 && b.y0 <= region.y1
            }),
            inRegion.count <= settings.shapeLimit,
            // A scanned page shows its rulings only in pixels: its text is an invisible
            // OCR layer over an image (the text pass does not report images, so the
            // invisible text is the sign).
            !inRegion.contains(where: { $0.kind == .invisibleText })
        {
            if let whole = pageDrawn {
                return (
                    whole.rulings.filter { r in
                        r.axis == .horizontal
                            ? r.position >= region.y0 && r.position <= region.y1
                            : r.end >= region.y0 && r.start <= region.y1
                    },
                    whole.fills.filter { $0.verticalOverlap(region) > 0 })
            }
            return detector.detect(shapes: inRegion, region: region)
        }
        guard let bitmap = page.render(region, scale: settings.renderScale) else { return nil }
        // Glyph (or word) boxes, not segment boxes: a segment can cross a ruling.
        let mask = page.tokens.filter { $0.box.verticalOverlap(region) > 0 }.map { t in
            let inset = t.box.height * settings.maskInset
            return Rect(x0: t.box.x0, y0: t.box.y0 + inset, x1: t.box.x1, y1: t.box.y1 - inset)
        }
        return detector.detect(in: bitmap, mask: mask)
    }

    /// The tables of the grids the rulings of a region form, leaving out grids that
    /// overlap a table already `taken`.
    package func grids(in region: Rect, of page: TablePage, found: (rulings: [Ruling], fills: [Rect]), taken: [PageTable], settings: TableSettings) -> [PageTable] {
        var tables = taken
        let textBoxes = page.segmentBoxes(in: region)
        for drawn in RuledGrid.find(found.rulings, textBoxes: textBoxes, settings: settings)
        where !tables.contains(where: { $0.bbox.verticalOverlap(drawn.bbox) > 1 && $0.bbox.horizontalOverlap(drawn.bbox) > 1 }) {
            var grid = drawn
            let splits = Self.rowSplits(in: drawn, tokens: page.tokens, settings: settings) + Self.unruledBody(in: drawn, tokens: page.tokens, settings: settings)
            if !splits.isEmpty,
                let split = RuledGrid.find(found.rulings + splits, textBoxes: textBoxes, settings: settings).first(where: {
                    $0.bbox.verticalOverlap(drawn.bbox) > 1 && $0.bbox.horizontalOverlap(drawn.bbox) > 1
                })
            {
                grid = split
            }
            if var table = makeRuled(grid, fills: found.fills, tokens: page.tokens, page: page.number, drawn: found.rulings, settings: settings) {
                if let headed = Self.boxedHeader(above: table, rulings: found.rulings, fills: found.fills, tokens: page.tokens, settings: settings) {
                    table = headed
                }
                table = Self.splitGroupedHeader(table, rulings: found.rulings, tokens: page.tokens, settings: settings)
                table = Self.splitStackedHeader(table, tokens: page.tokens, settings: settings)
                table = Self.titleRow(table)
                tables.append(table)
            }
        }
        return Array(tables.dropFirst(taken.count))
    }

    /// Bands of the page worth rendering: around groups of lines with two or more segments.
    func candidateRegions(lines: [Line], pageWidth: Double, pageHeight: Double, settings: TableSettings) -> [Rect] {
        // Lines with several segments, and lines set side by side with another line (cells
        // of one row whose baselines differ, as vertically centred cells do).
        let multi = lines.indices.filter { i in
            if lines[i].segments.count >= 2 { return true }
            let box = lines[i].bbox
            for j in max(0, i - 3)...min(lines.count - 1, i + 3) where j != i {
                let other = lines[j].bbox
                if other.horizontalOverlap(box) <= 0 && other.verticalOverlap(box) > min(box.height, other.height) * 0.2 { return true }
            }
            return false
        }.map { lines[$0] }
        var groups: [[Line]] = []
        for line in multi.sorted(by: { $0.bbox.y0 < $1.bbox.y0 }) {
            if let last = groups.last?.last, line.bbox.y0 - last.bbox.y1 <= settings.candidateGap {
                groups[groups.count - 1].append(line)
            } else {
                groups.append([line])
            }
        }
        var regions: [Rect] = []
        // A group whose every line is a numbered entry or a "Label:" pair ("1. ┃ Apologies",
        // "From: ┃ ...") is a list or a form header, not a table: it is not rendered. A
        // ruled table among such lines shows itself by a line with three or more segments.
        func listOrLabel(_ line: Line) -> Bool {
            guard line.segments.count == 2 else { return false }
            let head = line.segments[0].text.trimmingWhitespace()
            return head.hasSuffix(":") || (head.count <= 5 && UnruledTableFinder.isListMarker(head))
        }
        for group in groups where group.count >= 2 && !group.allSatisfy(listOrLabel) {
            guard let first = group.map(\.bbox.y0).min(), let last = group.map(\.bbox.y1).max() else { continue }
            let top = max(0, first - settings.candidateMargin)
            let bottom = min(pageHeight, last + settings.candidateMargin)
            let rect = Rect(x0: 0, y0: top, x1: pageWidth, y1: bottom)
            if let last = regions.last, last.y1 >= rect.y0 {
                regions[regions.count - 1] = last.union(rect)
            } else {
                regions.append(rect)
            }
        }
        return regions
    }

    /// Rows a grid leaves undrawn: a band (zebra shading every few rows) holding three or
    /// more lines that each start in the first column and are mostly figures is that many
    /// rows. Wrapped text in a cell is left alone: its lines are not figures in every column,
    /// or do not all start in the first column.
    static func rowSplits(in grid: RuledGrid, tokens: [TextToken], settings: TableSettings = TableSettings()) -> [Ruling] {
        var rulings: [Ruling] = []
        // Tokens by the row their centre lies strictly inside (one pass, not one per row).
        var byRow = [[TextToken]](repeating: [], count: max(0, grid.nRows))
        let box = grid.bbox
        for token in tokens where box.contains(x: token.box.midX, y: token.box.midY) {
            if let r = RuledGrid.interval(containing: token.box.midY, in: grid.ys, strictly: true) { byRow[r].append(token) }
        }
        for r in 0..<grid.nRows {
            let top = grid.ys[r], bottom = grid.ys[r + 1]
            let inRow = byRow[r]
            guard inRow.count >= settings.rowSplitMinTokens else { continue }
            // Line bands by vertical centre.
            var bands: [[TextToken]] = []
            for token in inRow.sorted(by: { $0.box.midY < $1.box.midY }) {
                if let last = bands.last?.last, token.box.midY - last.box.midY <= max(token.box.height, last.box.height) * settings.lineBandFraction {
                    bands[bands.count - 1].append(token)
                } else {
                    bands.append([token])
                }
            }
            guard bands.count >= 3 else { continue }
            func columnTexts(_ band: [TextToken]) -> [String] {
                var texts = [String](repeating: "", count: grid.nCols)
                for token in band.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                    guard let c = RuledGrid.interval(containing: token.box.midX, in: grid.xs) else { continue }
                    texts[min(c, grid.nCols - 1)] += token.text
                }
                return texts
            }
            let tableRows = bands.allSatisfy { band in
                let texts = columnTexts(band)
                let filled = texts.dropFirst().filter { !$0.isEmpty }
                let figures = filled.filter { UnruledTableFinder.isNumber($0) }
                return !texts[0].isEmpty && filled.count >= 2 && figures.count * 2 >= filled.count
            }
            var starts = Array(1..<bands.count)
            if !tableRows {
                // Entries closed by dot leaders, rules only round the header and at the
                // end: a row starts on a line with text in the first column and in another
                // (a wrapped entry's further lines leave the others empty).
                guard inRow.contains(where: { $0.text == "." }) else { continue }
                let bandTexts = bands.map(columnTexts)
                guard bandTexts.contains(where: { $0.contains { TextTools.containsAny($0, ["..."]) } }) else { continue }
                let rowStarts = bandTexts.indices.filter { k in !bandTexts[k][0].isEmpty && bandTexts[k].dropFirst().contains { !$0.isEmpty } }
                guard rowStarts.count >= 2, rowStarts.first == 0 else { continue }
                starts = Array(rowStarts.dropFirst())
            }
            for k in starts {
                let above = bands[k - 1].map(\.box.y1).max() ?? top, below = bands[k].map(\.box.y0).min() ?? bottom
                rulings.append(Ruling(axis: .horizontal, position: (above + below) / 2, start: grid.xs[0], end: grid.xs[grid.nCols]))
            }
        }
        return rulings
    }

    /// Rulings for a body the frame leaves open: a cell across the whole width (a ruled
    /// header over an unruled body) holding three or more lines with text in two or more
    /// of the header's columns is cut at the columns, and into rows where a line starts
    /// in the key column (the leftmost column two or more lines fill); lines without text
    /// there continue the row above.
    static func unruledBody(in grid: RuledGrid, tokens: [TextToken], settings: TableSettings = TableSettings()) -> [Ruling] {
        guard grid.nCols >= 2 else { return [] }
        var rulings: [Ruling] = []
        for cell in grid.cells where cell.colSpan == grid.nCols {
            let inCell = tokens.filter { cell.rect.contains(x: $0.box.midX, y: $0.box.midY) }
            // A bold first row over the rest is a header box (see `splitStackedHeader`).
            if cell.row == 0, grid.nRows > 1, !inCell.isEmpty, inCell.allSatisfy(\.bold) { continue }
            var bands: [[TextToken]] = []
            for token in inCell.sorted(by: { $0.box.midY < $1.box.midY }) {
                if let last = bands.last?.last, token.box.midY - last.box.midY <= max(token.box.height, last.box.height) * settings.lineBandFraction {
                    bands[bands.count - 1].append(token)
                } else {
                    bands.append([token])
                }
            }
            func columns(_ band: [TextToken]) -> Set<Int> {
                Set(band.compactMap { t in grid.xs.indices.dropLast().first { grid.xs[$0] <= t.box.midX && grid.xs[$0 + 1] > t.box.midX } })
            }
            // Whether no word of the band crosses a column boundary.
            func aligned(_ band: [TextToken]) -> Bool {
                var words: [Rect] = []
                var previous: TextToken? = nil
                for t in band.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                    if let p = previous, let last = words.last, t.box.x0 - p.box.x1 <= max(p.fontSize, 1) * 0.2, !t.spaceBefore {
                        words[words.count - 1] = last.union(t.box)
                    } else {
                        words.append(t.box)
                    }
                    previous = t
                }
                return !grid.xs.dropFirst().dropLast().contains { x in words.contains { $0.x0 < x - 0.5 && $0.x1 > x + 0.5 } }
            }
            let spread = bands.filter { columns($0).count >= 2 }
            // The key column: the leftmost one two or more lines fill (a block of salaries
            // under a header whose first columns, document and date, stay empty).
            let key = (0..<grid.nCols).first { c in bands.filter { columns($0).contains(c) }.count >= 2 } ?? 0
            let starts = bands.filter { columns($0).contains(key) }
            guard spread.count >= 3, spread.count * 2 >= bands.count, starts.count >= 2,
                starts.filter(aligned).count * 5 >= starts.count * 4
            else { continue }
            for x in grid.xs.dropFirst().dropLast() {
                rulings.append(Ruling(axis: .vertical, position: x, start: cell.rect.y0, end: cell.rect.y1))
            }
            for k in 1..<bands.count where columns(bands[k]).contains(key) {
                let above = bands[k - 1].map(\.box.y1).max() ?? cell.rect.y0, below = bands[k].map(\.box.y0).min() ?? cell.rect.y1
                rulings.append(Ruling(axis: .horizontal, position: (above + below) / 2, start: cell.rect.x0, end: cell.rect.x1))
            }
        }
        return rulings
    }

    /// A table from a grid: cells filled from the tokens, header rows from bold text or shading.
    func makeRuled(_ grid: RuledGrid, fills: [Rect], tokens: [TextToken], page: Int, drawn: [Ruling] = [], settings: TableSettings = TableSettings()) -> PageTable? {
        var byCell = [[TextToken]](repeating: [], count: grid.cells.count)
        let slots = grid.slotCells()
        for token in tokens where grid.bbox.contains(x: token.box.midX, y: token.box.midY) {
            if let i = grid.cellIndex(x: token.box.midX, y: token.box.midY, slots: slots) {
                byCell[i].append(token)
            }
        }
        Self.keepWordsWhole(&byCell, grid: grid, drawn: drawn, settings: settings)
        // A drawing (a map, a chart, a photograph) makes sparse grids; tables are mostly text.
        let filled = byCell.filter { !$0.isEmpty }.count
        let filledSlots = grid.cells.indices.filter { !byCell[$0].isEmpty }.map { grid.cells[$0].rowSpan * grid.cells[$0].colSpan }.reduce(0, +)
        guard filled >= 2, filledSlots * 4 >= grid.nRows * grid.nCols else { return nil }
        var cells: [CellRecord] = []
        var bold: [Bool] = []
        var shaded: [Bool] = []
        for (i, cell) in grid.cells.enumerated() {
            cells.append(
                CellRecord(row: cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: TextToken.withoutLeaders(TextToken.join(byCell[i]))))
            // Judge by letters where there are any: digits are often set in a regular face.
            let letters = byCell[i].filter { $0.text.contains(where: \.isLetter) }
            let judged = letters.isEmpty ? byCell[i] : letters
            bold.append(!judged.isEmpty && judged.filter(\.bold).count * 2 > judged.count)
            let r = cell.rect
            shaded.append(fills.contains { f in f.horizontalOverlap(r) > r.width * 0.8 && f.verticalOverlap(r) > r.height * 0.8 })
        }
        // A chart's value labels over its gridlines: one label a row, stepping across three
        // or more columns (a table row fills more than one cell).
        let labelled = cells.filter { !$0.text.isEmpty }
        let perRow = Dictionary(grouping: labelled, by: \.row)
        if perRow.count >= 3, perRow.values.allSatisfy({ $0.count == 1 }), Set(labelled.map(\.col)).count >= 3 { return nil }
        // A boxed form of labels and values ("Report to: ┃ Health and Wellbeing Board") is
        // layout, not a table.
        let labels = cells.filter { $0.col == 0 && !$0.text.isEmpty }
        if grid.nCols == 2, labels.filter({ $0.text.hasSuffix(":") }).count * 2 > labels.count { return nil }
        let headerRows = Self.headerRows(cells: cells, bold: bold, shaded: shaded, nRows: grid.nRows, nCols: grid.nCols)
        for i in cells.indices where cells[i].row < headerRows { cells[i].header = true }
        return PageTable(
            page: page, bbox: grid.bbox, ruled: true, columns: grid.xs, rowBounds: grid.ys, cells: cells, headerRows: headerRows)
    }

    /// A header set in a box of its own right above a grid with no header row (at most
    /// `boxedHeaderReach` above, 20 pt: about a line and a half of text): one frame
    /// (two rules across the table's width, at least `boxedHeaderMinHeight` apart and the
    /// top one within `boxedHeaderSearch` of the grid, or a shaded band) around all the column
    /// headings, no rules between them. Its text, cut at the grid's columns, becomes the
    /// header row when it fills half the columns or more (a title in a box does not).
    static func boxedHeader(above table: PageTable, rulings: [Ruling], fills: [Rect], tokens: [TextToken], settings: TableSettings = TableSettings()) -> PageTable? {
        guard table.headerRows == 0, table.nCols >= 2 else { return nil }
        let box = table.bbox
        func across(_ x0: Double, _ x1: Double) -> Bool { x0 <= box.x0 + settings.gridSnap && x1 >= box.x1 - settings.gridSnap }
        let rules = rulings.filter { $0.axis == .horizontal && across($0.start, $0.end) && $0.position < box.y0 - 1 && $0.position > box.y0 - settings.boxedHeaderSearch }
            .map(\.position).sorted(by: >)
        var band: (top: Double, bottom: Double)? = nil
        if let bottom = rules.first, box.y0 - bottom <= settings.boxedHeaderReach, let top = rules.first(where: { bottom - $0 >= settings.boxedHeaderMinHeight }) {
            band = (top, bottom)
        } else if let fill = fills.filter({ across($0.x0, $0.x1) && $0.y1 <= box.y0 + 1 && box.y0 - $0.y1 <= settings.boxedHeaderReach && $0.height >= settings.boxedHeaderMinHeight }).max(by: { $0.y1 < $1.y1 }) {
            band = (fill.y0, fill.y1)
        }
        guard let (top, bottom) = band else { return nil }
        var byColumn = [[TextToken]](repeating: [], count: table.nCols)
        for t in tokens where t.box.midY > top && t.box.midY < bottom && t.box.midX > box.x0 && t.box.midX < box.x1 {
            if let c = RuledGrid.interval(containing: t.box.midX, in: table.columns) { byColumn[c].append(t) }
        }
        guard byColumn.filter({ !$0.isEmpty }).count * 2 >= table.nCols else { return nil }
        var headed = table
        headed.cells = byColumn.enumerated().map { CellRecord(row: 0, col: $0.offset, text: TextToken.join($0.element), header: true) }
            + table.cells.map { cell in
                var moved = cell
                moved.row += 1
                return moved
            }
        headed.rowBounds = [top] + table.rowBounds
        headed.bbox = Rect(x0: box.x0, y0: top, x1: box.x1, y1: box.y1)
        headed.headerRows = 1
        return headed
    }

    /// A header drawn as one box over several columns with its levels stacked inside
    /// ("Children attending school (%)" / "Person ┃ Male ┃ Female" / "Total ┃ Rural ┃
    /// Urban ┃ ..." / "1 ┃ 2 ┃ ..."): a cell in the first three rows spanning three or more
    /// columns, holding two or more lines of which all but the first have words in two or
    /// more of the columns under it, becomes one row per line. A line with a phrase over
    /// two or more columns spans the columns under its phrases (centred); other lines put
    /// each phrase in its column. Cells beside it span the new rows.
    static func splitStackedHeader(_ table: PageTable, tokens: [TextToken], settings: TableSettings = TableSettings()) -> PageTable {
        for target in table.cells where target.row <= 2 && target.colSpan >= 3 && target.rowSpan == 1 {
            if let split = splitStackedHeader(table, cell: target, tokens: tokens, settings: settings) { return split }
        }
        return table
    }

    static func splitStackedHeader(_ table: PageTable, cell target: CellRecord, tokens: [TextToken], settings: TableSettings = TableSettings()) -> PageTable? {
        let x0 = table.columns[target.col], x1 = table.columns[target.col + target.colSpan]
        let y0 = table.rowBounds[target.row], y1 = table.rowBounds[target.row + 1]
        let inCell = tokens.filter { $0.box.midX > x0 && $0.box.midX < x1 && $0.box.midY > y0 && $0.box.midY < y1 }
        let lines = UnruledTableFinder.words(of: inCell, settings: settings)
        guard lines.count >= 2 else { return nil }
        let columns = (target.col..<target.col + target.colSpan).map { Rect(x0: table.columns[$0], y0: 0, x1: table.columns[$0 + 1], y1: 0) }
        func column(_ box: Rect) -> Int { AlignedColumns.column(of: box, in: columns) }
        // Each line after the first lies over two or more columns, no phrase crossing a boundary
        // except in a group line; one of them holds two or more phrases (lines of one phrase
        // each are a title's, "NICS Firearm Background Checks" over "November - 2015").
        for line in lines.dropFirst() where Set(line.map { column($0.box) }).count < 2 { return nil }
        guard lines.dropFirst().contains(where: { UnruledTableFinder.phrases($0, settings: settings).count >= 2 }) else { return nil }
        var rows: [(texts: [String], spans: [Int])] = []
        for line in lines {
            let phrases = UnruledTableFinder.phrases(line, settings: settings)
            if phrases.count == 1, let centred = centredSpan(line, columns: columns) {
                // One heading over a block of columns: the widest block it is centred on.
                var texts = [String](repeating: "", count: columns.count), spans = [Int](repeating: 1, count: columns.count)
                texts[centred.lowerBound] = TextToken.normalise(line.map(\.text).joined(separator: " "))
                spans[centred.lowerBound] = centred.count
                for c in centred.dropFirst() { spans[c] = 0 }
                rows.append((texts, spans))
            } else if let group = UnruledTableFinder.groupCells(line, columns: columns, settings: settings) {
                rows.append(group)
            } else {
                rows.append((UnruledTableFinder.headerTexts(line, nCols: columns.count, column: column, settings: settings), [Int](repeating: 1, count: columns.count)))
            }
        }
        let added = rows.count - 1
        var cells: [CellRecord] = []
        for cell in table.cells {
            if cell == target { continue }
            var moved = cell
            if cell.row > target.row {
                moved.row += added
            } else if cell.row + cell.rowSpan > target.row {
                moved.rowSpan += added
            }
            cells.append(moved)
        }
        for (k, row) in rows.enumerated() {
            for (c, text) in row.texts.enumerated() where row.spans[c] > 0 {
                cells.append(CellRecord(row: target.row + k, col: target.col + c, colSpan: row.spans[c], text: text, header: true))
            }
        }
        cells.sort { ($0.row, $0.col) < ($1.row, $1.col) }
        var bounds = Array(table.rowBounds[...target.row])
        for k in 1..<lines.count {
            let above = lines[k - 1].map(\.box.y1).max() ?? y0, below = lines[k].map(\.box.y0).min() ?? y1
            bounds.append(max(bounds[bounds.count - 1], (above + below) / 2))
        }
        bounds += table.rowBounds[(target.row + 1)...]
        var split = table
        split.cells = cells
        split.rowBounds = bounds
        split.headerRows = max(table.headerRows + (table.headerRows > target.row ? added : 0), target.row + rows.count)
        for i in split.cells.indices where split.cells[i].row < split.headerRows { split.cells[i].header = true }
        return split
    }

    /// A header row of two levels told apart by its rules: inner column rules that start
    /// partway down the row (more than `headerLevelInset` below its top rule and above its
    /// bottom one, at one height), the rules between groups of columns running its whole
    /// height, with text above and below where they start ("Pre-Pawn" over "Handgun ┃ Long
    /// Gun ┃ *Other"). The row becomes two at that height: a group with text above it has
    /// that text as a heading over its columns in the upper row and each column's text in
    /// the lower one; in a group without (a column ruled its whole height, "State /
    /// Territory"; columns "Permit ┃ Handgun" under no heading) each column's text is a cell
    /// over both rows. Looked for in the first three rows; the rows down to the split are
    /// the header.
    static func splitGroupedHeader(_ table: PageTable, rulings: [Ruling], tokens: [TextToken], settings: TableSettings = TableSettings()) -> PageTable {
        for r in 0..<min(3, table.nRows - 1) {
            if let split = splitGroupedHeader(table, row: r, rulings: rulings, tokens: tokens, settings: settings) { return split }
        }
        return table
    }

    static func splitGroupedHeader(_ table: PageTable, row r: Int, rulings: [Ruling], tokens: [TextToken], settings: TableSettings) -> PageTable? {
        let y0 = table.rowBounds[r], y1 = table.rowBounds[r + 1], snap = settings.gridSnap, inset = settings.headerLevelInset
        guard y1 - y0 > 2 * inset, table.nCols >= 3,
            // No cell from above reaches into the row, none in it reaches below.
            !table.cells.contains(where: { ($0.row < r && $0.row + $0.rowSpan > r) || ($0.row == r && $0.rowSpan > 1) })
        else { return nil }
        // Where each inner column rule starts in the row (y0 when it runs from the top).
        var starts: [Double?] = []
        for c in 1..<table.nCols {
            let x = table.columns[c]
            let through = rulings.filter { $0.axis == .vertical && abs($0.position - x) <= snap && $0.end >= y1 - snap && $0.start <= y1 - inset }
            starts.append(through.map(\.start).min().map { max($0, y0) })
        }
        let partial = starts.compactMap { $0 }.filter { $0 > y0 + inset && $0 < y1 - inset }
        guard let cut = partial.min(), let last = partial.max(), last - cut <= snap else { return nil }
        // Groups: runs of columns between the rules that run the row's whole height.
        var groups: [Range<Int>] = []
        var from = 0
        for c in 1..<table.nCols {
            guard let start = starts[c - 1] else { return nil }
            if start <= y0 + inset {
                groups.append(from..<c)
                from = c
            }
        }
        groups.append(from..<table.nCols)
        guard groups.contains(where: { $0.count >= 2 }) else { return nil }
        let x0 = table.columns[0], x1 = table.columns[table.nCols]
        let inRow = tokens.filter { $0.box.midY > y0 && $0.box.midY < y1 && $0.box.midX > x0 && $0.box.midX < x1 }
        func column(_ t: TextToken) -> Int { min(RuledGrid.interval(containing: t.box.midX, in: table.columns) ?? 0, table.nCols - 1) }
        func text(_ tokens: [TextToken]) -> String { TextToken.withoutLeaders(TextToken.join(tokens)) }
        // Text above the cut only over a group of two or more columns, and text below it.
        let above = inRow.filter { $0.box.y1 <= cut + snap }
        guard !above.isEmpty, inRow.contains(where: { $0.box.y0 >= cut - snap }),
            above.allSatisfy({ t in groups.first { $0.contains(column(t)) }.map { $0.count >= 2 } ?? false })
        else { return nil }
        var cells: [CellRecord] = []
        for cell in table.cells where cell.row != r {
            var moved = cell
            if cell.row > r { moved.row += 1 }
            cells.append(moved)
        }
        for group in groups {
            let heading = above.filter { group.contains(column($0)) }
            if heading.isEmpty {
                for c in group { cells.append(CellRecord(row: r, col: c, rowSpan: 2, text: text(inRow.filter { column($0) == c }), header: true)) }
            } else {
                cells.append(CellRecord(row: r, col: group.lowerBound, colSpan: group.count, text: text(heading), header: true))
                for c in group {
                    cells.append(CellRecord(row: r + 1, col: c, text: text(inRow.filter { column($0) == c && $0.box.y1 > cut + snap }), header: true))
                }
            }
        }
        cells.sort { ($0.row, $0.col) < ($1.row, $1.col) }
        var split = table
        split.cells = cells
        split.rowBounds.insert(cut, at: r + 1)
        split.headerRows = max(table.headerRows + 1, r + 2)
        for i in split.cells.indices where split.cells[i].row < split.headerRows { split.cells[i].header = true }
        return split
    }

    /// A title set in the grid: a first row of one cell across the whole table over two
    /// or more header rows ("List of Medicines approved by Purchase Committee" over the
    /// column headings) is the table's title, not a row.
    static func titleRow(_ table: PageTable) -> PageTable {
        let first = table.cells.filter { $0.row == 0 }
        guard table.nRows >= 4, table.headerRows >= 3, first.count == 1, first[0].colSpan == table.nCols, first[0].rowSpan == 1,
            !first[0].text.isEmpty
        else { return table }
        var titled = table
        titled.title = first[0].text
        titled.cells = table.cells.filter { $0.row > 0 }.map { cell in
            var moved = cell
            moved.row -= 1
            return moved
        }
        // The box keeps the title's line, so it stays out of the running text.
        titled.rowBounds.removeFirst()
        titled.headerRows -= 1
        return titled
    }

    /// The widest block of two or more columns that holds the words and whose centre is
    /// theirs (within 5% of its width): the columns a centred heading is over.
    static func centredSpan(_ words: [UnruledTableFinder.Word], columns: [Rect]) -> ClosedRange<Int>? {
        guard let first = words.first else { return nil }
        let box = words.dropFirst().reduce(first.box) { $0.union($1.box) }
        var best: ClosedRange<Int>? = nil
        for a in columns.indices where columns[a].x0 <= box.x0 + 1 {
            for b in a + 1..<columns.count where columns[b].x1 >= box.x1 - 1 {
                let width = columns[b].x1 - columns[a].x0
                if abs((columns[a].x0 + columns[b].x1) / 2 - box.midX) <= width * 0.05, b - a + 1 > (best?.count ?? 0) { best = a...b }
            }
        }
        return best
    }

    /// A word that runs over a column boundary the page does not draw (an unruled body
    /// cut at the header's columns: "RETUR┃N") stays in the cell where it starts: a glyph
    /// set against the one before it (no space, closer than 0.15 em) in the next cell to
    /// the right goes back to that one's cell, and so on along the word. Where the
    /// boundary is drawn, text past it is the next cell's (a clipped cell's text can run
    /// up to the ruling: "Elizab┃2165").
    static func keepWordsWhole(_ byCell: inout [[TextToken]], grid: RuledGrid, drawn: [Ruling], settings: TableSettings = TableSettings()) {
        // Nothing to do where every column boundary is drawn down the whole table.
        let height = grid.bbox.height
        let open = grid.xs.dropFirst().dropLast().contains { x in
            let drawnLength = drawn.filter { $0.axis == .vertical && abs($0.position - x) <= settings.gridSnap }
                .map { min($0.end, grid.bbox.y1) - max($0.start, grid.bbox.y0) }.filter { $0 > 0 }.reduce(0, +)
            return drawnLength < height * 0.95
        }
        guard open else { return }
        var placed: [(token: TextToken, cell: Int)] = []
        for (i, tokens) in byCell.enumerated() { for t in tokens { placed.append((t, i)) } }
        guard placed.count >= 2 else { return }
        placed.sort { $0.token.box.midY < $1.token.box.midY }
        var lines: [[Int]] = []
        var centre = 0.0
        for k in placed.indices {
            let t = placed[k].token
            if let last = lines.last, abs(t.box.midY - centre) <= max(t.box.height, t.fontSize) * 0.4 {
                lines[lines.count - 1].append(k)
                centre = (centre * Double(last.count) + t.box.midY) / Double(last.count + 1)
            } else {
                lines.append([k])
                centre = t.box.midY
            }
        }
        var moved = false
        for line in lines {
            let ordered = line.sorted { placed[$0].token.box.x0 < placed[$1].token.box.x0 }
            for (a, b) in zip(ordered, ordered.dropFirst()) where placed[a].cell != placed[b].cell {
                let p = placed[a].token, t = placed[b].token
                let left = grid.cells[placed[a].cell], right = grid.cells[placed[b].cell]
                guard left.col + left.colSpan == right.col, !t.spaceBefore,
                    t.box.x0 - p.box.x1 < max(min(p.fontSize, t.fontSize), 1) * 0.15
                else { continue }
                let x = grid.xs[right.col], y = t.box.midY
                if drawn.contains(where: { r in
                    r.axis == .vertical && abs(r.position - x) <= settings.gridSnap && r.start <= y && y <= r.end
                }) {
                    continue
                }
                placed[b].cell = placed[a].cell
                moved = true
            }
        }
        guard moved else { return }
        byCell = [[TextToken]](repeating: [], count: byCell.count)
        for entry in placed { byCell[entry.cell].append(entry.token) }
    }

    /// The leading rows whose text is all bold (or all shaded while the body is not). A
    /// row that is one cell across the whole table is a section heading, not a header;
    /// a header cell spanning rows pulls the rows it spans into the header.
    package static func headerRows(cells: [CellRecord], bold: [Bool], shaded: [Bool], nRows: Int, nCols: Int) -> Int {
        guard nRows >= 2 else { return 0 }
        func rowIsHeader(_ r: Int, byShade: Bool) -> Bool {
            let indices = cells.indices.filter { cells[$0].row == r }
            let texts = indices.filter { !cells[$0].text.isEmpty }
            guard !texts.isEmpty else { return false }
            if r > 0 && indices.count == 1 && cells[indices[0]].colSpan == nCols { return false }
            return byShade ? indices.allSatisfy { shaded[$0] } : texts.allSatisfy { bold[$0] }
        }
        let bodyShaded = cells.indices.filter { cells[$0].row == nRows - 1 }.allSatisfy { shaded[$0] }
        var count = 0
        var minimum = 0
        while count < nRows - 1 && (count < minimum || rowIsHeader(count, byShade: false) || (!bodyShaded && rowIsHeader(count, byShade: true))) {
            for cell in cells where cell.row == count { minimum = max(minimum, cell.row + cell.rowSpan) }
            count += 1
        }
        // Every row bold means no distinguishable header.
        return count >= nRows - 1 && nRows > 2 ? 0 : max(count, 0)
    }
}
