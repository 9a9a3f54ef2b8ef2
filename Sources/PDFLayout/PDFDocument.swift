import CPoppler
import Foundation
import LayoutModel
import PopplerVector

/// An open PDF, read through poppler-glib and, for each page's text and painted shapes in
/// one pass and for tagged tables, poppler's core library (`PopplerVector`), which gives
/// exactly poppler-glib's text; poppler-glib alone when the core library cannot read it.
///
/// Ownership: the document owns its `PopplerDocument` and unrefs it in `deinit`; every
/// page object is created, used and unreffed inside one method call. Every string and
/// array poppler returns is copied into Swift values at once and freed.
///
/// Threading: not `Sendable`. poppler documents must not be shared between threads
/// (rendering one document from two threads crashes), so open one document per task,
/// use it there, and pass on only the `Sendable` values it returns.
public final class PDFDocument {
    let handle: OpaquePointer
    /// The path as given by the caller, used in messages.
    public let path: String
    public let info: DocumentInfo
    /// Messages poppler logged so far (syntax errors and the like).
    public private(set) var diagnostics: [PDFDiagnostic] = []
    private let password: String?
    /// poppler's core document (text with shapes, tagged tables); opened on first use.
    private var vector: OpaquePointer?
    private var vectorTried = false
    /// poppler's messages from walking the structure tree (see `coreDocument`).
    var treeMessages: [String] = []
    /// The styles of the fonts seen so far, by name (bold and italic are read from the name
    /// once per document; see `glyphs`).
    private var fontStyles: [String: LineBuilder.FontStyle] = [:]
    static let shapeKinds: [Int: PaintedShape.Kind] = [
        Int(AGENDAPACK_SHAPE_STROKE): .stroke, Int(AGENDAPACK_SHAPE_FILL): .fill,
        Int(AGENDAPACK_SHAPE_INVISIBLE_TEXT): .invisibleText,
    ]
    /// The most shapes kept per page (a hostile page can paint millions).
    public static let shapeLimit = 200_000

    /// Opens the PDF at `path`, with an optional password (user or owner).
    public init(path: String, password: String? = nil) throws(PDFError) {
        _ = PopplerLog.installed
        _ = PDFDocument.globalParametersKept
        self.path = path
        self.password = password
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw .fileNotFound(path: path)
        }
        if isDir.boolValue { throw .notAPDF(path: path) }
        guard let probe = FileHandle(forReadingAtPath: path) else { throw .fileNotFound(path: path) }
        let head = (try? probe.read(upToCount: 1024)) ?? Data()
        try? probe.close()
        // poppler accepts junk before the header (as readers do), so look for %PDF in the first KiB.
        guard head.range(of: Data("%PDF".utf8)) != nil else { throw .notAPDF(path: path) }

        let canonical = g_canonicalize_filename(path, nil)
        defer { g_free(canonical) }
        var uriError: UnsafeMutablePointer<GError>? = nil
        guard let uri = g_filename_to_uri(canonical, nil, &uriError) else {
            if let uriError { g_error_free(uriError) }
            throw .fileNotFound(path: path)
        }
        defer { g_free(uri) }

        var error: UnsafeMutablePointer<GError>? = nil
        let document = poppler_document_new_from_file(uri, password, &error)
        let logged = PopplerLog.drain()
        guard let document else {
            var failure = PDFError.damaged(path: path, reason: "poppler could not open it")
            if let error {
                let message = String(cString: error.pointee.message)
                if error.pointee.domain == poppler_error_quark() && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                    failure = password == nil ? .encrypted(path: path) : .wrongPassword(path: path)
                } else if error.pointee.domain == g_file_error_quark() {
                    failure = .fileNotFound(path: path)
                } else {
                    let detail = logged.last.map { "\(message): \($0)" } ?? message
                    failure = .damaged(path: path, reason: detail)
                }
                g_error_free(error)
            }
            throw failure
        }
        handle = document
        let pages = Int(poppler_document_get_n_pages(document))
        info = DocumentInfo(
            pdfVersion: PDFDocument.take(poppler_document_get_pdf_version_string(document)).map {
                $0.hasPrefix("PDF-") ? String($0.dropFirst(4)) : $0
            },
            producer: PDFDocument.take(poppler_document_get_producer(document)),
            creator: PDFDocument.take(poppler_document_get_creator(document)),
            title: PDFDocument.take(poppler_document_get_title(document)),
            pageCount: pages,
            encrypted: password != nil)
        diagnostics = logged.map { PDFDiagnostic(page: nil, message: $0) }
        // deinit releases the document when this throws.
        guard pages > 0 else { throw .noPages(path: path) }
    }

    /// poppler-glib makes poppler's global parameters when its first document opens and
    /// deletes them when its last one closes; making them reads poppler's built-in tables
    /// again (about 1 ms), once per file when files are converted one after another. A
    /// one-page document made in memory and never closed keeps them for the process.
    static let globalParametersKept: Bool = {
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for object in [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
        ] {
            offsets.append(pdf.utf8.count)
            pdf += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        pdf += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let bytes = Array(pdf.utf8)
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        let kept = poppler_document_new_from_bytes(data, nil, nil)  // never released
        _ = PopplerLog.drain()
        return kept != nil
    }()

    deinit {
        if let vector { agendapack_vector_close(vector) }
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// poppler's core document for the same file, opened on first use; nil when it
    /// cannot be opened.
    func coreDocument() -> OpaquePointer? {
        if !vectorTried {
            vectorTried = true
            vector = agendapack_vector_open(path, password)
            keepNewMessages(page: nil)
            if let vector {
                // The structure tree is walked now, so the page passes collect the text of
                // tagged table cells; what poppler says about the tree is kept for
                // `taggedTables`, where it was said before the walk was moved here.
                agendapack_vector_walk_tagged(vector)
                treeMessages = PopplerLog.drain()
            }
        }
        return vector
    }

    /// Drains poppler's messages (after `earlier`), keeping those not already recorded: the
    /// core library reads the same file again and repeats what poppler-glib said about it.
    func keepNewMessages(page: Int?, earlier: [String] = []) {
        let known = Set(diagnostics.filter { page == nil || $0.page == page || $0.page == nil }.map(\.message))
        var seen = Set<String>()
        for message in earlier + PopplerLog.drain() where !known.contains(message) && seen.insert(message).inserted {
            diagnostics.append(PDFDiagnostic(page: page, message: message))
        }
    }

    /// The shapes painted on page `number` (1-based): stroked straight pieces and filled
    /// rectangles, in painting order, and where invisible text runs (see `PaintedShape`),
    /// read in the page's text pass through the core library. Nil when the core library
    /// cannot read the page (the caller can render instead).
    public func shapes(_ number: Int) throws(PDFError) -> [PaintedShape]? {
        guard number >= 1 && number <= info.pageCount else {
            throw .pageOutOfRange(path: path, page: number, pageCount: info.pageCount)
        }
        return coreText(number)?.shapes
    }

    /// A page poppler cannot give (a broken page tree): empty, size 0, with a diagnostic.
    private func emptyPage(_ number: Int) -> PageInfo {
        diagnostics.append(PDFDiagnostic(page: number, message: "page \(number) cannot be read; treated as empty"))
        return PageInfo(number: number, width: 0, height: 0, rotation: 0, label: nil)
    }

    /// Copies a poppler-owned string and frees it; empty strings become nil.
    static func take(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        let s = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
        return s.isEmpty ? nil : s
    }

    /// Runs `body` with page `number` (1-based), then releases it.
    private func withPage<T>(_ number: Int, _ body: (OpaquePointer) -> T) throws(PDFError) -> T {
        guard number >= 1 && number <= info.pageCount else {
            throw .pageOutOfRange(path: path, page: number, pageCount: info.pageCount)
        }
        guard let page = poppler_document_get_page(handle, Int32(number - 1)) else {
            throw .unreadablePage(path: path, page: number)
        }
        defer {
            g_object_unref(UnsafeMutableRawPointer(page))
            for message in PopplerLog.drain() {
                diagnostics.append(PDFDiagnostic(page: number, message: message))
            }
        }
        return body(page)
    }

    private static func pageInfo(_ page: OpaquePointer, number: Int) -> PageInfo {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        var crop = PopplerRectangle()
        poppler_page_get_crop_box(page, &crop)
        let cropW = abs(crop.x2 - crop.x1), cropH = abs(crop.y2 - crop.y1)
        let turned = abs(cropW - cropH) > 1 && abs(cropW - height) < 1 && abs(cropH - width) < 1
        return PageInfo(
            number: number, width: width, height: height, rotation: turned ? 90 : 0,
            label: take(poppler_page_get_label(page)))
    }

    /// Size, rotation and label of page `number` (1-based), without a text pass.
    /// A page poppler cannot give (a broken page tree) comes back empty, with a diagnostic.
    public func pageInfo(_ number: Int) throws(PDFError) -> PageInfo {
        do {
            return try withPage(number) { PDFDocument.pageInfo($0, number: number) }
        } catch .unreadablePage {
            return emptyPage(number)
        }
    }

    /// Page `number` (1-based) with its text rebuilt into lines and segments.
    /// A page poppler cannot give (a broken page tree) comes back empty, with a diagnostic.
    public func pageText(_ number: Int, builder: LineBuilder = LineBuilder()) throws(PDFError) -> PageText {
        do {
            return try withPageContent(number, builder: builder) { $0.text }
        } catch .unreadablePage {
            return PageText(info: emptyPage(number), lines: [])
        }
    }

    /// Page `number` (1-based) with its lines and, from the same text pass, its glyphs one
    /// by one (for regrouping text inside table cells). A page poppler cannot give comes
    /// back empty, with a diagnostic.
    public func pageContent(_ number: Int, builder: LineBuilder = LineBuilder()) throws(PDFError) -> (text: PageText, glyphs: [PlacedGlyph]) {
        try withPageContent(number, builder: builder) { content in (content.text, content.glyphs) }
    }

    /// Runs `body` with page `number` (1-based) read once: its lines, its glyphs, its
    /// painted shapes (read in the same pass when the core library reads the page), and a
    /// renderer for regions of the same page (for scanned pages). The content is only valid
    /// inside `body`. A page poppler cannot give comes back empty, with a diagnostic.
    public func withPageContent<T>(
        _ number: Int, builder: LineBuilder = LineBuilder(), _ body: (PageContent) -> T
    ) throws(PDFError) -> T {
        do {
            return try withPage(number) { page in
                let info = PDFDocument.pageInfo(page, number: number)
                // One pass for text and shapes through the core library when it reads the
                // file; poppler-glib's text pass otherwise.
                let core = coreText(number)
                let (read, fonts) = PDFDocument.glyphs(core?.raw ?? PDFDocument.glibText(page), styles: &fontStyles)
                // Invisible text lying over painted text is a hidden copy: left out, saying so.
                let (glyphs, hidden) = builder.withoutHiddenCopies(read)
                if let hidden { diagnostics.append(PDFDocument.diagnostic(hidden, page: number)) }
                let placed = glyphs.compactMap { g -> PlacedGlyph? in
                    guard g.box.width > 0 || g.box.height > 0 else { return nil }
                    let style = g.font >= 0 && Int(g.font) < fonts.count ? fonts[Int(g.font)] : nil
                    let size = style.map { $0.size > 0.5 && $0.size < 400 ? $0.size : max(1, g.box.height * 0.85) } ?? max(1, g.box.height * 0.85)
                    return PlacedGlyph(scalar: g.scalar, box: g.box, fontSize: size, bold: style?.bold ?? false, spaceBefore: g.spaceBefore)
                }
                let text = PageText(info: info, lines: builder.lines(glyphs: glyphs, fonts: fonts))
                return body(PageContent(text: text, glyphs: placed, page: page, document: self, painted: core?.shapes))
            }
        } catch .unreadablePage {
            return body(PageContent(text: PageText(info: emptyPage(number), lines: []), glyphs: [], page: nil, document: nil, painted: nil))
        }
    }

    /// The diagnostic of the hidden copies left out of page `page`, with the text of the
    /// first runs.
    static func diagnostic(_ hidden: LineBuilder.HiddenCopies, page: Int) -> PDFDiagnostic {
        var quoted = hidden.runs.prefix(3).map { run in
            let scalars = run.unicodeScalars
            return "\"" + (scalars.count > 60 ? String(String.UnicodeScalarView(scalars.prefix(60))) + "…" : run) + "\""
        }
        if hidden.runs.count > 3 { quoted.append("\(hidden.runs.count - 3) more") }
        let runs = hidden.runs.count == 1 ? "1 run" : "\(hidden.runs.count) runs"
        return PDFDiagnostic(
            page: page,
            message: "\(hidden.glyphs) \(hidden.glyphs == 1 ? "character" : "characters") of invisible text lying over visible text (a hidden copy, \(runs)) left out: "
                + quoted.joined(separator: ", "),
            code: "hidden-text")
    }

    /// The text of one page as poppler gives it: the text, one rectangle per scalar, and
    /// the style runs (font name and size over scalar offsets, both ends inclusive), and
    /// for each scalar the run of invisible text its word was drawn in (0: painted; empty
    /// when nothing was drawn invisibly, and from poppler-glib).
    struct RawText {
        var scalars: [Unicode.Scalar] = []
        var rects: [Rect] = []
        var invisible: [Int32] = []
        var runs: [(name: String, size: Double, start: Int, end: Int)] = []
    }

    /// Reads the text of a page through poppler-glib (get_text, get_text_layout and
    /// get_text_attributes share poppler's cached pass).
    static func glibText(_ page: OpaquePointer) -> RawText {
        var raw = RawText()
        guard let textPointer = poppler_page_get_text(page) else { return raw }
        raw.scalars = Array(String(cString: textPointer).unicodeScalars)
        g_free(textPointer)
        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var rectCount: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &rectCount) != 0, let rects else { return RawText() }
        defer { g_free(rects) }
        raw.rects = (0..<Int(rectCount)).map { i in
            let r = rects[i]
            return Rect(x0: min(r.x1, r.x2), y0: min(r.y1, r.y2), x1: max(r.x1, r.x2), y1: max(r.y1, r.y2))
        }
        if let attributes = poppler_page_get_text_attributes(page) {
            var node: UnsafeMutablePointer<GList>? = attributes
            while let current = node {
                if let data = current.pointee.data {
                    let a = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    raw.runs.append((a.font_name.map { String(cString: $0) } ?? "", a.font_size, Int(a.start_index), Int(a.end_index)))
                }
                node = current.pointee.next
            }
            poppler_page_free_text_attributes(attributes)
        }
        return raw
    }

    /// Glyphs and their fonts from a page's raw text: one style per distinct (name, size),
    /// white space and line ends dropped, each glyph knowing its place in the text and
    /// whether a space came right before it. `styles` keeps each font name's style across
    /// pages: bold and italic follow from the name alone (a dozen substring searches), so
    /// they are read once per name, not once per style run.
    static func glyphs(_ raw: RawText, styles: inout [String: LineBuilder.FontStyle]) -> ([LineBuilder.Glyph], [LineBuilder.FontStyle]) {
        let scalars = raw.scalars
        var fonts: [LineBuilder.FontStyle] = []
        // Keyed by name and size, which is the style's identity (bold and italic follow
        // from the name).
        struct Key: Hashable {
            var name: String
            var size: Double
        }
        var fontIndex: [Key: Int32] = [:]
        var glyphFont = [Int32](repeating: -1, count: scalars.count)
        for run in raw.runs {
            let key = Key(name: run.name, size: run.size)
            let index: Int32
            if let known = fontIndex[key] {
                index = known
            } else {
                index = Int32(fonts.count)
                var style: LineBuilder.FontStyle
                if let seen = styles[run.name] {
                    style = seen
                    style.size = run.size
                } else {
                    style = LineBuilder.FontStyle(name: run.name, size: run.size)
                    styles[run.name] = style
                }
                fonts.append(style)
                fontIndex[key] = index
            }
            let start = max(0, run.start), end = min(scalars.count - 1, run.end)
            if start <= end { for i in start...end { glyphFont[i] = index } }
        }
        let count = min(scalars.count, raw.rects.count)
        var glyphs: [LineBuilder.Glyph] = []
        glyphs.reserveCapacity(count)
        for i in 0..<count {
            let scalar = scalars[i]
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" { continue }
            glyphs.append(
                LineBuilder.Glyph(
                    scalar: scalar, box: raw.rects[i], font: glyphFont[i], stream: Int32(i),
                    spaceBefore: i > 0 && scalars[i - 1] == " ", invisibleRun: i < raw.invisible.count ? raw.invisible[i] : 0))
        }
        return (glyphs, fonts)
    }

    /// Reads page `number` through poppler's core library in one interpreting pass: the
    /// text exactly as poppler-glib gives it (the same text device and the same walks over
    /// its words) and the painted shapes. Nil when the core library cannot read it.
    func coreText(_ number: Int) -> (raw: RawText, shapes: [PaintedShape])? {
        guard let core = coreDocument() else { return nil }
        var read = AgendaPackPageRead()
        let status = agendapack_vector_read_page(core, Int32(number), PDFDocument.shapeLimit, &read)
        defer { agendapack_vector_page_read_free(&read) }
        keepNewMessages(page: number)
        guard status == 0 else { return nil }
        var raw = RawText()
        if let text = read.text { raw.scalars = Array(String(cString: text).unicodeScalars) }
        if let rects = read.rects {
            raw.rects = (0..<read.rectCount).map { i in
                let x1 = rects[4 * i], y1 = rects[4 * i + 1], x2 = rects[4 * i + 2], y2 = rects[4 * i + 3]
                return Rect(x0: min(x1, x2), y0: min(y1, y2), x1: max(x1, x2), y1: max(y1, y2))
            }
        }
        if let invisible = read.invisible {
            raw.invisible = Array(UnsafeBufferPointer(start: invisible, count: read.rectCount))
        }
        if let runs = read.runs {
            raw.runs = (0..<read.runCount).map { i in
                let r = runs[i]
                return (r.fontName.map { String(cString: $0) } ?? "", r.fontSize, Int(r.start), Int(r.end))
            }
        }
        if read.shapesTruncated != 0 {
            diagnostics.append(PDFDiagnostic(page: number, message: "more than \(PDFDocument.shapeLimit) painted shapes; the rest were not read"))
        }
        let shapes = (0..<read.shapeCount).map { i in
            let s = read.shapes[i]
            return PaintedShape(
                kind: PDFDocument.shapeKinds[Int(s.kind)] ?? .stroke, x0: s.x0, y0: s.y0, x1: s.x1, y1: s.y1,
                lineWidth: s.width, grey: s.grey)
        }
        return (raw, shapes)
    }

    /// The text of page `number` as poppler-glib gives it, and as the core pass gives it
    /// with form fields left out as poppler-glib leaves them (nil when the core library
    /// cannot read the page): for tests that check they agree.
    public func textSources(_ number: Int) throws(PDFError) -> (glib: [String], core: [String]?) {
        func describe(_ raw: RawText) -> [String] {
            var lines = [String(String.UnicodeScalarView(raw.scalars))]
            lines += raw.rects.map { "\($0.x0) \($0.y0) \($0.x1) \($0.y1)" }
            lines += raw.runs.map { "\($0.name) \($0.size) \($0.start)-\($0.end)" }
            return lines
        }
        let glib = try withPage(number) { page in describe(PDFDocument.glibText(page)) }
        // poppler-glib's text leaves form fields out: compare like with like.
        if let core = coreDocument() { agendapack_vector_set_forms(core, 0) }
        defer { if let core = coreDocument() { agendapack_vector_set_forms(core, 1) } }
        return (glib, coreText(number).map { describe($0.raw) })
    }

    /// Renders a region of page `number` (in points; the whole page when nil) to a
    /// greyscale bitmap at `scale` pixels per point. Used to find table rulings.
    public func render(_ number: Int, region: Rect? = nil, scale: Double = 1.0) throws(PDFError) -> GreyBitmap {
        try withPage(number) { page in PDFDocument.render(page, region: region, scale: scale) }
    }

    static func render(_ page: OpaquePointer, region: Rect?, scale: Double) -> GreyBitmap {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let area = region ?? Rect(x0: 0, y0: 0, x1: width, y1: height)
        let pw = max(1, min(Int((area.width * scale).rounded(.up)), 20000))
        let ph = max(1, min(Int((area.height * scale).rounded(.up)), 20000))
        let empty = GreyBitmap(width: 0, height: 0, scale: scale, originX: area.x0, originY: area.y0, pixels: [])
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pw), Int32(ph)) else { return empty }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return empty }
        let cr = cairo_create(surface)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        cairo_translate(cr, -area.x0, -area.y0)
        poppler_page_render(page, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return empty }
        let pixels = [UInt8](unsafeUninitializedCapacity: pw * ph) { buffer, count in
            for y in 0..<ph {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                let out = y * pw
                for x in 0..<pw {
                    // RGB24 is stored as 32-bit native-endian 0x00RRGGBB.
                    let p = row[x]
                    let r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF
                    buffer[out + x] = UInt8(truncatingIfNeeded: (r &* 77 &+ g &* 151 &+ b &* 28) >> 8)
                }
            }
            count = pw * ph
        }
        return GreyBitmap(width: pw, height: ph, scale: scale, originX: area.x0, originY: area.y0, pixels: pixels)
    }
}

/// One page as read by `PDFDocument.withPageContent`: its lines, its glyphs, and a
/// renderer that draws regions of the same poppler page (no second text pass).
///
/// Valid only inside the `withPageContent` call that made it; not `Sendable`.
public struct PageContent {
    public let text: PageText
    /// The glyphs with a box, in content-stream order.
    public let glyphs: [PlacedGlyph]
    let page: OpaquePointer?
    let document: PDFDocument?
    /// The shapes read with the text, when the core library read the page.
    let painted: [PaintedShape]?

    /// The shapes painted on the page (`PDFDocument.shapes(_:)`); nil when they cannot be
    /// read, empty for an unreadable page.
    public func shapes() -> [PaintedShape]? {
        if let painted { return painted }
        guard let document else { return [] }
        return (try? document.shapes(text.info.number)) ?? nil
    }

    /// Renders a region of the page (points; the whole page when nil) to a greyscale
    /// bitmap at `scale` pixels per point. An unreadable page gives an empty bitmap.
    public func render(region: Rect? = nil, scale: Double = 1.0) -> GreyBitmap {
        guard let page else {
            let area = region ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
            return GreyBitmap(width: 0, height: 0, scale: scale, originX: area.x0, originY: area.y0, pixels: [])
        }
        return PDFDocument.render(page, region: region, scale: scale)
    }
}
