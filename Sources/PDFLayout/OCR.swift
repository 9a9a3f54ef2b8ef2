import Foundation
import LayoutModel

/// Tesseract, for pages that print without a text layer (scans, text drawn as outlines).
///
/// The library is loaded with `dlopen` the first time a page needs it, through tesseract's
/// C API (`capi.h`): a process that meets no scan never loads it (start-up stays that of
/// poppler alone), and a machine without tesseract still converts every PDF, with a
/// diagnostic on the pages that could not be read. Debian: `tesseract-ocr` with
/// `tesseract-ocr-eng` and `tesseract-ocr-fra` (the Makefile installs them).
///
/// One engine per process, used under a lock (tesseract's API object is not thread-safe);
/// tesseract runs single-threaded (`OMP_THREAD_LIMIT=1`) so that its output does not depend
/// on scheduling and batch workers do not oversubscribe the cores.
public final class OCREngine: @unchecked Sendable {
    /// The resolution pages are rendered at for recognition.
    public static let dpi = 300.0
    /// The most pixels a page is rendered to for recognition (an A2 page at 300 dpi); a
    /// larger page is rendered at a lower resolution.
    public static let maxPixels = 36_000_000.0
    /// Words recognised with less confidence than this (0-100) are left out: specks, logos
    /// and the edges of photographs read as letters.
    public static let minimumConfidence: Float = 30
    /// The languages asked for, in order; those whose data is not installed are left out.
    public static let languages = ["eng", "fra"]

    public static let shared = OCREngine()

    private typealias Create = @convention(c) () -> OpaquePointer?
    private typealias Delete = @convention(c) (OpaquePointer?) -> Void
    private typealias Init3 = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    private typealias SetVariable = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    private typealias SetPageSegMode = @convention(c) (OpaquePointer?, Int32) -> Void
    private typealias SetImage = @convention(c) (OpaquePointer?, UnsafePointer<UInt8>?, Int32, Int32, Int32, Int32) -> Void
    private typealias SetSourceResolution = @convention(c) (OpaquePointer?, Int32) -> Void
    private typealias Recognize = @convention(c) (OpaquePointer?, OpaquePointer?) -> Int32
    private typealias GetIterator = @convention(c) (OpaquePointer?) -> OpaquePointer?
    private typealias IteratorPageIterator = @convention(c) (OpaquePointer?) -> OpaquePointer?
    private typealias IteratorText = @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
    private typealias DeleteText = @convention(c) (UnsafePointer<CChar>?) -> Void
    private typealias IteratorConfidence = @convention(c) (OpaquePointer?, Int32) -> Float
    private typealias BoundingBox = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32
    private typealias Baseline = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32
    private typealias AtBeginning = @convention(c) (OpaquePointer?, Int32) -> Int32
    private typealias Next = @convention(c) (OpaquePointer?, Int32) -> Int32
    private typealias Clear = @convention(c) (OpaquePointer?) -> Void

    private struct API {
        var create: Create, delete: Delete, init3: Init3, setVariable: SetVariable, setPageSegMode: SetPageSegMode
        var setImage: SetImage, setSourceResolution: SetSourceResolution, recognize: Recognize, getIterator: GetIterator
        var pageIterator: IteratorPageIterator, text: IteratorText, deleteText: DeleteText, confidence: IteratorConfidence
        var boundingBox: BoundingBox, baseline: Baseline, atBeginning: AtBeginning, next: Next, deleteIterator: Delete, clear: Clear
    }

    // Tesseract's page iterator levels.
    private static let textLine: Int32 = 2
    private static let word: Int32 = 3
    // PSM_SINGLE_COLUMN: one column of text of varying sizes. Agendas and minutes are set
    // in one column with item numbers hanging in the margin; fully automatic segmentation
    // (PSM_AUTO) takes that margin for a column of its own and loses short numbers ("5.")
    // in it. The line builder regroups the words by position whichever order they come in.
    private static let automatic: Int32 = 4

    private let lock = NSLock()
    private var loaded = false
    private var api: API?
    private var handle: OpaquePointer?
    /// Why recognition is unavailable, once known.
    private var unavailable: String?
    /// The languages the engine was started with ("eng+fra").
    public private(set) var language: String?

    /// A word as recognised: its text, its box in page points, its line's box and the
    /// height of the line's capitals (from the top of its box to its baseline) in page points.
    public struct Word: Sendable, Equatable {
        public var text: String
        public var box: Rect
        public var line: Rect
        public var lineIndex: Int
        public var capHeight: Double
    }

    /// Why the engine cannot read pages on this machine (tesseract or its language data
    /// not installed), or nil when it can.
    public func unavailableReason() -> String? {
        lock.lock()
        defer { lock.unlock() }
        start()
        return unavailable
    }

    /// A page whose words are recognised with a mean confidence below this is not read: a
    /// script the installed models do not know, a map, a photograph (their "words" come
    /// out near 40; printed text in a known language near 90).
    public static let minimumPageConfidence = 60.0

    /// The words of a page rendered at `dpi` (`bitmap.scale` = dpi / 72), in reading order,
    /// and the mean confidence of all the words found (those below `minimumConfidence`
    /// included); nil when recognition is unavailable.
    public func words(in bitmap: GreyBitmap) -> (words: [Word], confidence: Double)? {
        lock.lock()
        defer { lock.unlock() }
        start()
        guard let api, let handle, bitmap.width > 0, bitmap.height > 0, bitmap.pixels.count >= bitmap.width * bitmap.height else { return nil }
        bitmap.pixels.withUnsafeBufferPointer { pixels in
            api.setImage(handle, pixels.baseAddress, Int32(bitmap.width), Int32(bitmap.height), 1, Int32(bitmap.width))
            api.setSourceResolution(handle, Int32((bitmap.scale * 72).rounded()))
        }
        defer { api.clear(handle) }
        guard api.recognize(handle, nil) == 0, let iterator = api.getIterator(handle) else { return ([], 0) }
        defer { api.deleteIterator(iterator) }
        let page = api.pageIterator(iterator)
        func points(_ level: Int32) -> Rect? {
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard api.boundingBox(page, level, &l, &t, &r, &b) != 0, r > l, b > t else { return nil }
            let s = bitmap.scale
            return Rect(x0: bitmap.originX + Double(l) / s, y0: bitmap.originY + Double(t) / s, x1: bitmap.originX + Double(r) / s, y1: bitmap.originY + Double(b) / s)
        }
        var words: [Word] = []
        var line: Rect? = nil
        var capHeight = 0.0
        var lineIndex = -1
        var total = 0.0, count = 0
        repeat {
            if api.atBeginning(page, OCREngine.textLine) != 0 {
                line = points(OCREngine.textLine)
                lineIndex += 1
                var x1: Int32 = 0, y1: Int32 = 0, x2: Int32 = 0, y2: Int32 = 0
                if let line, api.baseline(page, OCREngine.textLine, &x1, &y1, &x2, &y2) != 0 {
                    let baseline = bitmap.originY + Double(y1 + y2) / 2 / bitmap.scale
                    capHeight = baseline > line.y0 ? baseline - line.y0 : line.height
                } else {
                    capHeight = line?.height ?? 0
                }
            }
            guard let raw = api.text(iterator, OCREngine.word) else { continue }
            let text = String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines)
            api.deleteText(raw)
            let confidence = api.confidence(iterator, OCREngine.word)
            if !text.isEmpty {
                total += Double(confidence)
                count += 1
            }
            guard !text.isEmpty, confidence >= OCREngine.minimumConfidence, let box = points(OCREngine.word) else { continue }
            words.append(Word(text: text, box: box, line: line ?? box, lineIndex: lineIndex, capHeight: capHeight > 0 ? capHeight : box.height))
        } while api.next(iterator, OCREngine.word) != 0
        return (words, count > 0 ? total / Double(count) : 0)
    }

    /// Loads the library and starts the engine, once (called under the lock).
    private func start() {
        guard !loaded else { return }
        loaded = true
        setenv("OMP_THREAD_LIMIT", "1", 0)
        let names = ["libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib"]
        guard let library = names.lazy.compactMap({ (name: String) -> UnsafeMutableRawPointer? in dlopen(name, RTLD_NOW | RTLD_LOCAL) }).first else {
            unavailable = "tesseract is not installed (libtesseract.so.5; Debian: apt-get install tesseract-ocr tesseract-ocr-eng)"
            return
        }
        func symbol<T>(_ name: String, as _: T.Type) -> T? {
            guard let pointer = dlsym(library, name) else { return nil }
            return unsafeBitCast(pointer, to: T.self)
        }
        guard let create = symbol("TessBaseAPICreate", as: Create.self), let delete = symbol("TessBaseAPIDelete", as: Delete.self),
            let init3 = symbol("TessBaseAPIInit3", as: Init3.self), let setVariable = symbol("TessBaseAPISetVariable", as: SetVariable.self),
            let setPageSegMode = symbol("TessBaseAPISetPageSegMode", as: SetPageSegMode.self),
            let setImage = symbol("TessBaseAPISetImage", as: SetImage.self),
            let setSourceResolution = symbol("TessBaseAPISetSourceResolution", as: SetSourceResolution.self),
            let recognize = symbol("TessBaseAPIRecognize", as: Recognize.self), let getIterator = symbol("TessBaseAPIGetIterator", as: GetIterator.self),
            let pageIterator = symbol("TessResultIteratorGetPageIterator", as: IteratorPageIterator.self),
            let text = symbol("TessResultIteratorGetUTF8Text", as: IteratorText.self), let deleteText = symbol("TessDeleteText", as: DeleteText.self),
            let confidence = symbol("TessResultIteratorConfidence", as: IteratorConfidence.self),
            let boundingBox = symbol("TessPageIteratorBoundingBox", as: BoundingBox.self),
            let baseline = symbol("TessPageIteratorBaseline", as: Baseline.self),
            let atBeginning = symbol("TessPageIteratorIsAtBeginningOf", as: AtBeginning.self),
            let next = symbol("TessResultIteratorNext", as: Next.self), let deleteIterator = symbol("TessResultIteratorDelete", as: Delete.self),
            let clear = symbol("TessBaseAPIClear", as: Clear.self)
        else {
            unavailable = "the tesseract library found lacks its C API"
            return
        }
        let api = API(
            create: create, delete: delete, init3: init3, setVariable: setVariable, setPageSegMode: setPageSegMode, setImage: setImage,
            setSourceResolution: setSourceResolution, recognize: recognize, getIterator: getIterator, pageIterator: pageIterator, text: text,
            deleteText: deleteText, confidence: confidence, boundingBox: boundingBox, baseline: baseline, atBeginning: atBeginning, next: next,
            deleteIterator: deleteIterator, clear: clear)
        // Only the languages whose data is installed: a missing one fails the whole start.
        var chosen: [String] = []
        for language in OCREngine.languages {
            guard let probe = create() else { break }
            if init3(probe, nil, language) == 0 { chosen.append(language) }
            delete(probe)
        }
        guard !chosen.isEmpty, let handle = create() else {
            unavailable = "tesseract has no language data for \(OCREngine.languages.joined(separator: " or ")) (Debian: apt-get install tesseract-ocr-eng)"
            return
        }
        let language = chosen.joined(separator: "+")
        guard init3(handle, nil, language) == 0 else {
            delete(handle)
            unavailable = "tesseract could not start with \(language)"
            return
        }
        setPageSegMode(handle, OCREngine.automatic)
        // Its messages ("Estimating resolution", "Detected N diacritics") go nowhere.
        _ = setVariable(handle, "debug_file", "/dev/null")
        self.api = api
        self.handle = handle
        self.language = language
    }
}

extension PDFDocument {
    /// `page` as read from the PDF, with what a scan adds: a page with no text that prints
    /// something is `printedWithoutText` (never blank) and, when `ocr` is on, read by OCR;
    /// a page with a few characters of text (`PageInk.sparseText`: a page stamp on a scanned
    /// appendix) that prints more than its text is read by OCR too, and counts as scanned
    /// only when OCR reads at least `PageInk.scannedLines` more lines than it had (a logo or
    /// a photograph on a title page is not a scan of text, and the page stays as it was).
    public func readingScans(_ page: PageText, ocr: Bool, builder: LineBuilder = LineBuilder()) -> PageText {
        let number = page.info.number
        // A page with some text keeps it unless OCR reads more on it: without OCR its ink
        // changes nothing, and rendering a scan to measure it costs more than reading the
        // page's text.
        if !ocr && !page.lines.isEmpty { return page }
        let characters = page.lines.reduce(0) { $0 + $1.text.count }
        guard characters <= PageInk.sparseText,
            printsWithoutText(number, apartFrom: page.lines.map(\.bbox), share: page.lines.isEmpty ? PageInk.share : PageInk.sparseShare)
        else { return page }
        if page.lines.isEmpty {
            var scanned = page
            scanned.printedWithoutText = true
            if ocr, let recognised = recognise(scanned, builder: builder) { scanned = recognised.text }
            return scanned
        }
        guard ocr, var recognised = recognise(page, builder: builder)?.text else { return page }
        guard recognised.recognised, recognised.lines.count >= page.lines.count + PageInk.scannedLines else {
            // Its own text stands; how legible OCR found the rest is kept for the diagnostic.
            var unread = page
            unread.ocrConfidence = recognised.recognised ? nil : recognised.ocrConfidence
            return unread
        }
        recognised.printedWithoutText = true
        return recognised
    }

    /// Whether page `number` prints something besides its text (`text`: the boxes of its
    /// lines; a scan, outlined text, a map): it is rendered small and the ink outside the
    /// text measured (`PageInk`). A page that cannot be rendered prints nothing.
    public func printsWithoutText(_ number: Int, apartFrom text: [Rect] = [], share: Double = PageInk.share) -> Bool {
        // A page with no text is measured as it is drawn, and prints once enough of it is
        // dark: a scan is rarely drawn past its first image (mixed raster content draws its
        // text masks after a background), and a paint that would cover that ink again is not
        // waited for.
        if text.isEmpty { return (try? inked(number, scale: PageInk.scale, level: PageInk.level, share: share)) ?? false }
        guard let bitmap = try? render(number, scale: PageInk.scale) else { return false }
        return PageInk.inked(bitmap, apartFrom: text, share: share)
    }

    /// The lines of `page`, read by OCR from the page rendered at `OCREngine.dpi`, and the
    /// glyphs they were built from; nil when recognition is unavailable (see
    /// `OCREngine.unavailableReason`). The text's `ocrConfidence` is set; when it is below
    /// `OCREngine.minimumPageConfidence` the page's lines are left as they were and
    /// `recognised` is false. Each word's letters share its box evenly; the words of a
    /// recognised line share that line's height, so the line builder keeps them together;
    /// the font size is read from the line's height.
    public func recognise(_ page: PageText, builder: LineBuilder = LineBuilder()) -> (text: PageText, glyphs: [PlacedGlyph])? {
        let engine = OCREngine.shared
        let area = max(1, page.info.width * page.info.height)
        let scale = min(OCREngine.dpi / 72, (OCREngine.maxPixels / area).squareRoot())
        guard engine.unavailableReason() == nil, let bitmap = try? render(page.info.number, scale: scale),
            let (words, confidence) = engine.words(in: bitmap)
        else { return nil }
        var unread = page
        unread.ocrConfidence = (confidence * 10).rounded() / 10
        guard confidence >= OCREngine.minimumPageConfidence else { return (unread, []) }
        var fonts: [LineBuilder.FontStyle] = []
        var fontIndex: [Double: Int32] = [:]
        var glyphs: [LineBuilder.Glyph] = []
        var placed: [PlacedGlyph] = []
        var previousLine = -1
        // Stream numbers leave room for the space between words, as poppler's text does,
        // so that the line builder reads a word gap as a space, not a column gap.
        var stream: Int32 = 0
        for word in words {
            // A line's box rises from its baseline to the top of its capitals and ascenders,
            // about 0.7 of the font size.
            let size = max(4, (word.capHeight / 0.7 * 2).rounded() / 2)
            let font: Int32
            if let known = fontIndex[size] {
                font = known
            } else {
                font = Int32(fonts.count)
                fonts.append(LineBuilder.FontStyle(name: "OCR", size: size))
                fontIndex[size] = font
            }
            let scalars = Array(word.text.unicodeScalars)
            let step = word.box.width / Double(max(1, scalars.count))
            for (i, scalar) in scalars.enumerated() {
                let box = Rect(x0: word.box.x0 + step * Double(i), y0: word.line.y0, x1: word.box.x0 + step * Double(i + 1), y1: word.line.y1)
                let spaceBefore = i == 0 && word.lineIndex == previousLine
                stream += spaceBefore ? 2 : 1
                glyphs.append(LineBuilder.Glyph(scalar: scalar, box: box, font: font, stream: stream, spaceBefore: spaceBefore))
                placed.append(PlacedGlyph(scalar: scalar, box: box, fontSize: size, bold: false, spaceBefore: spaceBefore))
            }
            previousLine = word.lineIndex
        }
        // A page's few lines of text (a page stamp on a scan) stay as they are; recognised
        // lines over them are left out.
        let kept = page.lines.map(\.bbox)
        let read = builder.lines(glyphs: glyphs, fonts: fonts).filter { line in !kept.contains { $0.horizontalOverlap(line.bbox) > 0 && $0.verticalOverlap(line.bbox) > 0 } }
        var text = unread
        text.recognised = true
        text.lines = (page.lines + read).sorted { ($0.bbox.y0, $0.bbox.x0) < ($1.bbox.y0, $1.bbox.x0) }
        let keptGlyphs = placed.filter { g in !kept.contains { $0.horizontalOverlap(g.box) > 0 && $0.verticalOverlap(g.box) > 0 } }
        return (text, keptGlyphs)
    }
}
