import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Single recommendations set in the body of a report: "Recommendation: That ...".
///
/// Grammar:
///
///     inline = [label] [role "'s"] "Recommendation" [number] (":" | "–" | "-") text
///              ("Superintendent's Recommendation: Approve the minutes ...")
///              with the rest of its paragraph; any case, the word may be bold
///
/// The label is the paragraph's printed number when there is one ("7.1."), else the
/// recommendation's own number ("Recommendation 3:" gives "3"). Paragraphs that merely
/// mention the word are not recommendations: "4.2.18. ... a recommendation has been made
/// to the Board as follows:", "3.4 Recommendations that are multi-agency are ...",
/// "Recommendations from the report being implemented", "Recommendation for approval of
/// the minutes".
///
/// Excerpt (Coventry Serious Case Review, section 4.5, 2016):
///
///     Recommendation: That the LSCB and partners consider how to promote and develop a
///     relationship based model of working with older children who present as vulnerable
///     and at risk.
///
/// and its closing list: `7.2. Recommendation: That the LSCB and partners consider ...`.
struct InlineRecommendationParser {
    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            guard let opening = Self.opening(of: line) else {
                cursor.advance()
                continue
            }
            let start = cursor.index
            guard var paragraph = cursor.readParagraph(stop: { Self.opening(of: $0) != nil }) else { break }
            paragraph.text = ListBlock.dropConnective(TextTools.squash(String(paragraph.text.dropFirst(min(paragraph.text.count, opening.prefix)))))
            let label = paragraph.label?.recordLabel ?? opening.number
            // "RECOMMENDATION: It is recommended that the City Council:" and its lettered entries
            // (which may start on the next page): one record, the entries as its parts.
            var parts: [Paragraph] = []
            if ListBlock.opensList(paragraph.text) {
                var probe = cursor
                while let next = probe.current, parts.count < 12, !RecommendationText.isBoldHeading(next), Self.opening(of: next) == nil,
                    let split = ListLabel.split(next), parts.first?.label.map({ split.label.sameStyle(as: $0) }) ?? true {
                    guard let part = probe.readParagraph(stop: { Self.opening(of: $0) != nil }), part.label != nil else { break }
                    parts.append(part)
                }
                if !parts.isEmpty { cursor = probe }
            }
            var text = paragraph.text
            for part in parts { text += " " + (part.label?.printed ?? "") + " " + part.text }
            let record = RecommendationRecord(
                kind: .recommendation, label: label, text: TextTools.squash(text), leadIn: parts.isEmpty ? nil : ListBlock.leadIn(paragraph.text),
                addressee: Self.addressee(in: paragraph.text) ?? (parts.isEmpty ? nil : RecommendationText.addressee(in: paragraph.text)),
                page: paragraph.page, bbox: paragraph.bbox,
                parts: parts.isEmpty ? nil : parts.map { RecommendationPart(label: $0.label?.printed, text: TextTools.squash($0.text)) })
            result.found.append(FoundRecord(record: record, start: start))
            result.claimed.append(paragraph.range.lowerBound..<(parts.last?.range.upperBound ?? paragraph.range.upperBound))
        }
        return result
    }

    /// The length of the "Recommendation:" opening (after any label) and its own number, or nil.
    package static func opening(of line: Line) -> (prefix: Int, number: String?)? {
        guard RecommendationText.mentionsRecommend(line.text) else { return nil }
        let text = TextTools.squash(ListLabel.split(line)?.rest ?? line.text)
        guard let match = Self.openingPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let matched = Range(match.range, in: text), matched.upperBound < text.endIndex
        else { return nil }
        let number = Range(match.range(at: 1), in: text).map { String(text[$0]) }
        return (text[matched].count, number)
    }

    // NSRegularExpression is immutable and documented as thread-safe, so one shared instance is safe.
    private static let openingPattern = Patterns.make(#"^(?:(?-i:[\w-])+['’]s\s+)?recommendation(?:\s+(\d{1,2}))?\s*[–—:-]\s*"#)

    /// The body a recommendation names as acting: "The LSCB to ensure", "That the Board consider".
    package static func addressee(in text: String) -> String? {
        var text = Substring(text)
        if text.hasPrefix("That ") { text = text.dropFirst(5) }
        guard let subject = RecommendationText.subject(atStartOf: String(text)) else { return nil }
        if ["This", "That", "These", "Those", "It"].contains(where: { subject == $0 || subject.hasPrefix($0 + " ") }) { return nil }
        let after = text.dropFirst(subject.count).split(separator: " ").prefix(3).map { $0.lowercased() }
        guard let verb = after.first else { return nil }
        if verb == "to" && after.dropFirst().first == "be" { return nil }
        let verbs: Set<String> = ["to", "should", "must", "will", "consider", "considers", "share", "shares", "review", "reviews", "ensure", "ensures"]
        // "the LSCB and partners consider": the partners act too.
        if verb == "and", after.count == 3, verbs.contains(after[2]) {
            let partner = text.dropFirst(subject.count).split(separator: " ")[1]
            return subject + " and " + partner
        }
        return verbs.contains(verb) ? subject : nil
    }
}
