import LayoutModel
@testable import PDFLayout
import Testing


/// The line builder on hand-placed glyphs: no PDF involved.
@Suite("LineBuilder")
struct LineBuilderTests {
    /// Lays out `text` as 6-point-wide glyphs from `x` on a line whose box spans `top` to `top + 12`,
    /// numbered in stream order from `stream`, with poppler's spaces marked.
    static func glyphs(_ text: String, x: Double, top: Double, stream: Int32, font: Int32 = 0, width: Double = 6, height: Double = 12)
        -> [LineBuilder.Glyph]
    {
        var out: [LineBuilder.Glyph] = []
        var position = x
        var index = stream
        var spaceBefore = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                position += width * 0.5
                spaceBefore = true
                index += 1
                continue
            }
            out.append(
                LineBuilder.Glyph(
                    scalar: scalar, box: Rect(x0: position, y0: top, x1: position + width, y1: top + height), font: font,
                    stream: index, spaceBefore: spaceBefore))
            position += width
            index += 1
            spaceBefore = false
        }
        return out
    }

    static let fonts = [LineBuilder.FontStyle(name: "Arial-BoldMT", size: 12), LineBuilder.FontStyle(name: "ArialMT", size: 12)]

    @Test("cells that poppler ran together with no separator are split at the gap")
    func cellsRunTogether() {
        // poppler's stream: "No.Description" with no space, but a 30-point gap on the page.
        var g = Self.glyphs("No.", x: 72, top: 100, stream: 0)
        g += Self.glyphs("Description", x: 120, top: 100, stream: 3)
        let lines = LineBuilder().lines(glyphs: g, fonts: Self.fonts)
        #expect(lines.map { $0.segments.map(\.text) } == [["No.", "Description"]])
        #expect(lines[0].segments[0].bold)
        #expect(lines[0].segments[0].fontName == "Arial-BoldMT")
    }

    @Test("a line given out of order in the stream is rebuilt left to right")
    func outOfOrder() {
        var g = Self.glyphs("right", x: 300, top: 100, stream: 0, font: 1)
        g += Self.glyphs("left", x: 72, top: 101, stream: 6, font: 1)
        g += Self.glyphs("below", x: 72, top: 116, stream: 11, font: 1)
        let lines = LineBuilder().lines(glyphs: g, fonts: Self.fonts)
        #expect(lines.map(\.text) == ["left right", "below"])
        #expect(lines[0].segments.count == 2)
        #expect(!lines[0].bold)
    }

    @Test("poppler's word spaces join words; a very wide spaced gap splits")
    func spaces() {
        var g = Self.glyphs("3. Minutes of the Meeting", x: 54, top: 100, stream: 0, font: 1)
        g += Self.glyphs("(Pages 1 - 10)", x: 480, top: 100, stream: 26, font: 1).enumerated().map { i, glyph in
            var glyph = glyph
            if i == 0 { glyph.spaceBefore = true }
            return glyph
        }
        let lines = LineBuilder().lines(glyphs: g, fonts: Self.fonts)
        #expect(lines.map { $0.segments.map(\.text) } == [["3. Minutes of the Meeting", "(Pages 1 - 10)"]])
    }

    @Test("bold and italic are read from font names", arguments: [
        ("Arial-BoldMT", true, false), ("Calibri,Bold", true, false), ("LiberationSerif-BoldItalic", true, true),
        ("TimesNewRomanPS-ItalicMT", false, true), ("Helvetica-Oblique", false, true), ("ArialMT", false, false),
        ("DejaVuSans", false, false), ("Arial-Black", true, false), ("Calibri", false, false),
    ])
    func fontStyle(name: String, bold: Bool, italic: Bool) {
        let style = LineBuilder.FontStyle.style(of: name)
        #expect(style.bold == bold)
        #expect(style.italic == italic)
    }

    @Test("no glyphs, no lines; whitespace-only glyphs are dropped")
    func empty() {
        #expect(LineBuilder().lines(glyphs: [], fonts: []).isEmpty)
        let blank = LineBuilder.Glyph(scalar: " ", box: Rect(x0: 0, y0: 0, x1: 5, y1: 10), font: -1, stream: 0, spaceBefore: false)
        #expect(LineBuilder().lines(glyphs: [blank], fonts: []).isEmpty)
    }
}

@Suite("WrapJoiner")
struct WrapJoinerTests {
    static func line(_ parts: [(x: Double, text: String)], y: Double) -> TextLine {
        let segments = parts.map { Segment(text: $0.text, bbox: Rect(x0: $0.x, y0: y, x1: $0.x + Double($0.text.count) * 6, y1: y + 13.4), fontName: "Arial", fontSize: 12, bold: false, italic: false) }
        return TextLine(bbox: segments.dropFirst().reduce(segments[0].bbox) { $0.union($1.bbox) }, segments: segments)
    }

    @Test("a title wrapped under its number joins its line; the next item and a heading do not")
    func join() {
        let lines = [
            Self.line([(54, "5."), (82, "24/00108 - Revenue and Capital Budget Monitoring Report")], y: 522.4),
            Self.line([(82, "(Pages 11 - 84)")], y: 536.2),
            Self.line([(54, "6."), (82, "Section 25 Report")], y: 561.5),
            Self.line([(245, "EXEMPT ITEMS")], y: 600),
        ]
        let joined = WrapJoiner.join(lines)
        #expect(joined.map(\.text) == ["5. 24/00108 - Revenue and Capital Budget Monitoring Report (Pages 11 - 84)", "6. Section 25 Report", "EXEMPT ITEMS"])
    }
}
