import Contract
import Dates
import LayoutModel
import Parsing

/// The recommendation parsers' paragraphs: a paragraph never runs on into a line that opens
/// a resolution, a recommendation or a recommended action.
extension LineCursor {
    /// Whether `line` begins a resolution, a recommendation or a recommended action,
    /// which no paragraph runs on into.
    static func opensConstruct(_ line: Line) -> Bool {
        ResolutionParser.opening(of: line) != nil || InlineRecommendationParser.opening(of: line) != nil
            || RecommendedActionParser.opens(line)
            || RecommendationsSectionParser.headingNumber(line) != nil
    }


    /// Reads one paragraph (see `readParagraph(stop:opens:)`) that stops before any line
    /// opening a construct of the recommendation parsers.
    package mutating func readParagraph(stop: (Line) -> Bool = { _ in false }) -> Paragraph? {
        readParagraph(stop: stop, opens: Self.opensConstruct)
    }
}
