import AgendaPack
import Batch
import Contract
import Dates
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables
import Testing

@Suite("Rulings found in bitmaps")
struct RulingDetectorTests {
    /// A white bitmap at `scale` pixels per point with its origin at (10, 20) points.
    func bitmap(width: Int = 200, height: Int = 100, scale: Double = 2, draw: (inout [UInt8], Int) -> Void) -> GreyBitmap {
        var pixels = [UInt8](repeating: 255, count: width * height)
        draw(&pixels, width)
        return GreyBitmap(width: width, height: height, scale: scale, originX: 10, originY: 20, pixels: pixels)
    }

    @Test("a thin grey line is a ruling, in page points")
    func greyLine() throws {
        let image = bitmap { pixels, width in
            for x in 20..<180 { pixels[40 * width + x] = 200 }
            for y in 10..<90 { pixels[y * width + 100] = 230 }
        }
        let found = RulingDetector().detect(in: image)
        let horizontal = found.rulings.filter { $0.axis == .horizontal }
        let vertical = found.rulings.filter { $0.axis == .vertical }
        try #require(horizontal.count == 1 && vertical.count == 1)
        #expect(abs(horizontal[0].position - 40.25) < 0.01)  // 20 + 40.5 px / 2
        #expect(abs(horizontal[0].start - 20) < 0.01 && abs(horizontal[0].end - 100) < 0.01)
        #expect(abs(vertical[0].position - 60.25) < 0.01)
        #expect(found.fills.isEmpty)
    }

    @Test("strokes of text under the mask are not rulings; short runs never are")
    func maskedText() {
        let image = bitmap { pixels, width in
            // A tall stroke inside a glyph box, and a short dash outside any box.
            for y in 30..<70 { pixels[y * width + 50] = 0 }
            for x in 120..<126 { pixels[80 * width + x] = 0 }
        }
        let glyph = Rect(x0: 33, y0: 33, x1: 37, y1: 57)  // points: covers pixel column 50, rows 26-74
        #expect(RulingDetector().detect(in: image, mask: [glyph]).rulings.isEmpty)
        #expect(!RulingDetector().detect(in: image).rulings.isEmpty)
    }

    @Test("a shaded band gives its edges, and a darker rule inside it is found")
    func shadedBand() {
        let image = bitmap { pixels, width in
            for y in 20..<50 {
                for x in 20..<180 { pixels[y * width + x] = 180 }
            }
            for y in 20..<50 { pixels[y * width + 100] = 60 }  // a dark rule across the band
        }
        let found = RulingDetector().detect(in: image)
        #expect(found.fills.count == 1)
        let horizontal = found.rulings.filter { $0.axis == .horizontal }.map(\.position).sorted()
        #expect(horizontal.first.map { abs($0 - 30) < 0.6 } == true)  // top edge: 20 + 20 px / 2
        #expect(horizontal.last.map { abs($0 - 45) < 0.6 } == true)  // bottom edge
        #expect(found.rulings.contains { $0.axis == .vertical && abs($0.position - 60.25) < 0.6 })
    }
}

@Suite("Rulings read from painted shapes")
struct ShapeRulingTests {
    let region = Rect(x0: 0, y0: 0, x1: 595, y1: 400)

    @Test("pieces end to end are one ruling; a short piece alone is none; white paint does not show")
    func joined() {
        let shapes: [PaintedShape] = [
            .fill(Rect(x0: 60, y0: 100, x1: 200, y1: 100.5)),
            .fill(Rect(x0: 200.4, y0: 100.1, x1: 400, y1: 100.6)),
            .fill(Rect(x0: 60, y0: 150, x1: 65, y1: 150.5)),  // 5 pt: too short
            .fill(Rect(x0: 60, y0: 200, x1: 400, y1: 200.5), grey: 255),  // white
            .line(x0: 60, y0: 250, x1: 400, y1: 300, width: 1),  // diagonal
        ]
        let found = RulingDetector().detect(shapes: shapes, region: region)
        #expect(found.rulings.count == 1)
        let r = found.rulings.first
        #expect(r?.axis == .horizontal && abs((r?.start ?? 0) - 60) < 0.01 && abs((r?.end ?? 0) - 400) < 0.01)
        #expect(abs((r?.position ?? 0) - 100.3) < 0.01)
        #expect(found.fills.isEmpty)
    }

    @Test("a stroke is a ruling, a hairline too; shapes outside the region are cut off")
    func strokes() {
        let shapes: [PaintedShape] = [
            .line(x0: 100, y0: 50, x1: 100, y1: 600, width: 0),
            .line(x0: 20, y0: 80, x1: 500, y1: 80, width: 0.75, grey: 128),
        ]
        let found = RulingDetector().detect(shapes: shapes, region: region)
        let vertical = found.rulings.filter { $0.axis == .vertical }
        let horizontal = found.rulings.filter { $0.axis == .horizontal }
        #expect(vertical.count == 1 && horizontal.count == 1)
        #expect(abs((vertical.first?.end ?? 0) - 400) < 0.01)  // cut at the region's bottom
        #expect(abs((horizontal.first?.position ?? 0) - 80) < 0.01)
    }

    @Test("cell shading painted in pieces is one shaded box; the borders drawn on it stay rulings")
    func shadedPieces() {
        let blue: UInt8 = 140
        let shapes: [PaintedShape] = [
            .fill(Rect(x0: 70, y0: 72, x1: 395, y1: 86), grey: blue),
            .fill(Rect(x0: 395.5, y0: 72, x1: 460, y1: 86), grey: blue),
            .fill(Rect(x0: 395, y0: 72, x1: 395.5, y1: 86), grey: blue),  // the gap between, in the fill's colour
            .fill(Rect(x0: 70, y0: 71.5, x1: 460, y1: 72), grey: 0),  // a black border along the top
            .fill(Rect(x0: 395, y0: 86, x1: 395.5, y1: 200), grey: 0),  // a black column rule below
        ]
        let found = RulingDetector().detect(shapes: shapes, region: region)
        #expect(found.fills.count == 1)
        #expect(abs((found.fills.first?.x0 ?? 0) - 70) < 0.01 && abs((found.fills.first?.x1 ?? 0) - 460) < 0.01)
        // The thin blue piece at x 395 is part of the box, not a column rule inside it.
        let inside = found.rulings.filter { $0.axis == .vertical && abs($0.position - 395.25) < 0.5 }
        #expect(inside.count == 1 && (inside.first?.start ?? 0) >= 85.9)
        #expect(found.rulings.contains { $0.axis == .horizontal && abs($0.position - 71.75) < 0.01 })
    }

    @Test("a grid in the colour of a shaded header is not swallowed by it")
    func gridAroundDarkHeader() {
        let shapes: [PaintedShape] = [
            .fill(Rect(x0: 30, y0: 98, x1: 976, y1: 120), grey: 0),  // a black header band
            .fill(Rect(x0: 30, y0: 120, x1: 976, y1: 120.5), grey: 0),  // the rule under it
            .fill(Rect(x0: 242, y0: 120.5, x1: 242.5, y1: 155), grey: 0),  // column rules below
            .fill(Rect(x0: 561, y0: 120.5, x1: 561.5, y1: 155), grey: 0),
            .fill(Rect(x0: 30, y0: 155, x1: 976, y1: 155.5), grey: 0),
        ]
        let found = RulingDetector().detect(shapes: shapes, region: Rect(x0: 0, y0: 0, x1: 1008, y1: 612))
        #expect(found.fills.count == 1)
        #expect(found.rulings.filter { $0.axis == .vertical && $0.start > 119 }.count == 2)
        #expect(found.rulings.contains { $0.axis == .horizontal && abs($0.position - 155.25) < 0.01 })
    }

    @Test("touching boxes of different shades stay apart: a header band and a shaded first column are two boxes")
    func shadesApart() {
        let shapes: [PaintedShape] = [
            .fill(Rect(x0: 33, y0: 24, x1: 975, y1: 61.7), grey: 235),  // a pale header band
            .fill(Rect(x0: 33, y0: 61.5, x1: 111.6, y1: 482), grey: 180),  // the first column, darker
        ]
        let found = RulingDetector().detect(shapes: shapes, region: Rect(x0: 0, y0: 0, x1: 1008, y1: 612))
        #expect(found.fills.count == 2)
        // Neither box covers the body to the right of the first column.
        #expect(!found.fills.contains { $0.contains(x: 500, y: 300) })
    }
}
