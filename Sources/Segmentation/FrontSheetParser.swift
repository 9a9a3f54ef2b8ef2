import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// Reads the numbered agenda items of a front sheet.
///
/// Grammar (over layout lines, in reading order):
///
///     heading   := "Public Business" | "Private Business" | "Part 1" | "Part 2" | "Part A" | "Part B"
///                | "UNRESTRICTED ITEMS" | "EXEMPT ITEMS" | "Open Session" | "Closed Session" ...
///     item      := number title-line+ [range] sub-item* [description] other-line*
///     number    := "3" | "3." | "3)" | "Item 3" | "Item 3." | "3:"   (then the title, in the same
///                  segment or the next one)
///     sub-item  := ("a)" | "(a)" | "a.") title-line+ [range]
///     range     := "(Pages 7 - 50)" | "(Page 5)" | "Pages 7 - 50", anywhere in the title lines,
///                  often right-aligned or on the title's last line
///     description := ("Report of" | "Briefing Note of" | "Joint Report of" | "Report from" ...) line+
///
/// The items are the longest run of consecutive numbers at one left position, so numbered
/// notes ("Notes: 1) The person to contact ...") and numbered paragraphs of other kinds
/// (a US agenda's "1. PARTICIPATE BEFORE THE MEETING" instructions) do not become items.
///
/// Built on the Coventry front sheet (reference text):
///
///     Public Business
///     1. Apologies and Substitutions
///     3. Minutes (Pages 3 - 6)
///        a) To agree the minutes of the meeting held on 16th June, 2016
///        b) Matters Arising
///     4. Serious Case Review (Pages 7 - 50)
///        Report of the Independent Chair of the Local Safeguarding Children's Board (LSCB)
///
/// and Kent's ("5. ┃ 24/00108 - Revenue and Capital Budget Monitoring Report – November
/// 2024-25" / "(Pages 11 - 84)" on the next line, "UNRESTRICTED ITEMS", "EXEMPT ITEMS").
public struct FrontSheetParser: Sendable {
    public init() {}

    public struct Item: Sendable, Equatable {
        public var number: String
        public var parentNumber: String?
        public var title: String
        public var description: String?
        public var printedPages: PageSpan?
        public var business: AgendaItemRecord.Business
        public var page: Int
        public var bbox: Rect
    }

    public struct Result: Sendable {
        public var items: [Item]
        public var diagnostics: [Diagnostic]
        /// Where an agenda laid out as a table stands, page by page (its header and rows):
        /// the agenda itself, whose rows are the items, not a data table.
        package var agendaTable: [(page: Int, box: Rect)] = []
    }

    // MARK: Patterns

    /// "5.0 CONSENT CALENDAR" (an item) and "5.1 Minutes of ..." (its sub-item), US style.
    package static let decimal = Patterns.make(#"^(?:item\s+)?(?<major>\d{1,2})\.(?<minor>\d{1,2})\.?\s+(?<title>\S.*)$"#)
    package static let number = Patterns.make(#"^(?:item\s+)?(?<number>\d{1,2})(?:[.:)]|\.(?=\S))?(?:\s+|$)(?<title>.*)$"#)
    static let monthAfterNumber = Patterns.make(
        #"^(?:st|nd|rd|th)?\s*(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\b\.?(?:\s+\d{2,4}\b|,|\s*$)"#)
    package static let subItem = Patterns.make(#"^(?:\((?<parenthesised>[a-z]|i{1,3}|iv|v|vi)\)|(?<closing>[a-z])\)|(?<dotted>[a-z])\.(?=\s))\s*(?<title>.*)$"#)
    package static let range = Patterns.make(#"\(?\bpages?\s+(?<first>\d{1,4})(?:\s*(?:-|–|—|to)\s*(?<last>\d{1,4}))?\s*\)?"#)
    package static let description = Patterns.make(
        #"^(?:(?:joint|covering|verbal|oral)\s+)?(?:report|briefing\s+note|briefing\s+paper|briefing|note|presentation|memorandum|update|letter)s?\s+(?:of|from|by)\s+\S"#)
    /// A run-in label such as "RECOMMENDATION:" that starts the text under an item, not its title.
    static let upperLabel = Patterns.make(#"^(?:[A-Z][A-Z /'’&-]{3,40}|(?:[A-Z][\w'’]*\s+){0,3}(?:Recommendations?|Action|Motion|Notes?|Summary|Purpose|Contact|Report|Presenter|Attachments?|Fiscal\s+Impact)):"#, caseInsensitive: false)
    static let privateHeading = Patterns.make(
        #"^(?:\d{1,2}\.?\s+)?(?:private\s+business|part\s+(?:2|ii|b|two)\b|exempt\s+items|confidential\s+items|closed\s+session|items?\s+(?:likely\s+to\s+be\s+)?(?:considered|taken)\s+in\s+private|restricted\s+items|not\s+for\s+publication)"#)
    static let sessionHeading = Patterns.make(#"^closed\s+session\b"#)
    /// Matters that are heard in closed session by their nature (California's Brown Act and
    /// the like): conferences with counsel or negotiators, personnel matters.
    package static let closedMatter = Patterns.make(#"^(?:conference\s+with\s+(?:legal\s+counsel|labor\s+negotiators?|real\s+property\s+negotiators?)|public\s+employee\s+(?:performance|discipline|appointment|employment|evaluation)|(?:anticipated|existing)\s+litigation\b)"#)
    static let adjournToClosed = Patterns.make(#"\badjourn(?:ed|ment)?\s+(?:in)?to\s+closed\s+session\b"#)
    static let publicHeading = Patterns.make(
        #"^(?:\d{1,2}\.?\s+)?(?:public\s+business|part\s+(?:1|i|a|one)\b|unrestricted\s+items|open\s+session|items?\s+(?:to\s+be\s+)?(?:considered|taken)\s+in\s+public)"#)

    // MARK: Parsing

    package struct Candidate {
        package var index: Int
        package var value: Int
        package var x: Double
        package var rest: String
    }

    public func parse(_ lines: [Line]) -> Result {
        var diagnostics: [Diagnostic] = []
        let texts = lines.map { TextTools.squash($0.text) }

        // 1. Candidate item lines.
        var candidates: [Candidate] = []
        for (i, text) in texts.enumerated() {
            if let d = FrontSheetParser.decimal.match(in: text), let n = d["major"].flatMap({ Int($0) }), d["minor"] == "0" || d["minor"] == "00", let rest = d["title"] {
                if rest.first?.isLetter == true { candidates.append(Candidate(index: i, value: n, x: lines[i].bbox.x0, rest: rest)) }
                continue
            }
            guard let g = FrontSheetParser.number.match(in: text), let n = g["number"].flatMap({ Int($0) }) else { continue }
            let rest = g["title"] ?? ""
            if FrontSheetParser.monthAfterNumber.matches(rest) { continue }
            // A bare number on its own line: the title is on the next line at the same height only.
            guard let first = rest.first, first.isLetter || first.isNumber || "\"'‘“(".contains(first) || rest.isEmpty else { continue }
            if rest.isEmpty && lines[i].segments.count < 2 { continue }
            candidates.append(Candidate(index: i, value: n, x: lines[i].bbox.x0, rest: rest))
        }

        // 2. The longest run of consecutive numbers at one left position.
        var best: [Candidate] = []
        var runs: [[Candidate]] = []
        for c in candidates {
            if let r = runs.lastIndex(where: { run in
                let last = run.last!
                return last.value + 1 == c.value && abs(last.x - c.x) < 9
            }) {
                runs[r].append(c)
            } else {
                runs.append([c])
            }
        }
        for run in runs {
            let score = run.count * 2 + (run.contains { FrontSheetParser.range.matches(texts[$0.index]) } ? 1 : 0)
            let bestScore = best.count * 2 + (best.contains { FrontSheetParser.range.matches(texts[$0.index]) } ? 1 : 0)
            if score > bestScore { best = run }
        }
        // A single item counts only with a printed page range (a supplement's covering letter).
        let hasRange = best.count == 1 && texts[best[0].index..<min(texts.count, best[0].index + 3)].contains { FrontSheetParser.range.matches($0) }
        if best.count < 2 && !hasRange {
            return Result(items: [], diagnostics: diagnostics)
        }

        // 3. Business headings before each item.
        let businessAt = FrontSheetParser.businessByLine(lines, itemLines: Set(best.map(\.index)))

        // 4. Each item's block: from its line to the next item's.
        var items: [Item] = []
        // An item that is itself the heading ("11. CLOSED SESSION") is private, with what follows.
        for (k, c) in best.enumerated() {
            let end = k + 1 < best.count ? best[k + 1].index : blockEnd(after: c.index, lines: lines, texts: texts)
            items.append(contentsOf: readItem(c, end: end, lines: lines, business: businessAt[c.index], diagnostics: &diagnostics))
        }
        return Result(items: items, diagnostics: diagnostics)
    }

    /// Public or private business for each line: set by the headings above it ("PART 2",
    /// "EXEMPT ITEMS", "CLOSED SESSION"); an item that is itself such a heading ("11. CLOSED
    /// SESSION") is private on its own.
    static func businessByLine(_ lines: [Line], itemLines: Set<Int>) -> [AgendaItemRecord.Business] {
        var businessAt = [AgendaItemRecord.Business](repeating: .public, count: lines.count)
        var current = AgendaItemRecord.Business.public
        for (i, line) in lines.enumerated() {
            let text = TextTools.squash(line.text)
            if itemLines.contains(i) {
                businessAt[i] = privateHeading.matches(text) ? .private : current
                continue
            }
            // A US session heading ("CLOSED SESSION - 5:00 p.m.") schedules the session; its
            // first items (call to order, roll call, public comment, adjourn to closed
            // session) are public. The items that are themselves closed say so.
            if privateHeading.matches(text) && !sessionHeading.matches(text) { current = .private }
            else if publicHeading.matches(text) { current = .public }
            businessAt[i] = current
        }
        return businessAt
    }

    /// Where the last item's block ends: at a business heading or a wide vertical gap
    /// followed by text back at the margin, or after a modest number of lines.
    private func blockEnd(after start: Int, lines: [Line], texts: [String]) -> Int {
        var i = start + 1
        while i < lines.count && i < start + 12 {
            if FrontSheetParser.privateHeading.matches(texts[i]) || FrontSheetParser.publicHeading.matches(texts[i]) { return i }
            if lines[i].page != lines[start].page { return i }
            i += 1
        }
        return i
    }

    private func isHeading(_ text: String) -> Bool {
        FrontSheetParser.privateHeading.matches(text) || FrontSheetParser.publicHeading.matches(text)
    }

    private func readItem(_ c: Candidate, end: Int, lines: [Line], business: AgendaItemRecord.Business,
                          diagnostics: inout [Diagnostic]) -> [Item] {
        let first = lines[c.index]
        // The title starts after the number: in the same segment, or in the next segment.
        var titleX = first.bbox.x0 + 20
        if first.segments.count >= 2, FrontSheetParser.number.match(in: first.segments[0].text)?["title"]?.isEmpty ?? false {
            titleX = first.segments[1].bbox.x0
        }
        let lineHeight = max(first.bbox.height, first.fontSize * 1.1)
        // A row of an agenda laid out as a table (no header row naming its columns): the
        // title is its own column's text, and its wrapped lines keep left of the next column.
        let row = OutlineLabel(TextTools.squash(first.text), firstSegment: first.segments.first.map { TextTools.squash($0.text) })
            .flatMap { OutlineFormat.tableRow($0, line: first) }
        let titleBold = row?.bold ?? first.bold
        var cursor = LineCursor(lines, at: c.index + 1, end: end)
        // Title continuation: close below, indented to the title, same weight, not a sub-item or
        // description. A printed range closes the title ("3. Minutes (Pages 3 - 4)").
        // A short line ending in its range is complete; a full line may wrap after the range.
        let closed = first.bbox.x1 < first.pageWidth * 0.7 && first.segments.contains { segment in
            let (rest, range) = splitRange(TextTools.squash(segment.text))
            return range != nil && !rest.isEmpty && FrontSheetParser.number.match(in: rest)?["title"]?.isEmpty != true
        }
        let titleLines = closed ? [] : cursor.take { line, previous in
            let text = TextTools.squash(line.text)
            // Line boxes can be taller than the line pitch (a form field's text): the step
            // between tops says where a blank line parts the title from what follows.
            guard let previous, line.page == previous.page, line.gap(below: previous) <= lineHeight * 0.6,
                line.bbox.y0 - previous.bbox.y0 <= previous.fontSize * 1.5, line.bbox.x0 >= titleX - 4,
                !isHeading(text), !FrontSheetParser.upperLabel.matches(text), !FrontSheetParser.decimal.matches(text),
                !FrontSheetParser.subItem.matches(text), !FrontSheetParser.description.matches(text)
            else { return false }
            if let row, TableAgendaFormat.purpose.matches(OutlineFormat.titlePart(line, edge: row.edge).text) { return false }
            // Plain text under a bold title is explanation, not title; the other way round
            // (a plain first line going on in bold, as Kent's covering letters print) is title.
            return !titleBold || OutlineFormat.titlePart(line, edge: row?.edge).bold || FrontSheetParser.range.matches(text)
        }
        var box = titleLines.reduce(first.bbox) { $0.union($1.bbox) }
        var (title, printed) = splitRange(TextTools.join([row?.title ?? c.rest] + titleLines.map { OutlineFormat.titlePart($0, edge: row?.edge).text }))
        // A range on its own line after a gap (right-aligned on the next line).
        if printed == nil, let line = cursor.current, let r = wholeRange(TextTools.squash(line.text)) {
            printed = r
            box = box.union(line.bbox)
            cursor.advance()
        }
        if let p = printed, p.last < p.first {
            diagnostics.append(Diagnostic(.warning, "range-reversed", "item \(c.value): printed range \(p.first) - \(p.last) runs backwards", page: first.page))
            printed = nil
        }
        var item = Item(number: String(c.value), parentNumber: nil, title: title, description: nil, printedPages: printed,
                        business: business, page: first.page, bbox: box)
        var subItems: [Item] = []

        // The rest of the block: sub-items and the description.
        while let line = cursor.current {
            let text = TextTools.squash(line.text)
            cursor.advance()
            // A sub-item ("4.1 …" under item 4, or "a) …" indented under it) runs on over the
            // lines close below it and indented past its label, up to the next label of its kind.
            if let sub = subItem(text, of: c.value, at: line.bbox.x0, itemX: first.bbox.x0, titleX: titleX) {
                let more = cursor.take { next, previous in
                    let t = TextTools.squash(next.text)
                    guard let previous else { return false }
                    return next.page == previous.page && next.gap(below: previous) <= lineHeight * 0.6 && !sub.next.matches(t)
                        && !FrontSheetParser.upperLabel.matches(t) && !FrontSheetParser.description.matches(t) && next.bbox.x0 > line.bbox.x0 + 2
                }
                let (subTitle, subRange) = splitRange(TextTools.join([sub.rest] + more.map { TextTools.squash($0.text) }))
                subItems.append(Item(number: sub.number, parentNumber: String(c.value), title: subTitle, description: nil, printedPages: subRange,
                                     business: business, page: line.page, bbox: more.reduce(line.bbox) { $0.union($1.bbox) }))
                continue
            }
            // The description ("Report of …") runs on over the lines close below it at its margin.
            if item.description == nil, FrontSheetParser.description.matches(text) {
                let more = cursor.take { next, previous in
                    guard let previous else { return false }
                    return next.page == previous.page && next.gap(below: previous) <= lineHeight * 0.9 && abs(next.bbox.x0 - line.bbox.x0) < 6
                        && !FrontSheetParser.subItem.matches(TextTools.squash(next.text))
                }
                let (described, range) = splitRange(TextTools.join(([line] + more).map { OutlineFormat.titlePart($0, edge: row?.edge).text }))
                item.description = described
                if item.printedPages == nil { item.printedPages = range }
            }
        }
        return [item] + subItems
    }

    /// A sub-item's label on a line of item `parent`'s block: "4.1" (decimal, under item 4)
    /// or "a)", "(a)", "a." set in from the item's number. Gives the sub-item's number, the
    /// text after the label and the pattern of the labels that end it (its siblings).
    private func subItem(_ text: String, of parent: Int, at x: Double, itemX: Double, titleX: Double)
        -> (number: String, rest: String, next: NSRegularExpression)?
    {
        if let d = FrontSheetParser.decimal.match(in: text), d["major"].flatMap({ Int($0) }) == parent, let minor = d["minor"].flatMap({ Int($0) }), minor > 0,
            let rest = d["title"]
        {
            return ("\(parent).\(minor)", rest, FrontSheetParser.decimal)
        }
        if let g = FrontSheetParser.subItem.match(in: text), x >= itemX + 4 || x >= titleX - 4 {
            let letter = (g["parenthesised"] ?? g["closing"] ?? g["dotted"] ?? "").lowercased()
            return ("\(parent)\(letter)", g["title"] ?? "", FrontSheetParser.subItem)
        }
        return nil
    }

    /// Splits a printed page range out of a title: "Minutes (Pages 3 - 6)" gives "Minutes" and 3...6.
    func splitRange(_ text: String) -> (String, PageSpan?) {
        guard let m = FrontSheetParser.range.match(in: text), let whole = m.range, let first = m["first"].flatMap({ Int($0) }) else { return (text, nil) }
        // "Pages" must be a range marker, not a word of the title: require the parenthesis or the line end.
        let matched = String(text[whole])
        let atEnd = text[whole.upperBound...].trimmingWhitespace().isEmpty
        guard matched.hasPrefix("(") || atEnd else { return (text, nil) }
        var last = first
        if let l = m["last"].flatMap({ Int($0) }) { last = l }
        var title = text
        title.removeSubrange(whole)
        title = TextTools.squash(title).trimming(scalarsIn: " -–,")
        return (title, PageSpan(first: first, last: last))
    }

    /// A line that is nothing but a page range.
    func wholeRange(_ text: String) -> PageSpan? {
        let (rest, range) = splitRange(text)
        return rest.isEmpty ? range : nil
    }
}
