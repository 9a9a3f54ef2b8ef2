import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Decisions in decision notices and records of decision.
///
/// Grammar:
///
///     decision  = ("Decision" | "DECISION") ":" [text] [body]
///               | "I agree" | "I have agreed" | "I have decided" | "I approve" ...
///                 (only in a decision notice: the document kind is decision_notice, or a
///                 line reads "RECORD OF DECISION", "DECISION NOTICE" or "Decision taken by")
///     body      = ListBlock read until a bold heading or "Reason(s) for decision"
///     maker     = "Decision taken by:" | "DECISION TO BE TAKEN BY:" | "Decision maker:"
///                 followed by the name on the same line, in the next segment, or in the
///                 next line under the label (a two-column header)
///     number    = "Decision No:" / "DECISION NO:" with "24/00096" beside or under it
///     date      = "Date of decision:" / "Decision date:" with "30 January 2025", or
///                 "date: 14/02/2025" beside "signed"
///     maker     = also "As Cabinet Member for Education and Skills, I agree to:"
///
/// "Key decision: YES", "Decision no: 24/00109" in a report's cover and "The decision
/// will:" are not decisions. The decision maker and date are the nearest ones before
/// the decision, else the first after it. The date is kept only when it is plainly
/// day-month-year: a day, a month name and a year, or a numeric date whose first number
/// is over 12; "03/04/2025" is left to the date parser. The outcome is agreed when the
/// lead-in or text says "agree", "approve" and the like, and none on a PROPOSED record of
/// decision, which is yet to be taken.
///
/// Excerpt (Kent proposed record of decision 24/00096, 30 January 2025):
///
///     DECISION TO BE TAKEN BY: ┃ DECISION NO:
///     Cabinet ┃ 24/00096
///     ...
///     Decision:
///     Cabinet agree to:
///     A) the Commissioning Plan for Education Provision in Kent 2025-29
///     Reason(s) for decision:
struct DecisionParser {
    package var documentKind: String?

    package func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        let mentions = lines.filter { TextTools.containsAny($0.text, ["ecision", "ECISION"]) }
        let notice = documentKind == "decision_notice" || mentions.contains { Self.isNoticeMarker($0.text) }
        // A proposed record sets out a decision still to be taken: it has no outcome yet.
        let proposed = mentions.contains { RecommendationPatterns.proposedRecord.matches($0.text) }
        let makers = Self.fieldValues(in: lines, label: RecommendationPatterns.makerLabel)
        let numbers = Self.fieldValues(in: lines, label: RecommendationPatterns.numberLabel)
        let dates = Self.fieldValues(in: lines, label: RecommendationPatterns.dateLabel)
            + Self.signedDates(in: lines)
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            let start = cursor.index
            let raw = line.text
            let candidate = raw.hasPrefix("Decision") || raw.hasPrefix("DECISION") || (notice && (raw.hasPrefix("I ") || raw.hasPrefix("As ")))
            let text = candidate ? TextTools.squash(raw) : ""
            let headed = candidate ? Self.headed.range(in: text) : nil
            let personal = candidate && notice && Self.personalDecision.matches(text)
            guard headed != nil || personal else {
                cursor.advance()
                continue
            }
            let closes: (Line) -> Bool = {
                RecommendationText.isBoldHeading($0) || RecommendationText.isClosingHeading($0.text) || $0.text.hasPrefix("Decision:")
            }
            var paragraphs: [Paragraph] = []
            if let headed, headed.upperBound == text.endIndex {
                cursor.advance()  // "Decision:" alone: the body follows
            } else if var first = cursor.readParagraph(stop: closes) {
                if let headed { first.text = String(first.text.dropFirst(text[headed].count)) }
                paragraphs.append(first)
            }
            while let next = cursor.current, !closes(next), paragraphs.count < 40 {
                guard let paragraph = cursor.readParagraph(stop: closes) else { break }
                paragraphs.append(paragraph)
            }
            let block = ListBlock(paragraphs)
            let role = paragraphs.lazy.compactMap { RecommendationPatterns.personalRole.groups(in: $0.text)?[1] }.first
            let maker = Self.nearest(makers, to: start) ?? role
            let number = Self.nearest(numbers, to: start)
            let date = Self.nearest(dates, to: start).flatMap(Self.isoDate)
            for item in block.items {
                let decidedBy = maker ?? item.leadIn.flatMap(ResolutionParser.actor(in:))
                let label = item.label?.recordLabel ?? (block.items.count == 1 ? number : nil)
                let text = ListBlock.dropConnective(item.text)
                let outcome = proposed ? nil : item.leadIn.flatMap(ResolutionParser.outcome(in:)) ?? ResolutionParser.outcome(in: text)
                    ?? (RecommendationPatterns.agreeWord.matches(item.leadIn ?? text) ? .agreed : nil)
                let record = RecommendationRecord(
                    kind: .decision, label: label, text: text, leadIn: item.leadIn, addressee: nil,
                    outcome: outcome, decidedBy: decidedBy, date: date, page: item.lines.first?.page ?? line.page, bbox: Paragraph.bbox(of: item.lines))
                result.found.append(FoundRecord(record: record, start: item.range.lowerBound))
            }
            if block.items.isEmpty {
                result.diagnostics.append(Diagnostic(.warning, "decision-without-text", "a decision heading with no decision under it", page: line.page))
            }
            let end = max(cursor.index, block.range?.upperBound ?? start + 1)
            result.claimed.append(start..<end)
            cursor.move(to: end)
        }
        return result
    }

    // NSRegularExpression is immutable and documented as thread-safe, so one shared instance is safe.
    package static let headed = Patterns.make(#"^(?:Decision|DECISION)\s*:\s*"#, caseInsensitive: false)

    /// "I agree", "As Cabinet Member for ..., I have decided" at the start of a line.
    // NSRegularExpression is immutable and documented as thread-safe, so one shared instance is safe.
    static let personalDecision = Patterns.make(
        #"^(?:As\s+[^,]{3,80},\s+)?I\s+(?:agree|approve|have\s+agreed|have\s+decided|have\s+approved|hereby\s+agree|decide)\b"#, caseInsensitive: false)

    /// "signed ┃ date: 14/02/2025": the date written beside the signature of a record.
    static func signedDates(in lines: [Line]) -> [(index: Int, value: String)] {
        lines.enumerated().compactMap { index, line in
            guard line.segments.contains(where: { $0.text.count <= 12 && $0.text.trimmingWhitespace().lowercased() == "signed" }),
                let segment = line.segments.first(where: { $0.text.lowercased().hasPrefix("date:") })
            else { return nil }
            let value = segment.text.dropFirst(5).trimmingWhitespace()
            return value.isEmpty ? nil : (index, value)
        }
    }

    static func isNoticeMarker(_ text: String) -> Bool {
        RecommendationPatterns.noticeMarker.matches(text)
    }

    /// Values of a labelled field, by line index: "Label: value", "Label: ┃ value", or a
    /// label segment with its value in the next line's segment under it.
    static func fieldValues(in lines: [Line], label: NSRegularExpression) -> [(index: Int, value: String)] {
        var values: [(Int, String)] = []
        for (index, line) in lines.enumerated() {
            for (position, segment) in line.segments.enumerated() {
                let raw = segment.text
                // Every label opens with "Decision" or "Date": settle other segments by their first letter.
                guard let first = raw.first(where: { !$0.isWhitespace }), first == "D" || first == "d" else { continue }
                let text = TextTools.squash(raw)
                guard let match = label.range(in: text) else { continue }
                let rest = String(text[match.upperBound...]).trimmingWhitespace()
                if !rest.isEmpty {
                    values.append((index, rest))
                } else if position + 1 < line.segments.count, !line.segments[position + 1].text.hasSuffix(":") {
                    values.append((index, TextTools.squash(line.segments[position + 1].text)))
                } else if index + 1 < lines.count,
                    let under = lines[index + 1].segments.first(where: { $0.bbox.x0 < segment.bbox.x1 && $0.bbox.x1 > segment.bbox.x0 })
                {
                    values.append((index, TextTools.squash(under.text)))
                }
            }
        }
        return values
    }

    /// The value nearest before `index`, else the first after it.
    package static func nearest(_ values: [(index: Int, value: String)], to index: Int) -> String? {
        values.last(where: { $0.index <= index })?.value ?? values.first?.value
    }

    /// "30 January 2025", "21st July, 2016", "14/02/2025" as ISO; nil for anything else,
    /// and for "03/04/2025", which could be either day-month or month-day.
    static func isoDate(_ text: String) -> String? {
        if let m = RecommendationPatterns.numericDate.groups(in: text), let day = m[1].flatMap({ Int($0) }), let month = m[2].flatMap({ Int($0) }),
            let year = m[3], day > 12, day <= 31, (1...12).contains(month)
        {
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        guard let m = RecommendationPatterns.wordDate.groups(in: text), let day = m[1].flatMap({ Int($0) }),
            let name = m[2], let month = months.firstIndex(of: name.lowercased()), let year = m[3], (1...31).contains(day)
        else { return nil }
        return "\(year)-\(month + 1 < 10 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
    }
}
