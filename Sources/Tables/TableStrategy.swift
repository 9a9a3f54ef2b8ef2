import Contract
import LayoutModel
import Parsing

/// One way of finding tables: from drawn rulings (`RuledStrategy`), from text alignment
/// (`UnruledStrategy`), from a tagged PDF's structure tree (`TaggedStrategy`).
///
/// `TablePass` runs its strategies in order on every page; a strategy sees the tables the
/// strategies before it found on the page (`earlier`) and leaves their area alone. After
/// the pieces are joined over pages, each strategy may review the document's tables with
/// the evidence it reads from the whole document (the structure tree is not per page).
public protocol TableStrategy: Sendable {
    /// A short name, for diagnostics and the registry ("ruled", "unruled", "tagged").
    var name: String { get }
    /// The tables this strategy finds on `page` that the `earlier` strategies did not.
    func tables(on page: TablePage, settings: TableSettings, earlier: [PageTable]) -> [PageTable]
    /// The document's tables (joined over pages, in reading order) with this strategy's
    /// evidence applied; the default leaves them as they are.
    func review(_ tables: [TableRecord], evidence: TableEvidence, settings: TableSettings, diagnostics: inout [Diagnostic]) -> [TableRecord]
}

extension TableStrategy {
    public func tables(on page: TablePage, settings: TableSettings, earlier: [PageTable]) -> [PageTable] { [] }
    public func review(_ tables: [TableRecord], evidence: TableEvidence, settings: TableSettings, diagnostics: inout [Diagnostic]) -> [TableRecord] {
        tables
    }
}

/// What the document says about its tables beyond its pages: the tables a tagged PDF's
/// structure tree declares (empty when untagged).
public struct TableEvidence: Sendable, Equatable {
    public var tagged: [TaggedTable]
    public init(tagged: [TaggedTable] = []) {
        self.tagged = tagged
    }
}
