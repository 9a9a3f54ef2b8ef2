import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// The pipeline: one PDF in, one pack document out.
///
///     PDF --(PDFLayout)--> pages of lines, page tables (found while each page is open)
///         --> FurnitureStage (stamps, running heads, blank pages; page labels)
///         --> AgendaStage (front sheet, agenda items, meeting)
///         --> DocumentStage (documents, their kinds and items; minutes detail)
///             (MinutesItemsStage: minutes' items when no agenda precedes them)
///         --> RecommendationStage --> TableStage (tagged evidence, trackers) --> DateStage
///         --> Assemble (ids, links, cross-checks) --> PackDocument --> RecordLimits
///
/// `PackAssembler.run` calls the stages in this order. Every stage takes and returns plain
/// values (its records and its diagnostics); only the first pass touches the PDF layer.
/// Threading: one `extract` call opens its own document and uses it on the calling thread,
/// so calls may run in parallel on different files.
public struct Extractor: Sendable {
    public struct Options: Sendable {
        public var password: String?
        /// Read pages printed without text (scans) by OCR when tesseract is installed.
        public var ocr: Bool
        public init(password: String? = nil, ocr: Bool = true) {
            self.password = password
            self.ocr = ocr
        }
    }

    public init() {}

    /// Converts the PDF at `path`. Throws only when the PDF cannot be read at all; every
    /// recoverable oddity becomes a diagnostic in the result.
    public func extract(path: String, options: Options = Options()) throws(PDFError) -> PackDocument {
        // The PDF is read first and closed (poppler's objects, fonts and caches released)
        // before the records are built.
        let read = try Extractor.read(path: path, password: options.password, ocr: options.ocr)
        let info = read.info
        let digest = FileDigest.sha256(path: path)
        var pack = PackDocument(
            source: Source(
                file: URL(fileURLWithPath: path, isDirectory: false).lastPathComponent, sha256: digest?.hex, bytes: digest?.bytes,
                pageCount: info.pageCount, pdfVersion: info.pdfVersion, producer: info.producer, creator: info.creator,
                title: info.title))
        let assembler = PackAssembler(pages: read.pages, tables: read.tables, tableDiagnostics: read.tableDiagnostics)
        assembler.run(into: &pack)
        for message in read.diagnostics {
            if let code = message.code {
                pack.diagnostics.append(Diagnostic(.info, code, message.message, page: message.page))
            } else {
                pack.diagnostics.append(Diagnostic(.info, "pdf-syntax", "poppler: \(message.message)", page: message.page))
            }
        }
        if options.ocr, read.pages.contains(where: { $0.printedWithoutText && !$0.recognised }), let why = OCREngine.shared.unavailableReason() {
            pack.diagnostics.append(Diagnostic(.warning, "ocr-unavailable", "pages printed without text cannot be read by OCR: \(why)", page: nil))
        }
        pack.diagnostics += RecordLimits.enforce(&pack)
        return pack
    }

    /// What the pipeline takes from the PDF: lines, the table pass's tables, messages.
    package struct Read {
        package var info: DocumentInfo
        package var pages: [PageText]
        package var tables: [TableRecord]
        var tableDiagnostics: [Diagnostic]
        package var diagnostics: [PDFDiagnostic]
    }

    /// One pass over the pages: lines for the parsers, and tables found while the page's
    /// glyphs are at hand (rendering only table candidates; nothing kept per page but lines).
    /// The document is closed when this returns.
    /// Pages printed without text are read by OCR when `ocr` is true and tesseract is there
    /// (their tables are not looked for).
    package static func read(path: String, password: String?, ocr: Bool = true) throws(PDFError) -> Read {
        let document = try PDFDocument(path: path, password: password)
        let info = document.info
        var pages: [PageText] = []
        pages.reserveCapacity(info.pageCount)
        let tablePass = TablePass()
        var pieces: [PageTable] = []
        for number in 1...info.pageCount {
            let (page, found) = try tablePass.readPage(number, of: document)
            pages.append(document.readingScans(page, ocr: ocr))
            pieces += found
        }
        let (tables, tableDiagnostics) = tablePass.finish(pieces, evidence: TableEvidence(tagged: document.taggedTables()))
        return Read(info: info, pages: pages, tables: tables, tableDiagnostics: tableDiagnostics, diagnostics: document.diagnostics)
    }
}
