import Foundation
import LayoutModel
@testable import PDFLayout
import TestSupport
import Testing


@Suite("Pages rendered to PNG for the report")
struct PageImageTests {
    static let pngSignature = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    /// The width and height stored in a PNG's IHDR chunk (bytes 16–23, big-endian).
    static func size(_ png: Data) -> (Int, Int) {
        let bytes = [UInt8](png.prefix(24))
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test("an A4 page at 100 dpi is a PNG of 827 × 1170 pixels, and its 12 dpi thumbnail 100 × 141")
    func a4() throws {
        var page = MiniPDF.Page(width: 595, height: 842)
        page.text("Agenda", x: 72, y: 100, size: 14, font: .bold)
        let document = try PDFDocument(path: try MiniPDF(pages: [page]).write())
        let (image, thumbnail) = try document.pageImage(1, scale: 100.0 / 72, thumbnailScale: 12.0 / 72)
        #expect(image.png.prefix(8) == Self.pngSignature)
        #expect(Self.size(image.png) == (827, 1170))  // 595 × 100/72 = 826.4, 842 × 100/72 = 1169.4, rounded up
        #expect(image.width == 827 && image.height == 1170)
        #expect(abs(image.scale - 100.0 / 72) < 1e-9)
        let small = try #require(thumbnail)
        #expect(Self.size(small.png) == (100, 141))  // 595 / 6 = 99.2, 842 / 6 = 140.3
    }

    @Test("the same page renders to the same bytes (no timestamp in the PNG)")
    func deterministic() throws {
        var page = MiniPDF.Page()
        page.text("Recommendation", x: 72, y: 200)
        page.line(x0: 72, y0: 220, x1: 300, y1: 220)
        let document = try PDFDocument(path: try MiniPDF(pages: [page]).write())
        let first = try document.pageImage(1, scale: 1).page.png
        let second = try document.pageImage(1, scale: 1).page.png
        #expect(first == second)
        #expect(try document.pageImage(1, scale: 1, thumbnailScale: nil).thumbnail == nil)
    }

    @Test("a page that would exceed the pixel limit is drawn at a lower scale that keeps it within")
    func huge() throws {
        let document = try PDFDocument(path: try MiniPDF(pages: [MiniPDF.Page(width: 14000, height: 700)]).write())
        let image = try document.pageImage(1, scale: 2).page
        #expect(image.width == PDFDocument.pageImageLimit)
        #expect(image.height == 400)  // 700 × 8000/14000
        #expect(abs(image.scale - 8000.0 / 14000) < 1e-9)
    }

    @Test("a page number outside the document is an error")
    func outOfRange() throws {
        let document = try PDFDocument(path: try MiniPDF(pages: [MiniPDF.Page()]).write())
        #expect(throws: PDFError.self) { try document.pageImage(2, scale: 1) }
    }
}
