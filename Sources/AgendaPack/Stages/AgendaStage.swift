import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Stage 2: the front sheet (the leading pages that hold a numbered agenda), its items
/// resolved to physical pages, and the meeting. Which agenda format reads the sheet is
/// `AgendaReader`'s choice.
struct AgendaStage {
    /// Where tables stand: rows of a table are not agenda items.
    package var tableAreas: [(page: Int, box: Rect)] = []

    package struct Result {
        /// The front sheet's pages, nil when the pack has no agenda.
        package var frontSheet: ClosedRange<Int>?
        /// The agenda items, with their ids (from their printed numbers) and physical pages.
        package var items: [AgendaItemRecord]
        /// The meeting as reported: only for an agenda or minutes, never made up from a letter or a report.
        package var meeting: Meeting?
        /// The date the first pages give the meeting, reported or not: dates are read against it.
        var meetingDate: String?
        package var diagnostics: [Diagnostic]
        /// Where the agenda stands when it is laid out as a table (page, box): the agenda,
        /// not a data table (`TableStage` leaves the tables found there out).
        var agendaTable: [(page: Int, box: Rect)] = []
    }

    /// A word every alternative of `agendaCue` holds: the cue is looked for only in a text
    /// with one (`TextTools.mayContainIgnoringCase`), not scanned for over a dozen pages of a
    /// paper that has none.
    static let agendaCueWords: [StaticString] = ["agenda", "ordre", "summons", "order", "business", "(page", "unrestricted"]
    static let agendaCue = Patterns.make(#"\bagenda\b|\bordre\s+du\s+jour\b|\bsummons\b|\border\s+of\s+business\b|\bpublic\s+business\b|\(pages?\s+\d|\bunrestricted\s+items\b|\bcall\s+to\s+order\b"#)

    /// The areas of tables (a table's box is taken for every page it spans).
    static func areas(of tables: [TableRecord]) -> [(page: Int, box: Rect)] {
        tables.flatMap { table in table.bbox.map { box in table.pages.map { (page: $0, box: box) } } ?? [] }
    }

    package func run(_ furniture: FurnitureStage.Result, context: DateContext) -> Result {
        var diagnostics: [Diagnostic] = []
        let (frontSheet, items, agendaTable) = readFrontSheet(furniture.pages, labels: furniture.labels, diagnostics: &diagnostics)

        // The meeting: from the front sheet, else from the first lines.
        let allLines = furniture.lines
        let meetingLines = frontSheet.map { fs in allLines.filter { fs.contains($0.page) } } ?? Array(allLines.prefix(80))
        let banners = furniture.pages.first.map { $0.furniture.filter { $0.kind == .header || $0.kind == .footer }.map(\.text) } ?? []
        let meeting = MeetingParser().parse(meetingLines, context: context, banners: banners)
        // A meeting is reported for an agenda or minutes, never made up from a letter or a report.
        let firstKind = furniture.pages.first.flatMap { page in DocumentSplitter().signal(page.lines, pageHeight: page.height) }
        let reported = frontSheet != nil || firstKind == .minutes ? meeting : nil

        let records = AgendaStage.itemRecords(items, labels: furniture.labels, pageCount: furniture.pages.count, diagnostics: &diagnostics)
        return Result(frontSheet: frontSheet, items: records, meeting: reported, meetingDate: meeting?.date, diagnostics: diagnostics,
                      agendaTable: agendaTable)
    }

    /// Item records from the items read, with ids and physical pages. Ids come from the
    /// numbers; a number printed again (numbering restarted under a section heading) gets
    /// "-2", "-3"; a sub-item's parent is the latest item with its number.
    static func itemRecords(_ items: [FrontSheetParser.Item], labels: PageLabels, pageCount: Int, diagnostics: inout [Diagnostic]) -> [AgendaItemRecord] {
        var itemRecords: [AgendaItemRecord] = []
        var idCount: [String: Int] = [:]
        var latestId: [String: String] = [:]
        for item in items {
            let base = "item-" + item.number.replacingOccurrences(of: "/", with: "-")
            idCount[base, default: 0] += 1
            let id = idCount[base]! == 1 ? base : "\(base)-\(idCount[base]!)"
            if idCount[base]! == 2 {
                diagnostics.append(Diagnostic(.info, "item-number-repeated", "agenda item \(item.number) is printed again (numbering restarts); the second is \(id)", page: item.page))
            }
            let parent = item.parentNumber.map { latestId[$0] ?? "item-" + $0.replacingOccurrences(of: "/", with: "-") }
            latestId[item.number] = id
            var record = AgendaItemRecord(
                id: id, number: item.number, parent: parent, title: item.title, description: item.description,
                printedPages: item.printedPages, business: item.business, page: item.page, bbox: item.bbox)
            if let printed = item.printedPages {
                let firstPage = labels.physicalPage(printed.first)
                let lastPage = labels.physicalPage(printed.last, notBefore: firstPage)
                if let f = firstPage, let l = lastPage, f <= l, l <= pageCount {
                    record.pages = PageSpan(first: f, last: l)
                } else if labels.isEmpty || (firstPage ?? Int.max) > pageCount || (lastPage ?? Int.max) > pageCount {
                    diagnostics.append(Diagnostic(.warning, "range-past-end", "agenda item \(item.number): printed pages \(printed.first) - \(printed.last) are not in this PDF (\(pageCount) pages)", page: item.page))
                }
            }
            itemRecords.append(record)
        }
        return itemRecords
    }

    /// The front sheet's pages, its items and where an agenda laid out as a table stands, or
    /// nil and none when the pack has no agenda.
    func readFrontSheet(_ furniture: [FurnitureDetector.PageResult], labels: PageLabels, diagnostics: inout [Diagnostic])
        -> (ClosedRange<Int>?, [FrontSheetParser.Item], [(page: Int, box: Rect)])
    {
        let splitter = DocumentSplitter()
        var candidatePages: [FurnitureDetector.PageResult] = []
        for page in furniture.prefix(12) {
            let signal = page.blank ? nil : splitter.signal(page.lines, pageHeight: page.height)
            // Minutes or a decision from the first page on: no agenda to read.
            if candidatePages.isEmpty, signal == .minutes || signal == .decisionNotice { break }
            if !candidatePages.isEmpty, signal != nil { break }
            // A document stamped for an agenda item is not the front sheet.
            if page.itemStamp != nil { break }
            candidatePages.append(page)
        }
        let lines = candidatePages.flatMap(\.lines)
        let text = lines.map(\.text).joined(separator: "\n")
        guard TextTools.mayContainIgnoringCase(text, AgendaStage.agendaCueWords), AgendaStage.agendaCue.matches(text) else { return (nil, [], []) }
        let result = AgendaReader(tableAreas: tableAreas).read(lines)
        diagnostics += result.diagnostics
        guard !result.items.isEmpty else { return (nil, [], []) }
        // The sheet runs from page 1 to the last page with an item, and on over pages
        // (sign-off, notes) until the first page an item's range points to.
        let lastItemPage = result.items.map(\.page).max() ?? 1
        var end = lastItemPage
        let firstTargets = result.items.compactMap { $0.printedPages.flatMap { labels.physicalPage($0.first) } }
        let firstTarget = firstTargets.filter { $0 > lastItemPage }.min()
        for page in candidatePages where page.page > lastItemPage {
            if let t = firstTarget, page.page >= t { break }
            if page.blank { continue }
            end = page.page
        }
        return (1...end, result.items, result.agendaTable)
    }
}
