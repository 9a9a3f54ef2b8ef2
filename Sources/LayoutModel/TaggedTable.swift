
/// A table as a tagged PDF's structure tree declares it (Table / TR / TH / TD), with no
/// positions: the producer's own account of which text is a table and which cells are
/// headings, used as evidence next to what the layout shows.
public struct TaggedTable: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var header: Bool
        public init(text: String, header: Bool) {
            self.text = text
            self.header = header
        }
    }
    /// 1-based page of the table element, when the tree says.
    public var page: Int?
    public var rows: [[Cell]]
    public init(page: Int?, rows: [[Cell]]) {
        self.page = page
        self.rows = rows
    }
}
