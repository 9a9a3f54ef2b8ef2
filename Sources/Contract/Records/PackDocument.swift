import LayoutModel

// The records of the output contract (../shared/design/output-contract.md, version 1),
// one type per file in this folder. Field names are the contract's in camelCase; the
// JSON is written and read through `PackJSON`, whose one policy makes every key
// snake_case and writes every nil optional as null (unknown is null, never omitted,
// never ""). A type lists in `JSONOmittedWhenNil` the few fields the contract makes
// optional rather than nullable. Hand-written coding is kept only where the JSON is not
// the struct's shape, or to read older files leniently, and says why.

/// The whole output for one PDF.
public struct PackDocument: Sendable, Codable, Equatable {
    public var schemaVersion = AgendaPackVersion.schema
    public var source: Source
    public var meeting: Meeting?
    public var pages: [PageRecord] = []
    public var documents: [DocumentRecord] = []
    public var agendaItems: [AgendaItemRecord] = []
    public var recommendations: [RecommendationRecord] = []
    public var tables: [TableRecord] = []
    public var dates: [DateRecord] = []
    public var diagnostics: [Diagnostic] = []

    public init(source: Source) {
        self.source = source
    }
}
