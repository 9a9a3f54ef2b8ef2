import Contract
import Foundation
import LayoutModel
import Parsing

/// An agenda laid out as a table, as CMIS and many UK councils print it (ruled or not): a
/// header row names the columns, and each row is an item.
///
///     Item | Subject                              | Pages | Time  | Lead
///     1    | Apologies for Absence                | –     | 10.00 | Chair
///          | To receive apologies for absence …   |       |       |
///     5    | Revenue Budget Monitoring, Quarter 2 | 9 - 14| 10.20 | Gareth Pellow, Director
///          | 2024/25                              |       |       | of Resources
///          | Report of the Director of Resources  |       |       |
///
/// Conventions read:
/// 1. The header row: a first heading naming the number column ("Item", "No.", "Item No.",
///    "Ref") and another naming the title column ("Subject", "Title", "Item", "Business",
///    "Report", "Description"); the others are a page column ("Pages", "Page No."), a paper
///    reference, a time, a presenter or lead officer. A header printed again on a later page
///    (the table goes on) is skipped; without it, the table goes on where the next page opens
///    with a row.
/// 2. The columns stand where their headings stand; every segment of a row's lines belongs
///    to the column it starts in. Cells wrap independently, so a title's second line may
///    share a layout line with a presenter's second line: only the title column's part is
///    title.
/// 3. The number column holds the label in any style of the outline grammar ("1", "1.",
///    "1/", "Item 5", "Agenda item 7", "5.1", "(a)"); a row with text at the number column
///    that is no label ("PART 2 – ITEMS CONSIDERED IN PRIVATE") is a heading row spanning
///    the table: it ends the item above and sets the business of those below.
/// 4. In the title cell the title comes first, set in bold where the table sets titles in
///    bold (else up to a "Report of …" or a purpose line "To receive …"); the lines under
///    it are its description ("Report of the Director of Resources", the item's
///    `description`) or a note of its purpose (not kept).
/// 5. The page column holds the printed range bare ("9 - 14", "9", "–" for none); a range
///    printed with its word ("Pages 9 - 14") is read in any column.
package struct TableAgendaFormat: AgendaFormat {
    package var name: String { "table of items" }
    package var namedWhenEmpty: Bool { false }

    package init() {}

    /// The headings of the number column.
    static let numberHeading = Patterns.make(#"^(?:agenda\s+)?(?:item|no|number|ref|reference)(?:\s+no)?\.?$|^#$"#)
    /// The headings of the title column.
    static let titleHeading = Patterns.make(#"^(?:subject|title|item|items|business|report|reports|description|matter|topic|agenda\s+item)s?(?:\s+title)?$"#)
    /// The headings of a page column.
    static let pagesHeading = Patterns.make(#"^(?:pages?|page\s+nos?\.?|pp\.?|page\s+numbers?)$"#)
    /// A bare range in a page column: "9 - 14", "9–14", "9 to 14", "9".
    static let bareRange = Patterns.make(#"^(?:pp?\.?\s*)?(?<first>\d{1,4})(?:\s*(?:-|–|—|to)\s*(?<last>\d{1,4}))?$"#)
    /// A line that states an item's purpose under its title ("To receive apologies …").
    static let purpose = Patterns.make(
        #"^to\s+(?:receive|note|approve|consider|agree|answer|review|resolve|confirm|decide|elect|appoint|discuss|declare|adopt|scrutinise|scrutinize|comment|endorse|seek|update|hear)\b"#)

    /// A column of the table: where it starts and what it holds.
    struct Column {
        enum Role { case number, title, pages, other }
        var left: Double
        var role: Role
    }

    package func read(_ lines: [Line]) -> FrontSheetParser.Result {
        let empty = FrontSheetParser.Result(items: [], diagnostics: [])
        guard let (headerIndex, columns) = header(lines) else { return empty }
        let headerTexts = lines[headerIndex].segments.map { TextTools.squash($0.text).lowercased() }
        let isHeader: (Line) -> Bool = { line in line.segments.map { TextTools.squash($0.text).lowercased() } == headerTexts }
        guard let numberColumn = columns.firstIndex(where: { $0.role == .number }),
            let titleColumn = columns.firstIndex(where: { $0.role == .title })
        else { return empty }
        let numberX = lines[headerIndex].segments[numberColumn].bbox.x0

        // The rows: from the header on, while lines stay in the table (not left of the number
        // column, no wide gap, a page break only onto a repeated header).
        var rowLines: [Int] = []
        var previous = lines[headerIndex]
        let lineHeight = max(previous.bbox.height, previous.fontSize * 1.1)
        var i = headerIndex + 1
        while i < lines.count {
            let line = lines[i]
            if isHeader(line) {
                previous = line
                i += 1
                continue
            }
            // The table goes on over a page break without its header when the next page
            // opens with a row: a label alone in the number column.
            let opensRow = line.segments.first.map { segment in
                let text = TextTools.squash(segment.text)
                return segment.bbox.x0 < (columns.count > 1 ? columns[1].left : .infinity) && OutlineLabel(text, firstSegment: text)?.rest.isEmpty == true
            } ?? false
            if line.page != previous.page ? !opensRow : line.gap(below: previous) > lineHeight * 2 { break }
            if line.bbox.x0 < numberX - 3 { break }
            rowLines.append(i)
            previous = line
            i += 1
        }

        // Each line's segments by column.
        func cells(_ line: Line) -> [Int: [Segment]] {
            var out: [Int: [Segment]] = [:]
            for segment in line.segments {
                let c = columns.lastIndex { $0.left <= segment.bbox.x0 + 0.5 } ?? 0
                out[c, default: []].append(segment)
            }
            return out
        }

        // Item rows: a label in the number column. A line with other text there is a
        // heading row.
        struct Row {
            var line: Int
            var label: OutlineLabel
            var titleFromLabel: String?
        }
        var rows: [Row] = []
        var headingRows: Set<Int> = []
        for index in rowLines {
            let byColumn = cells(lines[index])
            guard let numberCell = byColumn[numberColumn], !numberCell.isEmpty else { continue }
            let text = TextTools.squash(numberCell.map(\.text).joined(separator: " "))
            if let label = OutlineLabel(text, firstSegment: text), label.rest.isEmpty {
                rows.append(Row(line: index, label: label, titleFromLabel: nil))
            } else if let label = OutlineLabel(text), !label.rest.isEmpty, byColumn[titleColumn] == nil {
                // The label and the title in one segment (a narrow gap between the columns).
                rows.append(Row(line: index, label: label, titleFromLabel: label.rest))
            } else {
                headingRows.insert(index)
            }
        }
        guard rows.count >= 2 else { return empty }

        let business = FrontSheetParser.businessByLine(lines, itemLines: Set(rows.map(\.line)))
        var items: [FrontSheetParser.Item] = []
        var lastTop: String? = nil
        for (k, row) in rows.enumerated() {
            let end = k + 1 < rows.count ? rows[k + 1].line : (rowLines.last ?? row.line) + 1
            var block: [Int] = []
            for index in rowLines where index >= row.line && index < end {
                if index > row.line && headingRows.contains(index) { break }
                block.append(index)
            }
            // The title column's lines (text and weight), and the other columns' text.
            var titleLines: [(text: String, bold: Bool, box: Rect)] = []
            var pageText: [String] = []
            var otherText: [String] = []
            if let t = row.titleFromLabel { titleLines.append((t, lines[row.line].bold, lines[row.line].bbox)) }
            for index in block {
                for (c, segments) in cells(lines[index]).sorted(by: { $0.key < $1.key }) where c != numberColumn {
                    let text = TextTools.squash(segments.map(\.text).joined(separator: " "))
                    let box = segments.dropFirst().reduce(segments[0].bbox) { $0.union($1.bbox) }
                    switch columns[c].role {
                    case .title: titleLines.append((text, segments.allSatisfy(\.bold), box))
                    case .pages: pageText.append(text)
                    default: otherText.append(text)
                    }
                }
            }
            guard let first = titleLines.first else { continue }
            // The title: the bold lines where the title is bold, else up to a description or
            // a purpose line.
            var titleCount = 1
            while titleCount < titleLines.count {
                let line = titleLines[titleCount]
                if first.bold ? !line.bold : (FrontSheetParser.description.matches(line.text) || TableAgendaFormat.purpose.matches(line.text)) { break }
                titleCount += 1
            }
            let parser = FrontSheetParser()
            var (title, printed) = parser.splitRange(TextTools.join(titleLines.prefix(titleCount).map(\.text)))
            let under = TextTools.join(titleLines.dropFirst(titleCount).map(\.text))
            var description: String? = nil
            if FrontSheetParser.description.matches(under) {
                let (described, range) = parser.splitRange(under)
                description = described
                if printed == nil { printed = range }
            }
            if printed == nil { printed = TableAgendaFormat.range(TextTools.join(pageText)) }
            if printed == nil { printed = otherText.lazy.compactMap { parser.wholeRange($0) }.first }
            // A sub-item: a label printing its parent's number ("5.1"), or a letter under a number.
            var parent: String? = nil
            let label = row.label
            if label.parts.count >= 2, let top = lastTop, label.parts.dropLast().map(\.text).joined(separator: ".").uppercased() == top.uppercased() {
                parent = top
            } else if label.parts.count == 1, let top = lastTop, label.parts[0].kinds.contains(.lowerLetter), top.last?.isNumber == true {
                parent = top
            }
            let number = OutlineFormat.number(of: label, under: parent)
            if parent == nil { lastTop = number }
            var item = FrontSheetParser.Item(
                number: number, parentNumber: parent, title: title.trimmingWhitespace(), description: description,
                printedPages: printed, business: business[row.line], page: lines[row.line].page,
                bbox: titleLines.prefix(titleCount).dropFirst().reduce(first.box) { $0.union($1.box) })
            if FrontSheetParser.privateHeading.matches(item.title) || FrontSheetParser.closedMatter.matches(item.title) { item.business = .private }
            if let p = parent, items.last(where: { $0.number == p })?.business == .private { item.business = .private }
            items.append(item)
        }
        guard items.count >= 2 else { return empty }
        // The table's area on each page: its header lines and its rows.
        var areas: [(page: Int, box: Rect)] = []
        let last = rowLines.last ?? headerIndex
        for index in [headerIndex] + lines.indices.filter({ $0 > headerIndex && $0 <= last && isHeader(lines[$0]) }) + rowLines {
            let line = lines[index]
            if let k = areas.firstIndex(where: { $0.page == line.page }) {
                areas[k].box = areas[k].box.union(line.bbox)
            } else {
                areas.append((line.page, line.bbox))
            }
        }
        return FrontSheetParser.Result(items: items, diagnostics: [], agendaTable: areas)
    }

    /// The header row and its columns: the first line of three or more segments whose first
    /// heading names the number column and another the title column.
    func header(_ lines: [Line]) -> (Int, [Column])? {
        for (i, line) in lines.enumerated() where line.segments.count >= 3 {
            let texts = line.segments.map { TextTools.squash($0.text) }
            guard TableAgendaFormat.numberHeading.matches(texts[0]) else { continue }
            guard let title = texts.indices.dropFirst().first(where: { TableAgendaFormat.titleHeading.matches(texts[$0]) }) else { continue }
            var columns: [Column] = []
            for (k, segment) in line.segments.enumerated() {
                let role: Column.Role = k == 0 ? .number : k == title ? .title : TableAgendaFormat.pagesHeading.matches(texts[k]) ? .pages : .other
                // A column starts midway between its heading and the one before it.
                let left = k == 0 ? -Double.infinity : (line.segments[k - 1].bbox.x1 + segment.bbox.x0) / 2
                columns.append(Column(left: left, role: role))
            }
            return (i, columns)
        }
        return nil
    }

    /// The printed range in a page column ("9 - 14", "9", "Pages 9 - 14"), or nil ("–", blank).
    static func range(_ text: String) -> PageSpan? {
        let squashed = TextTools.squash(text)
        if let m = bareRange.match(in: squashed), let first = m["first"].flatMap({ Int($0) }) {
            return PageSpan(first: first, last: m["last"].flatMap { Int($0) } ?? first)
        }
        return FrontSheetParser().wholeRange(squashed)
    }
}
