import Contract
import Dates
import LayoutModel
import Parsing

/// Motions put to the vote in minutes that record no "RESOLVED": kind resolution.
///
/// Grammar:
///
///     us-motion  = ("Motion by" | "Moved by" | "It was moved by") names ["," | "and"]
///                  ("second by" | "seconded by") names "," "to" text "." ... result
///     result     = "Motion" ("carried" | "passed" | "failed" | "lost") [for "-" against ["-" abstain]]
///     uk-motion  = ("The motion was:" | "The amendment was:") text
///                  then, in the next paragraph, "the motion was" ("CARRIED" | "LOST")
///                  ["(For n, Against n, Abstentions n)"]
///
/// A UK motion that was carried is reported only when no "RESOLVED" follows it within a
/// few lines: the resolution is then the record. Excerpts: Cedar Valley USD board minutes,
/// April 2016 (`Motion by Park, second by Moreno, to adopt the 2016-17 instructional
/// calendar as presented. Ayes: ... Noes: Ellison. Motion carried 4-1.`); Thornbury
/// planning committee minutes, March 2023 (`The motion was: planning permission be
/// refused because ...` / `On being put to the vote the motion was LOST. (For 4,
/// Against 5, Abstentions 1)`).
struct MotionParser {
    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            let raw = line.text
            guard TextTools.containsAny(raw, ["otion", "oved", "mendment", "OTION"]) else {
                cursor.advance()
                continue
            }
            let text = TextTools.squash(raw)
            let start = cursor.index
            if RecommendationPatterns.motionBy.matches(text) {
                guard let paragraph = cursor.readParagraph() else { break }
                if let record = Self.usMotion(paragraph) {
                    result.found.append(FoundRecord(record: record, start: start))
                    result.claimed.append(paragraph.range)
                }
                continue
            }
            if let match = RecommendationPatterns.motionWas.range(in: text) {
                guard var paragraph = cursor.readParagraph() else { break }
                paragraph.text = String(paragraph.text.dropFirst(text.distance(from: match.lowerBound, to: match.upperBound)))
                var probe = cursor
                let next = probe.readParagraph()
                let outcome = next.map(\.text).flatMap(ResolutionParser.outcome(in:)).flatMap { [.carried, .lost].contains($0) ? $0 : nil }
                let resolvedFollows = lines[cursor.index..<min(lines.count, cursor.index + 6)].contains { ResolutionParser.opening(of: $0) != nil }
                guard let outcome, outcome == .lost || !resolvedFollows else { continue }
                let record = RecommendationRecord(
                    kind: .resolution, text: TextTools.squash(paragraph.text), outcome: outcome,
                    votes: next.flatMap { ResolutionParser.votes(in: $0.text) }, page: paragraph.page, bbox: paragraph.bbox)
                result.found.append(FoundRecord(record: record, start: start))
                result.claimed.append(start..<(next?.range.upperBound ?? cursor.index))
                continue
            }
            cursor.advance()
        }
        return result
    }

    /// The motion, its result and count from a US minutes paragraph, or nil without a result.
    static func usMotion(_ paragraph: Paragraph) -> RecommendationRecord? {
        let text = paragraph.text
        guard let result = RecommendationPatterns.motionResult.groups(in: text), let word = result[1] else { return nil }
        guard let seconded = RecommendationPatterns.motionSeconded.groups(in: text), let motionText = seconded[1] else { return nil }
        let outcome: RecommendationRecord.Outcome = ["carried", "passed"].contains(word.lowercased()) ? .carried : .lost
        var votes: Votes?
        if let f = result[2].flatMap({ Int($0) }), let a = result[3].flatMap({ Int($0) }) {
            votes = Votes(for: f, against: a, abstentions: result[4].flatMap { Int($0) } ?? 0)
        }
        var motion = Motion(outcome: outcome == .carried ? .carried : .lost, votes: MotionDetails.votes(in: text))
        if let names = RecommendationPatterns.motionNames.groups(in: text) {
            motion.mover = names[1].map(MinutesMotionParser.trimName)
            motion.seconder = names[2].map(MinutesMotionParser.trimName)
        }
        return RecommendationRecord(
            kind: .resolution, text: motionText, outcome: outcome, votes: votes ?? motion.votes?.counts, page: paragraph.page, bbox: paragraph.bbox,
            motion: motion)
    }
}
