/// Recommendations sections of reports and briefing notes: one record per numbered item.
///
/// Grammar:
///
///     section = heading body
///     heading = [number ["."]] ("Recommendation" | "Recommendations" | "Recommendation(s)") [":"]
///               alone on its line, any case
///     body    = ListBlock (lead-ins and items, see `ListBlock`), read until a closing line
///     closing = a bold heading, a numbered section heading ("3 Background"), a decimal
///               paragraph of another section ("3.1"), or a known heading such as
///               "Appendices", "Background Documents", "Report Author(s)", "Contact"
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
struct RecommendationsSectionParser {
    /// Longest body read after a heading; a longer run is reported, not swallowed.
    var maximumLines = 80

    func parse(_ lines: [Line]) -> ParseResult {
        var result = ParseResult()
        var cursor = LineCursor(lines)
        while let line = cursor.current {
            guard let sectionNumber = Self.headingNumber(line) else {
                cursor.advance()
                continue
            }
            let headingIndex = cursor.index
            cursor.advance()
            var paragraphs: [Paragraph] = []
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
            let block = ListBlock(paragraphs)
            if block.items.isEmpty {
                result.diagnostics.append(Diagnostic(.info, "recommendations-section-empty", "recommendations heading with no items under it", page: line.page))
                continue
            }
            for item in block.items {
                let addressee = item.leadIn.flatMap(RecommendationText.addressee(in:)) ?? RecommendationText.addressee(in: item.text)
                let record = RecommendationRecord(
                    kind: .recommendation, label: item.label?.printed, text: item.text, leadIn: item.leadIn, addressee: addressee,
                    page: item.lines.first?.page ?? line.page, bbox: RecommendationText.bbox(of: item.lines))
                result.found.append(Found(record: record, start: item.range.lowerBound))
            }
            let end = block.range?.upperBound ?? headingIndex + 1
            result.claimed.append(headingIndex..<end)
            cursor.move(to: end)
        }
        return result
    }

    /// The section number of a recommendations heading (0 when unnumbered), or nil.
    static func headingNumber(_ line: Line) -> Int? {
        let text = RecommendationText.collapse(line.text)
        guard let match = text.wholeMatch(of: /(?:(\d{1,2})\.?\s+)?(?:Recommendations?|Recommendation\(s\))\s*:?/.ignoresCase()) else { return nil }
        return match.1.flatMap { Int($0) } ?? 0
    }

    static func closes(_ line: Line, section: Int) -> Bool {
        if RecommendationText.isBoldHeading(line) && ListLabel.split(line) == nil { return true }
        if RecommendationText.isClosingHeading(line.text) { return true }
        if let number = RecommendationText.sectionHeadingNumber(line), number != section || section == 0 { return true }
        if section > 0, let split = ListLabel.split(line), split.label.form == .decimal, split.label.leadingNumber != section { return true }
        if headingNumber(line) != nil { return true }
        return false
    }
}
