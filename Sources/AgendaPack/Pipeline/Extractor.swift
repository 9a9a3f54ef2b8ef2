import Foundation
import PDFLayout

/// The pipeline: one PDF in, one pack document out.
///
///     PDF --(PDFLayout)--> pages of lines --> furniture --> front sheet & agenda items
///         --> meeting --> documents --> minutes --> recommendations --> tables --> dates
///         --> ids, links and cross-checks --> PackDocument
///
/// Every stage takes and returns plain values; only the first touches the PDF layer.
/// Threading: one `extract` call opens its own document and uses it on the calling thread,
/// so calls may run in parallel on different files.
public struct Extractor: Sendable {
    public struct Options: Sendable {
        public var password: String?
        public init(password: String? = nil) {
            self.password = password
        }
    }

    public init() {}

    /// Converts the PDF at `path`. Throws only when the PDF cannot be read at all; every
    /// recoverable oddity becomes a diagnostic in the result.
    public func extract(path: String, options: Options = Options()) throws(PDFError) -> PackDocument {
        let document = try PDFDocument(path: path, password: options.password)
        let digest = FileDigest.sha256(path: path)
        let info = document.info
        // One pass over the pages: lines for the parsers, and tables found while the page's
        // glyphs are at hand (rendering only table candidates; nothing kept per page but lines).
        var pages: [PageText] = []
        pages.reserveCapacity(info.pageCount)
        let tableExtractor = TableExtractor()
        var pieces: [PageTable] = []
        for number in 1...info.pageCount {
            let (page, found) = try document.withPageContent(number) { content in
                let lines = content.text.lines.map { Line($0, page: number, pageWidth: content.text.info.width) }
                let found = tableExtractor.detect(
                    page: number, lines: lines, pageWidth: content.text.info.width, pageHeight: content.text.info.height,
                    glyphs: { content.glyphs }, shapes: { content.shapes() }, render: { region, scale in content.render(region: region, scale: scale) })
                return (content.text, found)
            }
            pages.append(page)
            pieces += found
        }
        var pack = PackDocument(
            source: Source(
                file: URL(fileURLWithPath: path, isDirectory: false).lastPathComponent, sha256: digest?.hex, bytes: digest?.bytes,
                pageCount: info.pageCount, pdfVersion: info.pdfVersion, producer: info.producer, creator: info.creator,
                title: info.title))
        var assembler = PackAssembler(pages: pages, tables: TableExtractor.stitch(pieces), tagged: document.taggedTables())
        assembler.run(into: &pack)
        for message in document.diagnostics {
            pack.diagnostics.append(Diagnostic(.info, "pdf-syntax", "poppler: \(message.message)", page: message.page))
        }
        pack.diagnostics += RecordLimits.enforce(&pack)
        return pack
    }
}
