import Foundation
import LayoutModel
import PDFLayout
import Testing

/// The document information and page facts read from poppler's core library, converted as
/// poppler-glib converted them (which this library used before): the expected values are
/// what poppler-glib 22.12 gave for the same files.
@Suite("Document information, sizes and labels as poppler-glib gave them")
struct DocumentInfoTests {
    /// A three-page PDF whose /Title and first page label prefix are `title` (raw bytes of a
    /// PDF string), with a crop box and /Rotate 90 on page 1 and /Rotate 270 on page 3.
    static func pdf(title: [UInt8]) throws -> String {
        let hex = "<" + title.map { String(format: "%02x", $0) }.joined() + ">"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R /PageLabels << /Nums [0 << /S /D /P \(hex) >> 1 << /S /r /St 3 >> 2 << /P (A-) /S /A >>] >> >>",
            "<< /Type /Pages /Kids [3 0 R 5 0 R 6 0 R] /Count 3 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /CropBox [10 20 600 780] /Rotate 90 >>",
            "<< /Title \(hex) /Producer (Quartz PDFContext) >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Rotate 270 >>",
        ]
        var text = "%PDF-1.6\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 4 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("info-\(UUID().uuidString).pdf")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func utf16BE(_ s: String) -> [UInt8] { [0xFE, 0xFF] + s.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
    static func utf16LE(_ s: String) -> [UInt8] { [0xFF, 0xFE] + s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

    @Test(
        "text strings: PDFDocEncoding, UTF-16 after a byte order mark, nothing for bad UTF-16, cut at a NUL",
        arguments: [
            (Array("Council Agenda".utf8), "Council Agenda", "Council Agenda1"),
            ([0x80, 0x81, 0x85, 0x8D, 0x93, 0x94, 0x9F, 0xA0, 0xA4, 0xE9, 0xFF, 0x78], "•†–“ﬁﬂ\u{FFFD}€¤éÿx", "•†–“ﬁﬂ\u{FFFD}€¤éÿx1"),
            ([0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7A], "˘ˇˆ˙˝˛˚˜z", "˘ˇˆ˙˝˛˚˜z1"),
            (Array("ab".utf8) + [0] + Array("cd".utf8), "ab", "ab"),
            (utf16BE("Réunion 😀 du conseil"), "Réunion 😀 du conseil", "Réunion 😀 du conseil1"),
            (utf16BE("ab") + [0, 0] + Array(utf16BE("cd").dropFirst(2)), "ab", "ab"),
            // The label appends its number as UTF-16 only after a big-endian mark; here as one
            // byte, which leaves an odd count of UTF-16 bytes.
            (utf16LE("Séance lundi"), "Séance lundi", nil),
            (utf16BE("ab") + [0xD8, 0x3D] + Array(utf16BE("cd").dropFirst(2)), nil, nil),  // a lone high surrogate
            (utf16BE("ab") + [0xDE, 0x00], nil, nil),  // a lone low surrogate
            (utf16BE("ab") + [0x00], nil, nil),  // an odd number of bytes
            ([0xFE, 0xFF, 0x00, 0x61, 0x00, 0x00, 0xDC, 0x00], nil, nil),  // valid up to a NUL, then not
        ] as [([UInt8], String?, String?)])
    func textStrings(title: [UInt8], expected: String?, label: String?) throws {
        let path = try Self.pdf(title: title)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try PDFDocument(path: path)
        #expect(document.info.title == expected)
        #expect(try document.pageInfo(1).label == label)
    }

    @Test("version, producer, page count, sizes after /Rotate, the quarter turn, labels")
    func pages() throws {
        let path = try Self.pdf(title: Array("Agenda".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try PDFDocument(path: path)
        #expect(document.info.pdfVersion == "1.6")
        #expect(document.info.producer == "Quartz PDFContext")
        #expect(document.info.creator == nil)
        #expect(document.info.pageCount == 3)
        let pages = try (1...3).map { try document.pageInfo($0) }
        #expect(pages.map(\.width) == [760, 595, 595])
        #expect(pages.map(\.height) == [590, 842, 842])
        #expect(pages.map(\.rotation) == [90, 0, 90])
        #expect(pages.map(\.label) == ["Agenda1", "iii", "A-A"])
    }
}
