import Contract
import LayoutModel
import Parsing

/// Joins the pieces of tables continued over pages.
///
/// A piece continues the table before it when it is the first table on the next page,
/// nothing but page furniture lies above it, nothing but furniture (or its caption) lies
/// below the table before it, and both have the same number of columns at nearly the same
/// places (or the piece starts with the same header). On the continuation:
/// - a repeated header (rows equal to the first piece's header rows) is dropped;
/// - a first body row that holds text in fewer than half the columns and none in the
///   first is the rest of a row split by the page break, and is appended to that row.
enum TableStitcher {
    static func stitch(_ pieces: [PageTable], settings: TableSettings = TableSettings()) -> [TableRecord] {
        // Pieces come page by page in the reading order `detect` gives them.
        let ordered = pieces.enumerated().sorted { a, b in
            a.element.page != b.element.page ? a.element.page < b.element.page : a.offset < b.offset
        }.map(\.element)
        var groups: [[PageTable]] = []
        for (index, piece) in ordered.enumerated() {
            if let last = groups.last?.last, let first = groups.last?.first, index > 0,
                continues(piece, after: last, first: first,
                    isFirstOnPage: !ordered[..<index].contains { $0.page == piece.page },
                    isLastOnPage: !ordered[index...].contains { $0.page == last.page }, settings: settings)
                    || continuesInNextColumn(piece, after: last, first: first, adjacent: ordered[index - 1] == last)
            {
                groups[groups.count - 1].append(piece)
            } else {
                groups.append([piece])
            }
        }
        return groups.map(join)
    }

    package static func continues(
        _ next: PageTable, after previous: PageTable, first: PageTable, isFirstOnPage: Bool, isLastOnPage: Bool,
        settings: TableSettings = TableSettings()
    ) -> Bool {
        // Lines above that also stood above the table on the page before are a running header.
        let runningHeader = !next.aboveTexts.isEmpty && Set(next.aboveTexts).isSubset(of: Set(previous.aboveTexts + first.aboveTexts))
        guard next.page == previous.page + 1, isFirstOnPage, isLastOnPage, !next.textAbove || runningHeader, !previous.textBelow,
            next.nCols == previous.nCols, next.ruled == previous.ruled, sameTitle(next.title, first.title)
        else { return false }
        // Unruled columns are midpoints between text, which move with the content.
        let slack = next.ruled ? settings.stitchRuledSlack : settings.stitchUnruledSlack
        let aligned = zip(next.columns, previous.columns).allSatisfy { abs($0 - $1) <= slack }
        return aligned || repeatsHeader(next, of: first)
    }

    /// A table broken at the foot of one column of a page and continued at the top of
    /// the next column, with its header repeated.
    static func continuesInNextColumn(_ next: PageTable, after previous: PageTable, first: PageTable, adjacent: Bool) -> Bool {
        adjacent && next.page == previous.page && next.bbox.x0 >= previous.bbox.x1 - 5 && next.bbox.y0 < previous.bbox.y0
            && !previous.textBelow && next.nCols == previous.nCols && repeatsHeader(next, of: first)
    }

    /// No title, the same title, or one that says it continues ("Table 2 (continued)").
    static func sameTitle(_ next: String?, _ first: String?) -> Bool {
        guard let next else { return true }
        if next == first { return true }
        let lower = next.lowercased()
        return lower.contains("continued") || lower.hasSuffix("(cont.)") || lower.hasSuffix("(cont'd)") || lower.hasSuffix("contd")
    }

    static func repeatsHeader(_ next: PageTable, of first: PageTable) -> Bool {
        guard first.headerRows > 0, next.nRows > first.headerRows else { return false }
        let a = first.rows.prefix(first.headerRows).map { $0.map(simplified) }
        let b = next.rows.prefix(first.headerRows).map { $0.map(simplified) }
        return a == b
    }

    static func simplified(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    package static func join(_ pieces: [PageTable]) -> TableRecord {
        var group = pieces
        // A first row repeated at the top of every piece is a header even when it is not bold.
        if group.count > 1, group[0].headerRows == 0, group[0].nRows > 1,
            group.dropFirst().allSatisfy({ $0.nRows > 1 && $0.rows[0].map(simplified) == group[0].rows[0].map(simplified) }),
            group[0].cells.filter({ $0.row == 0 }).allSatisfy({ $0.rowSpan == 1 })
        {
            group[0].headerRows = 1
            for i in group[0].cells.indices where group[0].cells[i].row == 0 { group[0].cells[i].header = true }
        }
        let first = group[0]
        var rows = first.rows
        var cells = first.cells
        for piece in group.dropFirst() {
            let skip = repeatsHeader(piece, of: first) ? first.headerRows : 0
            var pieceRows = Array(piece.rows.dropFirst(skip))
            var pieceCells = piece.cells.filter { $0.row >= skip }
            var offset = rows.count - skip
            // The rest of a row broken by the page.
            if let top = pieceRows.first, let previousRow = rows.last, rows.count > first.headerRows,
                top[0].isEmpty, top.filter({ !$0.isEmpty }).count * 2 < top.count, !top.allSatisfy(\.isEmpty)
            {
                var merged = previousRow
                for c in merged.indices where !top[c].isEmpty {
                    merged[c] = merged[c].isEmpty ? top[c] : merged[c] + " " + top[c]
                }
                rows[rows.count - 1] = merged
                let lastRow = rows.count - 1
                for c in merged.indices {
                    if let i = cells.lastIndex(where: { $0.col == c && $0.row <= lastRow && $0.row + $0.rowSpan > lastRow }) {
                        if cells[i].row == lastRow || !top[c].isEmpty { cells[i].text = merged[c] }
                    }
                }
                pieceRows.removeFirst()
                pieceCells = pieceCells.filter { $0.row > skip }
                offset -= 1
            }
            rows += pieceRows
            for var cell in pieceCells {
                cell.row += offset
                cell.header = false
                cells.append(cell)
            }
        }
        return TableRecord(
            title: first.title, pages: group.map(\.page).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }, bbox: first.bbox, ruled: first.ruled, headerRows: first.headerRows,
            rows: rows, cells: cells.filter { !$0.text.isEmpty || $0.rowSpan > 1 || $0.colSpan > 1 })
    }
}
