@testable import AgendaPack
import AgendaPackTestSupport
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
import PDFLayout
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables


/// Builds the lines of a test page by page, as the layout layer would hand them over:
/// 14 points from line to line (`pitch`), an extra 14 for a paragraph gap.
///
/// Tabs in a line's text make separate segments ("1)\tConsider ..." puts the label in a
/// segment of its own), as `Line("...")` does.
struct LineFixture {
    private(set) var lines: [Line] = []
    private var page = 1
    private var y = 72.0
    var size = 11.0
    /// Distance from one line's top to the next.
    var pitch = 14.0

    init(_ build: (inout LineFixture) -> Void) {
        build(&self)
    }

    mutating func line(_ text: String, x: Double = 72, bold: Bool = false) {
        lines.append(Line(text, page: page, x: x, y: y, size: size, bold: bold))
        y += pitch
    }

    /// A line of segments at given positions: a two-column form such as a decision header.
    mutating func columns(_ parts: [(text: String, x: Double)], bold: Bool = false) {
        let segments = parts.map { part in
            Segment(
                text: part.text, bbox: Rect(x0: part.x, y0: y, x1: part.x + Double(part.text.count) * size * 0.5, y1: y + size * 1.2),
                fontName: bold ? "Arial-BoldMT" : "ArialMT", fontSize: size, bold: bold, italic: false)
        }
        let box = segments.dropFirst().reduce(segments[0].bbox) { $0.union($1.bbox) }
        lines.append(Line(page: page, bbox: box, segments: segments, pageWidth: 595))
        y += pitch
    }

    mutating func gap(_ extra: Double = 14) { y += extra }

    mutating func newPage() {
        page += 1
        y = 72
    }
}

extension Array where Element == RecommendationRecord {
    var labels: [String?] { map(\.label) }
    var texts: [String] { map(\.text) }
}
