import Foundation

/// Writes small PDFs for tests: text placed at given positions in the standard fonts,
/// ruled lines, page rotation and page labels. Coordinates are in points from the
/// top-left of the page (the layout layer's convention); `y` is the text baseline.
public struct MiniPDF {
    public enum Font: String, CaseIterable, Sendable {
        case regular = "Helvetica"
        case bold = "Helvetica-Bold"
        case italic = "Helvetica-Oblique"
        case serif = "Times-Roman"
    }

    public enum Item: Sendable {
        case text(x: Double, y: Double, size: Double, font: Font, String)
        /// A filled rectangle: a ruling when thin.
        case rule(x0: Double, y0: Double, x1: Double, y1: Double, grey: Double)
        /// A stroked straight line of `width` points.
        case stroke(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, grey: Double)
        /// Content-stream operators written as they are (for hostile pages).
        case raw(String)
    }

    /// An annotation whose appearance prints `text` in its box: a filled form field
    /// (`Widget`) or a reviewer's note typed on the page (`FreeText`).
    public struct Annotation: Sendable {
        public var subtype: String
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        public var text: String
        public init(subtype: String, x: Double, y: Double, width: Double, height: Double, text: String) {
            self.subtype = subtype
            self.x = x
            self.y = y
            self.width = width
            self.height = height
            self.text = text
        }
    }

    /// An 8-bit greyscale image, rows from the top.
    public struct GreyImage: Sendable {
        public var width: Int
        public var height: Int
        public var pixels: [UInt8]
        public init(width: Int, height: Int, pixels: [UInt8]) {
            self.width = width
            self.height = height
            self.pixels = pixels
        }
    }

    public struct Page: Sendable {
        public var width: Double
        public var height: Double
        public var rotate: Int
        public var items: [Item]
        /// Annotations, top-left coordinates like the items (not on rotated pages).
        public var annotations: [Annotation] = []
        /// Greyscale images drawn over the whole page, in order (a scanned page).
        public var images: [GreyImage] = []

        public init(width: Double = 595, height: Double = 842, rotate: Int = 0, items: [Item] = []) {
            self.width = width
            self.height = height
            self.rotate = rotate
            self.items = items
        }

        /// Adds text with its baseline at `y`.
        public mutating func text(_ s: String, x: Double, y: Double, size: Double = 11, font: Font = .regular) {
            items.append(.text(x: x, y: y, size: size, font: font, s))
        }

        /// Adds a horizontal or vertical ruling of `weight` points.
        public mutating func line(x0: Double, y0: Double, x1: Double, y1: Double, weight: Double = 0.75, grey: Double = 0) {
            let w = weight / 2
            items.append(.rule(x0: min(x0, x1) - w, y0: min(y0, y1) - w, x1: max(x0, x1) + w, y1: max(y0, y1) + w, grey: grey))
        }

        /// Adds a stroked line (a path, where `line` paints a thin filled rectangle).
        public mutating func stroke(x0: Double, y0: Double, x1: Double, y1: Double, width: Double = 0.75, grey: Double = 0) {
            items.append(.stroke(x0: x0, y0: y0, x1: x1, y1: y1, width: width, grey: grey))
        }
    }

    public var pages: [Page]
    /// /PageLabels entries: (first page index, style "D"/"r"/nil, prefix, start number).
    public var labels: [(index: Int, style: String?, prefix: String?, start: Int)] = []

    public init(pages: [Page]) {
        self.pages = pages
    }

    public func data() -> Data {
        var objects: [String] = []  // object n is objects[n-1]
        func add(_ body: String) -> Int {
            objects.append(body)
            return objects.count
        }
        let fontIDs = Font.allCases.map { font in
            add("<< /Type /Font /Subtype /Type1 /BaseFont /\(font.rawValue) /Encoding /WinAnsiEncoding >>")
        }
        let fontResources = zip(Font.allCases.indices, fontIDs).map { "/F\($0) \($1) 0 R" }.joined(separator: " ")
        let pagesID = add("")  // filled in below
        var pageIDs: [Int] = []
        for page in pages {
            var content = ""
            for item in page.items {
                switch item {
                case .text(let x, let y, let size, let font, let s):
                    let index = Font.allCases.firstIndex(of: font)!
                    // On a page turned by /Rotate 90, positions are given in the turned
                    // (displayed) space and the text matrix turns the text to read across it.
                    let matrix = page.rotate == 90 ? "0 1 -1 0 \(y) \(x) Tm" : "1 0 0 1 \(x) \(page.height - y) Tm"
                    content += "BT /F\(index) \(size) Tf \(matrix) <\(MiniPDF.hex(s))> Tj ET\n"
                case .rule(let x0, let y0, let x1, let y1, let grey):
                    if page.rotate == 90 {
                        content += "\(grey) g \(y0) \(x0) \(y1 - y0) \(x1 - x0) re f 0 g\n"
                    } else {
                        content += "\(grey) g \(x0) \(page.height - y1) \(x1 - x0) \(y1 - y0) re f 0 g\n"
                    }
                case .stroke(let x0, let y0, let x1, let y1, let width, let grey):
                    let (a, b, c, d) = page.rotate == 90 ? (y0, x0, y1, x1) : (x0, page.height - y0, x1, page.height - y1)
                    content += "q \(width) w \(grey) G \(a) \(b) m \(c) \(d) l S Q\n"
                case .raw(let operators):
                    content += operators
                }
            }
            var imageResources = ""
            for (k, image) in page.images.enumerated() {
                // ASCIIHex keeps the file text; the scan fills the page.
                let digits = Array("0123456789ABCDEF".utf8)
                var hex = [UInt8]()
                hex.reserveCapacity(image.pixels.count * 2 + 1)
                for p in image.pixels {
                    hex.append(digits[Int(p >> 4)])
                    hex.append(digits[Int(p & 15)])
                }
                hex.append(UInt8(ascii: ">"))
                let id = add("<< /Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height) /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length \(hex.count) >>\nstream\n\(String(decoding: hex, as: UTF8.self))\nendstream")
                imageResources += " /Im\(k) \(id) 0 R"
                content += "q \(page.width) 0 0 \(page.height) 0 0 cm /Im\(k) Do Q\n"
            }
            let contentID = add("<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream")
            let rotate = page.rotate != 0 ? " /Rotate \(page.rotate)" : ""
            var annotIDs: [Int] = []
            for a in page.annotations {
                // The appearance: the text at the box's left, baseline 3 points up.
                let look = "BT /F0 10 Tf 2 3 Td <\(MiniPDF.hex(a.text))> Tj ET\n"
                let appearance = add(
                    "<< /Type /XObject /Subtype /Form /BBox [0 0 \(a.width) \(a.height)] /Resources << /Font << \(fontResources) >> >> /Length \(look.utf8.count) >>\nstream\n\(look)endstream")
                let rect = "[\(a.x) \(page.height - a.y - a.height) \(a.x + a.width) \(page.height - a.y)]"
                let field = a.subtype == "Widget" ? " /FT /Tx /T (field\(annotIDs.count + 1)) /V <\(MiniPDF.hex(a.text))>" : " /Contents <\(MiniPDF.hex(a.text))>"
                annotIDs.append(add("<< /Type /Annot /Subtype /\(a.subtype) /Rect \(rect) /F 4\(field) /AP << /N \(appearance) 0 R >> >>"))
            }
            let annots = annotIDs.isEmpty ? "" : " /Annots [\(annotIDs.map { "\($0) 0 R" }.joined(separator: " "))]"
            pageIDs.append(
                add(
                    "<< /Type /Page /Parent \(pagesID) 0 R /MediaBox [0 0 \(page.width) \(page.height)]\(rotate) /Resources << /Font << \(fontResources) >>\(imageResources.isEmpty ? "" : " /XObject <<\(imageResources) >>") >> /Contents \(contentID) 0 R\(annots) >>"
                ))
        }
        objects[pagesID - 1] = "<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageIDs.count) >>"
        var catalog = "<< /Type /Catalog /Pages \(pagesID) 0 R"
        if !labels.isEmpty {
            let nums = labels.map { label in
                var d = "<<"
                if let style = label.style { d += " /S /\(style)" }
                if let prefix = label.prefix { d += " /P (\(MiniPDF.escape(prefix)))" }
                if label.start != 1 { d += " /St \(label.start)" }
                return "\(label.index) \(d) >>"
            }.joined(separator: " ")
            catalog += " /PageLabels << /Nums [\(nums)] >>"
        }
        let catalogID = add(catalog + " >>")
        let infoID = add("<< /Producer (MiniPDF test writer) /Title (Test document) >>")

        var out = "%PDF-1.4\n%\u{e2}\u{e3}\u{cf}\u{d3}\n"
        var bytes = Data(out.utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes.append(Data("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let xref = bytes.count
        out = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root \(catalogID) 0 R /Info \(infoID) 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        bytes.append(Data(out.utf8))
        return bytes
    }

    /// Writes the PDF to a new file in the temporary directory and returns its path.
    public func write(name: String = "test") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("\(name).pdf")
        try data().write(to: url)
        return url.path
    }

    /// The text in WinAnsi (cp1252) bytes, as a PDF hex string body.
    static func hex(_ s: String) -> String {
        let bytes = s.data(using: .windowsCP1252, allowLossyConversion: true) ?? Data()
        return bytes.map { String(format: "%02X", $0) }.joined()
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
    }
}

/// Paths of the repository and of the shared samples beside it.
public enum TestPaths {
    /// The repository root, found from this file's path.
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/samples`, or nil when absent (a user's fresh clone has none).
    public static var samples: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/samples")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
    /// The paths of the corpus PDFs (`corpus/pdf`), sorted.
    public static func corpusPDFs() throws -> [String] {
        let folder = root.appendingPathComponent("corpus/pdf")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }
    /// What `check` finds in each corpus PDF, in one list; fewer than ten corpus PDFs is
    /// itself a finding (a test over the corpus must not pass on an empty folder).
    public static func overCorpus(_ check: (String) throws -> [String]) throws -> [String] {
        let files = try corpusPDFs()
        var found = files.count >= 10 ? [] : ["corpus/pdf holds \(files.count) PDFs"]
        for file in files { found += try check(file) }
        return found
    }
    public static var shared: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
