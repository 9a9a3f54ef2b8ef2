import Contract
import Foundation
import LayoutModel
import Parsing

/// Finds tables without a drawn grid from the alignment of words.
///
/// Runs of three or more close lines with two or more segments each are candidates. A
/// single-segment line inside a run that lines up with no cell of the line above (a title
/// band, a centred subtitle) ends the run: it is not a wrapped cell.
///
/// Columns (see `AlignedColumns`): the words of the run's rows are projected onto the x
/// axis; a gutter is an x range covered by the words of at most one row in ten (a header
/// over several columns or one cell running long does not close a gutter), and a column
/// holds words of at least two rows. Words, not segments: narrow figure columns set
/// closer than the segment gap ("2016 % Chg") are told apart.
///
/// Rows: lines set closer than 0.8 of their font size are one row (vertically centred
/// cells over two or three lines); a line whose first column is empty and that fills fewer
/// than all but one column continues the row above (a wrapped cell). Header rows: the
/// leading rows with an empty first column over a body whose first column is filled, or in
/// bold over a body that is not. A header row with a phrase over two or more columns is a
/// group header (each phrase spans the columns under it, centred); other header lines are
/// one row of wrapped header cells.
///
/// The run is a table only on strong evidence, because lists and layouts align too:
/// - at least 3 body rows and 2 columns, each column with text in at least two rows, and a
///   bold header or a column (not the first) of numbers; 2 columns need a header (bold, or
///   heading lines right above the figures) and a second column of numbers;
/// - not a chart: the body fills at least 40% of its cells beyond the first column (a bar
///   chart's labels scatter one to a row);
/// - not a form: no column mostly of labels ending in ":" ("Ask for: ┃ Telephone:");
/// - not columns of running text: fewer than 30% of the cells start in lower case (a
///   line going on from the one above) and the median cell is at most 40 characters;
/// - not a list: a first column of distinct item numbers or bullets ("1.", "3a", "(b)",
///   "•"; bare numbers only counting from 1 or 2) is a numbered list or a front-sheet
///   agenda ("1. ┃ Apologies ┃ 3 - 10"); the same code on every row ("01") is a column
///   of codes, and bare figures from elsewhere ("18", "19": ages) a column of values.
///
/// Built on a budget table of this shape:
/// ```
/// Service ┃ 2023/24 £000 ┃ 2024/25 £000 ┃ Change
/// Adult social care ┃ 12,345 ┃ 13,579 ┃ 1,234
/// Highways ┃ 4,321 ┃ 3,087 ┃ (1,234)
/// ```
enum UnruledTableFinder {
    /// Item numbers and bullets: "1.", "3a", "4.1", "(b)", "iv)", "•".
    static func isListMarker(_ s: String) -> Bool {
        s.count <= 12 && listMarker.matches(s)
    }
    static let listMarker = Patterns.make(#"^(?:\d{1,2}(\.\d{1,2})*[a-z]?[.)]?|\(?[a-zA-Z]{1,2}\)|[ivxIVX]{1,4}[.)]|[a-z]\.|[•·▪‣◦\-–*●○■□➢✓])$"#, caseInsensitive: false)

    /// Figures: "1,234", "(1,234)", "-5.2%", "£3m", "–", "n/a".
    package static func isNumber(_ s: String) -> Bool {
        // Settled from the first character before the pattern runs.
        guard let first = s.unicodeScalars.first, first.properties.numericType != nil || "-–(£$€nN".unicodeScalars.contains(first) else { return false }
        return number.matches(s)
    }
    package static let number = Patterns.make(#"^(?:[-–(£$€]*\d[\d,.]*%?\)?[kmKM]?|[-–]|[nN]\/?[aA])$"#, caseInsensitive: false)

    /// A word of a line: tokens with no space between them.
    package struct Word: Equatable {
        package var text: String
        package var box: Rect
        package var bold: Bool
        package var fontSize: Double
        /// Index of the line (into the page's lines) it belongs to.
        package var line: Int
    }

    package static func find(
        lines: [Line], excluding taken: Set<Int>, page: Int, pageWidth: Double, settings: TableSettings = TableSettings(),
        tokens: () -> [TextToken] = { [] }
    ) -> [PageTable] {
        var tables: [PageTable] = []
        var run: [Int] = []
        var pageTokens: [TextToken]? = nil
        func close() {
            // Trailing single-segment lines are text after the table.
            while let last = run.last, lines[last].segments.count < 2 { run.removeLast() }
            if run.filter({ lines[$0].segments.count >= 2 }).count >= settings.unruledMinRows, !runningText(run, lines: lines, settings: settings) {
                if pageTokens == nil {
                    var made = tokens()
                    if made.isEmpty { made = TextToken.from(lines) }
                    pageTokens = made
                }
                // Up to three one-segment lines right above the run, each close to the next.
                var headingLines: [Int] = []
                var below = run[0]
                while headingLines.count < 3, below > 0, !taken.contains(below - 1), lines[below - 1].segments.count == 1,
                    case let gap = lines[below].bbox.y0 - lines[below - 1].bbox.y1, gap >= -1,
                    gap <= max(lines[below].bbox.height, lines[below - 1].bbox.height) * settings.headingLineGap
                {
                    headingLines.insert(below - 1, at: 0)
                    below -= 1
                }
                if let table = build(run, lines: lines, page: page, tokens: pageTokens ?? [], headingLines: headingLines, settings: settings) { tables.append(table) }
            }
            run = []
        }
        for i in lines.indices {
            guard !taken.contains(i) else {
                close()
                continue
            }
            let line = lines[i]
            if let last = run.last {
                let gap = line.bbox.y0 - lines[last].bbox.y1
                // Rows of three or more cells may be set further apart than lines of text.
                let airy = line.segments.count >= 3 && lines[last].segments.count >= 3
                let limit = max(lines[last].bbox.height, line.bbox.height) * (airy ? settings.unruledAiryRowGap : settings.unruledRowGap)
                if gap > limit || gap < -2 - max(lines[last].bbox.height, line.bbox.height) * 0.5 {
                    close()
                }
            }
            if line.segments.count >= 2 {
                run.append(i)
            } else if !run.isEmpty {
                // A wrapped cell starts, ends or centres where a cell of the row above does;
                // a section heading starts at the table's left edge.
                let left = run.map { lines[$0].bbox.x0 }.min() ?? line.bbox.x0
                let align = settings.wrappedCellAlign
                if abs(line.bbox.x0 - left) > align, let above = run.last(where: { lines[$0].segments.count >= 2 }), !lines[above].segments.contains(where: { s in
                    abs(s.bbox.x0 - line.bbox.x0) <= align || abs(s.bbox.x1 - line.bbox.x1) <= align || abs(s.bbox.midX - line.bbox.midX) <= align
                }) {
                    close()
                    continue
                }
                run.append(i)
                // More than two single-segment lines in a row end the table.
                if run.suffix(3).allSatisfy({ lines[$0].segments.count < 2 }) && run.count >= 3 {
                    run.removeLast(3)
                    close()
                }
            }
        }
        close()
        return tables
    }

    /// Columns of running text, told from the segments before any word is placed (the
    /// cells' own tests below would reject them too, at more cost): half the segments or
    /// more start in lower case (`runningTextSegmentShare`), or the median segment is longer
    /// than `runningTextLength` characters.
    static func runningText(_ run: [Int], lines: [Line], settings: TableSettings = TableSettings()) -> Bool {
        let segments = run.flatMap { lines[$0].segments }
        guard segments.count >= 6 else { return false }
        let lower = segments.filter { $0.text.first?.isLowercase == true }.count
        let lengths = segments.map(\.text.count).sorted()
        return settings.runningTextSegmentShare.reached(lower, of: segments.count) || lengths[lengths.count / 2] > settings.runningTextLength
    }

    /// Tokens in lines (by vertical centre, top to bottom) and words (tokens with no space
    /// between them); a word's `line` is its line's index.
    package static func words(of tokens: [TextToken], settings: TableSettings = TableSettings()) -> [[Word]] {
        var lines: [[TextToken]] = []
        for token in tokens.sorted(by: { $0.box.midY < $1.box.midY }) {
            if let last = lines.last?.last, token.box.midY - last.box.midY <= max(token.box.height, last.box.height) * settings.lineBandFraction {
                lines[lines.count - 1].append(token)
            } else {
                lines.append([token])
            }
        }
        return lines.enumerated().map { k, line in
            var groups: [[TextToken]] = []
            var previous: TextToken? = nil
            for t in line.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                let em = max(min(previous?.fontSize ?? t.fontSize, t.fontSize), 1)
                if let p = previous, (t.box.x0 - p.box.x1) / em <= settings.wordGap, !(t.spaceBefore && (t.box.x0 - p.box.x1) / em > settings.spacedWordGap) {
                    groups[groups.count - 1].append(t)
                } else {
                    groups.append([t])
                }
                previous = t
            }
            return groups.map { g in
                let b = g.dropFirst().reduce(g[0].box) { $0.union($1.box) }
                return Word(text: TextToken.join(g), box: b, bold: g.allSatisfy(\.bold), fontSize: g.map(\.fontSize).max() ?? 0, line: k)
            }
        }
    }

    /// The words of the run's lines: each token goes to the line one of whose segments
    /// holds its centre; tokens with no space between them are one word.
    package static func words(_ run: [Int], lines: [Line], tokens: [TextToken], settings: TableSettings = TableSettings()) -> [[Word]] {
        var box = lines[run[0]].bbox
        for i in run { box = box.union(lines[i].bbox) }
        var byLine = [[TextToken]](repeating: [], count: run.count)
        // The run's lines by the whole points their boxes cover, so a token looks at the
        // few lines at its height only.
        let top = Int(box.y0.rounded(.down)) - 1
        var atHeight = [[Int]](repeating: [], count: max(0, Int(box.y1.rounded(.up)) + 2 - top))
        for k in run.indices {
            let b = lines[run[k]].bbox
            for y in max(0, Int(b.y0.rounded(.down)) - 1 - top)...min(atHeight.count - 1, Int(b.y1.rounded(.up)) + 1 - top) { atHeight[y].append(k) }
        }
        for token in tokens where box.contains(x: token.box.midX, y: token.box.midY) {
            let x = token.box.midX, y = token.box.midY
            let bucket = Int(y.rounded(.down)) - top
            guard bucket >= 0, bucket < atHeight.count else { continue }
            if let k = atHeight[bucket].first(where: { k in
                lines[run[k]].segments.contains { s in s.bbox.x0 - 0.5 <= x && x <= s.bbox.x1 + 0.5 && s.bbox.y0 - 0.5 <= y && y <= s.bbox.y1 + 0.5 }
            }) {
                byLine[k].append(token)
            }
        }
        var out: [[Word]] = []
        for (k, inLine) in byLine.enumerated() {
            var groups: [[TextToken]] = []
            var previous: TextToken? = nil
            for t in inLine.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                if let p = previous, !groups.isEmpty {
                    let em = max(min(p.fontSize, t.fontSize), 1)
                    let gap = (t.box.x0 - p.box.x1) / em
                    if gap > settings.wordGap || (t.spaceBefore && gap > settings.spacedWordGap) {
                        groups.append([t])
                    } else {
                        groups[groups.count - 1].append(t)
                    }
                } else {
                    groups.append([t])
                }
                previous = t
            }
            out.append(groups.compactMap { g in
                guard let first = g.first else { return nil }
                var b = first.box
                for t in g { b = b.union(t.box) }
                let text = TextToken.join(g)
                guard !text.isEmpty else { return nil }
                return Word(text: text, box: b, bold: g.allSatisfy(\.bold), fontSize: g.map(\.fontSize).max() ?? 0, line: run[k])
            })
        }
        return out
    }

    /// - Parameter headingLines: single-segment lines right above the run, top to bottom.
    package static func build(
        _ run: [Int], lines: [Line], page: Int, tokens: [TextToken], headingLines: [Int] = [], settings: TableSettings = TableSettings()
    ) -> PageTable? {
        let lineWords = words(run, lines: lines, tokens: tokens, settings: settings)
        // Bands: lines closer than 0.8 of their font size are one row.
        var bands: [[Word]] = []
        var bandLines: [[Int]] = []
        var lastCentre: Double? = nil
        for (k, i) in run.enumerated() {
            let line = lines[i]
            let size = max(line.fontSize, 1)
            if let c = lastCentre, !bands.isEmpty, abs(line.bbox.midY - c) < size * settings.rowBandFraction {
                bands[bands.count - 1] += lineWords[k]
                bandLines[bandLines.count - 1].append(i)
            } else {
                bands.append(lineWords[k])
                bandLines.append([i])
            }
            lastCentre = line.bbox.midY
        }
        guard bands.count >= 3 else { return nil }
        if let paired = pairedRecords(bands, bandLines: bandLines, run: run, lines: lines, page: page, settings: settings) { return paired }
        var columns = AlignedColumns.find(bands, settings: settings)
        guard columns.count >= 2 else { return nil }

        // Header bands: leading bands with an empty first column over a body whose first
        // column is filled, or bold over a body that is not.
        let keyFilled = bands.map { band in band.contains { AlignedColumns.column(of: $0.box, in: columns) == 0 } }
        let allBold = bands.map { band in !band.isEmpty && band.filter({ $0.text.contains(where: \.isLetter) }).allSatisfy(\.bold) }
        var headerBands = 0
        while headerBands < min(4, bands.count - 3) {
            let rest = headerBands + 1..<bands.count
            let restKeyed = settings.headerBodyShare.reached(rest.filter { keyFilled[$0] }.count, of: rest.count)
            let restPlain = settings.headerBodyShare.reached(rest.filter { !allBold[$0] }.count, of: rest.count)
            if (!keyFilled[headerBands] && restKeyed) || (allBold[headerBands] && restPlain) {
                headerBands += 1
            } else {
                break
            }
        }

        // The columns are the body's: a header centred over right-aligned figures is
        // wider than them and would make columns of its own.
        if headerBands > 0 { columns = AlignedColumns.find(Array(bands[headerBands...]), settings: settings) }
        // A currency sign set in a column of its own ("$ ┃ 25,742.00") belongs to the
        // figure after it.
        var c = 0
        while c + 1 < columns.count {
            let signs = bands[headerBands...].flatMap { $0 }.filter { AlignedColumns.column(of: $0.box, in: columns) == c }
            if signs.count >= 2, signs.allSatisfy({ $0.text.count == 1 && "$£€¥".contains($0.text) }) {
                columns[c + 1].x0 = columns[c].x0
                columns.remove(at: c)
            } else {
                c += 1
            }
        }
        let nCols = columns.count
        guard nCols >= 2, nCols <= settings.unruledMaxColumns else { return nil }
        func column(_ box: Rect) -> Int { AlignedColumns.column(of: box, in: columns) }

        // Column headings set on their own lines right above the first row, clear of the
        // first column ("Amount to be paid / not to exceed:" over the figures), when the
        // run has no header of its own.
        var headings: [Int] = []
        if headerBands == 0 {
            for i in headingLines.reversed() {
                let box = lines[i].bbox
                guard box.x0 > columns[0].x1, box.x0 < columns[nCols - 1].x1 else { break }
                headings.insert(i, at: 0)
            }
        }

        // Cells.
        var rows: [[String]] = []
        var spans: [[Int]] = []  // per row, per column: the column span (0 = covered)
        var rowLines: [[Int]] = []
        var headerRows = 0
        if !headings.isEmpty {
            rows.append(headerTexts(words(headings, lines: lines, tokens: tokens, settings: settings).flatMap { $0 }, nCols: nCols, column: column, settings: settings))
            spans.append([Int](repeating: 1, count: nCols))
            rowLines.append(headings)
            headerRows = 1
        }
        var k = 0
        while k < headerBands {
            if let group = groupCells(bands[k], columns: columns, settings: settings) {
                rows.append(group.texts)
                spans.append(group.spans)
                rowLines.append(bandLines[k])
                k += 1
            } else {
                // Wrapped header lines down to the next group header or the body: one row.
                var words: [Word] = []
                var used: [Int] = []
                while k < headerBands, groupCells(bands[k], columns: columns, settings: settings) == nil {
                    words += bands[k]
                    used += bandLines[k]
                    k += 1
                }
                rows.append(headerTexts(words, nCols: nCols, column: column, settings: settings))
                spans.append([Int](repeating: 1, count: nCols))
                rowLines.append(used)
            }
            headerRows += 1
        }
        var bodyStart = rows.count
        for b in headerBands..<bands.count {
            let cells = texts(bands[b], nCols: nCols, column: column)
            let filled = cells.filter { !$0.isEmpty }.count
            guard filled > 0 else { continue }
            if rows.count > bodyStart, cells[0].isEmpty, filled < max(2, nCols - 1) {
                let last = rows.count - 1
                for c in 0..<nCols where !cells[c].isEmpty {
                    rows[last][c] = rows[last][c].isEmpty ? cells[c] : rows[last][c] + " " + cells[c]
                }
                rowLines[last] += bandLines[b]
            } else {
                rows.append(cells)
                spans.append([Int](repeating: 1, count: nCols))
                rowLines.append(bandLines[b])
            }
        }
        if bodyStart > rows.count { bodyStart = rows.count }
        let body = Array(rows[bodyStart...])
        guard body.count >= 3 else { return nil }

        // Evidence.
        let bodyBands = bands[headerBands...]
        let headerBold = headerBands > 0 && bands[..<headerBands].allSatisfy { $0.allSatisfy(\.bold) }
            && bodyBands.contains { $0.contains { !$0.bold } }
        for c in 0..<nCols where rows.filter({ !$0[c].isEmpty }).count < 2 { return nil }
        // A chart's labels (a bar's name and, at its end, its value; an axis below) scatter
        // over many columns: a table fills most of its cells.
        let valueCells = body.map { row in row.dropFirst().filter { !$0.isEmpty }.count }.reduce(0, +)
        if !settings.filledValueCellShare.reached(valueCells, of: body.count * (nCols - 1)) { return nil }
        let firstColumn = body.map { $0[0] }.filter { !$0.isEmpty }
        let markers = firstColumn.filter { isListMarker($0) }
        if !firstColumn.isEmpty, settings.listMarkerShare.reached(markers.count, of: firstColumn.count), Set(markers).count * 2 > markers.count,
            markers.contains(where: { $0.contains(where: { !$0.isNumber }) }) || (Int(markers[0]) ?? 0) <= 2
        {
            // Item numbers are punctuated ("1.", "(b)", "•") or count from 1; bare figures
            // counting from elsewhere ("18", "19", ... ages) are a column of values.
            return nil
        }
        // Columns of running text (a newsletter in three columns, headings in bold across
        // the top) are a layout: there lines go on from the line above ("at its meeting"),
        // and cells of tables without rules are short.
        let bodyCells = body.flatMap { $0 }.filter { !$0.isEmpty }
        let lengths = bodyCells.map(\.count).sorted()
        if !lengths.isEmpty, lengths[lengths.count / 2] > settings.runningTextLength { return nil }
        if settings.lowercaseCellShare.reached(bodyCells.filter({ $0.first?.isLowercase == true }).count, of: bodyCells.count) { return nil }
        // A column of labels ("Ask for:", "Telephone:") is a form layout.
        for c in 0..<nCols {
            let column = body.map { $0[c] }.filter { !$0.isEmpty }
            if settings.labelColumnShare.exceeded(column.filter({ $0.hasSuffix(":") }).count, of: column.count) { return nil }
        }
        let numericColumns = (1..<nCols).filter { c in
            let column = body.map { $0[c] }.filter { !$0.isEmpty }
            // Spaces inside a figure ("$ 25,742.00", "77, 096.00") are set, not read.
            return !column.isEmpty && settings.numericColumnShare.reached(column.filter { isNumber($0.replacingOccurrences(of: " ", with: "")) }.count, of: column.count)
        }
        guard headerBold || !numericColumns.isEmpty else { return nil }
        if nCols == 2 {
            guard headerBold || !headings.isEmpty, numericColumns == [1] else { return nil }
        }

        var bbox = lines[run[0]].bbox
        for i in headings + run { bbox = bbox.union(lines[i].bbox) }
        var bounds = [bbox.x0]
        for c in 1..<nCols { bounds.append((columns[c - 1].x1 + columns[c].x0) / 2) }
        bounds.append(bbox.x1)
        var rowBounds = [bbox.y0]
        for r in 1..<rows.count {
            let above = rowLines[r - 1].map { lines[$0].bbox.y1 }.max() ?? bbox.y0
            let below = rowLines[r].map { lines[$0].bbox.y0 }.min() ?? bbox.y1
            rowBounds.append(max(rowBounds[rowBounds.count - 1], (above + below) / 2))
        }
        rowBounds.append(bbox.y1)
        var cells: [CellRecord] = []
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() where spans[r][c] > 0 {
                cells.append(CellRecord(row: r, col: c, colSpan: spans[r][c], text: text, header: r < headerRows))
            }
        }
        return PageTable(
            page: page, bbox: bbox, ruled: false, columns: bounds, rowBounds: rowBounds, cells: cells, headerRows: headerRows,
            lineIndices: headings + run)
    }

    /// Records printed over two lines, as report writers print them ("RE1 ┃ New Hope
    /// Church Centre" then, indented under the place, "L ┃ Abbey Ward NO.1"): lines that
    /// alternate strictly between one starting at the table's left edge and one starting
    /// further in (all at one x), three records or more, each line kind with two or more
    /// columns of its own. Each pair is one row: the first line's columns, then the
    /// second's. The first pair is the header when it is bold or set in another size than
    /// every other pair. In `columns`, the second line's boundaries follow the first's.
    static func pairedRecords(
        _ bands: [[Word]], bandLines: [[Int]], run: [Int], lines: [Line], page: Int, settings: TableSettings = TableSettings()
    ) -> PageTable? {
        guard bands.count >= 6, bands.count % 2 == 0, bands.allSatisfy({ !$0.isEmpty }) else { return nil }
        let starts = bands.map { band in band.map(\.box.x0).min() ?? 0 }
        guard let left = starts.min() else { return nil }
        for (k, x) in starts.enumerated() where (abs(x - left) <= 3) != (k % 2 == 0) { return nil }
        let inner = stride(from: 1, to: bands.count, by: 2).map { starts[$0] }
        guard let innerMin = inner.min(), let innerMax = inner.max(), innerMax - innerMin <= 3 else { return nil }
        let first = stride(from: 0, to: bands.count, by: 2).map { bands[$0] }
        let second = stride(from: 1, to: bands.count, by: 2).map { bands[$0] }
        let columnsA = AlignedColumns.find(first, settings: settings), columnsB = AlignedColumns.find(second, settings: settings)
        guard columnsA.count >= 2, columnsB.count >= 2, columnsA.count + columnsB.count <= settings.unruledMaxColumns else { return nil }
        var rows: [[String]] = []
        for k in first.indices {
            rows.append(
                texts(first[k], nCols: columnsA.count) { AlignedColumns.column(of: $0, in: columnsA) }
                    + texts(second[k], nCols: columnsB.count) { AlignedColumns.column(of: $0, in: columnsB) })
        }
        let nCols = columnsA.count + columnsB.count
        // The header: the first pair, bold or in a size of its own.
        let sizes = first.indices.map { k in Set((first[k] + second[k]).map { ($0.fontSize * 2).rounded() / 2 }) }
        let bold = first.indices.map { k in (first[k] + second[k]).allSatisfy(\.bold) }
        let headerRows = (bold[0] && !bold.dropFirst().contains(true)) || sizes.dropFirst().allSatisfy({ $0.isDisjoint(with: sizes[0]) }) ? 1 : 0
        let body = Array(rows[headerRows...])
        guard body.count >= 3 else { return nil }
        for c in 0..<nCols where body.filter({ !$0[c].isEmpty }).count < 2 { return nil }
        let bodyCells = body.flatMap { $0 }.filter { !$0.isEmpty }
        let lengths = bodyCells.map(\.count).sorted()
        if lengths[lengths.count / 2] > settings.runningTextLength { return nil }
        if settings.lowercaseCellShare.reached(bodyCells.filter({ $0.first?.isLowercase == true }).count, of: bodyCells.count) { return nil }
        let keys = body.map { $0[0] }
        if settings.listMarkerShare.reached(keys.filter({ isListMarker($0) }).count, of: keys.count) { return nil }

        var bbox = lines[run[0]].bbox
        for i in run { bbox = bbox.union(lines[i].bbox) }
        func bounds(_ columns: [Rect]) -> [Double] {
            var out: [Double] = [columns[0].x0]
            for c in 1..<columns.count { out.append((columns[c - 1].x1 + columns[c].x0) / 2) }
            out.append(columns[columns.count - 1].x1)
            return out
        }
        let columnBounds = bounds(columnsA) + bounds(columnsB).dropFirst()
        var rowBounds = [bbox.y0]
        for k in 1..<first.count {
            let above = bandLines[2 * k - 1].map { lines[$0].bbox.y1 }.max() ?? bbox.y0
            let below = bandLines[2 * k].map { lines[$0].bbox.y0 }.min() ?? bbox.y1
            rowBounds.append(max(rowBounds[rowBounds.count - 1], (above + below) / 2))
        }
        rowBounds.append(bbox.y1)
        var cells: [CellRecord] = []
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() { cells.append(CellRecord(row: r, col: c, text: text, header: r < headerRows)) }
        }
        return PageTable(
            page: page, bbox: bbox, ruled: false, columns: columnBounds, rowBounds: rowBounds, cells: cells, headerRows: headerRows,
            lineIndices: run)
    }

    /// The words of a band put in their columns, each column's words top to bottom, left to right.
    package static func texts(_ words: [Word], nCols: Int, column: (Rect) -> Int) -> [String] {
        var byColumn = [[Word]](repeating: [], count: nCols)
        for w in words { byColumn[column(w.box)].append(w) }
        return byColumn.map { ws in
            // Line by line (the band's lines in order), left to right.
            let sorted = ws.sorted { a, b in a.line != b.line ? a.line < b.line : a.box.x0 < b.box.x0 }
            return TextToken.withoutLeaders(TextToken.normalise(sorted.map(\.text).joined(separator: " ")))
        }
    }

    /// The words of a band in phrases: words of one line a word space apart (at most
    /// 0.35 em), line by line, left to right.
    static func phrases(_ band: [Word], settings: TableSettings = TableSettings()) -> [[Word]] {
        let sorted = band.sorted { a, b in a.line != b.line ? a.line < b.line : a.box.x0 < b.box.x0 }
        var phrases: [[Word]] = []
        for w in sorted {
            if let last = phrases.last?.last, w.line == last.line, w.box.x0 - last.box.x1 <= max(min(w.fontSize, last.fontSize), 1) * settings.phraseGap {
                phrases[phrases.count - 1].append(w)
            } else {
                phrases.append([w])
            }
        }
        return phrases
    }

    /// A header row of wrapped cells: each phrase goes whole to the column it overlaps
    /// most (a heading right-aligned over its figures can start nearer the column before).
    static func headerTexts(_ words: [Word], nCols: Int, column: (Rect) -> Int, settings: TableSettings = TableSettings()) -> [String] {
        var byColumn = [[String]](repeating: [], count: nCols)
        // Phrases come line by line, left to right.
        for phrase in phrases(words, settings: settings) {
            let box = phrase.dropFirst().reduce(phrase[0].box) { $0.union($1.box) }
            byColumn[column(box)].append(phrase.map(\.text).joined(separator: " "))
        }
        return byColumn.map { TextToken.normalise($0.joined(separator: " ")) }
    }

    /// A group header row: when a phrase of the band (words a word space apart) lies over two
    /// or more columns, each phrase spans the columns whose centres lie under it, its reach
    /// extended symmetrically about its centre to the midpoints between it and its
    /// neighbours (a centred heading over three figure columns). Nil for any other band.
    static func groupCells(_ band: [Word], columns: [Rect], settings: TableSettings = TableSettings()) -> (texts: [String], spans: [Int])? {
        let phrases = self.phrases(band, settings: settings)
        let boxes = phrases.map { p in p.dropFirst().reduce(p[0].box) { $0.union($1.box) } }
        let wide = boxes.contains { b in columns.filter { $0.horizontalOverlap(b) > 0 }.count >= 2 }
        guard wide, phrases.count >= 1 else { return nil }
        // Phrases stacked in one band (two lines) are not a group heading row.
        if Set(band.map(\.line)).count > 1 { return nil }
        let nCols = columns.count
        var texts = [String](repeating: "", count: nCols)
        var spans = [Int](repeating: 1, count: nCols)
        var owner = [Int?](repeating: nil, count: nCols)
        for (p, box) in boxes.enumerated() {
            let centre = box.midX
            let left = p > 0 ? (boxes[p - 1].x1 + box.x0) / 2 : -Double.infinity
            let right = p + 1 < boxes.count ? (box.x1 + boxes[p + 1].x0) / 2 : Double.infinity
            var lo = max(left, centre - (right - centre)), hi = min(right, centre + (centre - left))
            if !lo.isFinite { lo = box.x0 }
            if !hi.isFinite { hi = box.x1 }
            lo = min(lo, box.x0)
            hi = max(hi, box.x1)
            var under = columns.indices.filter { lo <= columns[$0].midX && columns[$0].midX <= hi && owner[$0] == nil }
            if under.isEmpty {
                let nearest = columns.indices.min { abs(columns[$0].midX - centre) < abs(columns[$1].midX - centre) }
                if let n = nearest, owner[n] == nil { under = [n] }
            }
            guard let first = under.first, let last = under.last else { continue }
            for c in first...last { owner[c] = p }
            texts[first] = TextToken.normalise(phrases[p].map(\.text).joined(separator: " "))
            spans[first] = last - first + 1
            for c in first + 1...max(first + 1, last) where c <= last { spans[c] = 0 }
        }
        return (texts, spans)
    }
}

/// Columns of an unruled table from the alignment of its words.
enum AlignedColumns {
    /// The x ranges of the columns, left to right, from the word boxes of each row.
    ///
    /// A gutter is an x range over which at most one row in ten (none below ten rows; one
    /// from five) has a word; a column is a range between gutters holding words of at
    /// least two rows.
    package static func find(_ bands: [[UnruledTableFinder.Word]], settings: TableSettings = TableSettings()) -> [Rect] {
        let rows = bands.map { $0.map(\.box) }
        let n = rows.count
        let per = max(1, settings.gutterRowsPerCrossing)
        let tolerance = n >= per ? n / per : (n >= 5 ? 1 : 0)
        // Coverage: per row, its merged word intervals; then +1/-1 events.
        var events: [(x: Double, delta: Int)] = []
        for row in rows {
            var merged: [(Double, Double)] = []
            for b in row.sorted(by: { $0.x0 < $1.x0 }) {
                if let last = merged.last, b.x0 <= last.1 {
                    merged[merged.count - 1].1 = max(last.1, b.x1)
                } else {
                    merged.append((b.x0, b.x1))
                }
            }
            for (a, b) in merged where b > a {
                events.append((a, 1))
                events.append((b, -1))
            }
        }
        events.sort { $0.x != $1.x ? $0.x < $1.x : $0.delta < $1.delta }
        var ranges: [(Double, Double)] = []
        var depth = 0
        var start: Double? = nil
        for e in events {
            depth += e.delta
            if depth > tolerance, start == nil {
                start = e.x
            } else if depth <= tolerance, let s = start {
                ranges.append((s, e.x))
                start = nil
            }
        }
        // Ranges closer than a hair are one column.
        var columns: [Rect] = []
        for (a, b) in ranges {
            if let last = columns.last, a - last.x1 < settings.columnJoinGap {
                columns[columns.count - 1].x1 = b
            } else {
                columns.append(Rect(x0: a, y0: 0, x1: b, y1: 0))
            }
        }
        // A column holds words of two or more rows.
        columns = columns.filter { c in rows.filter { row in row.contains { $0.horizontalOverlap(c) > 0 } }.count >= 2 }
        // Ragged text running past a gutter that few rows reach: where, in most rows with
        // words right of the gutter, they follow a word left of it a word space away
        // (at most a third of an em), the two are one column of text. (More columns than
        // any table has: a page of text, left as it is.)
        guard columns.count >= 2, columns.count <= 60 else { return columns }
        var merging = true
        while merging {
            merging = false
            // Per gutter c (between columns c - 1 and c): rows with words right of it, and
            // rows where those follow a word left of it a word space away.
            var after = [Int](repeating: 0, count: columns.count), joined = [Int](repeating: 0, count: columns.count)
            for band in bands {
                var first = [UnruledTableFinder.Word?](repeating: nil, count: columns.count)
                var last = [UnruledTableFinder.Word?](repeating: nil, count: columns.count)
                for w in band {
                    let c = column(of: w.box, in: columns)
                    if first[c].map({ w.box.x0 < $0.box.x0 }) ?? true { first[c] = w }
                    if last[c].map({ w.box.x1 > $0.box.x1 }) ?? true { last[c] = w }
                }
                for c in 1..<columns.count {
                    guard let f = first[c] else { continue }
                    after[c] += 1
                    if let l = last[c - 1], l.line == f.line, f.box.x0 - l.box.x1 <= max(min(f.fontSize, l.fontSize), 1) * settings.raggedJoinGap {
                        joined[c] += 1
                    }
                }
            }
            for c in stride(from: columns.count - 1, through: 1, by: -1) where after[c] > 0 && settings.raggedJoinShare.reached(joined[c], of: after[c]) {
                columns[c - 1].x1 = columns[c].x1
                columns.remove(at: c)
                merging = true
            }
        }
        return columns
    }

    /// The column a box falls in: the one it overlaps most, else the nearest.
    package static func column(of box: Rect, in columns: [Rect]) -> Int {
        var best = 0
        var bestScore = -Double.infinity
        for (c, col) in columns.enumerated() {
            let overlap = min(box.x1, col.x1) - max(box.x0, col.x0)
            if overlap > bestScore {
                bestScore = overlap
                best = c
            }
        }
        return best
    }
}
