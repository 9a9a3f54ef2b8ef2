import Contract
import LayoutModel
import Parsing

/// A table as found on one page, before tables continued over pages are joined.
///
/// `TablePass.tables(on:)` makes these page by page; `TablePass.finish` joins the pieces of
/// one table into a `TableRecord` (`TableStitcher`).
public struct PageTable: Sendable, Equatable {
    /// 1-based physical page.
    public var page: Int
    public var bbox: Rect
    /// Whether the grid came from drawn rulings (otherwise from text alignment).
    public var ruled: Bool
    /// Column boundaries, left to right (`nCols + 1` values, points).
    public var columns: [Double]
    /// Row boundaries, top to bottom (`nRows + 1` values, points).
    public var rowBounds: [Double]
    /// Every anchored cell, row-major, including empty ones (text `""`).
    public var cells: [CellRecord]
    public var headerRows: Int
    /// A caption ("Table 1: ...") or a heading just above, or nil.
    public var title: String?
    /// Indices (into the `lines` of the `TablePage`) of the lines inside the table, so the
    /// caller can keep them out of running text. The caption line is in `titleLineIndices`.
    public var lineIndices: [Int]
    public var titleLineIndices: [Int]
    /// Whether body text (not a running header, footer or page stamp) lies above or
    /// below the table on its page: a table continued from the previous page starts with
    /// no text above it, and one continued on the next page ends with none below it.
    public var textAbove: Bool
    public var textBelow: Bool
    /// The text of the body lines above the table: a running header that `TablePass.isFurniture`
    /// misses shows as the same lines above the table's pieces on consecutive pages.
    public var aboveTexts: [String] = []

    public init(
        page: Int, bbox: Rect, ruled: Bool, columns: [Double], rowBounds: [Double], cells: [CellRecord], headerRows: Int,
        title: String? = nil, lineIndices: [Int] = [], titleLineIndices: [Int] = [], textAbove: Bool = false,
        textBelow: Bool = false
    ) {
        self.page = page
        self.bbox = bbox
        self.ruled = ruled
        self.columns = columns
        self.rowBounds = rowBounds
        self.cells = cells
        self.headerRows = headerRows
        self.title = title
        self.lineIndices = lineIndices
        self.titleLineIndices = titleLineIndices
        self.textAbove = textAbove
        self.textBelow = textBelow
    }

    public var nCols: Int { max(0, columns.count - 1) }
    public var nRows: Int { max(0, rowBounds.count - 1) }

    /// `nRows` rows of `nCols` strings; a spanning cell's text in its top-left slot.
    public var rows: [[String]] {
        var grid = [[String]](repeating: [String](repeating: "", count: nCols), count: nRows)
        for cell in cells where cell.row < nRows && cell.col < nCols {
            grid[cell.row][cell.col] = cell.text
        }
        return grid
    }

    /// This piece alone as a record (no continuation).
    public var record: TableRecord {
        TableRecord(
            title: title, pages: [page], bbox: bbox, ruled: ruled, headerRows: headerRows, rows: rows,
            cells: cells.filter { !$0.text.isEmpty || $0.rowSpan > 1 || $0.colSpan > 1 })
    }
}
