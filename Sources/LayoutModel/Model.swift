
/// Plain values that leave the PDF layer. Nothing here refers to poppler.

/// Document-level facts.
public struct DocumentInfo: Sendable, Hashable, Codable {
    public var pdfVersion: String?
    public var producer: String?
    public var creator: String?
    public var title: String?
    public var pageCount: Int
    public var encrypted: Bool

    public init(pdfVersion: String?, producer: String?, creator: String?, title: String?, pageCount: Int, encrypted: Bool) {
        self.pdfVersion = pdfVersion
        self.producer = producer
        self.creator = creator
        self.title = title
        self.pageCount = pageCount
        self.encrypted = encrypted
    }
}

/// Page-level facts that need no text pass.
public struct PageInfo: Sendable, Hashable, Codable {
    /// 1-based physical page index.
    public var number: Int
    /// Width and height in points after /Rotate.
    public var width: Double
    public var height: Double
    /// 0, or 90 when the page is displayed a quarter-turn from its media box.
    /// Read from the sizes (the crop box against the displayed size), as when the PDF layer
    /// went through poppler-glib, which does not expose /Rotate: 90 and 270 are both 90.
    public var rotation: Int
    /// The PDF's own page label (/PageLabels), when the file defines one.
    public var label: String?

    public init(number: Int, width: Double, height: Double, rotation: Int, label: String?) {
        self.number = number
        self.width = width
        self.height = height
        self.rotation = rotation
        self.label = label
    }
}

/// A run of text on one line, separated from its neighbours by a wide gap
/// (a table cell, a right-aligned page range, a column).
public struct Segment: Sendable, Hashable, Codable {
    public var text: String
    public var bbox: Rect
    /// Font of the segment's first glyph, subset prefix stripped.
    public var fontName: String
    /// Dominant font size in points.
    public var fontSize: Double
    public var bold: Bool
    public var italic: Bool
    /// Character ranges of `text` (in Unicode scalars) set as superscripts:
    /// raised, smaller runs such as footnote markers.
    public var superscripts: [ScalarRange]

    public init(text: String, bbox: Rect, fontName: String, fontSize: Double, bold: Bool, italic: Bool, superscripts: [ScalarRange] = []) {
        self.text = text
        self.bbox = bbox
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.superscripts = superscripts
    }

    package enum CodingKeys: String, CodingKey {
        case text, bbox, fontName = "font", fontSize = "size", bold, italic, superscripts
    }
}

/// A half-open range of Unicode-scalar offsets in a segment's text.
public struct ScalarRange: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A visual line: glyphs sharing a baseline band, left to right, split into segments.
public struct TextLine: Sendable, Hashable, Codable {
    public var bbox: Rect
    public var segments: [Segment]

    public init(bbox: Rect, segments: [Segment]) {
        self.bbox = bbox
        self.segments = segments
    }

    /// The segments' texts joined by single spaces.
    public var text: String { segments.map(\.text).joined(separator: " ") }

    /// The largest font size on the line.
    public var fontSize: Double { segments.map(\.fontSize).max() ?? 0 }

    /// Whether every segment is bold.
    public var bold: Bool { !segments.isEmpty && segments.allSatisfy(\.bold) }
}

/// One page's facts and rebuilt lines, top to bottom.
public struct PageText: Sendable, Hashable, Codable {
    public var info: PageInfo
    public var lines: [TextLine]
    /// The page has no text but prints something (a scanned image, text drawn as outlines,
    /// a drawing): it is a page of a document whose words cannot be read, not a blank page.
    public var printedWithoutText: Bool
    /// The lines were read by OCR from a page printed without text.
    public var recognised: Bool
    /// The mean confidence (0-100) of the words OCR found on the page, when it ran.
    public var ocrConfidence: Double?

    public init(info: PageInfo, lines: [TextLine], printedWithoutText: Bool = false, recognised: Bool = false) {
        self.info = info
        self.lines = lines
        self.printedWithoutText = printedWithoutText
        self.recognised = recognised
    }
}

/// A message poppler logged while this layer worked (syntax errors and the like), or,
/// with a `code`, something this layer did to what poppler read (text left out).
public struct PDFDiagnostic: Sendable, Hashable, Codable {
    public var page: Int?
    public var message: String
    /// The layer's own code ("hidden-text"); nil for poppler's messages.
    public var code: String?

    public init(page: Int?, message: String, code: String? = nil) {
        self.page = page
        self.message = message
        self.code = code
    }
}

/// An 8-bit greyscale raster of a page region (0 black, 255 white), rows top to bottom.
public struct GreyBitmap: Sendable {
    public var width: Int
    public var height: Int
    /// Pixels per point (the scale the region was rendered at).
    public var scale: Double
    /// Top-left of the rendered region, in page points.
    public var originX: Double
    public var originY: Double
    public var pixels: [UInt8]

    public init(width: Int, height: Int, scale: Double, originX: Double, originY: Double, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.scale = scale
        self.originX = originX
        self.originY = originY
        self.pixels = pixels
    }

    public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }
}

/// Why a PDF could not be opened or read. Each kind has its own exit status in the CLI.
public enum PDFError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileNotFound(path: String)
    case notAPDF(path: String)
    case damaged(path: String, reason: String)
    case encrypted(path: String)
    case wrongPassword(path: String)
    case noPages(path: String)
    case pageOutOfRange(path: String, page: Int, pageCount: Int)
    /// poppler has the page in its count but cannot give it (a broken page tree).
    case unreadablePage(path: String, page: Int)
    /// The PDF reader (poppler, loaded on first use from beside the executable) could not be
    /// loaded: an installation fault, not the file's.
    case readerUnavailable(path: String, reason: String)

    public var path: String {
        switch self {
        case .fileNotFound(let p), .notAPDF(let p), .damaged(let p, _), .encrypted(let p),
            .wrongPassword(let p), .noPages(let p), .pageOutOfRange(let p, _, _), .unreadablePage(let p, _), .readerUnavailable(let p, _):
            return p
        }
    }

    public var description: String {
        switch self {
        case .fileNotFound(let p): return "\(p): no such file"
        case .notAPDF(let p): return "\(p): not a PDF (no %PDF header)"
        case .damaged(let p, let reason): return "\(p): damaged PDF (\(reason))"
        case .encrypted(let p): return "\(p): encrypted; a password is needed (--password)"
        case .wrongPassword(let p): return "\(p): encrypted; the password given is wrong"
        case .noPages(let p): return "\(p): the PDF has no pages"
        case .pageOutOfRange(let p, let page, let count):
            return "\(p): page \(page) is out of range (the PDF has \(count) pages)"
        case .unreadablePage(let p, let page): return "\(p): page \(page) cannot be read"
        case .readerUnavailable(let p, let reason): return "\(p): \(reason)"
        }
    }
}
