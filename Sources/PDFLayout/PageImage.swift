import Foundation
import LayoutModel
import PopplerInterface

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
    /// from the top-left corner), with poppler's Splash rasteriser. A page of zero size gives
    /// a 1×1 white image. Messages poppler logs while drawing are dropped: reading the
    /// page's text logged them already.
    public func pageImage(_ number: Int, scale: Double, thumbnailScale: Double? = nil) throws(PDFError) -> (
        page: PageImage, thumbnail: PageImage?
    ) {
        guard number >= 1 && number <= info.pageCount else {
            throw .pageOutOfRange(path: path, page: number, pageCount: info.pageCount)
        }
        var width = 0.0, height = 0.0
        guard agendapack_vector_page_size(handle, Int32(number), &width, &height) == 0 else {
            throw .unreadablePage(path: path, page: number)
        }
        defer { _ = PopplerLog.drain() }
        let full = PDFDocument.canvas(width: width, height: height, scale: scale)
        var rendered = false
        let pixels = [UInt8](unsafeUninitializedCapacity: full.width * full.height * 3) { buffer, count in
            rendered = agendapack_vector_render(
                handle, Int32(number), 0, 0, full.scale, Int32(full.width), Int32(full.height), 1, buffer.baseAddress) == 0
            count = rendered ? full.width * full.height * 3 : 0
        }
        guard rendered, let image = PDFDocument.png(pixels, full) else { throw .unreadablePage(path: path, page: number) }
        guard let thumbnailScale else { return (image, nil) }
        // The thumbnail is the page image scaled down (each pixel the mean of the pixels it
        // covers), not a second rendering.
        let small = PDFDocument.canvas(width: width, height: height, scale: thumbnailScale)
        let scaled = [UInt8](unsafeUninitializedCapacity: small.width * small.height * 3) { buffer, count in
            agendapack_scale_rgb(
                pixels, Int32(full.width), Int32(full.height), small.scale / full.scale, buffer.baseAddress, Int32(small.width),
                Int32(small.height))
            count = small.width * small.height * 3
        }
        return (image, PDFDocument.png(scaled, small))
    }

    /// The pixel size of `width`×`height` points drawn at `scale`, and the scale actually
    /// used: lowered when the page would exceed `pageImageLimit` pixels.
    private static func canvas(width: Double, height: Double, scale: Double) -> (width: Int, height: Int, scale: Double) {
        var scale = scale.isFinite && scale > 0 ? scale : 1
        let side = max(width, height) * scale
        if side > Double(pageImageLimit) { scale *= Double(pageImageLimit) / side }
        // Whole pixels, rounded up; the tolerance keeps 7999.9999… and 8000.0000…1 both 8000.
        let pw = max(1, Int((width * scale - 1e-6).rounded(.up)))
        let ph = max(1, Int((height * scale - 1e-6).rounded(.up)))
        return (pw, ph, scale)
    }

    /// RGB pixels encoded as PNG (poppler's PNG writer, libpng), or nil when it fails.
    private static func png(_ pixels: [UInt8], _ canvas: (width: Int, height: Int, scale: Double)) -> PageImage? {
        var length = 0
        guard let bytes = agendapack_png_rgb(pixels, Int32(canvas.width), Int32(canvas.height), 72 * canvas.scale, &length) else { return nil }
        defer { free(bytes) }
        return PageImage(png: Data(bytes: bytes, count: length), width: canvas.width, height: canvas.height, scale: canvas.scale)
    }
}
