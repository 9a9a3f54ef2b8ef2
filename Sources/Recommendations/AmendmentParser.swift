import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Amendments to a report's recommendations, as moved at a meeting or tabled in a
/// supplement: kind recommendation, with `motion.amends` naming what they change.
///
/// Grammar (one paragraph, after any list label or "Amendment N:"):
///
///     amendment = ["Amendment" [n] (":" | "–")] "To" verb ["a new"] target [label-list]
///                 ["with" | "to read" | "as follows" | ":"] text
///     verb      = "replace" | "amend" | "delete" | "add" | "insert" | "substitute"
///     target    = "Recommendation(s)" | "Resolution(s)" | "paragraph" | "clause", any case
///     label     = "(d)" | "d" | "3" | "(ii)", several joined by "," or "and"
///
/// The text is the whole paragraph (what the amendment says, with its verb); `amends` is the
/// first label as printed ("(d)"), or nil when the amendment adds one with none given. The
/// outcome, when the next paragraph states it ("The amendment was carried"), is read by
/// `MotionDetails`. Example of the convention: `To replace Recommendation (d) with "agree
/// the revised capital programme"`.
struct AmendmentParser {
    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            let text = TextTools.squash(ListLabel.split(line)?.rest ?? line.text)
            guard TextTools.containsAny(line.text, ["To ", "TO "]), let g = Self.opening.groups(in: text) else {
                cursor.advance()
                continue
            }
            let start = cursor.index
            guard var paragraph = cursor.readParagraph(stop: { Self.opening.matches(TextTools.squash(ListLabel.split($0)?.rest ?? $0.text)) }) else { break }
            paragraph.text = TextTools.squash(paragraph.text)
            if let prefix = Self.amendmentPrefix.range(in: paragraph.text) { paragraph.text.removeSubrange(prefix) }
            var probe = cursor
            // The next paragraph states the amendment's result only when it is a short result
            // line ("The amendment was carried.", "Lost 3-5"), not another amendment or a
            // recommendation that mentions an outcome word.
            let next = probe.readParagraph()
            let statesResult = next.map { n in
                let text = TextTools.squash(n.text)
                return text.count <= 160 && !Self.opening.matches(text)
            } ?? false
            let outcome = statesResult ? next.map { MotionDetails.outcome(in: $0.text) } ?? nil : nil
            let amends = g[1].map { label -> String in
                let first = label.split(whereSeparator: { $0 == "," || $0 == " " }).first.map(String.init) ?? label
                return first
            }
            var motion = Motion(outcome: outcome, amends: amends)
            if outcome != nil, let next { motion.votes = MotionDetails.votes(in: next.text) }
            let record = RecommendationRecord(
                kind: .recommendation, label: paragraph.label?.recordLabel, text: paragraph.text,
                outcome: outcome == .carried ? .carried : outcome == .lost ? .lost : nil, votes: motion.votes?.counts,
                page: paragraph.page, bbox: paragraph.bbox, motion: motion)
            result.found.append(FoundRecord(record: record, start: start))
            result.claimed.append(start..<(outcome != nil ? (next?.range.upperBound ?? paragraph.range.upperBound) : paragraph.range.upperBound))
            if outcome != nil { cursor = probe }
        }
        return result
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    nonisolated(unsafe) private static let opening = Patterns.make(
        #"^(?:Amendment\s*\d{0,2}\s*[:–-]\s*)?To\s+(?:replace|amend|delete|add|insert|substitute)\s+(?:a\s+new\s+|an\s+additional\s+)?(?:recommendations?|resolutions?|paragraphs?|clauses?)\b\s*((?:\(?[0-9]{1,2}\)?|\([a-zA-Z]{1,4}\)|[a-zA-Z]\b)(?:\s*(?:,|and)\s*(?:\(?[0-9]{1,2}\)?|\([a-zA-Z]{1,4}\)|[a-zA-Z]\b))*)?"#)
    nonisolated(unsafe) private static let amendmentPrefix = Patterns.make(#"^Amendment\s*\d{0,2}\s*[:–-]\s*"#)
}
