import CPoppler
import Foundation
import LayoutModel

/// A page rendered in colour and encoded as PNG, for people to look at (the HTML report);
/// `PDFDocument.render` gives the greyscale bitmaps the table finder reads.
public struct PageImage: Sendable, Equatable {
    /// The PNG file's bytes (8-bit RGB, no alpha).
    public var png: Data
    /// Pixels.
    public var width: Int
    public var height: Int
    /// Pixels per point: a point (x, y) of the page, top-left origin, is pixel (x·scale, y·scale).
    public var scale: Double
}

extension PDFDocument {
    /// The largest side of a rendered page in pixels (a hostile page can claim to be miles wide).
    public static let pageImageLimit = 8000

    /// Renders page `number` on white at `scale` pixels per point (100 dpi is 100/72) and
    /// encodes it as PNG, with a thumbnail at `thumbnailScale` when one is asked for (drawn
    /// from the page image, so the page is rendered once).
    ///
    /// The page is drawn unrotated, in the space of its text and records' `bbox` (points
    /// from the top-left corner). A page of zero size gives a 1×1 white image. Messages
    /// poppler logs while drawing are dropped: reading the page's text logged them already.
    public func pageImage(_ number: Int, scale: Double, thumbnailScale: Double? = nil) throws(PDFError) -> (
        page: PageImage, thumbnail: PageImage?
    ) {
        guard number >= 1 && number <= info.pageCount else {
            throw .pageOutOfRange(path: path, page: number, pageCount: info.pageCount)
        }
        guard let page = poppler_document_get_page(handle, Int32(number - 1)) else {
            throw .unreadablePage(path: path, page: number)
        }
        defer {
            g_object_unref(UnsafeMutableRawPointer(page))
            _ = PopplerLog.drain()
        }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let full = PDFDocument.paint(width: width, height: height, scale: scale) { cr in poppler_page_render(page, cr) }
        guard let full else { throw .unreadablePage(path: path, page: number) }
        defer { cairo_surface_destroy(full.surface) }
        guard let image = PDFDocument.png(full.surface, scale: full.scale) else { throw .unreadablePage(path: path, page: number) }
        guard let thumbnailScale else { return (image, nil) }
        // The thumbnail is the page image scaled down (a good filter), not a second rendering.
        let small = PDFDocument.paint(width: width, height: height, scale: thumbnailScale) { cr in
            // The context is in points; the page image is in its pixels.
            cairo_scale(cr, 1 / full.scale, 1 / full.scale)
            cairo_set_source_surface(cr, full.surface, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
            cairo_paint(cr)
        }
        guard let small else { return (image, nil) }
        defer { cairo_surface_destroy(small.surface) }
        return (image, PDFDocument.png(small.surface, scale: small.scale))
    }

    /// A white RGB surface of `width`×`height` points at `scale`, with `draw` called on a
    /// context scaled to points. The caller destroys the surface. The scale actually used
    /// is returned: it is lowered when the page would exceed `pageImageLimit` pixels.
    private static func paint(width: Double, height: Double, scale: Double, draw: (OpaquePointer?) -> Void) -> (
        surface: OpaquePointer, scale: Double
    )? {
        var scale = scale.isFinite && scale > 0 ? scale : 1
        let side = max(width, height) * scale
        if side > Double(pageImageLimit) { scale *= Double(pageImageLimit) / side }
        // Whole pixels, rounded up; the tolerance keeps 7999.9999… and 8000.0000…1 both 8000.
        let pw = max(1, Int((width * scale - 1e-6).rounded(.up)))
        let ph = max(1, Int((height * scale - 1e-6).rounded(.up)))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pw), Int32(ph)) else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        let cr = cairo_create(surface)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        draw(cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        return (surface, scale)
    }

    /// The surface encoded as PNG by cairo, or nil when cairo fails.
    private static func png(_ surface: OpaquePointer, scale: Double) -> PageImage? {
        final class Sink { var data = Data() }
        let sink = Sink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(
                surface,
                { closure, bytes, length in
                    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                    Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                    return CAIRO_STATUS_SUCCESS
                }, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else { return nil }
        return PageImage(
            png: sink.data, width: Int(cairo_image_surface_get_width(surface)), height: Int(cairo_image_surface_get_height(surface)),
            scale: scale)
    }
}
