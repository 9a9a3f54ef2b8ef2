
/// A shape painted on a page: a straight piece of a stroked path or a filled axis-aligned
/// rectangle (and where invisible text runs). Table rulings are read from these
/// (`RulingDetector`, on the tables side in `AgendaPack`).
///
/// Recorded in the page's text pass through poppler's core library
/// (`PDFDocument.withPageContent`, `PDFDocument.shapes(_:)`); nothing is rendered. Curves,
/// shadings and filled shapes other than rectangles are not kept; a rectangle inside
/// another filled as one path (a frame) comes as its four sides.
public struct PaintedShape: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// (x0, y0) to (x1, y1), `lineWidth` wide.
        case stroke
        /// The rectangle (x0, y0) to (x1, y1).
        case fill
        /// The area an image covers (x0, y0) to (x1, y1). Not read from PDFs (poppler's text
        /// pass skips images); kept for callers that know where images lie.
        case image
        /// Where a run of invisible text starts (an OCR layer over a scanned image).
        case invisibleText
    }

    public var kind: Kind
    /// In page points, top-left origin, y down; cut to the clip in force when painted.
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double
    /// Line width in points (strokes); 0 for fills.
    public var lineWidth: Double
    /// Luminance of the paint after opacity: 0 black, 255 white.
    public var grey: UInt8

    public init(kind: Kind, x0: Double, y0: Double, x1: Double, y1: Double, lineWidth: Double = 0, grey: UInt8 = 0) {
        self.kind = kind
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.lineWidth = lineWidth
        self.grey = grey
    }

    /// A filled rectangle.
    public static func fill(_ rect: Rect, grey: UInt8 = 0) -> PaintedShape {
        PaintedShape(kind: .fill, x0: rect.x0, y0: rect.y0, x1: rect.x1, y1: rect.y1, grey: grey)
    }

    /// A stroked straight line.
    public static func line(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, grey: UInt8 = 0) -> PaintedShape {
        PaintedShape(kind: .stroke, x0: x0, y0: y0, x1: x1, y1: y1, lineWidth: width, grey: grey)
    }

    /// The area it covers (a stroke's box includes half its width on each side).
    public var bounds: Rect {
        let half = kind == .stroke ? lineWidth / 2 : 0
        return Rect(x0: min(x0, x1) - half, y0: min(y0, y1) - half, x1: max(x0, x1) + half, y1: max(y0, y1) + half)
    }
}
