import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Recommended actions under the items of US agendas: "RECOMMENDED ACTION: Approve minutes."
///
/// Grammar:
///
///     action  = phrase [":"] (text | newline body)
///     phrase  = "Recommended Action(s)" | "Staff Recommendation(s)" | "Department
///               Recommendation" | "Recommended Motion", any case
///     body    = the paragraphs after the phrase (a gap may come first), read as a
///               ListBlock until a bold heading or the next phrase
///
/// "Recommended by External and Regulatory Affairs" and "Items Recommended for Approval"
/// are not recommendations. Plain "Recommendation:" is read by `InlineRecommendationParser`.
///
/// Excerpts: Lomita special meeting agenda, December 2022 (`RECOMMENDED ACTION: Authorize
/// the City Manager to execute a one-year contract ...`); San Diego Planning Commission,
/// 29 September 2022 (`DEPARTMENT RECOMMENDATION` / `Recommend that the City Council
/// Approve the Project`).
struct RecommendedActionParser {
    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            let text = RecommendationText.mentionsRecommend(line.text) ? TextTools.squash(ListLabel.split(line)?.rest ?? line.text) : ""
            guard !text.isEmpty, let phrase = Self.phrase.range(in: text) else {
                cursor.advance()
                continue
            }
            let start = cursor.index
            let closes: (Line) -> Bool = {
                RecommendationText.isBoldHeading($0) || Self.opens($0)
            }
            var paragraphs: [Paragraph] = []
            if phrase.upperBound == text.endIndex {
                cursor.advance()
            } else if var first = cursor.readParagraph(stop: closes) {
                first.text = TextTools.squash(String(first.text.dropFirst(min(first.text.count, text[phrase].count))))
                paragraphs.append(first)
            }
            // The action is one paragraph, or an opening and the list under it.
            var more = paragraphs.first.map { ListBlock.opensList($0.text) } ?? true
            while more, let next = cursor.current, !closes(next), paragraphs.count < 12 {
                guard let paragraph = cursor.readParagraph(stop: closes) else { break }
                paragraphs.append(paragraph)
                more = paragraph.label != nil || ListBlock.opensList(paragraph.text)
            }
            let block = ListBlock(paragraphs)
            for item in block.items {
                result.found.append(FoundRecord(record: RecommendationsSectionParser.record(item, page: line.page), start: item.range.lowerBound))
            }
            let end = max(start + 1, block.range?.upperBound ?? start + 1)
            result.claimed.append(start..<end)
            cursor.move(to: end)
        }
        return result
    }

    package static func opens(_ line: Line) -> Bool {
        let text = line.text
        return RecommendationText.mentionsRecommend(text) && phrase.matches(TextTools.squash(text))
    }

    /// The opening phrase, any case, with its colon or dash.
    // NSRegularExpression is immutable and documented as thread-safe, so one shared instance is safe.
    package static let phrase = Patterns.make(#"^(?:recommended\s+actions?|recommended\s+motion|(?:staff|department(?:al)?)\s+recommendations?)\b\s*[–:-]?\s*"#)
}
