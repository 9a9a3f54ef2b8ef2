

/// One glyph of a page with its box and style, for callers that must regroup text
/// themselves (table cells). `PDFDocument.pageContent(_:)` gives them with the page's
/// lines, from the same text pass.
///
/// `TextLine`s group glyphs by vertical overlap over the whole page width, so in a table
/// a vertically centred one-line cell can chain the two lines of its neighbour cell into
/// one line, interleaving their glyphs. Inside a known cell the glyphs can be regrouped
/// correctly, which needs them one by one.
public struct PlacedGlyph: Sendable, Hashable {
    public var scalar: Unicode.Scalar
    /// In points, top-left origin; spans ascent to descent.
    public var box: Rect
    public var fontSize: Double
    public var bold: Bool
    /// Whether poppler put a space right before this glyph in its text stream.
    public var spaceBefore: Bool

    public init(scalar: Unicode.Scalar, box: Rect, fontSize: Double, bold: Bool, spaceBefore: Bool) {
        self.scalar = scalar
        self.box = box
        self.fontSize = fontSize
        self.bold = bold
        self.spaceBefore = spaceBefore
    }
}

