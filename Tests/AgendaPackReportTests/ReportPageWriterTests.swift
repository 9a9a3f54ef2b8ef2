import AgendaPack
@testable import AgendaPackReport
@testable import Contract
import Foundation
@testable import LayoutModel
import PDFLayout
import Testing


@Suite("The report's HTML")
struct ReportPageWriterTests {
    static func html(scale: Double = 2, tweak: (inout PackDocument) -> Void = { _ in }) throws -> String {
        var pack = ReportModelTests.pack()
        tweak(&pack)
        let json = try PackJSON.compact(pack)
        let model = ReportModel(pack: pack, grids: ReportModelTests.grids)
        let images = [1: PageImageRef(src: "x_pages/p0001.png", thumbnail: nil)]
        return ReportPageWriter(scale: scale).html(pack: pack, packJSON: json, model: model, images: images)
    }

    @Test("a box is placed at its bbox times the scale, in CSS pixels")
    func placement() throws {
        let h = try Self.html(scale: 2)
        // agenda item 2a: [80, 320, 300, 335] at 2 px per point.
        #expect(h.contains(#"<div class="box k-sub-item" data-key="agenda_items/2" style="left:160px;top:640px;width:440px;height:30px">"#))
        // Page 3 is landscape: 842 × 595 points.
        #expect(h.contains(#"<div class="sheet" style="width:1684px;height:1190px">"#))
    }

    @Test("a table's grid lines and header band are drawn inside its box")
    func grid() throws {
        let h = try Self.html(scale: 1)
        // Page 2's piece: box [60, 400, 530, 780], one inner column at 300, one inner row at 420, one header row.
        #expect(h.contains(#"<i class="head" style="left:0px;top:0px;width:470px;height:20px"></i>"#))
        #expect(h.contains(#"<i class="col" style="left:240px;top:0px;height:380px"></i>"#))
        #expect(h.contains(#"<i class="row" style="top:20px;left:0px;width:470px"></i>"#))
    }

    @Test("a record's text is escaped in the list and cannot end the embedded JSON")
    func escaping() throws {
        let h = try Self.html { $0.agendaItems[0].title = "</script><img src=x onerror=alert(1)> & more" }
        #expect(h.contains("2 &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; more"))
        #expect(!h.contains("<img src=x"))
        #expect(h.components(separatedBy: "</script>").count == 3)  // the JSON's and the script's own
    }

    @Test("each kind has a legend entry with its count and a filter")
    func legend() throws {
        let h = try Self.html()
        #expect(h.contains(#"<input type="checkbox" data-kind="agenda-item" checked><span class="sw"></span>Agenda items <span class="n">2</span>"#))
        #expect(h.contains(#"<label class="k-minute-item none">"#))
        #expect(h.contains("body.hide-date .box.k-date"))
    }

    @Test("the report references no network resource")
    func offline() throws {
        let h = try Self.html()
        #expect(!h.contains("http://"))
        #expect(!h.contains("https://"))
        #expect(!h.contains("<link"))
    }

    @Test("the same pack gives the same HTML")
    func deterministic() throws {
        #expect(try Self.html() == Self.html())
    }
}

@Suite("A table's cells in the report")
struct ReportTableCellTests {
    @Test("a cell spanning two columns is one rect across both; header cells are shaded")
    func spans() {
        // Columns at 0, 100, 150, 200; rows at 0, 20, 40: "Cost" spans columns 1-2 of the header row.
        let grid = TableGrid(
            page: 1, bbox: Rect(x0: 0, y0: 0, x1: 200, y1: 40), columns: [0, 100, 150, 200], rows: [0, 20, 40], headerRows: 1,
            cells: [
                .init(row: 0, col: 0, header: true), .init(row: 0, col: 1, colSpan: 2, header: true),
                .init(row: 1, col: 0), .init(row: 1, col: 1), .init(row: 1, col: 2),
                .init(row: 1, col: 3),  // outside the grid: left out
            ])
        let h = ReportPageWriter(scale: 1).gridHTML(grid, in: grid.bbox)
        #expect(h.contains(#"<i class="cell head" style="left:100px;top:0px;width:100px;height:20px"></i>"#))
        #expect(h.contains(#"<i class="cell" style="left:150px;top:20px;width:50px;height:20px"></i>"#))
        #expect(h.components(separatedBy: "<i class=").count - 1 == 5)
        #expect(!h.contains("class=\"col\""))
    }
}
