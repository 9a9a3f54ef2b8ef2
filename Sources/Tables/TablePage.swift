import Contract
import LayoutModel
import Parsing

/// One page as the table strategies see it: its lines (top to bottom; tables refer to
/// them by index), its size, and what is read only on demand: glyphs, painted shapes and
/// renders of regions. The glyph tokens and the shapes are read at most once and shared
/// by the strategies.
///
/// The lines may have page furniture removed; indices in `PageTable.lineIndices` refer to
/// the array given here. Not `Sendable`: it lives while its page is read.
public final class TablePage {
    public let number: Int
    public let lines: [Line]
    public let width: Double
    public let height: Double
    private let glyphSource: (() -> [PlacedGlyph])?
    private let shapeSource: (() -> [PaintedShape]?)?
    private let renderer: (Rect, Double) -> GreyBitmap?

    /// - Parameters:
    ///   - glyphs: the page's glyphs (`PageContent.glyphs`), asked for only on pages with a
    ///     candidate region: their boxes keep text out of the ruling scan, and cell text is
    ///     rebuilt from them, which is right even where layout lines interleave the lines of
    ///     neighbouring cells. Without them, the segments' words stand in (estimated boxes).
    ///   - shapes: the shapes the page paints, or nil when they cannot be read.
    ///   - render: renders a region (points) at a scale (pixels per point), or nil.
    public init(
        number: Int, lines: [Line], width: Double, height: Double, glyphs: (() -> [PlacedGlyph])? = nil,
        shapes: (() -> [PaintedShape]?)? = nil, render: @escaping (Rect, Double) -> GreyBitmap? = { _, _ in nil }
    ) {
        self.number = number
        self.lines = lines
        self.width = width
        self.height = height
        self.glyphSource = glyphs
        self.shapeSource = shapes
        self.renderer = render
    }

    private var madeTokens: [TextToken]?
    /// The page's text as tokens: from the glyphs, or from the lines' words without them.
    package var tokens: [TextToken] {
        if let madeTokens { return madeTokens }
        var made = glyphSource.map { TextToken.from($0()) } ?? []
        if made.isEmpty { made = TextToken.from(lines) }
        madeTokens = made
        return made
    }

    private var readShapes: [PaintedShape]?? = nil
    /// The shapes the page paints (read once), or nil when they cannot be read.
    public var shapes: [PaintedShape]? {
        if let readShapes { return readShapes }
        let read = shapeSource?()
        readShapes = .some(read)
        return read
    }

    public func render(_ region: Rect, scale: Double) -> GreyBitmap? {
        renderer(region, scale)
    }

    /// The lines whose centre lies in `box`.
    public func lineIndices(in box: Rect) -> [Int] {
        lines.indices.filter { box.contains(x: lines[$0].bbox.midX, y: lines[$0].bbox.midY) }
    }

    /// The boxes of the segments of the lines crossing `region`, where text can hide a ruling.
    func segmentBoxes(in region: Rect) -> [Rect] {
        lines.filter { $0.bbox.verticalOverlap(region) > 0 }.flatMap { $0.segments.map(\.bbox) }
    }
}
