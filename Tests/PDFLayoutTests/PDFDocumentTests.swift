import Foundation
import LayoutModel
@testable import PDFLayout
import TestSupport
import Testing


@Suite("PDF layout on small PDFs the tests write")
struct PDFDocumentTests {
    /// A filled form prints its values in the appearances of its fields, not in the page's
    /// contents: the text pass reads them where a printed copy shows them. A reviewer's
    /// note typed on the page (a FreeText annotation) is not the document's text.
    @Test("a filled form field's value is read with the page text; a reviewer's free-text note is not")
    func formFields() throws {
        var page = MiniPDF.Page()
        page.text("Date/Time:", x: 72, y: 100)
        page.annotations.append(MiniPDF.Annotation(subtype: "Widget", x: 160, y: 88, width: 200, height: 16, text: "June 6, 530pm"))
        page.text("Location:", x: 72, y: 130)
        page.annotations.append(MiniPDF.Annotation(subtype: "FreeText", x: 400, y: 118, width: 120, height: 16, text: "Check this"))
        let path = try MiniPDF(pages: [page]).write(name: "form")
        let document = try PDFDocument(path: path)
        let texts = try document.pageText(1).lines.map { $0.segments.map(\.text).joined(separator: " | ") }
        #expect(texts.contains { $0.contains("Date/Time:") && $0.contains("June 6, 530pm") })
        #expect(!texts.contains { $0.contains("Check this") })
        // The plain text pass leaves every annotation out; the comparison of the two text
        // sources leaves the fields out as well.
        let sources = try document.textSources(1)
        #expect(sources.core == sources.plain)
        #expect(sources.plain.first?.contains("June") == false)
    }

    /// A three-column ruled table: each row must come out as one line of three segments.
    @Test("a ruled table's rows come out with their cells as separate segments")
    func ruledTable() throws {
        var page = MiniPDF.Page()
        let columns = [72.0, 130.0, 330.0, 430.0]
        let rows = [100.0, 120.0, 140.0, 160.0]
        for x in columns { page.line(x0: x, y0: rows.first!, x1: x, y1: rows.last!, grey: 0.6) }
        for y in rows { page.line(x0: columns.first!, y0: y, x1: columns.last!, y1: y, grey: 0.6) }
        let cells = [["No.", "Description", "Fee"], ["1", "Annual licence renewal", "£120.00"], ["2", "Late payment charge", "£15.50"]]
        for (r, row) in cells.enumerated() {
            for (c, text) in row.enumerated() {
                page.text(text, x: columns[c] + 4, y: rows[r] + 14, size: 10, font: r == 0 ? .bold : .regular)
            }
        }
        let path = try MiniPDF(pages: [page]).write()
        let document = try PDFDocument(path: path)
        let lines = try document.pageText(1).lines
        #expect(lines.map { $0.segments.map(\.text) } == cells)
        #expect(lines[0].segments.allSatisfy { $0.bold })
        #expect(!lines[1].segments.contains { $0.bold })
        #expect(abs(lines[1].segments[1].bbox.x0 - 134) < 1)
        #expect(abs(lines[1].segments[0].fontSize - 10) < 0.01)

        // The grey rulings show in a rendering at one pixel per point.
        let bitmap = try document.render(1, scale: 1)
        #expect(bitmap.width == 595 && bitmap.height == 842)
        #expect(bitmap[200, 100] < 250)  // on the top rule (grey, anti-aliased)
        #expect(bitmap[200, 110] == 255)  // inside a cell, clear of text
        #expect(bitmap[130, 150] < 250)  // on a column rule
    }

    @Test("two columns at the same height are two segments; words within a column are not split")
    func twoColumns() throws {
        var page = MiniPDF.Page()
        page.text("The council agreed the plan for", x: 72, y: 100)
        page.text("Members asked for a report on", x: 320, y: 100)
        page.text("the next three years.", x: 72, y: 114)
        page.text("the cost of the scheme.", x: 320, y: 114)
        let lines = try PDFDocument(path: try MiniPDF(pages: [page]).write()).pageText(1).lines
        #expect(lines.count == 2)
        #expect(lines[0].segments.map(\.text) == ["The council agreed the plan for", "Members asked for a report on"])
        #expect(lines[1].segments.map(\.text) == ["the next three years.", "the cost of the scheme."])
    }

    @Test("a footnote marker is kept on its line and marked as a superscript")
    func footnote() throws {
        var page = MiniPDF.Page()
        page.text("The review found three gaps", x: 72, y: 100, size: 11)
        page.text("1", x: 72 + 141, y: 96, size: 6.5)
        page.text("1 Serious Case Review, 2016.", x: 72, y: 780, size: 8)
        let lines = try PDFDocument(path: try MiniPDF(pages: [page]).write()).pageText(1).lines
        #expect(lines.count == 2)
        let segment = try #require(lines.first?.segments.first)
        #expect(segment.text == "The review found three gaps1")
        #expect(segment.superscripts == [ScalarRange(start: 27, end: 28)])
        #expect(abs(segment.fontSize - 11) < 0.01)
        #expect(lines[1].text == "1 Serious Case Review, 2016.")
        #expect(lines[1].segments[0].superscripts.isEmpty)
    }

    @Test("a rotated page reports its turned size and rotation; text reads across the turned page")
    func rotatedPage() throws {
        var portrait = MiniPDF.Page()
        portrait.text("Portrait page", x: 72, y: 100)
        var landscape = MiniPDF.Page(rotate: 90)
        landscape.text("Landscape page", x: 72, y: 100)
        let document = try PDFDocument(path: try MiniPDF(pages: [portrait, landscape]).write())
        let first = try document.pageInfo(1)
        let second = try document.pageInfo(2)
        #expect(first.rotation == 0 && first.width == 595 && first.height == 842)
        #expect(second.rotation == 90 && second.width == 842 && second.height == 595)
        let lines = try document.pageText(2).lines
        #expect(lines.map(\.text) == ["Landscape page"])
        #expect(abs(lines[0].bbox.x0 - 72) < 1 && abs(lines[0].bbox.y1 - 100) < 4)
    }

    @Test("page labels come from the PDF's /PageLabels")
    func labels() throws {
        var pdf = MiniPDF(pages: Array(repeating: MiniPDF.Page(), count: 4))
        pdf.labels = [(index: 0, style: "r", prefix: nil, start: 1), (index: 2, style: "D", prefix: "A-", start: 7)]
        let document = try PDFDocument(path: try pdf.write())
        let labels = try (1...4).map { try document.pageInfo($0).label }
        #expect(labels == ["i", "ii", "A-7", "A-8"])
        #expect(document.info.producer == "MiniPDF test writer")
        #expect(document.info.title == "Test document")
        #expect(document.info.pdfVersion == "1.4")
        #expect(document.info.pageCount == 4)
    }

    @Test("an encrypted file needs its password; a wrong one is told apart", .enabled(if: Self.qpdf != nil, "qpdf is not installed (make setup installs it)"))
    func encrypted() throws {
        var page = MiniPDF.Page()
        page.text("Exempt information", x: 72, y: 100)
        let plain = try MiniPDF(pages: [page]).write()
        let locked = plain.replacingOccurrences(of: ".pdf", with: "-locked.pdf")
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: Self.qpdf!)
        qpdf.arguments = ["--encrypt", "s3cret", "owner", "256", "--", plain, locked]
        try qpdf.run()
        qpdf.waitUntilExit()
        #expect(qpdf.terminationStatus == 0)
        #expect(throws: PDFError.encrypted(path: locked)) { try PDFDocument(path: locked) }
        #expect(throws: PDFError.wrongPassword(path: locked)) { try PDFDocument(path: locked, password: "guess") }
        let document = try PDFDocument(path: locked, password: "s3cret")
        #expect(try document.pageText(1).lines.map(\.text) == ["Exempt information"])
    }

    static let qpdf: String? = ["/usr/bin/qpdf", "/usr/local/bin/qpdf"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("missing, non-PDF, truncated and page-less files give typed errors")
    func errors() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let missing = dir.appendingPathComponent("missing.pdf").path
        #expect(throws: PDFError.fileNotFound(path: missing)) { try PDFDocument(path: missing) }

        let html = dir.appendingPathComponent("page.pdf").path
        try Data("<html><body>Not found</body></html>".utf8).write(to: URL(fileURLWithPath: html))
        #expect(throws: PDFError.notAPDF(path: html)) { try PDFDocument(path: html) }
        #expect(throws: PDFError.notAPDF(path: dir.path)) { try PDFDocument(path: dir.path) }

        var page = MiniPDF.Page()
        page.text("Agenda", x: 72, y: 100)
        let whole = MiniPDF(pages: [page]).data()
        let truncated = dir.appendingPathComponent("truncated.pdf").path
        try whole.prefix(40).write(to: URL(fileURLWithPath: truncated))
        #expect(throws: PDFError.self) { try PDFDocument(path: truncated) }

        let empty = dir.appendingPathComponent("empty.pdf").path
        try MiniPDF(pages: []).data().write(to: URL(fileURLWithPath: empty))
        #expect(throws: PDFError.noPages(path: empty)) { try PDFDocument(path: empty) }
    }

    @Test("poppler's messages about a file that failed to open are not the next file's")
    func messagesStayWithTheirFile() throws {
        var page = MiniPDF.Page()
        page.text("Agenda", x: 72, y: 100)
        let good = try MiniPDF(pages: [page]).write()
        let alone = try PDFDocument(path: good).diagnostics
        for bad in [try MiniPDF(pages: []).write(name: "empty"), try MiniPDF(pages: [page]).write(name: "broken")] {
            if bad.hasSuffix("broken.pdf") {
                // A damaged cross-reference table: poppler logs while it reconstructs it.
                var bytes = try Data(contentsOf: URL(fileURLWithPath: bad))
                if let r = bytes.range(of: Data("xref".utf8)) { bytes.replaceSubrange(r, with: Data("xrex".utf8)) }
                try bytes.write(to: URL(fileURLWithPath: bad))
            }
            _ = try? PDFDocument(path: bad).pageText(1)
            #expect(try PDFDocument(path: good).diagnostics == alone)
        }
    }

    @Test("a page outside the document is an error, not a crash")
    func pageOutOfRange() throws {
        let document = try PDFDocument(path: try MiniPDF(pages: [MiniPDF.Page()]).write())
        #expect(throws: PDFError.pageOutOfRange(path: document.path, page: 2, pageCount: 1)) { try document.pageText(2) }
    }
}
