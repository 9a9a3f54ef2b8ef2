import Contract
import LayoutModel
import Parsing

/// Tables without a drawn grid, from text alignment (`UnruledTableFinder`): runs of lines
/// with two or more segments whose segments line up in columns. Lines inside the tables
/// of earlier strategies are left out.
public struct UnruledStrategy: TableStrategy {
    public var name: String { "unruled" }

    public init() {}

    public func tables(on page: TablePage, settings: TableSettings, earlier: [PageTable]) -> [PageTable] {
        let taken = Set(earlier.flatMap { table in page.lineIndices(in: table.bbox) })
        return UnruledTableFinder.find(
            lines: page.lines, excluding: taken, page: page.number, pageWidth: page.width, settings: settings, tokens: { page.tokens })
    }
}
