/// Whether a page with no text prints anything: rendered small, a scanned page of text, a
/// drawing or text drawn as outlines darkens a share of its pixels; an empty page, or one
/// with only a hairline border or a speck, does not.
public enum PageInk {
    /// Pixels per point at which the page is rendered (a US Letter page is 61 x 79 pixels).
    public static let scale = 0.1
    /// The share of the pixels that must be darker than `level`.
    public static let share = 0.01
    /// Grey levels below this are ink (a scan's off-white paper is not).
    public static let level: UInt8 = 230

    /// A page with at most this many characters of text may still be a scan: a scanned
    /// appendix stamped with its page number ("Page 12"), a map with a compass rose.
    public static let sparseText = 40
    /// Such a page is looked at as a scan only when at least this share of it is ink
    /// outside its text: a scanned page of text darkens 5 to 15% of it at `scale`, a logo
    /// beside a title less (OCR of every title page with a logo would cost seconds).
    public static let sparseShare = 0.05
    /// A page with a few characters of text counts as a scan when OCR reads at least this
    /// many lines more on it (a page of text, not the words of a logo or a photograph).
    public static let scannedLines = 5
    /// Text boxes are widened by this many points before their ink is set aside.
    public static let textMargin = 2.0

    /// Whether `bitmap`, rendered at `scale`, prints something outside the boxes of its
    /// text (`text`, in page points).
    public static func inked(_ bitmap: GreyBitmap, apartFrom text: [Rect] = [], share: Double = PageInk.share) -> Bool {
        guard !bitmap.pixels.isEmpty, bitmap.width > 0 else { return false }
        var dark = 0
        for (i, pixel) in bitmap.pixels.enumerated() where pixel < level {
            if !text.isEmpty {
                let x = bitmap.originX + (Double(i % bitmap.width) + 0.5) / bitmap.scale
                let y = bitmap.originY + (Double(i / bitmap.width) + 0.5) / bitmap.scale
                if text.contains(where: { x >= $0.x0 - textMargin && x <= $0.x1 + textMargin && y >= $0.y0 - textMargin && y <= $0.y1 + textMargin }) { continue }
            }
            dark += 1
        }
        return Double(dark) >= Double(bitmap.pixels.count) * share
    }
}
