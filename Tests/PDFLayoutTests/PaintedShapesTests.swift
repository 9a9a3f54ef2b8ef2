import LayoutModel
import PDFLayout
import TestSupport
import Testing

@Suite("Painted shapes")
struct PaintedShapesTests {
    @Test("strokes and filled rectangles come in page points, top-left origin, with their grey")
    func shapesInPagePoints() throws {
        var page = MiniPDF.Page()
        page.text("Not a shape", x: 72, y: 60)
        page.stroke(x0: 50, y0: 100, x1: 50, y1: 400, width: 1, grey: 0)
        page.items.append(.rule(x0: 100, y0: 200, x1: 300, y1: 202, grey: 0.5))
        let document = try PDFDocument(path: MiniPDF(pages: [page]).write())
        let shapes = try #require(try document.shapes(1))
        try #require(shapes.count == 2)
        let stroke = shapes[0], fill = shapes[1]
        #expect(stroke.kind == .stroke)
        #expect(abs(stroke.x0 - 50) < 0.01 && abs(stroke.x1 - 50) < 0.01)
        #expect(abs(min(stroke.y0, stroke.y1) - 100) < 0.01 && abs(max(stroke.y0, stroke.y1) - 400) < 0.01)
        #expect(abs(stroke.lineWidth - 1) < 0.01 && stroke.grey == 0)
        #expect(fill.kind == .fill)
        #expect(abs(fill.x0 - 100) < 0.01 && abs(fill.y0 - 200) < 0.01 && abs(fill.x1 - 300) < 0.01 && abs(fill.y1 - 202) < 0.01)
        #expect(abs(Int(fill.grey) - 128) <= 1)
    }

    @Test("a page of text paints no shapes; a page out of range is an error")
    func textOnly() throws {
        var page = MiniPDF.Page()
        page.text("Agenda", x: 72, y: 72, size: 16, font: .bold)
        let document = try PDFDocument(path: MiniPDF(pages: [page]).write())
        #expect(try document.shapes(1) == [])
        #expect(throws: PDFError.self) { try document.shapes(2) }
    }

    @Test("on a page turned by /Rotate the shapes are in the turned space, like the text")
    func rotated() throws {
        var page = MiniPDF.Page(width: 595, height: 842, rotate: 90)
        page.text("Turned", x: 100, y: 100)
        page.line(x0: 100, y0: 300, x1: 700, y1: 300, weight: 1)
        let document = try PDFDocument(path: MiniPDF(pages: [page]).write())
        let text = try document.pageText(1)
        let shapes = try #require(try document.shapes(1))
        try #require(shapes.count == 1)
        // The page reads 842 wide: the rule runs across it as it does in the text's space.
        #expect(text.info.width > text.info.height)
        let s = shapes[0]
        #expect(abs(s.y1 - s.y0) < 2 && abs(s.x1 - s.x0) > 500)
        #expect(abs((s.y0 + s.y1) / 2 - 300) < 1)
    }
}
