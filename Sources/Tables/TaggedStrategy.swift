import Contract
import LayoutModel
import Parsing

/// Tables a tagged PDF's structure tree declares (Table / TR / TH / TD), as evidence for
/// the tables found from the layout (`TaggedEvidence`).
///
/// The tree has no positions, so this strategy finds nothing on a page by itself; after
/// the pieces are joined it sets the header rows of the tables the tree declares, and
/// reports a declared table the layout did not show as a diagnostic.
public struct TaggedStrategy: TableStrategy {
    public var name: String { "tagged" }

    public init() {}

    public func review(_ tables: [TableRecord], evidence: TableEvidence, settings: TableSettings, diagnostics: inout [Diagnostic]) -> [TableRecord] {
        TaggedEvidence.apply(evidence.tagged, to: tables, diagnostics: &diagnostics)
    }
}
