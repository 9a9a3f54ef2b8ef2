import Contract
import Dates
import Foundation
import LayoutModel
import Parsing

/// A way agendas are printed, and how to read its items.
///
/// A format recognises its outline and reads the items with their parents; the agenda
/// stage (`AgendaReader`) runs every registered format over the front sheet's lines and
/// keeps the reading that accounts for the most of the outline, with a diagnostic naming
/// it and why. To add a format: a type conforming to this protocol in `Agenda/`, one line
/// in `AgendaReader.formats`, line-fixture tests, and a corpus pack typeset in its style.
package protocol AgendaFormat: Sendable {
    /// A short name for diagnostics.
    var name: String { get }
    /// The items this format reads in `lines`, in reading order, parents before children.
    func read(_ lines: [Line]) -> FrontSheetParser.Result
    /// Whether the choice's diagnostic names this format when it reads nothing. A format of
    /// one layout (an agenda table) reads nothing where the layout is absent: it was no
    /// contender, and the diagnostic leaves it out.
    var namedWhenEmpty: Bool { get }
}

extension AgendaFormat {
    package var namedWhenEmpty: Bool { true }
}

/// The front sheet of ModernGov / CMIS packs: consecutive numbers at one margin, printed
/// page ranges, "Report of" descriptions, sub-items a) b) and 5.1 (`FrontSheetParser`).
package struct NumberedFrontSheetFormat: AgendaFormat {
    package var name: String { "numbered front sheet" }
    package func read(_ lines: [Line]) -> FrontSheetParser.Result { FrontSheetParser().parse(lines) }
}

/// Any outline of numbers, letters and roman numerals nested to any depth (US, Canadian,
/// French, board agendas and minutes), read by `OutlineReader`.
package struct OutlineFormat: AgendaFormat {
    package var name: String { "outline" }
    /// Where tables stand (page, box; a table's box is taken for every page it spans): rows
    /// of a table are not agenda items.
    package var tableAreas: [(page: Int, box: Rect)] = []
    /// Reading minutes: the top level is their headings (see `OutlineReader.Settings`).
    package var minutes = false

    package init(tableAreas: [(page: Int, box: Rect)] = [], minutes: Bool = false) {
        self.tableAreas = tableAreas
        self.minutes = minutes
    }

    package func read(_ lines: [Line]) -> FrontSheetParser.Result {
        var reader = OutlineReader()
        reader.settings.headingsOnly = minutes
        let inTable = lines.map { line in
            tableAreas.contains { $0.page == line.page && $0.box.x0 <= line.bbox.midX && line.bbox.midX <= $0.box.x1 && $0.box.y0 <= line.bbox.midY && line.bbox.midY <= $0.box.y1 }
        }
        let nodes = reader.read(lines, skipping: inTable)
        guard !nodes.isEmpty else { return FrontSheetParser.Result(items: [], diagnostics: []) }
        // Every entry of the outline closes the text of the one before it.
        var starts: [Int] = []
        func collect(_ ns: [OutlineReader.Node]) {
            for n in ns {
                starts.append(n.entry.line)
                collect(n.children)
            }
        }
        collect(nodes)
        starts.sort()
        let business = FrontSheetParser.businessByLine(lines, itemLines: Set(starts))
        var items: [FrontSheetParser.Item] = []
        var diagnostics: [Diagnostic] = []
        func emit(_ ns: [OutlineReader.Node], parent: String?, parentPrivate: Bool = false) {
            for n in ns {
                let number = OutlineFormat.number(of: n.entry.label, under: parent)
                let next = starts.first { $0 > n.entry.line } ?? lines.count
                var item = OutlineFormat.block(n.entry, end: next, lines: lines, diagnostics: &diagnostics)
                item.number = number
                item.parentNumber = parent
                item.business = business[n.entry.line]
                // "VIII. CLOSED SESSION" is private and so is what it holds; so is a matter
                // heard in closed session by its nature; "Adjourn to closed session to discuss
                // the following:" is public, the matters under it private.
                let rest = n.entry.label.rest
                if FrontSheetParser.adjournToClosed.matches(rest) {
                    item.business = .public
                } else if FrontSheetParser.privateHeading.matches(rest) || FrontSheetParser.closedMatter.matches(rest) || parentPrivate {
                    item.business = .private
                }
                items.append(item)
                emit(n.children, parent: number, parentPrivate: item.business == .private || FrontSheetParser.adjournToClosed.matches(n.entry.label.rest))
            }
        }
        emit(nodes, parent: nil)
        return FrontSheetParser.Result(items: items, diagnostics: diagnostics)
    }

    /// A sub-item's number: its label where the label prints more than its own part ("5.1",
    /// "V.A", "4A" under 4: the number as printed, even where its head disagrees with the
    /// parent's), else the parent's number and its own label ("10A" for "A." under 10,
    /// "I.1" for "1." under "I.").
    package static func number(of label: OutlineLabel, under parent: String?) -> String {
        let own = label.number
        guard let parent, label.parts.count == 1 else { return own }
        let last = label.parts[0]
        let isLetter = last.kinds.contains(.upperLetter) || last.kinds.contains(.lowerLetter)
        if isLetter && last.text.count == 1 && parent.last?.isNumber == true { return parent + own }
        return parent + "." + own
    }

    /// The entry's title (its text and the lines that continue it), printed range and
    /// description, from its line up to `end`.
    package static func block(_ entry: OutlineReader.Entry, end: Int, lines: [Line], diagnostics: inout [Diagnostic]) -> FrontSheetParser.Item {
        let first = lines[entry.line]
        let parser = FrontSheetParser()
        var titleX = first.bbox.x0 + 8
        if first.segments.count >= 2, TextTools.squash(first.segments[0].text) == entry.label.printed {
            titleX = first.segments[1].bbox.x0
        }
        let lineHeight = max(first.bbox.height, first.fontSize * 1.1)
        // A row of an agenda laid out as a table: the title's lines keep to its column.
        let row = OutlineFormat.tableRow(entry.label, line: first)
        let titleBold = row?.bold ?? first.bold
        var parts = [row?.title ?? entry.label.rest]
        var box = first.bbox
        // A byline before the title ("Recommended by Office of the Chief Information
        // Officer" / "Approval of …"): the title is on the lines below, the byline describes it.
        var byline: String? = nil
        if OutlineFormat.byline.matches(entry.label.rest), entry.line + 1 < end {
            byline = entry.label.rest
            parts = []
        }
        let firstUpper = isUpper(entry.label.rest)
        let closed = first.bbox.x1 < first.pageWidth * 0.7 && parser.splitRange(entry.label.rest).1 != nil
        var cursor = LineCursor(lines, at: entry.line + 1, end: end)
        let titleLines = closed ? [] : cursor.take { line, previous in
            guard let previous else { return false }
            let text = TextTools.squash(line.text)
            let gap = line.gap(below: previous)
            // A title in capitals may go on at the label's margin ("2020-039 DESIGNATION DES" /
            // "CHARGES TRANSFÉRÉES"); other titles go on indented to their text.
            // So may a title whose line ran to the right margin (it wrapped).
            let wrapped = previous.bbox.x1 >= previous.pageWidth * 0.75
            // (A wrapped line may go back to the page's margin, left of the label.)
            let margin = wrapped ? 0 : firstUpper && startsUpper(text) ? first.bbox.x0 - 2 : titleX - 4
            // Line boxes can be taller than the line pitch: the step between baselines says
            // where a blank line parts the title from what follows.
            let step = line.bbox.y0 - previous.bbox.y0
            if line.page != previous.page || gap > lineHeight * 0.75 || step > previous.fontSize * 1.5 || line.bbox.x0 < margin
                || abs(line.fontSize - first.fontSize) > 1.5 { return false }
            // A line set well right of the title's text (a centred reference) is not title.
            if line.bbox.x0 > titleX + 30 && !FrontSheetParser.range.matches(text) { return false }
            if FrontSheetParser.privateHeading.matches(text) || FrontSheetParser.publicHeading.matches(text) || FrontSheetParser.upperLabel.matches(text) { return false }
            if FrontSheetParser.description.matches(text) || OutlineFormat.fieldLabel.matches(text) || OutlineFormat.loneIdentifier.matches(text) { return false }
            if titleBold && !OutlineFormat.titlePart(line, edge: row?.edge).bold && !FrontSheetParser.range.matches(text) && byline == nil { return false }
            // In a table row, a purpose line under the title ("To receive apologies …") is not title.
            if let row, TableAgendaFormat.purpose.matches(OutlineFormat.titlePart(line, edge: row.edge).text) { return false }
            // A title in capitals is not continued by text in small letters (its explanation).
            return !(firstUpper && !startsUpper(text) && !FrontSheetParser.range.matches(text))
        }
        parts += titleLines.map { OutlineFormat.titlePart($0, edge: row?.edge).text }
        box = titleLines.reduce(box) { $0.union($1.bbox) }
        if parts.isEmpty, let b = byline {
            parts = [b]
            byline = nil
        }
        var (title, printed) = parser.splitRange(TextTools.join(parts))
        if printed == nil, let line = cursor.current, let r = parser.wholeRange(TextTools.squash(line.text)) {
            printed = r
            box = box.union(line.bbox)
            cursor.advance()
        }
        if let p = printed, p.last < p.first {
            diagnostics.append(Diagnostic(.warning, "range-reversed", "item \(entry.label.printed): printed range \(p.first) - \(p.last) runs backwards", page: first.page))
            printed = nil
        }
        var description: String? = byline
        // The first description ("Report of …") below, with the lines close below it at its margin.
        while description == nil, let line = cursor.current {
            cursor.advance()
            let text = TextTools.squash(line.text)
            guard FrontSheetParser.description.matches(text) else { continue }
            let more = cursor.take { next, previous in
                guard let previous else { return false }
                return next.page == line.page && next.gap(below: previous) <= lineHeight * 0.9 && abs(next.bbox.x0 - line.bbox.x0) < 6
            }
            let (described, range) = parser.splitRange(TextTools.join(([line] + more).map { OutlineFormat.titlePart($0, edge: row?.edge).text }))
            description = described
            if printed == nil { printed = range }
        }
        return FrontSheetParser.Item(number: entry.label.number, parentNumber: nil, title: title.trimmingWhitespace(),
                                     description: description, printedPages: printed, business: .public, page: first.page, bbox: box)
    }

    /// The title's own column. An agenda laid out as a table prints the title in one column
    /// and a paper reference, a time or a presenter in others, set apart by wide gaps (the
    /// layout's segments): the title is the segment holding or following the label; other
    /// segments join it only when they are its printed page range. A line of one or two text
    /// segments, or whose gaps are all narrow (justified text), is taken whole.
    static func titleColumn(_ label: OutlineLabel, line: Line) -> String {
        tableRow(label, line: line)?.title ?? label.rest
    }

    /// A line read as a row of an agenda laid out as a table (see `titleColumn`): the title
    /// column's text, where the next column starts (the title's wrapped lines keep left of
    /// it), and whether the title is set in bold; nil for a line that is no table row.
    package static func tableRow(_ label: OutlineLabel, line: Line) -> (title: String, edge: Double, bold: Bool)? {
        let segments = line.segments.map { TextTools.squash($0.text) }
        guard segments.count >= 2 else { return nil }
        let labelAlone = segments[0] == label.printed
        let textSegments = labelAlone ? Array(segments.dropFirst()) : segments
        guard textSegments.count >= 3 else { return nil }
        // Columns stand far apart; the gaps of justified text are narrow and even.
        let boxes = labelAlone ? Array(line.segments.dropFirst()) : line.segments
        let gaps = zip(boxes, boxes.dropFirst()).map { $1.bbox.x0 - $0.bbox.x1 }
        guard let widest = gaps.max(), widest >= line.fontSize * 2.5 else { return nil }
        var title = labelAlone ? textSegments[0] : label.rest.prefix(while: { _ in true }).description
        if !labelAlone, let cut = title.range(of: textSegments.dropFirst().first ?? "\u{0}") { title = String(title[..<cut.lowerBound]) }
        for extra in textSegments.dropFirst() where FrontSheetParser.range.matches(extra) && FrontSheetParser().wholeRange(extra) != nil {
            title += " " + extra
        }
        return (TextTools.squash(title), boxes[1].bbox.x0, boxes[0].bold)
    }

    /// The part of a title's wrapped line that stands in the title's column: the segments
    /// left of the next column (`edge`), their text and whether they are all bold.
    package static func titlePart(_ line: Line, edge: Double?) -> (text: String, bold: Bool) {
        guard let edge else { return (TextTools.squash(line.text), line.bold) }
        let inColumn = line.segments.filter { $0.bbox.x0 < edge - 1 }
        return (TextTools.squash(inColumn.map(\.text).joined(separator: " ")), !inColumn.isEmpty && inColumn.allSatisfy(\.bold))
    }

    /// A line that is only a reference number ("R2025-188", "Délibération n° 2024-012"): the
    /// record's number, printed under the item, not its title.
    static let loneIdentifier = Patterns.make(#"^(?:(?:d[ée]lib[ée]ration|resolution|r[ée]solution|motion|by-law|ordinance|item)\s+(?:n[o°º]\.?\s*)?)?[A-Z]{0,4}[-_ ]?\d{2,4}[-/_.]\d{1,4}(?:[-/_.]\d{1,4})?$"#)

    static let byline = Patterns.make(#"^(?:recommended|submitted|presented|requested|sponsored|introduced)\s+by\b"#)

    /// A line that opens a field of its own ("District Representatives: …", "Presenter: …").
    static let fieldLabel = Patterns.make(#"^(?:[A-Z][\w'’]*\s+){0,3}[A-Z][\w'’]*:\s"#, caseInsensitive: false)

    /// Whether a line opens with a word in capitals ("CHARGES TRANSFÉRÉES de …").
    static func startsUpper(_ s: String) -> Bool {
        guard let word = s.split(separator: " ").first, word.filter(\.isLetter).count >= 2 else { return false }
        return word == word.uppercased()
    }

    static func isUpper(_ s: String) -> Bool {
        let letters = s.unicodeScalars.filter { CharacterSet.letters.contains($0) }
        return letters.count >= 3 && s == s.uppercased()
    }
}

/// The agenda stage's choice among formats.
package struct AgendaReader: Sendable {
    /// Where the pack's tables stand, for the formats that must keep out of them.
    package var tableAreas: [(page: Int, box: Rect)] = []

    package init(tableAreas: [(page: Int, box: Rect)] = []) {
        self.tableAreas = tableAreas
    }

    /// The registered formats, in order of preference on a tie (an agenda table's columns
    /// first: the other formats read its rows as lines, columns glued together).
    package var formats: [any AgendaFormat] { [TableAgendaFormat(), NumberedFrontSheetFormat(), OutlineFormat(tableAreas: tableAreas)] }

    /// The best reading of `lines`, with a diagnostic naming the format that gave it.
    package func read(_ lines: [Line]) -> FrontSheetParser.Result {
        let readings = formats.map { ($0.name, $0.read(lines), $0.namedWhenEmpty) }
        guard var best = readings.first else { return FrontSheetParser.Result(items: [], diagnostics: []) }
        for reading in readings.dropFirst() where AgendaReader.accountsForMore(reading.1, than: best.1) {
            best = reading
        }
        var result = best.1
        if !result.items.isEmpty && readings.count > 1 {
            let others = readings.filter { $0.0 != best.0 && ($0.2 || !$0.1.items.isEmpty) }.map { "\($0.0): \($0.1.items.count)" }.joined(separator: ", ")
            result.diagnostics.append(Diagnostic(.info, "agenda-format", "agenda read as a \(best.0) (\(result.items.count) items; \(others))",
                                                 page: result.items.first?.page))
        }
        return result
    }

    /// A reading accounts for more of the agenda when it reads more items (the outline's
    /// sub-items and restarted runs), or at least as many in a deeper outline.
    static func accountsForMore(_ a: FrontSheetParser.Result, than b: FrontSheetParser.Result) -> Bool {
        if a.items.count != b.items.count { return a.items.count > b.items.count }
        let nestedA = a.items.filter { $0.parentNumber != nil }.count, nestedB = b.items.filter { $0.parentNumber != nil }.count
        return nestedA > nestedB
    }
}
