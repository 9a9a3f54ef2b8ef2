import Foundation
import PDFLayout

/// Reads the meeting — authority, body, date, start time, venue — from the first pages of
/// a pack.
///
/// Forms accepted, from the reference pack and the Kent and US samples:
///
///     Time and Date / 2.00 pm on Thursday, 21st July, 2016 / Place / Committee Rooms 2 and 3 - Council House
///     Date: 4 March 2025   Time: 10.00 am   Venue: Council Chamber
///     A meeting of the County Council will be held in the Council Chamber, County Hall,
///       Maidstone, Kent, ME14 1XQ on Thursday, 13th February, 2025 at 9.30 am
///     Minutes of the Meeting of Education and Children's Services Scrutiny Board (2)
///       held at 3.30 pm on Thursday, 16 June 2016
///     MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House,
///       County Hall, Maidstone on Thursday, 30 January 2025.
///     AGENDA / TUESDAY, November 1, 2022 / 7:00 P.M.   (a US agenda's title block)
///
/// When no sentence or label says it, the body is the largest heading of the first page
/// and the date the first full date near the top. Nothing is guessed beyond that: an
/// unknown field is nil.
public struct MeetingParser: Sendable {
    public init() {}

    static let heldSentence = Patterns.make(
        #"(?:minutes\s+of\s+(?:the|a)\s+(?:\w+\s+)?meeting\s+of|(?:a|the)\s+(?:\w+\s+)?meeting\s+of)\s+(?:the\s+)?(.+?)\s+(?:will\s+be\s+|to\s+be\s+|which\s+was\s+|was\s+)?held\b\s*(.*)$"#)
    static let label = Patterns.make(#"^(time\s+and\s+date|date\s+and\s+time|date|time|place|venue|location|where|when)\s*:?\s*(.*)$"#)
    static let authority = Patterns.make(
        #"\b((?i:(?:the\s+)?(?:london\s+)?borough\s+of|city\s+of|county\s+of|town\s+of|village\s+of|royal\s+borough\s+of)\s+[A-Z][\w'’.-]+(?:\s+(?:and\s+)?[A-Z][\w'’.-]+){0,3}|(?:[A-Z][\w'’.-]+\s+){1,4}(?i:city|county|borough|district|metropolitan\s+borough|town|parish|unitary|combined)\s+(?i:council)|(?:[A-Z][\w'’.-]+\s+){1,3}(?i:council)(?=\s*$))"#,
        caseInsensitive: false)
    static let venueWords = Patterns.make(
        #"\b(chamber|room|rooms|hall|house|centre|center|offices|building|civic|guildhall|library|street|road|avenue|boulevard|virtual|online|teams|zoom|suite|auditorium)\b"#)
    static let titleWords = Patterns.make(#"^(agenda|summons|minutes|notice|public\s+reports?\s+pack|supplement|a\s*g\s*e\s*n\s*d\s*a)\b"#)

    public func parse(_ lines: [Line], context: DateContext) -> Meeting? {
        let head = Array(lines.prefix(80))
        guard !head.isEmpty else { return nil }
        let texts = head.map { TextTools.squash($0.text) }
        var meeting = Meeting(page: head[0].page)

        // 1. Labelled fields: the value on the same line or the next.
        for (i, text) in texts.enumerated() {
            guard let g = MeetingParser.label.groups(in: text), let name = g[1]?.lowercased() else { continue }
            // A label line is short: "Date:" or "Time and Date"; not a sentence that starts with "Date".
            var value = g[2] ?? ""
            if value.isEmpty || head[i].segments.count == 1 && text.count <= 14 {
                if value.isEmpty, i + 1 < texts.count { value = texts[i + 1] }
            }
            guard !value.isEmpty, value.count < 160 else { continue }
            if name.contains("date") || name == "when" || name == "time" {
                let found = DateFinder.find(in: value, context: context)
                if meeting.date == nil, let d = found.first(where: { $0.date.precision == .day }) { meeting.date = d.date.value }
                if meeting.startTime == nil, let t = found.first(where: { $0.date.time != nil }) { meeting.startTime = t.date.time }
                if meeting.page == head[0].page { meeting.page = head[i].page }
            } else if meeting.venue == nil {
                meeting.venue = cleanVenue(value)
            }
        }

        // 2. "A meeting of X will be held in VENUE on DATE at TIME" / "Minutes of the meeting of X held at ...".
        let paragraphs = joinedParagraphs(head, texts)
        for paragraph in paragraphs {
            guard let g = MeetingParser.heldSentence.groups(in: paragraph.text), let body = g[1] else { continue }
            let after = g[2] ?? ""
            if meeting.body == nil { meeting.body = cleanBody(body) }
            let found = DateFinder.find(in: after, context: context)
            if meeting.date == nil, let d = found.first(where: { $0.date.precision == .day }) { meeting.date = d.date.value }
            if meeting.startTime == nil, let t = found.first(where: { $0.date.time != nil }) { meeting.startTime = t.date.time }
            if meeting.venue == nil { meeting.venue = venue(inHeldClause: after) }
            meeting.page = paragraph.page
            break
        }

        // 3. Fallbacks from the title block of the first page.
        if meeting.date == nil || meeting.startTime == nil {
            for (i, text) in texts.prefix(40).enumerated() {
                let found = DateFinder.find(in: text, context: context)
                if meeting.date == nil, let d = found.first(where: { $0.date.precision == .day }) {
                    meeting.date = d.date.value
                    if meeting.startTime == nil, let t = d.date.time { meeting.startTime = t }
                    if meeting.venue == nil { meeting.venue = venue(after: i, lines: head) }
                }
                if meeting.startTime == nil, meeting.date != nil, let t = found.first(where: { $0.date.time != nil && $0.date.value == nil }) {
                    meeting.startTime = t.date.time
                }
            }
        }
        if meeting.body == nil { meeting.body = largestHeading(head.filter { $0.page == head[0].page }) }
        meeting.authority = authority(in: texts)
        if meeting.body != nil, let authority = meeting.authority, TextTools.fold(authority) == TextTools.fold(meeting.body!) {
            meeting.body = nil
        }
        if meeting.body == nil && meeting.date == nil && meeting.venue == nil { return nil }
        return meeting
    }

    struct Paragraph {
        var text: String
        var page: Int
    }

    /// Lines joined into paragraphs where they follow closely at the same left edge.
    private func joinedParagraphs(_ lines: [Line], _ texts: [String]) -> [Paragraph] {
        var out: [Paragraph] = []
        var parts: [String] = []
        var page = lines.first?.page ?? 1
        var previous: Line? = nil
        for (line, text) in zip(lines, texts) {
            if let p = previous, line.page == p.page, line.bbox.y0 - p.bbox.y1 < max(p.bbox.height, 8) * 0.8, abs(line.bbox.x0 - p.bbox.x0) < 40 {
                parts.append(text)
            } else {
                if !parts.isEmpty { out.append(Paragraph(text: TextTools.join(parts), page: page)) }
                parts = [text]
                page = line.page
            }
            previous = line
        }
        if !parts.isEmpty { out.append(Paragraph(text: TextTools.join(parts), page: page)) }
        return out
    }

    /// A venue printed in the lines right below the date, in the same column
    /// ("Thursday, 30th January, 2025, at 10.00 am" / "Council Chamber, Sessions House,").
    private func venue(after index: Int, lines: [Line]) -> String? {
        var parts: [String] = []
        var previous = lines[index]
        var j = index + 1
        while j < lines.count, j <= index + 3, lines[j].page == previous.page,
            lines[j].bbox.y0 - previous.bbox.y1 < max(previous.bbox.height, 8) * 0.8,
            abs(lines[j].bbox.x0 - lines[index].bbox.x0) < 6
        {
            let first = TextTools.squash(lines[j].segments.first?.text ?? "")
            if parts.isEmpty && !MeetingParser.venueWords.matches(first) { break }
            if first.hasSuffix(":") { break }
            parts.append(first)
            previous = lines[j]
            j += 1
        }
        return parts.isEmpty ? nil : cleanVenue(TextTools.join(parts))
    }

    /// The venue in "held in the Council Chamber, County Hall, Maidstone on Thursday, ...".
    private func venue(inHeldClause clause: String) -> String? {
        let trimmed = TextTools.squash(clause)
        guard let g = Patterns.make(#"^(?:at\s+\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s+)?(?:in|at)\s+(?:the\s+)?(.+?)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)"#).groups(in: trimmed),
            let v = g[1]
        else { return nil }
        if Patterns.make(#"^\d{1,2}[.:]\d{2}"#).matches(v) { return nil }
        return cleanVenue(v)
    }

    private func cleanVenue(_ s: String) -> String? {
        var v = TextTools.squash(s).trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:"))
        if v.lowercased().hasPrefix("the ") { v = String(v.dropFirst(4)) }
        return v.isEmpty ? nil : v
    }

    private func cleanBody(_ s: String) -> String? {
        let b = TextTools.squash(s).trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:"))
        return b.isEmpty || b.count > 120 ? nil : b
    }

    /// The largest text near the top of the first page that is not "Agenda" or the authority.
    private func largestHeading(_ lines: [Line]) -> String? {
        let candidates = lines.prefix(25).filter { line in
            let t = TextTools.squash(line.text)
            return t.count > 3 && t.contains(where: \.isLetter) && !MeetingParser.titleWords.matches(t)
                && DateFinder.find(in: t, context: DateContext()).isEmpty && MeetingParser.authority.groups(in: t) == nil
        }
        guard let size = candidates.map(\.fontSize).max(), size >= 12 else { return nil }
        let biggest = candidates.filter { abs($0.fontSize - size) < 0.6 }
        guard let first = biggest.first else { return nil }
        // Join a heading that wraps onto a second line right below.
        var parts = [TextTools.squash(first.text)]
        for line in biggest.dropFirst() where line.page == first.page && line.bbox.y0 - first.bbox.y1 < size * 1.6 * Double(parts.count) {
            parts.append(TextTools.squash(line.text))
        }
        return cleanBody(TextTools.join(parts))
    }

    /// The authority's name: "Coventry City Council", "Kent County Council", "City of Gardena".
    func authority(in texts: [String]) -> String? {
        for text in texts {
            guard let g = MeetingParser.authority.groups(in: text), var name = g[1] else { continue }
            name = TextTools.squash(name)
            let lower = name.lowercased()
            if lower.hasPrefix("the ") { name = String(name.dropFirst(4)) }
            // "the County Council" names a body, not an authority; a name needs a proper noun first.
            let firstWord = name.split(separator: " ").first.map(String.init) ?? ""
            if ["County", "City", "Borough", "District", "Town", "Parish", "Full", "Cabinet", "All"].contains(firstWord) && !lower.contains(" of ") { continue }
            return name
        }
        return nil
    }
}
