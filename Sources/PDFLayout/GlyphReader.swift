import CPoppler
import Foundation

/// One glyph of a page with its box and style, for callers that must regroup text
/// themselves (table cells).
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

/// Reads the positioned glyphs of pages.
///
/// Ownership: owns its own `PopplerDocument` (opened from the path again, which costs
/// about 1.5 ms) and unrefs it in `deinit`; pages are released inside each call.
/// Threading: not `Sendable`; use it in one task, like `PDFDocument`.
public final class GlyphReader {
    private let handle: OpaquePointer

    /// Opens the PDF at `path` (already known to open as a `PDFDocument`).
    public init(path: String, password: String? = nil) throws(PDFError) {
        _ = PopplerLog.installed
        let canonical = g_canonicalize_filename(path, nil)
        defer { g_free(canonical) }
        guard let uri = g_filename_to_uri(canonical, nil, nil) else { throw .fileNotFound(path: path) }
        defer { g_free(uri) }
        var error: UnsafeMutablePointer<GError>? = nil
        let document = poppler_document_new_from_file(uri, password, &error)
        _ = PopplerLog.drain()
        if let error { g_error_free(error) }
        guard let document else { throw .damaged(path: path, reason: "poppler could not open it") }
        handle = document
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The glyphs of page `number` (1-based) in poppler's stream order, whitespace left
    /// out; empty when the page cannot be read.
    public func glyphs(page number: Int) -> [PlacedGlyph] {
        guard number >= 1, number <= Int(poppler_document_get_n_pages(handle)),
            let page = poppler_document_get_page(handle, Int32(number - 1))
        else { return [] }
        defer {
            g_object_unref(UnsafeMutableRawPointer(page))
            _ = PopplerLog.drain()
        }
        guard let textPointer = poppler_page_get_text(page) else { return [] }
        let scalars = Array(String(cString: textPointer).unicodeScalars)
        g_free(textPointer)
        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var rectCount: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &rectCount) != 0, let rects else { return [] }
        defer { g_free(rects) }

        var sizes = [Double](repeating: 0, count: scalars.count)
        var bolds = [Bool](repeating: false, count: scalars.count)
        if let attributes = poppler_page_get_text_attributes(page) {
            var node: UnsafeMutablePointer<GList>? = attributes
            while let current = node {
                if let raw = current.pointee.data {
                    let a = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    let name = a.font_name.map { String(cString: $0) } ?? ""
                    let bold = LineBuilder.FontStyle.style(of: name).bold
                    let start = max(0, Int(a.start_index)), end = min(scalars.count - 1, Int(a.end_index))
                    if start <= end {
                        for i in start...end {
                            sizes[i] = a.font_size
                            bolds[i] = bold
                        }
                    }
                }
                node = current.pointee.next
            }
            poppler_page_free_text_attributes(attributes)
        }

        var out: [PlacedGlyph] = []
        let count = min(scalars.count, Int(rectCount))
        out.reserveCapacity(count)
        for i in 0..<count {
            let scalar = scalars[i]
            if scalar.properties.isWhitespace || scalar.value < 0x20 { continue }
            let r = rects[i]
            let box = Rect(x0: min(r.x1, r.x2), y0: min(r.y1, r.y2), x1: max(r.x1, r.x2), y1: max(r.y1, r.y2))
            guard box.width > 0 || box.height > 0 else { continue }
            let size = sizes[i] > 0.5 && sizes[i] < 400 ? sizes[i] : max(1, box.height * 0.85)
            out.append(
                PlacedGlyph(
                    scalar: scalar, box: box, fontSize: size, bold: bolds[i],
                    spaceBefore: i > 0 && scalars[i - 1] == " "))
        }
        return out
    }
}
