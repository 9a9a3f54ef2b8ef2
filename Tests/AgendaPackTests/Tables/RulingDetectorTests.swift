import PDFLayout
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
