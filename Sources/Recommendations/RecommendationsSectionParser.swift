import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Recommendations sections of reports and briefing notes: one record per numbered item.
///
/// Grammar:
///
///     section = heading body
///     heading = [number ["."]] ("Recommendation" | "Recommendations" | "Recommendation(s)") [":"]
///               alone on its line, any case
///     body    = ListBlock (lead-ins and items, see `ListBlock`), read until a closing line
///     closing = a bold heading, a numbered section heading ("3 Background"), a decimal
///               paragraph of another section ("3.1"), a known heading such as
///               "Appendices", "Background Documents", "Report Author(s)", "Contact",
///               another recommendations heading, or a "RESOLVED"
///
/// Excerpt (Coventry briefing note "Early Help and Partnership Working", 21 July 2016):
///
///     2 Recommendations
///     2.1 The Education and Children's Services Scrutiny Board are recommended to:
///     1) Consider the content of the briefing note and appendices
///     2) Receive further progress reports as requested
///     3) Identify any further recommendations for the appropriate Cabinet Member.
///     Appendices:
///
/// gives three records labelled "1)", "2)", "3)" with the lead-in "The Education and
/// Children's Services Scrutiny Board are recommended to" and that Board as addressee.
///
/// Items lose the connective that ties them to the next ("; and"); a single "It is
/// recommended that the Board adopt ..." is split into lead-in and text; the addressee is
/// who the item itself names ("ask the Director of Place to", "DELEGATE to ..."), else
/// the lead-in's. A section whose items restate an earlier section's (a report's summary
/// repeated at its end) is reported once, and so is a closing section whose one
/// unlabelled sentence opens with an earlier list's lead-in ("6. Recommendation(s):
/// Cabinet is asked to note the responses, agree the changes ..."). Conditions or reasons listed under "That
/// planning permission be GRANTED, subject to the following conditions:" are skipped.
struct RecommendationsSectionParser {
    /// Longest body read after a heading; a longer run is reported, not swallowed.
    var maximumLines = 80

    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        var earlier: [RecommendationRecord] = []
        var earlierLeadIns: [String] = []
        while let line = cursor.current {
            guard let sectionNumber = Self.headingNumber(line) else {
                cursor.advance()
                continue
            }
            let headingIndex = cursor.index
            var paragraphs: [Paragraph] = []
            if let rest = Self.textAfterHeading(line) {
                // "Recommendation(s): Cabinet is asked to:" carries its lead-in on the heading line.
                if var first = cursor.readParagraph(stop: { Self.closes($0, section: sectionNumber) }) {
                    first.label = nil
                    first.text = TextTools.join([rest] + first.lines.dropFirst().map(\.text))
                    paragraphs.append(first)
                }
            } else {
                cursor.advance()
            }
            let limit = min(lines.count, headingIndex + 1 + maximumLines)
            let closes: (Line) -> Bool = { Self.closes($0, section: sectionNumber) }
            while let next = cursor.current, cursor.index < limit, !closes(next) {
                guard let paragraph = cursor.readParagraph(stop: closes) else { break }
                paragraphs.append(paragraph)
            }
            if cursor.index >= limit, cursor.current.map(closes) == false {
                result.diagnostics.append(
                    Diagnostic(.warning, "recommendations-section-long", "recommendations section read for \(maximumLines) lines without a closing heading", page: line.page))
            }
            var block = ListBlock(paragraphs)
            if let leadIn = block.items.first?.leadIn, Self.listsConditions(leadIn) {
                // "That planning permission be GRANTED, subject to the following conditions:"
                // heads conditions or reasons, which are not recommendations.
                result.diagnostics.append(Diagnostic(.info, "recommendation-conditions-skipped", "conditions or reasons listed under a recommendation are not recommendations", page: line.page))
                block.items.removeAll { $0.leadIn == leadIn }
                if block.items.isEmpty {
                    result.claimed.append(headingIndex..<(block.range?.upperBound ?? headingIndex + 1))
                    cursor.move(to: block.range?.upperBound ?? headingIndex + 1)
                    continue
                }
            }
            if block.items.isEmpty {
                result.diagnostics.append(Diagnostic(.info, "recommendations-section-empty", "recommendations heading with no items under it", page: line.page))
                continue
            }
            let records = block.items.map { Self.record($0, page: line.page) }
            let end = block.range?.upperBound ?? headingIndex + 1
            if block.items.count == 1, let only = block.items.first, only.label == nil, only.leadIn == nil,
                Self.restatesLeadIn(only.text, of: earlierLeadIns)
            {
                // "6. Recommendation(s): Cabinet is asked to note the responses, agree ..." sums
                // up in one sentence the list the report opened with.
                result.diagnostics.append(Diagnostic(.info, "recommendations-restated", "recommendations section restates an earlier list in one sentence; not counted", page: line.page))
            } else if Self.repeats(records, earlier: earlier) {
                // Reports often restate their summary recommendations in a closing section.
                result.diagnostics.append(Diagnostic(.info, "recommendations-repeated", "recommendations section repeats an earlier one; not counted twice", page: line.page))
            } else {
                for (item, record) in zip(block.items, records) {
                    result.found.append(FoundRecord(record: record, start: item.range.lowerBound))
                }
                earlier += records
                earlierLeadIns += block.items.compactMap(\.leadIn)
            }
            result.claimed.append(headingIndex..<end)
            cursor.move(to: end)
        }
        return result
    }

    /// A recommendation record from a list item: connective dropped, "It is recommended that
    /// X" split into lead-in and text, and the addressee the item names, else its lead-in's.
    package static func record(_ item: ListBlock.Item, page: Int) -> RecommendationRecord {
        var text = ListBlock.dropConnective(item.text)
        var leadIn = item.leadIn
        if leadIn == nil, let split = RecommendationText.splitRecommendedThat(text) {
            leadIn = split.leadIn
            text = split.text
        }
        let addressee = RecommendationText.itemActor(in: text)
            ?? leadIn.flatMap(RecommendationText.addressee(in:)) ?? RecommendationText.addressee(in: text)
        return RecommendationRecord(
            kind: .recommendation, label: item.label?.recordLabel, text: text, leadIn: leadIn, addressee: addressee,
            page: item.lines.first?.page ?? page, bbox: Paragraph.bbox(of: item.lines))
    }

    /// Whether most of `records` restate earlier ones: same label, nearly the same words.
    package static func repeats(_ records: [RecommendationRecord], earlier: [RecommendationRecord]) -> Bool {
        guard !records.isEmpty, !earlier.isEmpty else { return false }
        let restated = records.filter { record in
            earlier.contains { $0.label == record.label && wordOverlap($0.text, record.text) >= 0.8 }
        }
        return restated.count * 2 >= records.count
    }

    /// Whether `text` is one sentence that opens with the lead-in of an earlier list
    /// ("Cabinet is asked to note the responses, agree the changes ..." after "Cabinet is
    /// asked to:" and its items): a summary of that list, not a recommendation of its own.
    static func restatesLeadIn(_ text: String, of leadIns: [String]) -> Bool {
        let text = TextTools.squash(text).lowercased()
        let opens = leadIns.contains { leadIn in
            let leadIn = TextTools.squash(leadIn).lowercased()
            return leadIn.split(separator: " ").count >= 3 && text.hasPrefix(leadIn + " ")
        }
        guard opens else { return false }
        // One sentence: no full stop, question or exclamation mark followed by a space.
        return !(text.contains(". ") || text.contains("? ") || text.contains("! "))
    }

    /// Shared words over all words of two texts, case and punctuation ignored.
    static func wordOverlap(_ a: String, _ b: String) -> Double {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
        }
        let x = words(a), y = words(b)
        let union = x.union(y).count
        return union == 0 ? 1 : Double(x.intersection(y).count) / Double(union)
    }

    /// The section number of a recommendations heading (0 when unnumbered), or nil.
    static func headingNumber(_ line: Line) -> Int? {
        guard RecommendationText.mentionsRecommend(line.text) else { return nil }
        let text = TextTools.squash(line.text)
        if let groups = Self.bareHeading.groups(in: text) {
            return groups[1].flatMap { Int($0) } ?? 0
        }
        guard textAfterHeading(line) != nil else { return nil }
        return Self.leadingNumber.groups(in: text)?[1].flatMap { Int($0) } ?? 0
    }

    // NSRegularExpression is immutable and documented as thread-safe, so shared instances are safe.
    private static let conditions = Patterns.make(#"\b(?:following|these)\s+(?:conditions|reasons)\b"#)
    private static let bareHeading = Patterns.make(#"^(?:(\d{1,2})\.?\s+)?(?:Recommendations?|Recommendation\(s\))\s*:?$"#)
    private static let leadingNumber = Patterns.make(#"^(\d{1,2})\.?\s+"#)
    private static let headingWithText = Patterns.make(#"^(?:\d{1,2}\.?\s+)?(Recommendations|Recommendation\(s\)|Recommendation)\s*:\s*(.+)"#)

    /// The text after "Recommendation(s):" or "Recommendations:" on the heading's own line,
    /// when the heading carries its lead-in. A singular "Recommendation: That ..." is an
    /// inline recommendation instead, unless what follows opens a list.
    static func textAfterHeading(_ line: Line) -> String? {
        guard RecommendationText.mentionsRecommend(line.text) else { return nil }
        let text = TextTools.squash(line.text)
        guard let groups = Self.headingWithText.groups(in: text), let word = groups[1], let rest = groups[2] else { return nil }
        // A singular "RECOMMENDATION: It is recommended that the City Council:" over lettered
        // entries is one recommendation with parts (InlineRecommendationParser); the plural
        // heading ("Recommendations:", "Recommendation(s):") lists one recommendation an entry.
        if word.lowercased() == "recommendation" { return nil }
        return rest
    }

    /// Lead-ins that head planning conditions or reasons for refusal.
    static func listsConditions(_ leadIn: String) -> Bool {
        conditions.matches(leadIn)
    }

    package static func closes(_ line: Line, section: Int) -> Bool {
        if RecommendationText.isBoldHeading(line) && ListLabel.split(line) == nil { return true }
        if RecommendationText.isClosingHeading(line.text) { return true }
        if let number = RecommendationText.sectionHeadingNumber(line), number != section || section == 0 { return true }
        if section > 0, let split = ListLabel.split(line), split.label.form == .decimal, split.label.leadingNumber != section { return true }
        if headingNumber(line) != nil || ResolutionParser.opening(of: line) != nil { return true }
        return false
    }
}
