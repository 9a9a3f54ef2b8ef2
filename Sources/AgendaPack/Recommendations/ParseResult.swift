/// A record a line parser found, with the index of the line it starts on.
struct FoundRecord: Sendable {
    var record: RecommendationRecord
    var start: Int
}

/// What one line parser returns: records, the line ranges it used, and what it noticed.
struct ParseResult: Sendable {
    var found: [FoundRecord] = []
    /// Lines a parser has taken, so that parsers run later do not report them again.
    var claimed: [Range<Int>] = []
    var diagnostics: [Diagnostic] = []
}
