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
    /// Pixel scan: a run of ink on the next scan line continues a band when both its ends
    /// are within this many pixels (not points) of the band's.
    public var bandMatchPixels = 2
    /// Pixel scan: a filled box is scanned again for darker rulings inside it (borders
    /// between shaded header cells) only when the median grey level of its pixels is above
    /// this (0 black, 255 white); a darker box is a solid block.
    public var innerScanMinGrey: UInt8 = 60
    /// Pixel scan: inside a filled box, pixels darker than its median grey level by more
    /// than this many grey levels are ink.
    public var innerInkContrast: UInt8 = 40

    // MARK: Grid geometry (RuledGrid)

    /// Ruling positions (and the ends of crossing rulings) closer than this, in points,
    /// are one ruling: the snap of column and row boundaries. An outer side is open (no
    /// outer rule, the other rulings' ends taken as the edge) when those ends reach more
    /// than four times this past the outermost ruling.
    public var gridSnap = 3.0
    /// The longest gap, in points along a ruling, taken for text drawn across it: the
    /// pieces of a ruling either side of a gap this short that a text box covers join.
    public var gridBridge = 20.0

    // MARK: Ruled grids (ruled strategy)

    /// A header boxed on its own above a grid lies at most this far above it.
    public var boxedHeaderReach = 20.0
    /// The rules framing a boxed header are looked for at most this far above the grid's
    /// top (the frame's top rule of a header of several lines).
    public var boxedHeaderSearch = 90.0
    /// A boxed header's band (between its two rules, or its shaded box) is at least this
    /// tall: a line of text; two rules closer together are one ruling drawn double.
    public var boxedHeaderMinHeight = 8.0
    /// How far (points) inner column rules must start below a header row's top rule, and
    /// above its bottom one, for the row to be read as two levels: group headings above
    /// where they start, the columns' headings below (`RuledStrategy.splitGroupedHeader`).
    public var headerLevelInset = 4.0
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
    /// One-segment lines right above a run are its column headings when each lies at most
    /// this many line heights (the taller of the two lines) above the next.
    public var headingLineGap = 1.6
    /// A one-segment line inside a run is a wrapped cell when its left end, right end or
    /// centre is within this many points of a cell of the row above.
    public var wrappedCellAlign = 3.0
    /// Lines whose centres are closer than this fraction of their font size are one row
    /// (a vertically centred cell over two or three lines).
    public var rowBandFraction = 0.8
    /// Tokens closer than this many ems (the smaller font size) are one word...
    public var wordGap = 0.15
    /// ...unless the text has a space between them and they are more than this many ems apart.
    public var spacedWordGap = 0.04
    /// Words of one line at most this many ems apart are one phrase (a heading over
    /// several columns, a wrapped header cell).
    public var phraseGap = 0.35
    /// Column clustering: a gutter is an x range crossed by the words of at most one row
    /// in this many (none below five rows, one from five to twice this).
    public var gutterRowsPerCrossing = 10
    /// Column clustering: word ranges closer than this, in points, are one column.
    public var columnJoinGap = 1.0
    /// Column clustering: a gutter is closed when, in half the rows with words right of it
    /// or more, those follow a word left of it at most this many ems away (ragged text).
    public var raggedJoinGap = 0.33
    /// A run with more columns than this is not a table (a page of text).
    public var unruledMaxColumns = 30
    /// Columns of running text, not a table: the median cell (or segment) is longer than
    /// this many characters (cells of tables without rules are short).
    public var runningTextLength = 40
    /// Columns of running text, not a table: at least this share of a run's segments start
    /// in lower case (told before any word is placed).
    public var runningTextSegmentShare = Share(1, 2)
    /// Column clustering: the share of the rows with words right of a gutter in which they
    /// must follow a word left of it closely (`raggedJoinGap`) for the gutter to close.
    public var raggedJoinShare = Share(1, 2)
    /// Header bands: a leading band is a header over a body whose bands, at least this
    /// share of them, fill the first column (or are not all bold).
    public var headerBodyShare = Share(4, 5)
    /// A table fills at least this share of its value cells; a chart's labels (a bar's
    /// name, its value at its end, an axis) scatter over many columns and fill few.
    public var filledValueCellShare = Share(2, 5)
    /// A first column of list markers ("1.", "(b)", "•") in at least this share of its
    /// cells is a list, not a table.
    public var listMarkerShare = Share(4, 5)
    /// Cells starting in lower case in at least this share: lines of running text that go
    /// on from the line above, not cells.
    public var lowercaseCellShare = Share(3, 10)
    /// A column whose cells end in ":" in more than this share is a column of labels (a
    /// form layout: "Ask for:", "Telephone:").
    public var labelColumnShare = Share(1, 2)
    /// A column is numeric when at least this share of its cells are figures.
    public var numericColumnShare = Share(4, 5)

    // MARK: Joining pages and captions

    /// A piece continues a ruled table on the page before when each column boundary is
    /// within this many points of the one before.
    public var stitchRuledSlack = 4.0
    /// The same for unruled tables, whose boundaries are midpoints between text that move
    /// with the content.
    public var stitchUnruledSlack = 15.0
    /// A caption or heading line is looked for at most this far (points, line bottom to
    /// table top) above a table...
    public var captionReachAbove = 80.0
    /// ...and a caption line at most this far (line top to table bottom) below it.
    public var captionReachBelow = 40.0

    // MARK: Page margins

    /// The table pass runs before furniture is known (`FurnitureDetector` needs every
    /// page); this is the band, as a fraction of the page height at the top and at the
    /// bottom, it treats as margin: short lines in it are running heads, footers or page
    /// stamps, not text above or below a table.
    public var furnitureMargin = 0.075

    public init() {}

    /// A share of a count, as a fraction of whole numbers, so that "at least 4 in 5" is
    /// compared exactly (count x 5 >= total x 4), with no rounding.
    public struct Share: Sendable, Equatable {
        public var numerator: Int
        public var denominator: Int
        public init(_ numerator: Int, _ denominator: Int) {
            self.numerator = numerator
            self.denominator = max(1, denominator)
        }
        /// `count` of `total` is this share or more.
        public func reached(_ count: Int, of total: Int) -> Bool { count * denominator >= total * numerator }
        /// `count` of `total` is more than this share.
        public func exceeded(_ count: Int, of total: Int) -> Bool { count * denominator > total * numerator }
    }
}
