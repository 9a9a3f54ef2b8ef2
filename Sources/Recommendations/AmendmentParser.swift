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
/// first label as printed ("(d)"), or nil when the amendment adds a new one ("To add a new
/// recommendation (g)": it changes none that exists). The outcome, when the next paragraph
/// states it ("The amendment was carried"), is read by `MotionDetails`. Example of the
/// convention: `To replace Recommendation (d) with "agree the revised capital programme"`.
///
/// Amendments moved at a meeting, as minutes record them (a lead-in paragraph, then the
/// amendment's text as the next paragraph, or after the colon on the same line):
///
///     moved     = name "moved" [","] "and" name "seconded" [","] ("the following" | "an")
///                 "amendment" [":"]
///               | "The following amendment was" ("moved" | "proposed") "by" name [","]
///                 ["and"] "seconded by" name [":"]
///     result    = the paragraphs after the text, up to the one that states a result
///                 ("Following debate, the amendment was put to the vote and was LOST",
///                 "The amendment was CARRIED"), with a recorded vote between them ("For:
///                 Councillors A, B and C", "Against: …", "Abstain: …"); they end at a
///                 heading, another amendment, a resolution, or a paragraph about the
///                 substantive (or original) motion, whose result is not the amendment's
///
/// The record's `motion` gives mover, seconder, outcome, vote and `amends` (the label the
/// text names, as above). An amendment with no result printed keeps a nil outcome.
struct AmendmentParser {
    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            // (The lead-in names the amendment: a line without the word is not tried against it.)
            if TextTools.containsAny(line.text, ["mendment", "MENDMENT"])
                || (TextTools.mayContainIgnoringCase(line.text, ["amendment"]) && Self.movedLeadIn.matches(TextTools.squash(line.text))) {
                var probe = cursor
                if let found = Self.moved(at: &probe, lines: lines) {
                    result.found.append(found.record)
                    result.claimed.append(found.claimed)
                    cursor = probe
                    continue
                }
            }
            let text = TextTools.squash(ListLabel.split(line)?.rest ?? line.text)
            guard TextTools.containsAny(line.text, ["To ", "TO "]), Self.opening.matches(text) else {
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
            var motion = Motion(outcome: outcome, amends: Self.amends(in: paragraph.text))
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

    /// The label an amendment's text changes ("To replace Recommendation (d) with …" gives
    /// "(d)"; "To delete Recommendations 3 and 4" gives "3"), or nil: no label named, or a new
    /// recommendation added ("To add a new recommendation (g)").
    static func amends(in text: String) -> String? {
        guard let g = opening.groups(in: TextTools.squash(text)), let label = g[1] else { return nil }
        if newOne.matches(text) { return nil }
        return label.split(whereSeparator: { $0 == "," || $0 == " " }).first.map(String.init) ?? label
    }

    /// The lead-in "X moved and Y seconded the following amendment:" (or "The following
    /// amendment was moved by X and seconded by Y:"), or nil.
    static func leadIn(in text: String) -> (mover: String, seconder: String, rest: String)? {
        // Both lead-ins name the amendment (in any case): a text without the word compiles neither.
        guard TextTools.mayContainIgnoringCase(text, ["amendment"]) else { return nil }
        let text = TextTools.squash(text)
        for pattern in [movedLeadIn, passiveLeadIn] {
            if let g = pattern.groups(in: text), let mover = g[1], let seconder = g[2] {
                return (MinutesMotionParser.trimName(mover), MinutesMotionParser.trimName(seconder), TextTools.squash(g[3] ?? ""))
            }
        }
        return nil
    }

    /// An amendment moved at a meeting, read from its lead-in at the cursor through its result.
    private static func moved(at cursor: inout LineCursor, lines: [Line]) -> (record: FoundRecord, claimed: Range<Int>)? {
        let start = cursor.index
        let stop: (Line) -> Bool = { RecommendationText.isBoldHeading($0) }
        guard let lead = cursor.readParagraph(stop: stop), let names = leadIn(in: lead.text) else { return nil }
        // The amendment's text: after the colon, else the next paragraph (not a heading or a result).
        var body: Paragraph
        if !names.rest.isEmpty {
            body = lead
            body.text = names.rest
        } else {
            guard let next = cursor.current, !stop(next), let read = cursor.readParagraph(stop: stop) else { return nil }
            guard MotionDetails.outcome(in: read.text) == nil, leadIn(in: read.text) == nil else { return nil }
            body = read
        }
        let text = TextTools.squash(body.text)
        var end = cursor.index
        // The result: paragraphs up to the one that states it.
        var gathered = ""
        var outcome: Motion.Outcome?
        var probe = cursor
        var paragraphs = 0
        while outcome == nil, paragraphs < 8, let next = probe.current, !ends(next) {
            guard let more = probe.readParagraph(stop: ends) else { break }
            let moreText = TextTools.squash(more.text)
            if leadIn(in: moreText) != nil || opening.matches(TextTools.squash(ListLabel.split(next)?.rest ?? next.text))
                || otherMotion.matches(moreText) || MinutesMotionParser.motion(in: moreText) != nil {
                break
            }
            // Paragraphs join as sentences, so that a side of a vote ends with its line.
            gathered += (gathered.last.map { ".:;".contains($0) } ?? true ? " " : ". ") + moreText
            paragraphs += 1
            if let found = MotionDetails.outcome(in: moreText) {
                outcome = found
                end = probe.index
            }
        }
        var motion = Motion(mover: names.mover, seconder: names.seconder, outcome: outcome, amends: amends(in: text))
        if outcome != nil { motion.votes = MotionDetails.votes(in: TextTools.squash(gathered)) }
        let recordOutcome: RecommendationRecord.Outcome? = switch outcome {
        case .carried: .carried
        case .lost: .lost
        case .deferred, .tabled: .deferred
        default: nil
        }
        let record = RecommendationRecord(
            kind: .recommendation, label: body.label?.recordLabel, text: text, outcome: recordOutcome, votes: motion.votes?.counts,
            page: body.page, bbox: body.bbox, motion: motion)
        cursor.move(to: max(end, body.range.upperBound))
        return (FoundRecord(record: record, start: start), start..<max(end, body.range.upperBound))
    }

    /// Where an amendment's result can no longer follow: a heading or a resolution.
    private static func ends(_ line: Line) -> Bool {
        RecommendationText.isBoldHeading(line) || ResolutionParser.opening(of: line) != nil
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let movedLeadIn = Patterns.make(
        #"^("# + MotionDetails.name + #")\s*moved\s*,?\s+and\s+("# + MotionDetails.name + #")\s*seconded\s*,?\s+(?:the\s+following|an)\s+(?i:amendment)\s*(?::\s*(.*)|[.]?\s*$)"#, caseInsensitive: false)
    private static let passiveLeadIn = Patterns.make(
        #"^The\s+following\s+(?i:amendment)\s+was\s+(?:moved|proposed)\s+by\s+("# + MotionDetails.name + #")\s*,?\s*(?:and\s+)?seconded\s+by\s+("# + MotionDetails.name + #")\s*(?::\s*(.*)|[.]?\s*$)"#, caseInsensitive: false)
    /// A paragraph about another motion than the amendment: "The substantive motion, as
    /// amended, was put to the vote", "the original motion".
    private static let otherMotion = Patterns.make(#"\b(?:substantive|original|main)\s+motion\b"#)
    private static let newOne = Patterns.make(#"^(?:Amendment\s*\d{0,2}\s*[:–-]\s*)?To\s+(?:add|insert)\s+(?:a\s+new|an\s+additional|a\s+further)\b"#)
    private static let opening = Patterns.make(
        #"^(?:Amendment\s*\d{0,2}\s*[:–-]\s*)?To\s+(?:replace|amend|delete|add|insert|substitute)\s+(?:a\s+new\s+|an\s+additional\s+)?(?:recommendations?|resolutions?|paragraphs?|clauses?)\b\s*((?:\(?[0-9]{1,2}\)?|\([a-zA-Z]{1,4}\)|[a-zA-Z]\b)(?:\s*(?:,|and)\s*(?:\(?[0-9]{1,2}\)?|\([a-zA-Z]{1,4}\)|[a-zA-Z]\b))*)?"#)
    private static let amendmentPrefix = Patterns.make(#"^Amendment\s*\d{0,2}\s*[:–-]\s*"#)
}
