import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Finds the recommendations, resolutions, decisions and tracker rows of one document.
///
/// The line parsers run in a fixed order, each over the document's lines: recommendations
/// sections, resolutions, motions, decisions, inline "Recommendation:" paragraphs, then
/// US recommended actions. A record is dropped when its first line was already taken by an
/// earlier parser, so a recommendation inside a "Recommendations" section is not reported
/// again as an inline one. Records come back in reading order with `id` empty (the
/// pipeline numbers them) and `document`/`agendaItem` unset.
public struct RecommendationExtractor: Sendable {
    public init() {}

    /// Records from one document's lines, already in reading order with page furniture
    /// removed. `documentKind` is the contract's document kind ("minutes", "report",
    /// "decision_notice", ...) when known.
    public func extract(lines: [Line], documentKind: String?) -> (records: [RecommendationRecord], diagnostics: [Diagnostic]) {
        let results = [
            RecommendationsSectionParser().parse(lines),
            ResolutionParser().parse(lines),
            MotionParser().parse(lines),
            MinutesMotionParser(documentKind: documentKind).parse(lines),
            DeliberationParser(documentKind: documentKind).parse(lines),
            ResolutionEntryParser().parse(lines),
            AmendmentParser().parse(lines),
            DecisionParser(documentKind: documentKind).parse(lines),
            InlineRecommendationParser().parse(lines),
            RecommendedActionParser().parse(lines),
            ActionSentenceParser(documentKind: documentKind).parse(lines),
        ]
        var taken = IndexSet()
        var found: [FoundRecord] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            let fresh = result.found.filter { !taken.contains($0.start) }
            found += fresh
            let kept = Set(fresh.map(\.start))
            for range in result.claimed where !taken.contains(range.lowerBound) || kept.contains(range.lowerBound) {
                taken.insert(integersIn: range)
            }
            diagnostics += result.diagnostics
        }
        let ordered = found.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element.record)
        return (ordered.map(Self.normalised), diagnostics)
    }

    /// The text without the full stop or semicolon that closes the sentence around it
    /// ("... be noted." gives "... be noted"): the record is the recommendation, not the sentence.
    static func normalised(_ record: RecommendationRecord) -> RecommendationRecord {
        var r = record
        while let last = r.text.last, last == "." || last == ";" || last == "," || last == " " {
            // Keep an abbreviation's point ("etc.", "a.m.").
            if last == ".", r.text.hasSuffix("etc.") || r.text.hasSuffix(".m.") || r.text.hasSuffix(" No.") { break }
            r.text.removeLast()
        }
        return r
    }

    /// One record per row of a recommendations tracker (a table with an R/A/I column).
    public func records(fromTracker table: TableRecord) -> [RecommendationRecord] {
        TrackerParser().parse(table).records.map(Self.normalised)
    }
}
