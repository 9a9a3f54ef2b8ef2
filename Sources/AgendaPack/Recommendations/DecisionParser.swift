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
///     date      = "Date of decision:" / "Decision date:" with "30 January 2025"
///
/// "Key decision: YES", "Decision no: 24/00109" in a report's cover and "The decision
/// will:" are not decisions. The decision maker and date are the nearest ones before
/// the decision, else the first after it. The date is kept only when it is plainly a day,
/// a month name and a year; numeric dates are left to the date parser.
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
    var documentKind: String?

    func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        let notice = documentKind == "decision_notice" || lines.contains { Self.isNoticeMarker($0.text) }
        let makers = Self.fieldValues(in: lines, label: /(?i)^(?:decision\s+(?:to\s+be\s+)?taken\s+by|decision[- ]?maker|decision\s+made\s+by)\s*:?\s*/)
        let numbers = Self.fieldValues(in: lines, label: /(?i)^(?:decision\s+(?:no\b\.?|number|ref(?:erence)?\b)\s*:?)\s*/)
        let dates = Self.fieldValues(in: lines, label: /(?i)^(?:date\s+of\s+decision|decision\s+date|date\s+decision\s+(?:taken|made))\s*:?\s*/)
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            let start = cursor.index
            let text = RecommendationText.collapse(line.text)
            let headed = text.prefixMatch(of: /(?:Decision|DECISION)\s*:\s*/)
            let personal = notice && text.prefixMatch(of: /I\s+(?:agree|approve|have\s+agreed|have\s+decided|have\s+approved|hereby\s+agree|decide)\b/) != nil
            guard headed != nil || personal else {
                cursor.advance()
                continue
            }
            let closes: (Line) -> Bool = {
                RecommendationText.isBoldHeading($0) || RecommendationText.isClosingHeading($0.text) || $0.text.hasPrefix("Decision:")
            }
            var paragraphs: [Paragraph] = []
            if let headed, headed.range.upperBound == text.endIndex {
                cursor.advance()  // "Decision:" alone: the body follows
            } else if var first = cursor.readParagraph(stop: closes) {
                if let headed { first.text = String(first.text.dropFirst(headed.0.count)) }
                paragraphs.append(first)
            }
            while let next = cursor.current, !closes(next), paragraphs.count < 40 {
                guard let paragraph = cursor.readParagraph(stop: closes) else { break }
                paragraphs.append(paragraph)
            }
            let block = ListBlock(paragraphs)
            let maker = Self.nearest(makers, to: start)
            let number = Self.nearest(numbers, to: start)
            let date = Self.nearest(dates, to: start).flatMap(Self.isoDate)
            for item in block.items {
                let decidedBy = maker ?? item.leadIn.flatMap(ResolutionParser.actor(in:))
                let label = item.label?.printed ?? (block.items.count == 1 ? number : nil)
                let record = RecommendationRecord(
                    kind: .decision, label: label, text: item.text, leadIn: item.leadIn, addressee: nil,
                    outcome: nil, decidedBy: decidedBy, date: date, page: item.lines.first?.page ?? line.page, bbox: RecommendationText.bbox(of: item.lines))
                result.found.append(Found(record: record, start: item.range.lowerBound))
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

    static func isNoticeMarker(_ text: String) -> Bool {
        text.firstMatch(of: /(?i)\b(?:record\s+of\s+(?:executive\s+)?decision|decision\s+notice|decision\s+taken\s+by)\b/) != nil
    }

    /// Values of a labelled field, by line index: "Label: value", "Label: ┃ value", or a
    /// label segment with its value in the next line's segment under it.
    static func fieldValues(in lines: [Line], label: Regex<Substring>) -> [(index: Int, value: String)] {
        var values: [(Int, String)] = []
        for (index, line) in lines.enumerated() {
            for (position, segment) in line.segments.enumerated() {
                let text = RecommendationText.collapse(segment.text)
                guard let match = text.prefixMatch(of: label) else { continue }
                let rest = String(text[match.range.upperBound...]).trimmingCharacters(in: .whitespaces)
                if !rest.isEmpty {
                    values.append((index, rest))
                } else if position + 1 < line.segments.count, !line.segments[position + 1].text.hasSuffix(":") {
                    values.append((index, RecommendationText.collapse(line.segments[position + 1].text)))
                } else if index + 1 < lines.count,
                    let under = lines[index + 1].segments.first(where: { $0.bbox.x0 < segment.bbox.x1 && $0.bbox.x1 > segment.bbox.x0 })
                {
                    values.append((index, RecommendationText.collapse(under.text)))
                }
            }
        }
        return values
    }

    /// The value nearest before `index`, else the first after it.
    static func nearest(_ values: [(index: Int, value: String)], to index: Int) -> String? {
        values.last(where: { $0.index <= index })?.value ?? values.first?.value
    }

    /// "30 January 2025", "21st July, 2016" as ISO; anything else nil.
    static func isoDate(_ text: String) -> String? {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        guard let m = text.firstMatch(of: /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+),?\s+(\d{4})\b/),
            let day = Int(m.1), let month = months.firstIndex(of: m.2.lowercased()), (1...31).contains(day)
        else { return nil }
        return "\(m.3)-\(month + 1 < 10 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
    }
}
