import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Numbered resolutions listed on US board agendas and minutes: kind resolution.
///
/// Grammar (after any list label "A.", "1."):
///
///     entry  = ("RESOLUTION" | "Resolution") ["No." | "#"] number [":" | "." | "–" | "-"] text
///     number = "(" year "-" n ")" | year "-" n | letters "-" year "-" n   ("(2019-37)", "R2025-191")
///
/// The text is the rest of the entry's paragraph; the label is the number as printed, and
/// `motion.number` the same. "Approval of Resolution Adopting Rules ..." (no number) and
/// "Adopt Resolution No. 2022-31 ..." (the number inside a sentence) are not entries.
/// Example of the convention: `B. RESOLUTION (2019-38) Authorize the Health Commissioner to
/// enter into a contract with ...`.
struct ResolutionEntryParser {
    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            guard TextTools.containsAny(line.text, ["RESOLUTION", "Resolution"]),
                let g = Self.entry.groups(in: TextTools.squash(ListLabel.split(line)?.rest ?? line.text)), let number = g[1], let first = g[2]
            else {
                cursor.advance()
                continue
            }
            let start = cursor.index
            guard let paragraph = cursor.readParagraph(stop: { RecommendationText.isBoldHeading($0) }) else { break }
            let text = TextTools.squash(paragraph.text)
            let body = text.range(of: first).map { String(text[$0.lowerBound...]) } ?? first
            let record = RecommendationRecord(
                kind: .resolution, label: number, text: body, page: paragraph.page, bbox: paragraph.bbox, motion: Motion(number: number))
            result.found.append(FoundRecord(record: record, start: start))
            result.claimed.append(paragraph.range)
        }
        return result
    }

    // NSRegularExpression is immutable and documented as thread-safe, so one shared instance is safe.
    private static let entry = Patterns.make(
        #"^(?:RESOLUTION|Resolution)\s+(?:No\.?\s*|#\s*)?(\(\s*[A-Z]{0,4}-?\d{2,4}\s*[-–]\s*\d{1,4}\s*\)|[A-Z]{0,4}-?\d{2,4}[-–]\d{1,4})\s*[:.–-]?\s+(\S.*)$"#, caseInsensitive: false)
}

/// Staff recommendations set inside an agenda entry's sentence, and decisions minutes
/// narrate in the past tense.
///
/// Grammar, over the sentences of a paragraph:
///
///     staff    = "Staff recommends" ["that"] text "."      -> recommendation
///                ("1. MEETING MINUTES – Staff recommends the Authority approve the minutes ...")
///     narrated = "The" body ("approved" | "adopted" | "authorized" | "authorised" | "awarded"
///                | "accepted" | "received and filed") text "."   -> resolution, in minutes only
///                body = capitalised words ("The Housing Authority approved the warrant run ...")
///
/// The text runs from the phrase to the end of its sentence (a file number printed after
/// the sentence on the same line is not part of it). A staff recommendation that opens its
/// paragraph is left to `RecommendedActionParser` and the section parsers.
struct ActionSentenceParser {
    package var documentKind: String?

    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        let minutes = documentKind == "minutes"
        while cursor.current != nil {
            let start = cursor.index
            guard let paragraph = cursor.readParagraph(stop: { RecommendationText.isBoldHeading($0) }) else { break }
            if paragraph.range.isEmpty { cursor.advance() }
            let raw = paragraph.text
            let staff = TextTools.containsAny(raw, ["Staff recommend", "staff recommend"])
            let narrated = minutes && TextTools.containsAny(raw, ["The "])
            guard staff || narrated else { continue }
            let text = TextTools.squash(raw)
            for sentence in MinutesMotionParser.sentences(text) {
                if staff, let r = Self.staff.range(in: sentence) {
                    let body = Self.toSentenceEnd(String(sentence[r.lowerBound...]))
                    let record = RecommendationRecord(
                        kind: .recommendation, text: body, addressee: RecommendationText.addressee(in: body), page: paragraph.page, bbox: paragraph.bbox)
                    result.found.append(FoundRecord(record: record, start: start))
                    result.claimed.append(paragraph.range)
                    break
                }
                if narrated, Self.narrated.matches(sentence) {
                    let record = RecommendationRecord(
                        kind: .resolution, text: Self.toSentenceEnd(sentence), outcome: .agreed, page: paragraph.page, bbox: paragraph.bbox)
                    result.found.append(FoundRecord(record: record, start: start))
                    result.claimed.append(paragraph.range)
                    break
                }
            }
        }
        return result
    }

    /// `text` up to and with the full stop that ends its sentence.
    static func toSentenceEnd(_ text: String) -> String {
        guard let m = sentenceEnd.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let r = Range(m.range, in: text) else { return text }
        return String(text[..<r.upperBound])
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let staff = Patterns.make(#"(?<=^|[–—:-]\s|\.\s)Staff\s+recommends?\b"#, caseInsensitive: false)
    private static let narrated = Patterns.make(
        #"^The\s+(?:[A-Z][\w'’]*\s+){0,4}(?:approved|adopted|authorized|authorised|awarded|accepted|received\s+and\s+filed)\s+(?:the|a|an)\b"#, caseInsensitive: false)
    private static let sentenceEnd = Patterns.make(#"(?<![A-Z]|\bNos?|\bMr|\bMs|\bDr|\bSt)\.(?=\s|$)"#, caseInsensitive: false)
}
