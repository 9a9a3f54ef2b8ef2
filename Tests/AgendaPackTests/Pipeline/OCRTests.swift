@testable import AgendaPack
import TestSupport
@testable import Contract
import Foundation
import LayoutModel
@testable import PDFLayout
import Testing

/// Pages printed without text, read by tesseract. The scans are made here: a corpus agenda's
/// pages rendered to greyscale images and written as an image-only PDF, so that what OCR
/// should find is what the corpus pack's expected file says the agenda prints.
@Suite("OCR of pages printed without text", .enabled(if: OCREngine.shared.unavailableReason() == nil, "tesseract is not installed (make setup installs it): OCR is not tested"))
struct OCRTests {
    static let pack = "riverton-ca-city-council-2022-11-15"
    static let dpi = 200.0

    /// The first `pages` pages of a corpus PDF as an image-only PDF (a scan with no text
    /// layer), with `stamp` as text at the foot of each page when given.
    static func scannedCopy(pages: Int, stamp: String? = nil) throws -> String {
        let source = try PDFDocument(path: TestPaths.root.appendingPathComponent("corpus/pdf/\(pack).pdf").path)
        var scanned: [MiniPDF.Page] = []
        for number in 1...pages {
            let bitmap = try source.render(number, scale: dpi / 72)
            let info = try source.pageText(number).info
            var page = MiniPDF.Page(width: info.width, height: info.height)
            page.images = [MiniPDF.GreyImage(width: bitmap.width, height: bitmap.height, pixels: bitmap.pixels)]
            if let stamp { page.text(stamp, x: info.width / 2 - 20, y: info.height - 20) }
            scanned.append(page)
        }
        return try MiniPDF(pages: scanned).write(name: "scanned")
    }

    static func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: TestPaths.root.appendingPathComponent("corpus/expected/\(pack).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("a scanned agenda reads as its text would: the meeting and the items its front sheet prints")
    func scannedAgenda() throws {
        let path = try Self.scannedCopy(pages: 2)
        let pack = try Extractor().extract(path: path)
        let expected = try Self.expected()
        let meeting = try #require(expected["meeting"] as? [String: Any])
        #expect(pack.meeting?.date == meeting["date"] as? String)
        #expect(pack.meeting?.startTime == meeting["start_time"] as? String)
        // The heading prints it in capitals; without the text layer's bold the body may be
        // read from the heading rather than from the sentence that names it.
        #expect(pack.meeting?.body?.lowercased() == (meeting["body"] as? String)?.lowercased())
        // The items the front sheet prints on those two pages, number and title.
        let items = try #require(expected["agenda_items"] as? [[String: Any]]).filter { ($0["page"] as? Int ?? 0) <= 2 }
        let found = Set(pack.agendaItems.map { "\($0.number) \($0.title)" })
        let read = items.filter { found.contains("\($0["number"] as? String ?? "") \($0["title"] as? String ?? "")") }
        #expect(Double(read.count) >= Double(items.count) * 0.9, "read \(read.count) of \(items.count) items")
        #expect(pack.pages.allSatisfy { !$0.blank })
        #expect(pack.diagnostics.contains { $0.code == "page-read-by-ocr" && $0.page == 1 })
    }

    @Test("with OCR turned off a scanned page is still a page of a document, with a warning")
    func ocrOff() throws {
        let path = try Self.scannedCopy(pages: 1)
        let pack = try Extractor().extract(path: path, options: .init(ocr: false))
        #expect(pack.agendaItems.isEmpty)
        #expect(pack.documents.count == 1)
        #expect(pack.pages.first?.blank == false)
        #expect(pack.diagnostics.contains { $0.code == "page-without-text" && $0.severity == .warning })
    }

    @Test("a scan stamped with a page number as text is read by OCR; the stamp stays as printed")
    func stampedScan() throws {
        let pack = try Extractor().extract(path: try Self.scannedCopy(pages: 1, stamp: "Page 12"))
        #expect(pack.pages.first?.pageLabel == "12")
        #expect(pack.meeting?.date == "2022-11-15")
        #expect(pack.agendaItems.count >= 5)
        #expect(pack.diagnostics.contains { $0.code == "page-read-by-ocr" })
    }

    @Test("a title page with a picture is not a scan: its few words stand, and it is not a document of its own")
    func titleWithPicture() throws {
        var cover = MiniPDF.Page()
        cover.text("Annual Report", x: 200, y: 120, size: 24, font: .bold)
        cover.items.append(.rule(x0: 100, y0: 200, x1: 495, y1: 600, grey: 0.4))
        var next = MiniPDF.Page()
        for (i, line) in ["The Council's year in figures, set out for residents.", "Income rose by a tenth over the year.", "Spending on care rose most."].enumerated() {
            next.text(line, x: 72, y: 100 + Double(i) * 16)
        }
        let path = try MiniPDF(pages: [cover, next]).write(name: "cover")
        let document = try PDFDocument(path: path)
        let page = try document.pageText(1)
        let read = document.readingScans(page, ocr: true)
        #expect(read.lines.map(\.text) == page.lines.map(\.text))
        #expect(!read.printedWithoutText && !read.recognised)
        let pack = try Extractor().extract(path: path)
        #expect(pack.documents.count == 1)
        #expect(!pack.diagnostics.contains { $0.code == "page-read-by-ocr" })
    }

    @Test("the same scan reads the same twice")
    func deterministic() throws {
        let path = try Self.scannedCopy(pages: 1)
        let a = try PackEncoder.encode(try Extractor().extract(path: path))
        let b = try PackEncoder.encode(try Extractor().extract(path: path))
        #expect(a == b)
    }
}
