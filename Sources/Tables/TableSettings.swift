import Contract
import LayoutModel
import Parsing

/// The tolerances of the table pass and its strategies, in one value.
///
/// Lengths are page points unless a comment says otherwise (fractions of a font size, an
/// em, or of the page). The defaults are the values the corpus and the labelled samples
/// are scored with; change one and the table figures of `make score` change with it.
public struct TableSettings: Sendable, Equatable {
    /// Where rulings are read from: the shapes the page paints (the default; one cheap
    /// interpreting pass), or pixels of the rendered region (slower; also what is used when
    /// the shapes cannot be read, when a region paints more than `shapeLimit` of them, and
    /// on a scanned page: invisible OCR text in the region).
    public enum RulingSource: Sendable, Equatable { case shapes, pixels }
    public var rulingSource = RulingSource.shapes

    // MARK: Candidate regions (ruled strategy)

    /// Lines of several segments closer than this (top to next line's top) are one
    /// candidate group: a band worth reading rulings in.
    public var candidateGap = 60.0
    /// How far a candidate region reaches above and below its lines (and around a grid
    /// found on the whole page): rules above a header or below a total row are inside it.
    public var candidateMargin = 60.0
    /// Regions painting more shapes than this are rendered instead.
    public var shapeLimit = 10_000
    /// Pixels per point of the rendered candidate regions.
    public var renderScale = 2.0
    /// Glyph boxes masked before a pixel scan are shrunk top and bottom by this fraction
    /// of their height, so a ruling touching a line of text is not masked away.
    public var maskInset = 0.05
    /// The whole page's shapes are read for grids the text does not suggest when at least
    /// this many shapes lie outside the candidate regions.
    public var offRegionShapes = 4
    /// A grid found that way needs this many rows, columns and text lines inside it.
    public var offRegionMinRows = 3
    public var offRegionMinCols = 2
    public var offRegionMinLines = 3

    // MARK: Rulings (RulingDetector)

    /// Pixels or paint below this grey level (0 black, 255 white) are ink.
    public var inkThreshold: UInt8 = 248
    /// The shortest run of ink (points along) that is a ruling.
    public var minRulingLength = 8.0
    /// The thickest run of ink (points across) that is a ruling; thicker is a filled box.
    public var maxRulingThickness = 3.0
    /// Painted pieces whose across-extents are closer than this are on one line.
    public var rulingAcrossGap = 0.75
    /// Painted pieces on one line whose ends are closer than this are one ruling.
    public var rulingJoinGap = 1.0
    /// Shaded boxes (or a box and a thin piece) closer than this touch.
    public var boxTouchGap = 0.5
    /// Grey levels closer than this are one shade (boxes of one shade are one box).
    public var shadeDifference = 40

    // MARK: Ruled grids (ruled strategy)

    /// A header boxed on its own above a grid lies at most this far above it.
    public var boxedHeaderReach = 20.0
    /// A row band needs this many tokens before it is looked at for undrawn rows.
    public var rowSplitMinTokens = 6
    /// Tokens whose centres are closer than this fraction of the taller one's height are
    /// on one line (row splits and unruled bodies inside a grid).
    public var lineBandFraction = 0.4

    // MARK: Unruled tables (unruled strategy)

    /// Lines of two or more segments a run needs to be a table.
    public var unruledMinRows = 3
    /// A gap above a line larger than this many line heights ends a run.
    public var unruledRowGap = 1.6
    /// The same where both lines have three or more segments (airy tables).
    public var unruledAiryRowGap = 3.2

    // MARK: Page margins

    /// The table pass runs before furniture is known (`FurnitureDetector` needs every
    /// page); this is the band, as a fraction of the page height at the top and at the
    /// bottom, it treats as margin: short lines in it are running heads, footers or page
    /// stamps, not text above or below a table.
    public var furnitureMargin = 0.075

    public init() {}
}
