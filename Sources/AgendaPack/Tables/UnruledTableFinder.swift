import Foundation
import PDFLayout

/// Finds tables without a drawn grid from the alignment of segments.
///
/// A run of three or more consecutive lines with two or more segments each is projected
/// onto the x axis: the x ranges no segment covers are the column gutters. The run is a
/// table only on strong evidence, because lists and layouts align too:
/// - at least 3 body rows and 3 columns, each with text in at least two rows, and a bold
///   header row or a column (not the first) of numbers; or 2 columns with a bold header
///   row over at least 3 body rows whose second column is mostly numbers;
/// - not a form: no column mostly of labels ending in ":" ("Ask for: ┃ Telephone:");
/// - not columns of running text: fewer than 30% of the cells start in lower case (a
///   line going on from the one above) and the median cell is at most 40 characters;
/// - not a list: a first column of item numbers or bullets ("1.", "3a", "(b)", "•")
///   is a numbered list or a front-sheet agenda ("1. ┃ Apologies ┃ 3 - 10"), not a table;
/// - not a two-column layout: that projects to two columns of prose and fails the above.
///
/// A line whose first column is empty and that fills fewer than all but one column
/// continues the row above (a wrapped cell).
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
    static func isNumber(_ s: String) -> Bool {
        // Settled from the first character before the pattern runs.
        guard let first = s.unicodeScalars.first, first.properties.numericType != nil || "-–(£$€nN".unicodeScalars.contains(first) else { return false }
        return number.matches(s)
    }
    static let number = Patterns.make(#"^(?:[-–(£$€]*\d[\d,.]*%?\)?[kmKM]?|[-–]|[nN]\/?[aA])$"#, caseInsensitive: false)

    static func find(lines: [Line], excluding taken: Set<Int>, page: Int, pageWidth: Double) -> [PageTable] {
        var tables: [PageTable] = []
        var run: [Int] = []
        func close() {
            // Trailing single-segment lines are text after the table.
            while let last = run.last, lines[last].segments.count < 2 { run.removeLast() }
            if run.filter({ lines[$0].segments.count >= 2 }).count >= 3, let table = build(run, lines: lines, page: page) {
                tables.append(table)
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
                let limit = max(lines[last].bbox.height, line.bbox.height) * (airy ? 3.2 : 1.6)
                if gap > limit || gap < -2 {
                    close()
                }
            }
            if line.segments.count >= 2 {
                run.append(i)
            } else if !run.isEmpty {
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

    static func build(_ run: [Int], lines: [Line], page: Int) -> PageTable? {
        let multi = run.filter { lines[$0].segments.count >= 2 }
        // Column intervals: the projection of the segments of multi-segment lines.
        var intervals: [(Double, Double)] = []
        for box in multi.flatMap({ lines[$0].segments.map(\.bbox) }).sorted(by: { $0.x0 < $1.x0 }) {
            if let last = intervals.last, box.x0 <= last.1 + 2 {
                intervals[intervals.count - 1].1 = max(last.1, box.x1)
            } else {
                intervals.append((box.x0, box.x1))
            }
        }
        let nCols = intervals.count
        guard nCols >= 2, nCols <= 20 else { return nil }
        func column(_ box: Rect) -> Int? {
            let hits = intervals.indices.filter { box.x1 > intervals[$0].0 - 1 && box.x0 < intervals[$0].1 + 1 }
            return hits.count == 1 ? hits[0] : nil
        }

        // Rows of cells.
        var rows: [[[Segment]]] = []
        var rowLines: [[Int]] = []
        for i in run {
            var cells = [[Segment]](repeating: [], count: nCols)
            for segment in lines[i].segments {
                guard let c = column(segment.bbox) else { return nil }
                cells[c].append(segment)
            }
            let filled = cells.filter { !$0.isEmpty }.count
            if let last = rows.indices.last, cells[0].isEmpty, filled < max(2, nCols - 1) {
                for c in 0..<nCols { rows[last][c] += cells[c] }
                rowLines[last].append(i)
            } else {
                rows.append(cells)
                rowLines.append([i])
            }
        }
        guard rows.count >= 3 else { return nil }
        let texts = rows.map { $0.map { TextToken.normalise($0.map(\.text).joined(separator: " ")) } }

        // Evidence.
        let headerBold = rows[0].allSatisfy { $0.allSatisfy(\.bold) } && rows[0].contains { !$0.isEmpty }
            && rows.dropFirst().contains { $0.contains { $0.contains { !$0.bold } } }
        let body = headerBold ? Array(texts.dropFirst()) : texts
        for c in 0..<nCols where texts.filter({ !$0[c].isEmpty }).count < 2 { return nil }
        let firstColumn = body.map { $0[0] }.filter { !$0.isEmpty }
        if !firstColumn.isEmpty, firstColumn.filter({ isListMarker($0) }).count * 10 >= firstColumn.count * 8 {
            return nil
        }
        // Columns of running text (a newsletter in three columns, headings in bold across
        // the top) are a layout: there lines go on from the line above ("at its meeting"),
        // and cells of tables without rules are short.
        let bodyCells = body.flatMap { $0 }.filter { !$0.isEmpty }
        let lengths = bodyCells.map(\.count).sorted()
        if !lengths.isEmpty, lengths[lengths.count / 2] > 40 { return nil }
        if bodyCells.filter({ $0.first?.isLowercase == true }).count * 10 >= bodyCells.count * 3 { return nil }
        // A column of labels ("Ask for:", "Telephone:") is a form layout.
        for c in 0..<nCols {
            let column = body.map { $0[c] }.filter { !$0.isEmpty }
            if column.filter({ $0.hasSuffix(":") }).count * 2 > column.count { return nil }
        }
        let numericColumns = (1..<nCols).filter { c in
            let column = body.map { $0[c] }.filter { !$0.isEmpty }
            return !column.isEmpty && column.filter { isNumber($0) }.count * 10 >= column.count * 8
        }
        guard body.count >= 3, headerBold || !numericColumns.isEmpty else { return nil }
        if nCols == 2 {
            guard headerBold, numericColumns == [1] else { return nil }
        }

        var bbox = lines[run[0]].bbox
        for i in run { bbox = bbox.union(lines[i].bbox) }
        var columns = [bbox.x0]
        for c in 1..<nCols { columns.append((intervals[c - 1].1 + intervals[c].0) / 2) }
        columns.append(bbox.x1)
        var rowBounds = [bbox.y0]
        for r in 1..<rows.count {
            let above = rowLines[r - 1].map { lines[$0].bbox.y1 }.max() ?? bbox.y0
            let below = rowLines[r].map { lines[$0].bbox.y0 }.min() ?? bbox.y1
            rowBounds.append((above + below) / 2)
        }
        rowBounds.append(bbox.y1)
        var cells: [CellRecord] = []
        let headerRows = headerBold ? 1 : 0
        for (r, row) in texts.enumerated() {
            for (c, text) in row.enumerated() {
                cells.append(CellRecord(row: r, col: c, text: text, header: r < headerRows))
            }
        }
        return PageTable(
            page: page, bbox: bbox, ruled: false, columns: columns, rowBounds: rowBounds, cells: cells, headerRows: headerRows,
            lineIndices: run)
    }
}
