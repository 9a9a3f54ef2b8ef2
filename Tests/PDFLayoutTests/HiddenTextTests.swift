import LayoutModel
@testable import PDFLayout
import TestSupport
import Testing

/// Invisible text (render mode 3 or 7, or painted wholly outside the clipping region): a
/// hidden copy lying over painted text is left out of the page's words, saying so; an
/// invisible text layer with nothing painted under it (OCR over a scan) is kept.
@Suite("Hidden text")
struct HiddenTextTests {
    /// A table row as a spreadsheet prints it: three painted cells on the line with its
    /// baseline at 200.
    static func row(_ page: inout MiniPDF.Page) {
        page.text("ASCH", x: 25, y: 200)
        page.text("Market", x: 95, y: 200)
        page.text("The long term impact", x: 183, y: 200)
    }

    /// "Significant Risks (over £10m)" in 14-point Helvetica with its baseline at `y`
    /// (top-left coordinates), drawn with `state` (operators set before the text).
    static func copy(_ page: MiniPDF.Page, y: Double, state: String) -> MiniPDF.Item {
        .raw("q \(state) BT /F0 14 Tf 1 0 0 1 25.6 \(page.height - y) Tm (Significant Risks \\(over \\24310m\\)) Tj ET Q\n")
    }

    static func words(_ text: PageText) -> String { text.lines.map(\.text).joined(separator: " | ") }

    @Test("an invisible copy (render mode 3) over a table row is left out of the lines and glyphs, with a diagnostic")
    func invisibleCopyOverRow() throws {
        var page = MiniPDF.Page()
        Self.row(&page)
        page.items.append(Self.copy(page, y: 203, state: "3 Tr"))
        let document = try PDFDocument(path: MiniPDF(pages: [page]).write())
        let (text, glyphs) = try document.pageContent(1)
        #expect(Self.words(text) == "ASCH Market The long term impact")
        #expect(!glyphs.contains { $0.scalar == "£" || $0.scalar == "v" || $0.scalar == "(" })
        let hidden = document.diagnostics.filter { $0.code == "hidden-text" }
        #expect(hidden.count == 1)
        #expect(hidden.first?.page == 1)
        #expect(hidden.first?.message.hasPrefix("26 characters of invisible text") == true)
        #expect(hidden.first?.message.contains("\"Significant Risks (over £10m)\"") == true, "\(hidden)")
    }

    @Test("a copy painted wholly outside its clipping region counts as invisible and is left out")
    func clippedCopyOverRow() throws {
        var page = MiniPDF.Page()
        Self.row(&page)
        // A clip 1.5 points tall, 20 points above the text: nothing of it shows.
        page.items.append(Self.copy(page, y: 203, state: "23 \(page.height - 170) 395 1.5 re W n"))
        let document = try PDFDocument(path: MiniPDF(pages: [page]).write())
        let text = try document.pageText(1)
        #expect(Self.words(text) == "ASCH Market The long term impact")
        #expect(document.diagnostics.contains { $0.code == "hidden-text" })
    }

    @Test("text partly inside its clipping region is painted and kept")
    func partlyClippedKept() throws {
        var page = MiniPDF.Page()
        // The clip cuts the text through the middle of its height.
        page.items.append(Self.copy(page, y: 300, state: "0 \(page.height - 300) 595 6 re W n"))
        let document = try PDFDocument(path: MiniPDF(pages: [page]).write())
        #expect(Self.words(try document.pageText(1)) == "Significant Risks (over £10m)")
        #expect(!document.diagnostics.contains { $0.code == "hidden-text" })
    }

    @Test("an invisible text layer with nothing painted under it (OCR over a scan) is kept, as are its markers")
    func ocrLayerKept() throws {
        var page = MiniPDF.Page()
        page.items.append(Self.copy(page, y: 203, state: "3 Tr"))
        page.items.append(.raw("BT 3 Tr /F0 11 Tf 1 0 0 1 25 \(page.height - 240) Tm (Minutes of the meeting) Tj ET\n"))
        let document = try PDFDocument(path: MiniPDF(pages: [page]).write())
        #expect(Self.words(try document.pageText(1)) == "Significant Risks (over £10m) | Minutes of the meeting")
        #expect(!document.diagnostics.contains { $0.code == "hidden-text" })
        #expect(try document.shapes(1)?.filter { $0.kind == .invisibleText }.count == 2)
    }

    @Test("invisible text beside painted text, not over it, is kept")
    func invisibleBesideKept() throws {
        var page = MiniPDF.Page()
        Self.row(&page)
        page.items.append(Self.copy(page, y: 260, state: "3 Tr"))
        let document = try PDFDocument(path: MiniPDF(pages: [page]).write())
        #expect(Self.words(try document.pageText(1)) == "ASCH Market The long term impact | Significant Risks (over £10m)")
        #expect(!document.diagnostics.contains { $0.code == "hidden-text" })
    }
}

/// `LineBuilder.withoutHiddenCopies` on hand-placed glyphs.
@Suite("LineBuilder hidden copies")
struct HiddenCopiesTests {
    static func glyphs(_ text: String, x: Double, top: Double, stream: Int32, run: Int32, height: Double = 12) -> [LineBuilder.Glyph] {
        LineBuilderTests.glyphs(text, x: x, top: top, stream: stream, height: height).map { g in
            var g = g
            g.invisibleRun = run
            return g
        }
    }

    @Test("a run is a copy when a quarter of its glyphs lie over painted glyphs; the rest of the page is kept in order")
    func runShare() {
        let painted = Self.glyphs("Market", x: 100, top: 100, stream: 0, run: 0)
        // 6 of 10 glyphs over "Market" (36 points wide), the last 4 past its end.
        let over = Self.glyphs("Sustainabl", x: 100, top: 102, stream: 10, run: 1)
        // 2 of 10 over it.
        let beside = Self.glyphs("Sustainabl", x: 124, top: 102, stream: 30, run: 2)
        let builder = LineBuilder()
        let (kept, hidden) = builder.withoutHiddenCopies(painted + over)
        #expect(kept.map(\.scalar) == painted.map(\.scalar))
        #expect(hidden == LineBuilder.HiddenCopies(glyphs: 10, runs: ["Sustainabl"]))
        let (all, none) = builder.withoutHiddenCopies(painted + beside)
        #expect(all.count == 16 && none == nil)
        var lenient = builder
        lenient.hiddenRunShare = 0.2
        #expect(lenient.withoutHiddenCopies(painted + beside).hidden?.glyphs == 10)
    }

    @Test("a glyph lies over painted text when painted glyphs cover a quarter of its box")
    func glyphCover() {
        let painted = Self.glyphs("ab", x: 100, top: 100, stream: 0, run: 0)
        // A glyph 12 high lowered by 10: 2/12 of it over "a".
        let low = Self.glyphs("x", x: 100, top: 110, stream: 5, run: 3)
        let builder = LineBuilder()
        #expect(builder.withoutHiddenCopies(painted + low).hidden == nil)
        var strict = builder
        strict.hiddenGlyphCover = 0.1
        #expect(strict.withoutHiddenCopies(painted + low).hidden?.runs == ["x"])
    }

    @Test("a page with no painted glyphs, or no invisible ones, comes back as it is")
    func nothingToCompare() {
        let invisible = Self.glyphs("Minutes", x: 100, top: 100, stream: 0, run: 1) + Self.glyphs("Minutes", x: 101, top: 100, stream: 10, run: 2)
        let painted = Self.glyphs("Minutes", x: 100, top: 100, stream: 0, run: 0)
        #expect(LineBuilder().withoutHiddenCopies(invisible).hidden == nil)
        #expect(LineBuilder().withoutHiddenCopies(invisible).glyphs.count == 14)
        #expect(LineBuilder().withoutHiddenCopies(painted).hidden == nil)
    }
}
