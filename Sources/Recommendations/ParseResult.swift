import Contract
import Dates
import LayoutModel
import Parsing

/// A record a line parser found, with the index of the line it starts on.
struct FoundRecord: Sendable {
    package var record: RecommendationRecord
    package var start: Int
}

/// What one line parser returns: records, the line ranges it used, and what it noticed.
struct ParseResult: Sendable {
    package var found: [FoundRecord] = []
    /// Lines a parser has taken, so that parsers run later do not report them again.
    var claimed: [Range<Int>] = []
    package var diagnostics: [Diagnostic] = []
}
