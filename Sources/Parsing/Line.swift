import LayoutModel

/// A line of the pack as the parsers see it: page furniture removed, in reading order.
///
/// Parsers never see poppler; they get these plain values.
public struct Line: Sendable, Hashable {
    /// 1-based physical page.
    public var page: Int
    public var bbox: Rect
    public var segments: [Segment] {
        didSet { text = Line.joined(segments) }
    }
    /// Width of the page in points, to judge alignment.
    public var pageWidth: Double
    /// The segments' texts joined by single spaces (kept, since every parser reads it).
    public private(set) var text: String

    public init(page: Int, bbox: Rect, segments: [Segment], pageWidth: Double) {
        self.page = page
        self.bbox = bbox
        self.segments = segments
        self.pageWidth = pageWidth
        self.text = Line.joined(segments)
    }

    package static func joined(_ segments: [Segment]) -> String {
        segments.count == 1 ? segments[0].text : segments.map(\.text).joined(separator: " ")
    }

    /// A line from a layout line on `page`.
    public init(_ line: TextLine, page: Int, pageWidth: Double) {
        self.init(page: page, bbox: line.bbox, segments: line.segments, pageWidth: pageWidth)
    }

    public var fontSize: Double { segments.map(\.fontSize).max() ?? 0 }
    public var bold: Bool { !segments.isEmpty && segments.allSatisfy(\.bold) }
    public var x: Double { bbox.x0 }

    /// The vertical space from the bottom of `above` to the top of this line (negative where
    /// the boxes overlap): what the block readers compare with a line height.
    package func gap(below above: Line) -> Double { bbox.y0 - above.bbox.y1 }
}
