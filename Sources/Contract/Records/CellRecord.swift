import LayoutModel

/// One cell of a table, with its span.
public struct CellRecord: Sendable, Codable, Equatable {
    public var row: Int
    public var col: Int
    public var rowSpan: Int
    public var colSpan: Int
    public var text: String
    public var header: Bool

    public init(row: Int, col: Int, rowSpan: Int = 1, colSpan: Int = 1, text: String, header: Bool = false) {
        self.row = row
        self.col = col
        self.rowSpan = rowSpan
        self.colSpan = colSpan
        self.text = text
        self.header = header
    }
}
