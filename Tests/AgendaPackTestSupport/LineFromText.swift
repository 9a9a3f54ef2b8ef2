import LayoutModel
import Parsing

// Test-only initialisers of the pipeline's values, kept out of the AgendaPack module.

public extension Line {
    /// A line made from plain text, for parser tests: one segment per tab-separated part,
    /// each as wide as half its size per character, three sizes apart.
    init(_ text: String, page: Int = 1, x: Double = 72, y: Double = 100, size: Double = 11, bold: Bool = false, pageWidth: Double = 595) {
        var segments: [Segment] = []
        var position = x
        for part in text.split(separator: "\t", omittingEmptySubsequences: true) {
            let width = Double(part.count) * size * 0.5
            segments.append(
                Segment(
                    text: String(part), bbox: Rect(x0: position, y0: y, x1: position + width, y1: y + size * 1.2),
                    fontName: bold ? "Arial-BoldMT" : "ArialMT", fontSize: size, bold: bold, italic: false))
            position += width + size * 3
        }
        let box = segments.isEmpty
            ? Rect(x0: x, y0: y, x1: x, y1: y + size * 1.2)
            : segments.dropFirst().reduce(segments[0].bbox) { $0.union($1.bbox) }
        self.init(page: page, bbox: box, segments: segments, pageWidth: pageWidth)
    }
}
