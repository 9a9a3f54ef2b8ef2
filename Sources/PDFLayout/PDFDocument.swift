import Foundation
import LayoutModel
import PopplerInterface

/// An open PDF, read through poppler's core library (`PopplerVector`): one poppler
/// document per file gives the information strings, page sizes and labels (converted as
/// poppler-glib converted them, which this library used before), each page's text and
/// painted shapes in one pass, tagged tables, and renderings (poppler's Splash rasteriser).
///
/// Ownership: the document owns its poppler document and closes it in `deinit`. Every
/// string and array poppler returns is copied into Swift values at once and freed.
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
    /// Whether the structure tree was walked (see `coreDocument`).
    private var walked = false
    /// poppler's messages from walking the structure tree (see `coreDocument`).
    var treeMessages: [String] = []
    /// Pages poppler marks not OK, read by the plain text pass (text, no shapes).
    private var plainPages: Set<Int> = []
    /// The styles of the fonts seen so far, by name (bold and italic are read from the name
    /// once per document; see `glyphs`).
    private var fontStyles: [String: LineBuilder.FontStyle] = [:]
    static let shapeKinds: [Int: PaintedShape.Kind] = [
        Int(AGENDAPACK_SHAPE_STROKE): .stroke, Int(AGENDAPACK_SHAPE_FILL): .fill,
        Int(AGENDAPACK_SHAPE_INVISIBLE_TEXT): .invisibleText,
    ]
    /// The most shapes kept per page (a hostile page can paint millions).
    public static let shapeLimit = 200_000

    /// Loads the PDF reader (poppler, a library of its own loaded on first use) now: nil, or
    /// why it cannot be loaded. A process that caps its own address space loads it first, so
    /// that mapping the reader and its libraries is not what the cap refuses.
    public static func loadReader() -> String? {
        var unavailable: UnsafePointer<CChar>?
        guard agendapack_poppler_load(&unavailable) != 0 else { return nil }
        return unavailable.map { String(cString: $0) } ?? "cannot load the PDF reader"
    }

    /// Opens the PDF at `path`, with an optional password (user or owner).
    public init(path: String, password: String? = nil) throws(PDFError) {
        self.path = path
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

        // Messages still waiting belong to a document opened before in this process (a
        // file that failed to open, one with no pages): they are not this file's.
        if let reason = PDFDocument.loadReader() { throw .readerUnavailable(path: path, reason: reason) }
        _ = PopplerLog.installed
        _ = PopplerLog.drain()
        var status: Int32 = 0
        let document = agendapack_vector_open(PDFDocument.canonicalPath(path), password, &status)
        let logged = PopplerLog.drain()
        guard let document else {
            // poppler-glib's errors, with its messages.
            let message: String
            switch Int(status) {
            case AGENDAPACK_OPEN_ENCRYPTED: throw password == nil ? .encrypted(path: path) : .wrongPassword(path: path)
            case AGENDAPACK_OPEN_FILE_ERROR: throw .fileNotFound(path: path)
            case AGENDAPACK_OPEN_BAD_CATALOG: message = "Failed to read the document catalog"
            case AGENDAPACK_OPEN_DAMAGED: message = "PDF document is damaged"
            default: message = "Failed to load document"
            }
            throw .damaged(path: path, reason: logged.last.map { "\(message): \($0)" } ?? message)
        }
        handle = document
        let pages = Int(agendapack_vector_page_count(document))
        info = DocumentInfo(
            pdfVersion: PDFDocument.take(agendapack_vector_pdf_version(document)),
            producer: PDFDocument.take(agendapack_vector_info(document, "Producer")),
            creator: PDFDocument.take(agendapack_vector_info(document, "Creator")),
            title: PDFDocument.take(agendapack_vector_info(document, "Title")),
            pageCount: pages,
            encrypted: password != nil)
        diagnostics = logged.map { PDFDiagnostic(page: nil, message: $0) }
        // deinit releases the document when this throws.
        guard pages > 0 else { throw .noPages(path: path) }
    }

    /// The absolute path poppler is given, as poppler-glib made it (g_canonicalize_filename:
    /// relative to the working directory, "." and ".." and repeated slashes resolved
    /// lexically, symbolic links left alone).
    static func canonicalPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    deinit {
        agendapack_vector_close(handle)
    }

    /// poppler's document, with its structure tree walked on first use: the page passes
    /// collect the text of tagged table cells, and what poppler says about the tree is kept
    /// for `taggedTables`, where it was said before the walk was moved here. Messages
    /// logged since the last drain (reading the information strings, the first page's
    /// size and label) are kept first, with no page.
    func coreDocument() -> OpaquePointer? {
        if !walked {
            walked = true
            keepNewMessages(page: nil)
            agendapack_vector_walk_tagged(handle)
            treeMessages = PopplerLog.drain()
        }
        return handle
    }

    /// Drains poppler's messages (after `earlier`), keeping those not already recorded on the
    /// page or the document (a page pass can repeat what was said when the file opened).
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
        if plainPages.contains(number) { return nil }
        return coreText(number)?.shapes
    }

    /// A page poppler cannot give (a broken page tree): empty, size 0, with a diagnostic.
    private func emptyPage(_ number: Int) -> PageInfo {
        diagnostics.append(PDFDiagnostic(page: number, message: "page \(number) cannot be read; treated as empty"))
        return PageInfo(number: number, width: 0, height: 0, rotation: 0, label: nil)
    }

    /// Copies a string the shim allocated and frees it; empty strings become nil.
    static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { free(pointer) }
        let s = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
        return s.isEmpty ? nil : s
    }

    /// Runs `body` for page `number` (1-based), then keeps what poppler logged meanwhile.
    private func withPage<T>(_ number: Int, _ body: () -> T) throws(PDFError) -> T {
        guard number >= 1 && number <= info.pageCount else {
            throw .pageOutOfRange(path: path, page: number, pageCount: info.pageCount)
        }
        guard agendapack_vector_has_page(handle, Int32(number)) != 0 else {
            throw .unreadablePage(path: path, page: number)
        }
        defer {
            for message in PopplerLog.drain() {
                diagnostics.append(PDFDiagnostic(page: number, message: message))
            }
        }
        return body()
    }

    /// Size, rotation and label of a page poppler gives.
    private func readPageInfo(_ number: Int) -> PageInfo {
        var page = AgendaPackPageInfo()
        guard agendapack_vector_page_info(handle, Int32(number), &page) == 0 else {
            return PageInfo(number: number, width: 0, height: 0, rotation: 0, label: nil)
        }
        let width = page.width, height = page.height
        let cropW = abs(page.cropX2 - page.cropX1), cropH = abs(page.cropY2 - page.cropY1)
        let turned = abs(cropW - cropH) > 1 && abs(cropW - height) < 1 && abs(cropH - width) < 1
        let label = PDFDocument.take(page.label)
        page.label = nil  // freed by take
        return PageInfo(number: number, width: width, height: height, rotation: turned ? 90 : 0, label: label)
    }

    /// Size, rotation and label of page `number` (1-based), without a text pass.
    /// A page poppler cannot give (a broken page tree) comes back empty, with a diagnostic.
    public func pageInfo(_ number: Int) throws(PDFError) -> PageInfo {
        do {
            return try withPage(number) { readPageInfo(number) }
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
            return try withPage(number) {
                let info = readPageInfo(number)
                // One pass for text and shapes.
                let core = coreText(number)
                let (read, fonts) = PDFDocument.glyphs(core?.raw ?? RawText(), styles: &fontStyles)
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
                return body(PageContent(text: text, glyphs: placed, document: self, painted: core?.shapes))
            }
        } catch .unreadablePage {
            return body(PageContent(text: PageText(info: emptyPage(number), lines: []), glyphs: [], document: nil, painted: nil))
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

    /// Reads page `number` in one interpreting pass: the text exactly as poppler-glib gave
    /// it (the same text device and the same walks over its words) and the painted shapes
    /// (nil for a page poppler marks not OK, read by the plain text pass). Nil when the page
    /// cannot be read.
    func coreText(_ number: Int) -> (raw: RawText, shapes: [PaintedShape]?)? {
        guard let core = coreDocument() else { return nil }
        var read = AgendaPackPageRead()
        let status = agendapack_vector_read_page(core, Int32(number), PDFDocument.shapeLimit, &read)
        defer { agendapack_vector_page_read_free(&read) }
        if status == 1 {
            // What poppler said while reading a page that is not OK is kept as it came (as
            // the pass of the page that used to read such pages kept it).
            plainPages.insert(number)
            for message in PopplerLog.drain() { diagnostics.append(PDFDiagnostic(page: number, message: message)) }
        } else {
            keepNewMessages(page: number)
        }
        guard status >= 0 else { return nil }
        let raw = PDFDocument.rawText(read)
        guard status == 0 else { return (raw, nil) }
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

    /// The text, rectangles and style runs of a page read.
    static func rawText(_ read: AgendaPackPageRead) -> RawText {
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
        return raw
    }

    /// The text of page `number` from a plain text pass over its contents (what
    /// poppler-glib's text calls gave, which everything downstream was tuned to), and as
    /// the one-pass device gives it with form fields left out as that pass leaves them (nil
    /// when the page cannot be read): for tests that check they agree.
    public func textSources(_ number: Int) throws(PDFError) -> (plain: [String], core: [String]?) {
        func describe(_ raw: RawText) -> [String] {
            var lines = [String(String.UnicodeScalarView(raw.scalars))]
            lines += raw.rects.map { "\($0.x0) \($0.y0) \($0.x1) \($0.y1)" }
            lines += raw.runs.map { "\($0.name) \($0.size) \($0.start)-\($0.end)" }
            return lines
        }
        let plain = try withPage(number) { () -> [String] in
            var read = AgendaPackPageRead()
            defer { agendapack_vector_page_read_free(&read) }
            guard agendapack_vector_read_page_text(handle, Int32(number), &read) >= 0 else { return describe(RawText()) }
            return describe(PDFDocument.rawText(read))
        }
        // The plain pass leaves form fields out: compare like with like.
        if let core = coreDocument() { agendapack_vector_set_forms(core, 0) }
        defer { if let core = coreDocument() { agendapack_vector_set_forms(core, 1) } }
        return (plain, coreText(number).map { describe($0.raw) })
    }

    /// Renders a region of page `number` (in points; the whole page when nil) to a
    /// greyscale bitmap at `scale` pixels per point. Used to find table rulings.
    public func render(_ number: Int, region: Rect? = nil, scale: Double = 1.0) throws(PDFError) -> GreyBitmap {
        try withPage(number) {
            var width = 0.0, height = 0.0
            _ = agendapack_vector_page_size(handle, Int32(number), &width, &height)
            return renderGrey(number, width: width, height: height, region: region, scale: scale)
        }
    }

    /// Whether page `number`, rendered whole at `scale` pixels per point as `render` renders
    /// it, has at least `share` of its pixels darker than `level`. The drawing stops once it
    /// has (a scan is rarely drawn past its first image). False for a page that cannot be
    /// rendered.
    public func inked(_ number: Int, scale: Double, level: UInt8, share: Double) throws(PDFError) -> Bool {
        try withPage(number) {
            var width = 0.0, height = 0.0
            _ = agendapack_vector_page_size(handle, Int32(number), &width, &height)
            let (pw, ph) = Self.pixels(Rect(x0: 0, y0: 0, x1: width, y1: height), scale: scale)
            return agendapack_vector_page_inked(handle, Int32(number), 0, 0, scale, Int32(pw), Int32(ph), Int32(level), share) == 1
        }
    }

    /// The pixels of a rendering of `area` at `scale`: whole pixels, at least one, at most 20,000 a side.
    static func pixels(_ area: Rect, scale: Double) -> (width: Int, height: Int) {
        (max(1, min(Int((area.width * scale).rounded(.up)), 20000)), max(1, min(Int((area.height * scale).rounded(.up)), 20000)))
    }

    /// A region of page `number` (of `width` x `height` points) in grey, through Splash.
    func renderGrey(_ number: Int, width: Double, height: Double, region: Rect?, scale: Double) -> GreyBitmap {
        let area = region ?? Rect(x0: 0, y0: 0, x1: width, y1: height)
        let (pw, ph) = Self.pixels(area, scale: scale)
        let empty = GreyBitmap(width: 0, height: 0, scale: scale, originX: area.x0, originY: area.y0, pixels: [])
        var ok = false
        let pixels = [UInt8](unsafeUninitializedCapacity: pw * ph) { buffer, count in
            ok = agendapack_vector_render(handle, Int32(number), area.x0, area.y0, scale, Int32(pw), Int32(ph), 0, buffer.baseAddress) == 0
            count = ok ? pw * ph : 0
        }
        guard ok else { return empty }
        return GreyBitmap(width: pw, height: ph, scale: scale, originX: area.x0, originY: area.y0, pixels: pixels)
    }
}

/// One page as read by `PDFDocument.withPageContent`: its lines, its glyphs, and a
/// renderer that draws regions of the same page (no second text pass).
///
/// Valid only inside the `withPageContent` call that made it; not `Sendable`.
public struct PageContent {
    public let text: PageText
    /// The glyphs with a box, in content-stream order.
    public let glyphs: [PlacedGlyph]
    /// The document the page was read from; nil for an unreadable page.
    let document: PDFDocument?
    /// The shapes read with the text, when the pass read them.
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
        guard let document else {
            let area = region ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
            return GreyBitmap(width: 0, height: 0, scale: scale, originX: area.x0, originY: area.y0, pixels: [])
        }
        return document.renderGrey(text.info.number, width: text.info.width, height: text.info.height, region: region, scale: scale)
    }
}
