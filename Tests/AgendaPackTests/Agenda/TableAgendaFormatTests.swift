import AgendaPackTestSupport
@testable import Contract
@testable import LayoutModel
@testable import Parsing
@testable import Segmentation
import Testing

/// Agendas laid out as tables (CMIS and word-processed council agendas), typed row by row:
/// each cell at its column's x, in bold where the table sets it bold. Cells wrap on their
/// own, so one layout line can hold the second lines of several cells.
@Suite("TableAgendaFormat")
struct TableAgendaFormatTests {
    /// The columns of the fixtures: Item | Subject | Pages | Time | Lead.
    static let item = 60.0, subject = 94.0, pages = 330.0, time = 372.0, lead = 410.0

    /// A layout line of cells `(x, text, bold)` at height `y` (10 pt text).
    static func row(_ cells: [(x: Double, text: String, bold: Bool)], y: Double, page: Int = 1) -> Line {
        let size = 10.0
        let segments = cells.map { cell in
            Segment(text: cell.text, bbox: Rect(x0: cell.x, y0: y, x1: cell.x + Double(cell.text.count) * size * 0.45, y1: y + size * 1.15),
                    fontName: cell.bold ? "LiberationSans-Bold" : "LiberationSans", fontSize: size, bold: cell.bold, italic: false)
        }
        let box = segments.dropFirst().reduce(segments[0].bbox) { $0.union($1.bbox) }
        return Line(page: page, bbox: box, segments: segments, pageWidth: 595)
    }

    static func header(y: Double, page: Int = 1) -> Line {
        row([(item, "Item", true), (subject, "Subject", true), (pages, "Pages", true), (time, "Time", true), (lead, "Lead", true)], y: y, page: page)
    }

    /// The front sheet of the Brackenfold corpus pack, as its layout lines come out.
    static let sheet: [Line] = [
        Line("OVERVIEW AND SCRUTINY COMMITTEE", x: 83, y: 60, size: 14, bold: true),
        Line("PART 1 – ITEMS CONSIDERED IN PUBLIC", x: 57, y: 224, size: 10, bold: true),
        header(y: 249),
        row([(item, "1", false), (subject, "Apologies for Absence", true), (pages, "–", false), (time, "10.00", false), (lead, "Chair", false)], y: 268),
        row([(subject, "To receive apologies for absence and notification", false)], y: 279.5),
        row([(subject, "of substitute members.", false)], y: 291),
        row([(item, "3", false), (subject, "Minutes of the Meeting held on 17 October", true), (pages, "3", false), (time, "10.05", false), (lead, "Chair", false)], y: 310),
        row([(subject, "2024", true)], y: 321.5),
        row([(subject, "To approve the minutes as a correct record.", false)], y: 333),
        row([(item, "6", false), (subject, "Call-in of Cabinet Decision: Changes to", true), (pages, "6", false), (time, "11.00", false), (lead, "Councillor Rhona Castell,", false)], y: 352),
        row([(subject, "Garden Waste Charges", true), (lead, "Cabinet Member for", false)], y: 363.5),
        row([(subject, "Report of the Head of Legal and Democratic", false), (lead, "Environment, and Ian", false)], y: 375),
        row([(subject, "Services", false), (lead, "Tebbutt, Head of Waste", false)], y: 386.5),
        row([(lead, "Services", false)], y: 398),
        row([(item, "7", false), (subject, "Revenue Budget Monitoring, Quarter 2", true), (pages, "9 - 14", false), (time, "11.45", false), (lead, "Gareth Pellow, Director of", false)], y: 417),
        row([(subject, "2024/25", true), (lead, "Resources", false)], y: 428.5),
        row([(subject, "Report of the Director of Resources", false)], y: 440),
        row([(item, "PART 2 – ITEMS CONSIDERED IN PRIVATE", true)], y: 459),
        row([(item, "8", false), (subject, "Leisure Centres Management Contract:", true), (pages, "–", false), (time, "12.00", false), (lead, "Olusegun Adeyemi", false)], y: 478),
        row([(subject, "Procurement Update", true)], y: 489.5),
        Line("Julian Marchbank, Chief Executive", x: 57, y: 530, size: 10),
    ]

    @Test("the title is the title column's bold lines, without the page, time and lead columns beside them; the line under it is its description")
    func titlesByColumn() {
        let items = TableAgendaFormat().read(Self.sheet).items
        #expect(items.map(\.number) == ["1", "3", "6", "7", "8"])
        #expect(items.map(\.title) == [
            "Apologies for Absence", "Minutes of the Meeting held on 17 October 2024", "Call-in of Cabinet Decision: Changes to Garden Waste Charges",
            "Revenue Budget Monitoring, Quarter 2 2024/25", "Leisure Centres Management Contract: Procurement Update",
        ])
        #expect(items.map(\.description) == [nil, nil, "Report of the Head of Legal and Democratic Services", "Report of the Director of Resources", nil])
    }

    @Test("the Pages column's bare range is the printed range; a dash is none")
    func pagesColumn() {
        let items = TableAgendaFormat().read(Self.sheet).items
        #expect(items.map(\.printedPages) == [nil, PageSpan(first: 3, last: 3), PageSpan(first: 6, last: 6), PageSpan(first: 9, last: 14), nil])
    }

    @Test("a heading row spanning the table ends the item above it and makes the items below it private")
    func headingRow() {
        let items = TableAgendaFormat().read(Self.sheet).items
        #expect(items.map(\.business) == [.public, .public, .public, .public, .private])
        #expect(items[3].title == "Revenue Budget Monitoring, Quarter 2 2024/25")
    }

    @Test("the agenda reader prefers the table's columns: the other formats glue the columns of a row together")
    func readerChoosesTable() {
        let result = AgendaReader().read(Self.sheet)
        #expect(result.items.map(\.title).first == "Apologies for Absence")
        #expect(result.items[2].printedPages == PageSpan(first: 6, last: 6))
        #expect(result.diagnostics.contains { $0.message.hasPrefix("agenda read as a table of items") })
    }

    @Test("the number column in the styles councils print: 1/, Item 5, Agenda item 7, a decimal sub-item and a letter under a number")
    func numberStyles() {
        let rows: [Line] = [
            Self.row([(Self.item, "No.", true), (Self.subject, "Item", true), (Self.pages, "Page No.", true), (Self.lead, "Presenter", true)], y: 100),
            Self.row([(Self.item, "1/", false), (Self.subject, "Welcome and apologies", false), (Self.lead, "Chair", false)], y: 120),
            Self.row([(Self.item, "Item 2", false), (Self.subject, "Finance report", false), (Self.pages, "5-12", false), (Self.lead, "Treasurer", false)], y: 140),
            Self.row([(Self.item, "2.1", false), (Self.subject, "Capital programme", false), (Self.pages, "13", false)], y: 160),
            Self.row([(Self.item, "Agenda item 3", false), (Self.subject, "Housing strategy", false), (Self.lead, "Head of Housing", false)], y: 180),
            Self.row([(Self.item, "(a)", false), (Self.subject, "Consultation responses", false)], y: 200),
            Self.row([(Self.item, "4/", false), (Self.subject, "Any other business", false)], y: 220),
        ]
        let items = TableAgendaFormat().read(rows).items
        #expect(items.map(\.number) == ["1", "2", "2.1", "3", "3a", "4"])
        #expect(items.map(\.parentNumber) == [nil, nil, "2", nil, "3", nil])
        #expect(items.map(\.title) == ["Welcome and apologies", "Finance report", "Capital programme", "Housing strategy", "Consultation responses", "Any other business"])
        #expect(items[1].printedPages == PageSpan(first: 5, last: 12))
    }

    @Test("titles not set in bold run up to a purpose line; a header printed again on the next page is skipped and the rows go on")
    func plainTitlesOverPages() {
        let rows: [Line] = [
            Self.header(y: 100),
            Self.row([(Self.item, "1", false), (Self.subject, "Declarations of interest", false), (Self.time, "18.00", false)], y: 120),
            Self.row([(Self.subject, "To receive any declarations of interest.", false)], y: 131.5),
            Self.row([(Self.item, "2", false), (Self.subject, "Parks and open spaces", false), (Self.pages, "7 - 20", false), (Self.time, "18.10", false)], y: 150),
            Self.row([(Self.subject, "strategy", false)], y: 161.5),
            Self.header(y: 60, page: 2),
            Self.row([(Self.item, "3", false), (Self.subject, "Date of next meeting", false), (Self.time, "19.30", false)], y: 80, page: 2),
        ]
        let items = TableAgendaFormat().read(rows).items
        #expect(items.map(\.title) == ["Declarations of interest", "Parks and open spaces strategy", "Date of next meeting"])
        #expect(items.map(\.page) == [1, 1, 2])
        #expect(items[1].printedPages == PageSpan(first: 7, last: 20))
        #expect(TableAgendaFormat().read(rows).agendaTable.map(\.page) == [1, 2])
    }

    @Test("a table going on over a page break without its header: the next page opens with a row; a sign-off there at the margin ends it")
    func overPageWithoutHeader() {
        let rows: [Line] = [
            Self.header(y: 100),
            Self.row([(Self.item, "1", false), (Self.subject, "Apologies", false), (Self.time, "18.00", false)], y: 120),
            Self.row([(Self.item, "2", false), (Self.subject, "Minutes", false), (Self.pages, "3 - 8", false)], y: 140),
            Self.row([(Self.item, "3", false), (Self.subject, "Budget monitoring", false), (Self.pages, "9 - 20", false)], y: 60, page: 2),
            Self.row([(Self.item, "4", false), (Self.subject, "Date of next meeting", false)], y: 80, page: 2),
            Line("Chief Executive, 13 November 2024", page: 2, x: 40, y: 120, size: 10),
        ]
        let items = TableAgendaFormat().read(rows).items
        #expect(items.map(\.number) == ["1", "2", "3", "4"])
        #expect(items[3].title == "Date of next meeting")
        #expect(items[2].printedPages == PageSpan(first: 9, last: 20))
        // A next page that opens with text, not a row, is not the table's.
        var other = rows
        other[3] = Line("Notes for members of the public", page: 2, x: 60, y: 60, size: 10)
        #expect(TableAgendaFormat().read(other).items.map(\.number) == ["1", "2"])
    }

    @Test("the reading says where the agenda table stands on each page: its header and rows, not the heading above it or the sign-off below")
    func agendaTableArea() throws {
        let area = try #require(TableAgendaFormat().read(Self.sheet).agendaTable.first)
        #expect(TableAgendaFormat().read(Self.sheet).agendaTable.count == 1)
        #expect(area.page == 1)
        #expect(area.box.y0 == 249)
        #expect(area.box.y1 > 489.5 && area.box.y1 < 530)
        let numbered = [Line("1.\tApologies", x: 56, y: 100), Line("2.\tMinutes", x: 56, y: 120)]
        #expect(AgendaReader().read(numbered).agendaTable.isEmpty)
    }

    @Test("a table with no header row: the numbered front sheet and the outline read each title from its column, its wrapped lines cut at the next column, the plain line under a bold title not title", arguments: [true, false])
    func headerless(numbered: Bool) {
        // The rows numbered one after another (both readers follow the sequence).
        let renumber = ["3": "2", "6": "3", "7": "4", "8": "5"]
        let sheet = Self.sheet.filter { $0.text != Self.header(y: 249).text }.map { line in
            var line = line
            if let n = renumber[line.segments[0].text] { line.segments[0].text = n }
            return line
        }
        let items = numbered ? NumberedFrontSheetFormat().read(sheet).items : OutlineFormat().read(sheet).items
        #expect(TableAgendaFormat().read(sheet).items.isEmpty)
        #expect(items.map(\.number) == ["1", "2", "3", "4", "5"])
        #expect(items.map(\.title) == [
            "Apologies for Absence", "Minutes of the Meeting held on 17 October 2024", "Call-in of Cabinet Decision: Changes to Garden Waste Charges",
            "Revenue Budget Monitoring, Quarter 2 2024/25", "Leisure Centres Management Contract: Procurement Update",
        ])
        #expect(items[2].description == "Report of the Head of Legal and Democratic Services")
    }

    @Test("a front sheet with no header row naming its columns is not read as a table")
    func noHeader() {
        let rows = [
            Line("1.\tApologies (Pages 1 - 2)", x: 56, y: 100), Line("2.\tMinutes", x: 56, y: 120), Line("3.\tBudget", x: 56, y: 140),
        ]
        #expect(TableAgendaFormat().read(rows).items.isEmpty)
        let result = AgendaReader().read(rows)
        #expect(result.items.count == 3)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("agenda read as a numbered front sheet") })
        #expect(!result.diagnostics.contains { $0.message.contains("table of items") })
    }
}
