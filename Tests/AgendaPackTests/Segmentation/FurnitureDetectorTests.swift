@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
import PDFLayout
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("FurnitureDetector")
struct FurnitureDetectorTests {
    static func page(_ number: Int, _ rows: [(y: Double, x: Double, text: String)], height: Double = 842) -> PageText {
        PageText(
            info: PageInfo(number: number, width: 595, height: height, rotation: 0, label: String(number)),
            lines: rows.map { row in
                let line = Line(row.text, page: number, x: row.x, y: row.y, size: 11)
                return TextLine(bbox: line.bbox, segments: line.segments)
            })
    }

    @Test("Page N stamps give the label and are set aside; blank notices make blank pages")
    func stamps() {
        let pages = [
            Self.page(1, [(80, 56, "Minutes of the Meeting"), (810, 280, "Page 3")]),
            Self.page(2, [(400, 190, "This page is intentionally left blank"), (810, 280, "Page 4")]),
            Self.page(3, [(24, 470, "Agenda Item 4"), (80, 56, "Briefing note"), (810, 280, "Page 5")]),
            Self.page(4, []),
        ]
        let result = FurnitureDetector().detect(pages)
        #expect(result.map(\.label) == ["3", "4", "5", nil])
        #expect(result.map(\.blank) == [false, true, false, true])
        #expect(result[2].itemStamp == "4")
        #expect(result[2].lines.map(\.text) == ["Briefing note"])
        #expect(result[1].furniture.map(\.kind) == [.blankNotice, .pageStamp])
        #expect(result[0].lines.map(\.text) == ["Minutes of the Meeting"])
    }

    @Test("running headers and footers repeated on many pages are furniture; body text is not")
    func running() {
        let pages = (1...6).map { n in
            Self.page(n, [(30, 56, "Education Scrutiny Board - 21 July 2016"), (100, 56, "Paragraph \(n) of the report"), (815, 56, "Wrenbury City Council \(n)")])
        }
        let result = FurnitureDetector().detect(pages)
        #expect(result.allSatisfy { $0.lines.map(\.text) == ["Paragraph \($0.page) of the report"] })
        #expect(result[0].furniture.map(\.kind) == [.header, .footer])
    }

    @Test("a page without text is blank unless it prints something (a scan)")
    func printedWithoutText() {
        var scan = Self.page(2, [])
        scan.printedWithoutText = true
        let results = FurnitureDetector().detect([Self.page(1, [(y: 400, x: 56, text: "Report")]), scan, Self.page(3, [])])
        #expect(results.map(\.blank) == [false, false, true])
        #expect(results.map(\.printedWithoutText) == [false, true, false])
    }

    @Test("stamp forms", arguments: [("Page 12", "12"), ("Page 3 of 20", "3"), ("- 7 -", "7"), ("12", "12"), ("page 9", "9")])
    func forms(text: String, label: String) {
        let result = FurnitureDetector().detect([Self.page(1, [(100, 56, "Body"), (812, 280, text)])])
        #expect(result[0].label == label)
    }

    @Test("a number in the body is not a stamp")
    func bodyNumber() {
        let result = FurnitureDetector().detect([Self.page(1, [(300, 56, "12"), (320, 56, "Body text")])])
        #expect(result[0].label == nil)
        #expect(result[0].lines.count == 2)
    }
}
