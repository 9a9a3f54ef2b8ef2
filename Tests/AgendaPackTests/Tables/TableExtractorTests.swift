import AgendaPack
import Batch
import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables
import TestSupport
import Testing

/// Runs the table pass over every page of a PDF the way `extract` and the CLI do.
func extractTables(_ pdf: MiniPDF) throws -> (pieces: [PageTable], tables: [TableRecord]) {
    try extractTables(path: pdf.write())
}

func extractTables(path: String, pages: [Int]? = nil) throws -> (pieces: [PageTable], tables: [TableRecord]) {
    let document = try PDFDocument(path: path)
    let run = try TablePass().run(on: document, pages: pages)
    return (run.pieces, run.tables)
}

/// Draws a grid: `columns` and `rows` are the ruling positions; `missing` lists rulings
/// left out, as (vertical x index, row index) or (horizontal y index, column index).
func drawGrid(
    _ page: inout MiniPDF.Page, columns: [Double], rows: [Double], grey: Double = 0, weight: Double = 0.75,
    noVertical: Set<[Int]> = [], noHorizontal: Set<[Int]> = []
) {
    for (xi, x) in columns.enumerated() {
        for r in 0..<(rows.count - 1) where !noVertical.contains([xi, r]) {
            page.line(x0: x, y0: rows[r], x1: x, y1: rows[r + 1], weight: weight, grey: grey)
        }
    }
    for (yi, y) in rows.enumerated() {
        for c in 0..<(columns.count - 1) where !noHorizontal.contains([yi, c]) {
            page.line(x0: columns[c], y0: y, x1: columns[c + 1], y1: y, weight: weight, grey: grey)
        }
    }
}

/// A grid whose header row (100-126) holds two levels: "Area" and "Total" ruled their
/// whole height, "Checks" over three columns whose inner rules (x 240, 320) start at 113,
/// between "Checks" and the columns' headings. With `title`, a band above (70-100) holds
/// it, shaded like the header and with no rule under it over "Area" and "Total" (the rule
/// at 100 runs over the "Checks" columns only).
/// The body of `boxedHeaderPage`'s grid.
let boxedHeaderBody = [["1", "Theft", "7Y"], ["2", "Burglary", "14Y"], ["3", "Criminal damage", "10Y"]]

/// A grid of three rows (110 to 170) under its column headings boxed on their own: a frame
/// 26 pt tall from 70 to 96, no rules between the headings, 14 pt above the grid.
func boxedHeaderPage() -> MiniPDF.Page {
    var page = MiniPDF.Page()
    for y in [70.0, 96.0] { page.line(x0: 60, y0: y, x1: 420, y1: y) }
    for x in [60.0, 420.0] { page.line(x0: x, y0: 70, x1: x, y1: 96) }
    page.text("Code", x: 64, y: 82, font: .bold)
    page.text("Offence", x: 164, y: 82, font: .bold)
    page.text("Maximum", x: 324, y: 80, font: .bold)
    page.text("term", x: 324, y: 92, font: .bold)
    drawGrid(&page, columns: [60, 160, 320, 420], rows: [110, 130, 150, 170])
    for (r, row) in boxedHeaderBody.enumerated() {
        for (c, text) in row.enumerated() { page.text(text, x: [64.0, 164, 324][c], y: 124 + Double(r) * 20, size: 10) }
    }
    return page
}

func groupedHeaderPage(title: String? = nil) -> MiniPDF.Page {
    var page = MiniPDF.Page()
    let columns = [60.0, 160, 240, 320, 400, 480]
    drawGrid(&page, columns: columns, rows: [100, 126, 146, 166, 186], noVertical: [[2, 0], [3, 0]], noHorizontal: title == nil ? [] : [[0, 0], [0, 4]])
    for x in [240.0, 320] { page.line(x0: x, y0: 113, x1: x, y1: 126) }
    if let title {
        for x in [60.0, 480] { page.line(x0: x, y0: 70, x1: x, y1: 100) }
        page.line(x0: 60, y0: 70, x1: 480, y1: 70)
        page.text(title, x: 200, y: 90, size: 10)
    }
    page.text("Checks", x: 260, y: 109, size: 8)
    page.text("Area", x: 64, y: 116, size: 8)
    page.text("Total", x: 404, y: 116, size: 8)
    for (c, text) in ["Handgun", "Long gun", "Other"].enumerated() { page.text(text, x: columns[c + 1] + 4, y: 123, size: 8) }
    for (r, row) in groupedBody.enumerated() {
        for (c, text) in row.enumerated() { page.text(text, x: columns[c] + 4, y: 140 + Double(r) * 20, size: 10) }
    }
    return page
}

let groupedBody = [["North", "12", "30", "1", "43"], ["South", "8", "21", "0", "29"], ["West", "5", "9", "2", "16"]]

@Suite("Ruled tables")
struct RuledTableTests {
    @Test("a header row whose inner rules start partway down is two rows: the group heading over its columns, columns ruled their whole height over both")
    func groupedHeader() throws {
        let (_, tables) = try extractTables(MiniPDF(pages: [groupedHeaderPage()]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.rows == [["Area", "Checks", "", "", "Total"], ["", "Handgun", "Long gun", "Other", ""]] + groupedBody)
        #expect(t.headerRows == 2)
        #expect(t.cells.contains { $0.row == 0 && $0.col == 1 && $0.colSpan == 3 })
        #expect(t.cells.contains { $0.row == 0 && $0.col == 0 && $0.rowSpan == 2 })
    }

    @Test("a title band over a grouped header, no rule between them in the outer columns, is the table's title")
    func titleOverGroupedHeader() throws {
        let (_, tables) = try extractTables(MiniPDF(pages: [groupedHeaderPage(title: "Background checks")]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.title == "Background checks")
        #expect(t.rows == [["Area", "Checks", "", "", "Total"], ["", "Handgun", "Long gun", "Other", ""]] + groupedBody)
        #expect(t.headerRows == 2)
    }

    @Test("a header cell spanning two columns and a cell spanning two rows")
    func spans() throws {
        var page = MiniPDF.Page()
        let columns = [60.0, 200.0, 300.0, 400.0]
        let rows = [100.0, 120.0, 140.0, 160.0, 180.0]
        // "Role" spans rows 0-1 (no rule under it); "Posts" spans columns 1-2 (no rule between them in row 0).
        drawGrid(&page, columns: columns, rows: rows, noVertical: [[2, 0]], noHorizontal: [[1, 0]])
        page.text("Role", x: 64, y: 124, font: .bold)
        page.text("Posts", x: 230, y: 114, font: .bold)
        page.text("Advertised", x: 204, y: 134, font: .bold)
        page.text("Started", x: 304, y: 134, font: .bold)
        for (r, row) in [["Social Worker", "24", "9"], ["Team Manager", "3", "2"]].enumerated() {
            for (c, text) in row.enumerated() { page.text(text, x: columns[c] + 4, y: rows[r + 2] + 14) }
        }
        page.text("Table 1: Recruitment activity", x: 60, y: 198)
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.ruled)
        #expect(t.nRows == 4 && t.nCols == 3)
        #expect(t.rows == [["Role", "Posts", ""], ["", "Advertised", "Started"], ["Social Worker", "24", "9"], ["Team Manager", "3", "2"]])
        #expect(t.headerRows == 2)
        #expect(t.title == "Table 1: Recruitment activity")
        let role = t.cells.first { $0.row == 0 && $0.col == 0 }
        let posts = t.cells.first { $0.row == 0 && $0.col == 1 }
        #expect(role?.rowSpan == 2 && role?.colSpan == 1 && role?.header == true)
        #expect(posts?.colSpan == 2 && posts?.rowSpan == 1)
        #expect(t.cells.contains { $0.row == 2 && $0.col == 0 && $0.text == "Social Worker" && !$0.header })
    }

    @Test("a cell spanning rows in the body, with text in two lines, and empty cells kept")
    func verticalMerge() throws {
        var page = MiniPDF.Page()
        let columns = [60.0, 180.0, 420.0]
        let rows = [100.0, 120.0, 150.0, 180.0, 200.0]
        drawGrid(&page, columns: columns, rows: rows, noHorizontal: [[2, 0]])
        page.text("Area", x: 64, y: 114, font: .bold)
        page.text("Action", x: 184, y: 114, font: .bold)
        page.text("SERVICE", x: 64, y: 160)
        page.text("DELIVERY", x: 64, y: 173)
        page.text("Deliver phase 2 of Stronger", x: 184, y: 132)
        page.text("Families.", x: 184, y: 145)
        page.text("Sufficiency of childcare", x: 184, y: 168)
        page.text("QUALITY", x: 64, y: 194)
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.rows == [["Area", "Action"], ["SERVICE DELIVERY", "Deliver phase 2 of Stronger Families."], ["", "Sufficiency of childcare"], ["QUALITY", ""]])
        #expect(t.cells.contains { $0.row == 1 && $0.col == 0 && $0.rowSpan == 2 })
        #expect(t.headerRows == 1)
    }

    @Test("grey hairline rulings count")
    func greyRules() throws {
        var page = MiniPDF.Page()
        let columns = [72.0, 200.0, 320.0, 440.0]
        let rows = [300.0, 318.0, 336.0, 354.0]
        drawGrid(&page, columns: columns, rows: rows, grey: 0.75, weight: 0.25)
        let cells = [["Ward", "Electors", "Turnout"], ["Northgate", "4,210", "31.2%"], ["Southgate", "3,998", "28.7%"]]
        for (r, row) in cells.enumerated() {
            for (c, text) in row.enumerated() { page.text(text, x: columns[c] + 4, y: rows[r] + 13, size: 10) }
        }
        let (pieces, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].ruled)
        #expect(tables[0].rows == cells)
        #expect(tables[0].headerRows == 0)  // no bold, no shading
        #expect(abs(pieces[0].bbox.x0 - 72) < 1.5 && abs(pieces[0].bbox.y1 - 354) < 1.5)
    }

    @Test("a table over two pages with its header repeated is one table, header once")
    func overPages() throws {
        let columns = [60.0, 160.0, 400.0, 500.0]
        func page(rowsText: [[String]], top: Double, lead: String?) -> MiniPDF.Page {
            var page = MiniPDF.Page()
            if let lead { page.text(lead, x: 60, y: top - 30, size: 12, font: .bold) }
            let header = ["Date", "Event", "Lead"]
            let ys = (0...(rowsText.count + 1)).map { top + Double($0) * 20 }
            drawGrid(&page, columns: columns, rows: ys)
            for (c, h) in header.enumerated() { page.text(h, x: columns[c] + 4, y: ys[0] + 14, font: .bold) }
            for (r, row) in rowsText.enumerated() {
                for (c, text) in row.enumerated() { page.text(text, x: columns[c] + 4, y: ys[r + 1] + 14) }
            }
            page.text("Page \(lead == nil ? 2 : 1)", x: 280, y: 815, size: 10)
            return page
        }
        let first = (1...20).map { ["\($0) May", "Event number \($0)", "TR"] }
        let second = (21...24).map { ["\($0) May", "Event number \($0)", "KO"] }
        let pdf = MiniPDF(pages: [page(rowsText: first, top: 340, lead: "Key dates table"), page(rowsText: second, top: 60, lead: nil)])
        let (pieces, tables) = try extractTables(pdf)
        #expect(pieces.count == 2)
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.pages == [1, 2])
        #expect(t.title == "Key dates table")
        #expect(t.headerRows == 1)
        #expect(t.nRows == 25)
        #expect(t.rows.filter { $0 == ["Date", "Event", "Lead"] }.count == 1)
        #expect(t.rows[21] == ["21 May", "Event number 21", "KO"])
        #expect(t.cells.filter(\.header).count == 3)
    }

    @Test("a table continued without its header, under a '(continued)' heading, is one table")
    func continuedWithoutHeader() throws {
        let columns = [60.0, 200.0, 480.0]
        var first = MiniPDF.Page()
        first.text("Scrutiny work programme", x: 60, y: 560, size: 12, font: .bold)
        let ys1 = (0...12).map { 580 + Double($0) * 20 }
        drawGrid(&first, columns: columns, rows: ys1)
        first.text("Date", x: 64, y: 594, font: .bold)
        first.text("Item", x: 204, y: 594, font: .bold)
        for r in 1..<12 {
            first.text("\(r) June", x: 64, y: ys1[r] + 14)
            first.text("Report number \(r)", x: 204, y: ys1[r] + 14)
        }
        var second = MiniPDF.Page()
        second.text("Scrutiny work programme (continued)", x: 60, y: 70, size: 12, font: .bold)
        let ys2 = (0...3).map { 90 + Double($0) * 20 }
        drawGrid(&second, columns: columns, rows: ys2)
        for r in 0..<3 {
            second.text("\(r + 12) June", x: 64, y: ys2[r] + 14)
            second.text("Report number \(r + 12)", x: 204, y: ys2[r] + 14)
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [first, second]))
        try #require(tables.count == 1)
        #expect(tables[0].pages == [1, 2])
        #expect(tables[0].nRows == 15)
        #expect(tables[0].title == "Scrutiny work programme")
        #expect(tables[0].rows.last == ["14 June", "Report number 14"])
    }

    @Test("a row broken by the page break is put back together")
    func rowBrokenByPage() throws {
        let columns = [60.0, 100.0, 300.0, 500.0]
        func page(_ rows: [[String]], top: Double, heading: Bool) -> MiniPDF.Page {
            var page = MiniPDF.Page()
            if heading { page.text("Action plan", x: 60, y: top - 20, size: 12, font: .bold) }
            let ys = (0...(rows.count + 1)).map { top + Double($0) * 20 }
            drawGrid(&page, columns: columns, rows: ys)
            for (c, h) in ["No.", "Action", "Next steps"].enumerated() { page.text(h, x: columns[c] + 4, y: ys[0] + 14, font: .bold) }
            for (r, row) in rows.enumerated() {
                for (c, text) in row.enumerated() where !text.isEmpty { page.text(text, x: columns[c] + 4, y: ys[r + 1] + 14) }
            }
            return page
        }
        let first = (1...6).map { ["\($0)", "Action \($0)", "Step \($0)"] } + [["7", "Train the workforce", "Evaluate impact with"]]
        let second = [["", "", "partners."], ["8", "Action 8", "Step 8"]]
        let (_, tables) = try extractTables(MiniPDF(pages: [page(first, top: 600, heading: true), page(second, top: 60, heading: false)]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.nRows == 9)
        #expect(t.rows[7] == ["7", "Train the workforce", "Evaluate impact with partners."])
        #expect(t.rows[8] == ["8", "Action 8", "Step 8"])
        #expect(t.cells.contains { $0.row == 7 && $0.col == 2 && $0.text == "Evaluate impact with partners." })
    }

    @Test("a shaded header row is a header even in a regular face, and its rulings are kept")
    func shadedHeader() throws {
        var page = MiniPDF.Page()
        let columns = [72.0, 220.0, 320.0, 420.0]
        let rows = [200.0, 220.0, 240.0, 260.0, 280.0]
        // The header band: a grey fill under the first row, drawn before the rules.
        page.items.append(.rule(x0: 72, y0: 200, x1: 420, y1: 220, grey: 0.8))
        drawGrid(&page, columns: columns, rows: rows)
        let cells = [["Service", "Budget", "Actual"], ["Libraries", "2,100", "1,950"], ["Parks", "3,400", "3,610"], ["Museums", "1,200", "(150)"]]
        for (r, row) in cells.enumerated() {
            for (c, text) in row.enumerated() { page.text(text, x: columns[c] + 4, y: rows[r] + 14) }
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == cells)
        #expect(tables[0].headerRows == 1)
    }

    @Test("a ruled band of several rows of figures is split into its rows")
    func bandOfFigureRows() throws {
        var page = MiniPDF.Page()
        let columns = [60.0, 200.0, 300.0, 400.0]
        // Rules only under the header and around each band of three rows.
        let rules = [100.0, 120.0, 162.0, 204.0]
        drawGrid(&page, columns: columns, rows: rules)
        for (c, h) in ["State", "Permit", "Total"].enumerated() { page.text(h, x: columns[c] + 4, y: 114, font: .bold) }
        let data = [["Alabama", "18,870", "71,137"], ["Alaska", "209", "7,095"], ["Arizona", "2,303", "27,087"],
                    ["Arkansas", "3,298", "25,048"], ["California", "98,452", "180,116"], ["Colorado", "4,144", "42,271"]]
        for (i, row) in data.enumerated() {
            let y = (i < 3 ? 120.0 : 162.0) + Double(i % 3) * 13 + 11
            for (c, text) in row.enumerated() { page.text(text, x: columns[c] + 4, y: y, size: 9) }
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == [["State", "Permit", "Total"]] + data)
    }

    @Test("a ruled header over an open body: columns from the header, rows where the first column starts")
    func openBody() throws {
        var page = MiniPDF.Page()
        let columns = [60.0, 160.0, 320.0, 420.0]
        // The frame and the header's rules; no rules inside the body.
        for y in [100.0, 120.0, 200.0] { page.line(x0: 60, y0: y, x1: 420, y1: y) }
        page.line(x0: 60, y0: 100, x1: 60, y1: 200)
        page.line(x0: 420, y0: 100, x1: 420, y1: 200)
        for x in [160.0, 320.0] { page.line(x0: x, y0: 100, x1: x, y1: 120) }
        for (c, h) in ["Document", "Payee", "Amount"].enumerated() { page.text(h, x: columns[c] + 4, y: 114, font: .bold) }
        let body: [(Double, [String])] = [
            (136, ["DH-001", "Citibank travel", "920.68"]), (149, ["", "airfare and return", ""]),
            (162, ["DH-002", "Citibank travel", "907.96"]), (175, ["DH-003", "Office supplies", "58.10"]),
            (188, ["DH-004", "Citibank travel", "737.94"]),
        ]
        for (y, row) in body {
            for (c, text) in row.enumerated() where !text.isEmpty { page.text(text, x: columns[c] + 4, y: y, size: 10) }
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == [
            ["Document", "Payee", "Amount"], ["DH-001", "Citibank travel airfare and return", "920.68"],
            ["DH-002", "Citibank travel", "907.96"], ["DH-003", "Office supplies", "58.10"], ["DH-004", "Citibank travel", "737.94"],
        ])
        #expect(tables[0].headerRows == 1)
    }

    @Test("an open body whose first column stays empty is cut where its key column starts; a word over an undrawn boundary stays whole")
    func openBodyKeyColumn() throws {
        var page = MiniPDF.Page()
        let columns = [60.0, 160.0, 320.0, 420.0]
        for y in [100.0, 120.0, 210.0] { page.line(x0: 60, y0: y, x1: 420, y1: y) }
        page.line(x0: 60, y0: 100, x1: 60, y1: 210)
        page.line(x0: 420, y0: 100, x1: 420, y1: 210)
        for x in [160.0, 320.0] { page.line(x0: x, y0: 100, x1: x, y1: 120) }
        for (c, h) in ["Document", "Payee", "Amount"].enumerated() { page.text(h, x: columns[c] + 4, y: 114, font: .bold) }
        // Salaries: no document number. The fourth payee's last word runs over x = 320
        // (Helvetica 10 pt: "STAFF AIRFARE AND RETUR" is 138.9 pt wide from x = 182).
        let body: [(Double, String, Double, String)] = [
            (136, "BAIN, J MATTHEW", 164, "37,499.96"), (149, "SMITH, ALVARO R", 164, "21,000.00"),
            (162, "ARMER, DEREK A", 164, "12,111.06"), (175, "STAFF AIRFARE AND RETURN", 182, "920.68"),
            (188, "ENGLERT, PAYTON A", 164, "25,499.96"),
        ]
        for (y, payee, x, amount) in body {
            page.text(payee, x: x, y: y, size: 10)
            // Right-aligned at 416 (figures 0.556 em, comma and point 0.278 em).
            let width = amount.reduce(0.0) { $0 + ("0123456789".contains($1) ? 5.56 : 2.78) }
            page.text(amount, x: 416 - width, y: y, size: 10)
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == [["Document", "Payee", "Amount"]] + body.map { ["", $0.1, $0.3] })
    }

    @Test("column headings in a box of their own above the grid are its header row")
    func boxedHeader() throws {
        let (_, tables) = try extractTables(MiniPDF(pages: [boxedHeaderPage()]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == [["Code", "Offence", "Maximum term"]] + boxedHeaderBody)
        #expect(tables[0].headerRows == 1)
    }

    @Test("a ruled sheet of names over blank signature cells is found from its rules alone")
    func signatureSheet() throws {
        var page = MiniPDF.Page()
        page.text("The meeting closed at 8.50 pm.", x: 60, y: 80)
        drawGrid(&page, columns: [60, 300, 520], rows: [120, 140, 176, 212, 248])
        page.text("Names", x: 150, y: 134, font: .bold)
        page.text("Signatures", x: 380, y: 134, font: .bold)
        let names = [("Jean MARTIN", "Mayor"), ("Paul DURAND", "First Deputy"), ("Anne PETIT", "Councillor")]
        for (r, name) in names.enumerated() {
            page.text(name.0, x: 64, y: 154 + Double(r) * 36, font: .bold)
            page.text(name.1, x: 64, y: 168 + Double(r) * 36)
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == [["Names", "Signatures"]] + names.map { ["\($0.0) \($0.1)", ""] })
    }

    @Test("value labels of a bar chart over its gridlines are not a table")
    func chartGridlines() throws {
        var page = MiniPDF.Page()
        // Gridlines every 60 pt across and 30 pt down; one value label a bar, at its end.
        drawGrid(&page, columns: [100, 160, 220, 280], rows: [100, 130, 160, 190])
        for (r, label) in ["48%", "31%", "12%"].enumerated() {
            page.text(label, x: 104 + Double(r) * 60 + 20, y: 118 + Double(r) * 30, size: 9)
        }
        let (pieces, _) = try extractTables(MiniPDF(pages: [page]))
        #expect(pieces.isEmpty)
    }

    @Test("header levels stacked in one box over all the columns become rows, the top heading over the columns it is centred on")
    func stackedHeader() throws {
        var page = MiniPDF.Page()
        // No rules inside the header box (100-150); a full grid below.
        drawGrid(&page, columns: [60, 160, 240, 320, 400], rows: [100, 150, 170, 190, 210], noVertical: [[1, 0], [2, 0], [3, 0]])
        // "Pupils in school (%)" is 96.6 pt wide in Helvetica 11 pt: centred on 280, over columns 1-3.
        page.text("Pupils in school (%)", x: 231.7, y: 112, font: .bold)
        for (c, text) in ["District", "Total", "Boys", "Girls"].enumerated() { page.text(text, x: [64.0, 164, 244, 324][c], y: 128, font: .bold) }
        for (c, text) in ["1", "2", "3", "4"].enumerated() { page.text(text, x: [64.0, 164, 244, 324][c], y: 144, font: .bold) }
        let body = [["North", "91.2", "90.1", "92.3"], ["South", "88.0", "87.5", "88.6"], ["West", "93.4", "92.8", "94.1"]]
        for (r, row) in body.enumerated() {
            for (c, text) in row.enumerated() { page.text(text, x: [64.0, 164, 244, 324][c], y: 164 + Double(r) * 20) }
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.rows == [["", "Pupils in school (%)", "", ""], ["District", "Total", "Boys", "Girls"], ["1", "2", "3", "4"]] + body)
        #expect(t.headerRows == 3)
        #expect(t.cells.contains { $0.row == 0 && $0.col == 1 && $0.colSpan == 3 })
    }

    @Test("rules round the header and at the end only, entries closed by dot leaders: one row per entry, leaders dropped")
    func leaderRows() throws {
        var page = MiniPDF.Page()
        // Column rules down the table; horizontal rules above and below the header and at the end.
        for y in [100.0, 120.0, 190.0] { page.line(x0: 60, y0: y, x1: 460, y1: y) }
        for x in [60.0, 220.0, 340.0, 460.0] { page.line(x0: x, y0: 100, x1: x, y1: 190) }
        for (c, h) in ["Action", "Labour cost", "Parts cost"].enumerated() { page.text(h, x: [64.0, 224, 344][c], y: 114, size: 9) }
        let lines: [(Double, [String])] = [
            (134, ["Software installation ..........", "1 work-hour ..........", "$0 .............."]),
            (146, ["Manual revisions ..................", "1 work-hour ..........", "$0 .............."]),
            (158, ["Wiring change and", "Up to 79 work-hours", "Up to $3,790 ....."]),
            (170, ["sensor test ...........................", "", ""]),
        ]
        for (y, row) in lines {
            for (c, text) in row.enumerated() where !text.isEmpty { page.text(text, x: [64.0, 224, 344][c], y: y, size: 9) }
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == [
            ["Action", "Labour cost", "Parts cost"], ["Software installation", "1 work-hour", "$0"], ["Manual revisions", "1 work-hour", "$0"],
            ["Wiring change and sensor test", "Up to 79 work-hours", "Up to $3,790"],
        ])
    }

    @Test("a framed box of text is not a table")
    func framedBox() throws {
        var page = MiniPDF.Page()
        drawGrid(&page, columns: [60, 500], rows: [100, 160])
        page.text("Note: this report contains exempt information.", x: 64, y: 120)
        page.text("Contact the clerk for details.", x: 64, y: 140)
        let (pieces, _) = try extractTables(MiniPDF(pages: [page]))
        #expect(pieces.isEmpty)
    }
}

@Suite("Unruled tables")
struct UnruledTableTests {
    @Test("a four-column budget table with negatives in parentheses")
    func budget() throws {
        var page = MiniPDF.Page()
        page.text("Revenue budget by service", x: 72, y: 80, size: 12, font: .bold)
        let rows = [
            ["Service", "2023/24", "2024/25", "Change"],
            ["Adult social care", "12,345", "13,579", "1,234"],
            ["Highways", "4,321", "3,087", "(1,234)"],
            ["Libraries", "2,100", "1,950", "(150)"],
            ["Total", "18,766", "18,616", "(150)"],
        ]
        for (r, row) in rows.enumerated() {
            let y = 110 + Double(r) * 16
            page.text(row[0], x: 72, y: y, font: r == 0 ? .bold : .regular)
            // Figures right-aligned at the column's right edge.
            for (c, text) in row.dropFirst().enumerated() {
                let right = 300 + Double(c) * 90
                page.text(text, x: right - Double(text.count) * 5.6, y: y, font: r == 0 ? .bold : .regular)
            }
        }
        page.text("The figures are in thousands of pounds and include the savings agreed in February.", x: 72, y: 210)
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(!t.ruled)
        #expect(t.rows == rows)
        #expect(t.headerRows == 1)
        #expect(t.title == "Revenue budget by service")
    }

    /// Width of Helvetica text: figures, signs and the few letters the fixtures use.
    static func width(_ text: String, size: Double) -> Double {
        let em: [Character: Double] = [",": 0.278, ".": 0.278, "-": 0.333, "%": 0.889, " ": 0.278, "C": 0.722, "h": 0.556, "g": 0.556]
        return text.reduce(0) { $0 + (em[$1] ?? 0.556) } * size
    }

    @Test("narrow figure columns set closer than the segment gap, under headings centred over three columns")
    func groupHeader() throws {
        var page = MiniPDF.Page()
        // Right edges of the six figure columns; figures 0.8 em apart at most, which the
        // layout reads as one segment ("2023 % Chg").
        let rights = [170.0, 210.0, 250.0, 330.0, 370.0, 410.0]
        let rows = [
            ["", "2024", "2023", "% Chg", "2024", "2023", "% Chg"],
            ["Burglary", "20", "29", "-31.0", "621", "736", "-15.6"],
            ["Robbery", "16", "25", "-36.0", "540", "608", "-11.2"],
            ["Vehicle theft", "7", "13", "-46.2", "118", "166", "-28.9"],
            ["Total", "43", "67", "-35.8", "1,279", "1,510", "-15.3"],
        ]
        // The group headings, each centred over its three columns.
        page.text("Week to Date", x: 190 - 30, y: 100, size: 10)
        page.text("Year to Date", x: 370 - 30, y: 100, size: 10)
        for (r, row) in rows.enumerated() {
            let y = 114 + Double(r) * 14
            if !row[0].isEmpty { page.text(row[0], x: 60, y: y, size: 10) }
            for (c, text) in row.dropFirst().enumerated() {
                page.text(text, x: rights[c] - Self.width(text, size: 10), y: y, size: 10)
            }
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.headerRows == 2)
        #expect(t.rows[0] == ["", "Week to Date", "", "", "Year to Date", "", ""])
        #expect(Array(t.rows.dropFirst()) == rows)
        #expect(t.cells.contains { $0.row == 0 && $0.col == 1 && $0.colSpan == 3 })
        #expect(t.cells.contains { $0.row == 0 && $0.col == 4 && $0.colSpan == 3 })
    }

    @Test("header cells centred over three lines are one row; a code repeated on every row is not a list")
    func centredHeaderAndCodes() throws {
        var page = MiniPDF.Page(width: 792, height: 612)
        let xs = [40.0, 100.0, 220.0, 280.0]
        // Two-line cells and one-line cells centred between them: lines 6 pt apart.
        for (c, text) in ["Code", "", "Code", ""].enumerated() where !text.isEmpty { page.text(text, x: xs[c], y: 60, size: 9, font: .bold) }
        for (c, text) in ["", "Area name", "", "Town name"].enumerated() where !text.isEmpty { page.text(text, x: xs[c], y: 66, size: 9, font: .bold) }
        for (c, text) in ["Area", "", "Town", ""].enumerated() where !text.isEmpty { page.text(text, x: xs[c], y: 72, size: 9, font: .bold) }
        let body = [
            ["01", "Northfield", "001", "Ashby Green"],
            ["01", "Northfield", "002", "Bramley Cross"],
            ["01", "Northfield", "004", "Copperdale"],
            ["01", "Northfield", "007", "Dunmore Heath Farm"],
            ["02", "Southmoor", "001", "Elmstead"],
        ]
        for (r, row) in body.enumerated() {
            for (c, text) in row.enumerated() { page.text(text, x: xs[c], y: 88 + Double(r) * 12, size: 9) }
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.headerRows == 1)
        #expect(t.rows == [["Code Area", "Area name", "Code Town", "Town name"]] + body)
    }

    @Test("a heading over the figures on its own lines is the header; a currency sign in its own column joins the figure")
    func headingAboveAndCurrency() throws {
        var page = MiniPDF.Page()
        page.text("Contract with the following agencies under the programme grant.", x: 72, y: 100, size: 11)
        page.text("Amount to be paid", x: 400, y: 130, size: 11)
        page.text("not to exceed:", x: 408, y: 143, size: 11)
        let rows = [
            ("Ashby Community Trust", "25,742.00"), ("Bramley Health Services", "177,965.00"),
            ("Copperdale Medical Centre", "1,443,821.00"), ("Dunmore Family Support", "31,268.00"),
        ]
        for (r, row) in rows.enumerated() {
            let y = 160 + Double(r) * 14
            page.text(row.0, x: 100, y: y, size: 11)
            // "$" at 400 except where the figure is too long and the sign touches it.
            let width = row.1.reduce(0.0) { $0 + ($1.isNumber ? 6.116 : 3.058) }
            if row.1.count > 10 {
                page.text("$" + row.1, x: 480 - width - 6.116, y: y, size: 11)
            } else {
                page.text("$", x: 400, y: y, size: 11)
                page.text(row.1, x: 480 - width, y: y, size: 11)
            }
        }
        page.text("The contracts run from 1 March 2019 to 29 February 2020.", x: 72, y: 230, size: 11)
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].headerRows == 1)
        #expect(tables[0].rows == [
            ["", "Amount to be paid not to exceed:"], ["Ashby Community Trust", "$ 25,742.00"],
            ["Bramley Health Services", "$ 177,965.00"], ["Copperdale Medical Centre", "$1,443,821.00"],
            ["Dunmore Family Support", "$ 31,268.00"],
        ])
    }

    @Test("bare figures counting from 18 in the first column are values, not item numbers")
    func agesColumn() throws {
        var page = MiniPDF.Page()
        let rows = [
            ["Age", "Count", "%"], ["18", "40", "12.12%"], ["19", "47", "14.24%"], ["20", "49", "14.85%"], ["21", "40", "12.12%"],
            ["22", "40", "12.12%"], ["23", "42", "12.73%"], ["24", "40", "12.12%"], ["25", "32", "9.70%"], ["Total", "330", ""],
        ]
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty { page.text(text, x: [72.0, 160, 260][c], y: 120 + Double(r) * 14, size: 11) }
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == rows)
    }

    @Test("records printed over two lines, the second indented under the first's second column, are one row each")
    func twoLineRecords() throws {
        var page = MiniPDF.Page()
        let records = [
            ["PS1", "Hope Church Centre, York Road", "LA", "Abbey Ward 1"], ["PS2", "Gollancz Hall, Clifton Street", "LB", "Abbey Ward 2"],
            ["PS3", "Wesley Church Hall, Queens Road", "LC", "Abbey Ward 3"], ["PS4", "Bridge Nursery School, Caversham", "MA", "Caversham Ward 1"],
        ]
        for (r, record) in records.enumerated() {
            let y = 100 + Double(r) * 40
            page.text(record[0], x: 25, y: y, size: 10)
            page.text(record[1], x: 93, y: y, size: 10)
            page.text(record[2], x: 93, y: y + 16, size: 10)
            page.text(record[3], x: 174, y: y + 16, size: 10)
        }
        let (_, tables) = try extractTables(MiniPDF(pages: [page]))
        try #require(tables.count == 1)
        #expect(tables[0].rows == records)
    }

    @Test(
        "lists and layouts are not tables",
        arguments: [
            // A bulleted list.
            [["•", "Apologies for absence"], ["•", "Declarations of interest"], ["•", "Minutes of the last meeting"], ["•", "Budget monitoring"]],
            // A front-sheet agenda with page ranges.
            [["1.", "Apologies", "(Pages 1 - 2)"], ["2.", "Declarations of Interest", "(Pages 3 - 4)"], ["3.", "Minutes", "(Pages 5 - 10)"], ["4.", "Budget Report", "(Pages 11 - 30)"]],
            // A form of labels.
            [["To:", "Cabinet"], ["From:", "Director of Finance"], ["Date:", "14 July 2016"], ["Subject:", "Budget"]],
        ])
    func notTables(_ rows: [[String]]) throws {
        var page = MiniPDF.Page()
        for (r, row) in rows.enumerated() {
            let xs = [72.0, 100.0, 420.0]
            for (c, text) in row.enumerated() { page.text(text, x: xs[c], y: 120 + Double(r) * 18) }
        }
        let (pieces, _) = try extractTables(MiniPDF(pages: [page]))
        #expect(pieces.isEmpty)
    }

    @Test("three columns of prose under bold headings are not a table")
    func threeColumns() throws {
        var page = MiniPDF.Page()
        let xs = [40.0, 220.0, 400.0]
        for (c, heading) in ["Climate action", "Elections review", "Training"].enumerated() {
            page.text(heading, x: xs[c], y: 100, size: 12, font: .bold)
        }
        let text = [
            ["The Council agreed the plan", "at its meeting on 24 May.", "It sets out 46 actions for", "the first three years now."],
            ["The Returning Officer will", "publish the report later", "this month for members and", "the public to comment on."],
            ["The summer programme starts", "with planning on Monday 19", "June at 6.00 pm in the", "Council Chamber this year."],
        ]
        for c in 0..<3 {
            for (r, line) in text[c].enumerated() { page.text(line, x: xs[c], y: 118 + Double(r) * 14, size: 10) }
        }
        let (pieces, _) = try extractTables(MiniPDF(pages: [page]))
        #expect(pieces.isEmpty)
    }

    @Test("two columns of prose are not a table")
    func twoColumns() throws {
        var page = MiniPDF.Page()
        let left = ["The Council agreed the climate", "action plan at its meeting on", "24 May 2023. The plan commits", "the Council to net zero by 2030", "and sets out 46 actions."]
        let right = ["The Returning Officer's report", "on the local elections will be", "published later this month.", "Turnout was 31.6 per cent", "across the borough."]
        for i in left.indices {
            page.text(left[i], x: 60, y: 120 + Double(i) * 14)
            page.text(right[i], x: 320, y: 120 + Double(i) * 14)
        }
        let (pieces, _) = try extractTables(MiniPDF(pages: [page]))
        #expect(pieces.isEmpty)
    }
}

/// Facts checked by eye against renderings of the shared samples (never committed).
@Suite("Tables on the shared samples")
struct SampleTableTests {
    static func sample(_ name: String) -> String? {
        guard let folder = TestPaths.samples?.appendingPathComponent("tables") else { return nil }
        let path = folder.appendingPathComponent(name).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    @Test("a ruled contribution report over five pages is one table with its header once")
    func contributionReport() throws {
        guard let path = Self.sample("us_vote-yes-strong-schools_contribution-report.pdf") else {
            print("skipped: ../shared/samples/tables is absent")
            return
        }
        let (_, tables) = try extractTables(path: path)
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.pages == [1, 2, 3, 4, 5])
        #expect(t.nCols == 10 && t.headerRows == 1)
        #expect(t.rows[0] == ["Last Name", "First Name", "Address", "City", "State", "Zip", "Occupation", "Employer", "Date", "Amount"])
        #expect(t.rows.filter { $0.first == "Last Name" }.count == 1)
        #expect(t.rows[1] == ["Lidstad", "Dick & Peg", "62 Mississippi River Blvd N", "Saint Paul", "MN", "55104", "retired", "", "10/12/2012", "60.00"])
    }

    @Test("medicines list: a title row is the title, then a two-row header and a spanning 'Level of use'")
    func medicines() throws {
        guard let path = Self.sample("india_medicines-approved-by-purchase-committee.pdf") else {
            print("skipped: ../shared/samples/tables is absent")
            return
        }
        let (_, tables) = try extractTables(path: path)
        try #require(tables.count == 1)
        let t = tables[0]
        #expect(t.nCols == 10)
        #expect(t.title == "List of Medicines approved by Purchase Committee")
        #expect(t.headerRows == 2)
        #expect(t.rows[0][6] == "Level of use")
        #expect(t.rows[1][9] == "Tertiary Hospital")
        #expect(t.rows[2][2] == "Lignocaine HCI I.P Inj.")
        #expect(t.cells.contains { $0.row == 0 && $0.col == 6 && $0.colSpan == 4 })
    }
}

@Suite("Ruling sources")
struct RulingSourceTests {
    func tables(_ path: String, source: TableSettings.RulingSource) throws -> [TableRecord] {
        var settings = TableSettings()
        settings.rulingSource = source
        return try TablePass(settings: settings).run(on: PDFDocument(path: path)).tables
    }

    @Test("stroked and filled rulings give the same table from shapes as from pixels")
    func strokedGrid() throws {
        var page = MiniPDF.Page()
        let columns = [72.0, 200.0, 320.0, 440.0]
        let rows = [300.0, 318.0, 336.0, 354.0]
        for x in columns { page.stroke(x0: x, y0: rows[0], x1: x, y1: rows[3], width: 0.5) }
        for y in rows { page.line(x0: columns[0], y0: y, x1: columns[3], y1: y, weight: 0.5) }
        let cells = [["Ward", "Electors", "Turnout"], ["Northgate", "4,210", "31.2%"], ["Southgate", "3,998", "28.7%"]]
        for (r, row) in cells.enumerated() {
            for (c, text) in row.enumerated() { page.text(text, x: columns[c] + 4, y: rows[r] + 13, size: 10) }
        }
        let path = try MiniPDF(pages: [page]).write()
        let fromShapes = try tables(path, source: .shapes), fromPixels = try tables(path, source: .pixels)
        try #require(fromShapes.count == 1 && fromPixels.count == 1)
        #expect(fromShapes[0].rows == cells)
        #expect(fromPixels[0].rows == cells)
    }

    @Test("a region of a scanned page (invisible OCR text) is read from pixels; an image under visible text is not")
    func imageRegionRendered() {
        var lines: [Line] = []
        for (i, y) in [100.0, 120.0, 140.0].enumerated() {
            let cells = [("Ward \(i)", 72.0), ("\(i * 100)", 250.0), ("\(i)%", 400.0)]
            let segments = cells.map { text, x in
                Segment(text: text, bbox: Rect(x0: x, y0: y, x1: x + 40, y1: y + 10), fontName: "Helvetica", fontSize: 10, bold: false, italic: false)
            }
            lines.append(Line(page: 1, bbox: Rect(x0: 72, y0: y, x1: 440, y1: y + 10), segments: segments, pageWidth: 595))
        }
        func renders(_ shapes: [PaintedShape]) -> Int {
            var rendered = 0
            let page = TablePage(
                number: 1, lines: lines, width: 595, height: 842, shapes: { shapes },
                render: { _, _ in
                    rendered += 1
                    return nil
                })
            _ = TablePass().tables(on: page)
            return rendered
        }
        let scan = PaintedShape(kind: .image, x0: 0, y0: 0, x1: 595, y1: 842)
        #expect(renders([scan, PaintedShape(kind: .invisibleText, x0: 72, y0: 110, x1: 72, y1: 110)]) == 1)
        #expect(renders([PaintedShape(kind: .invisibleText, x0: 72, y0: 110, x1: 72, y1: 110)]) == 1)
        #expect(renders([scan]) == 0)
        #expect(renders([]) == 0)
    }

    @Test("on the corpus, the tables read from shapes are the tables read from pixels")
    func corpusAgrees() throws {
        let corpus = TestPaths.root.appendingPathComponent("corpus/pdf")
        for name in ["kingsmere-bc-key-dates-briefing-untagged", "eastmarsh-cc-budget-2025-02-13-appendices", "holloway-bc-members-bulletin-2023-06"] {
            let path = corpus.appendingPathComponent(name + ".pdf").path
            let fromShapes = try tables(path, source: .shapes), fromPixels = try tables(path, source: .pixels)
            #expect(!fromShapes.isEmpty, "\(name)")
            #expect(fromShapes.map(\.rows) == fromPixels.map(\.rows), "\(name)")
            #expect(fromShapes.map(\.headerRows) == fromPixels.map(\.headerRows), "\(name)")
        }
    }
}
