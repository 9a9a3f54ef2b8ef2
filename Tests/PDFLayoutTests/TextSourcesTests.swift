import Foundation
import LayoutModel
import PDFLayout
import TestSupport
import Testing

/// The pipeline reads text in the same pass as the shapes, through one output device that
/// hands the text calls on to poppler's text device; everything downstream is tuned to the
/// text of a plain text pass (what poppler-glib's text calls gave, which this library used
/// before). These tests hold the two to the same text, rectangle for rectangle and style
/// run for style run.
@Suite("Text of the one-pass device is the plain text pass's")
struct TextSourcesTests {
    func mismatches(in path: String, password: String? = nil) throws -> [String] {
        let document = try PDFDocument(path: path, password: password)
        var found: [String] = []
        for n in 1...document.info.pageCount {
            // A page poppler cannot give at all (a broken page tree) is not compared.
            guard let (plain, core) = try? document.textSources(n) else { continue }
            guard let core else {
                found.append("\(path) p\(n): the core library could not read the page")
                continue
            }
            if plain != core {
                let first = zip(plain, core).enumerated().first { $0.element.0 != $0.element.1 }
                found.append("\(URL(fileURLWithPath: path).lastPathComponent) p\(n): \(plain.count) vs \(core.count) items; first difference at \(first?.offset ?? min(plain.count, core.count)): \(first.map { "\($0.element.0.prefix(80)) | \($0.element.1.prefix(80))" } ?? "")")
            }
        }
        return found
    }

    @Test("every page of the corpus")
    func corpus() throws {
        let all = try TestPaths.overCorpus { try mismatches(in: $0) }
        #expect(all.isEmpty, "\(all.prefix(5))")
    }

    @Test("every page of the council, table and hostile samples", .enabled(if: TestPaths.samples != nil))
    func samples() throws {
        let root = try #require(TestPaths.samples)
        var all: [String] = []
        for folder in ["council", "tables", "hostile"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let relative as String in walker where relative.lowercased().hasSuffix(".pdf") {
                let path = base.appendingPathComponent(relative).path
                guard (try? PDFDocument(path: path)) != nil else { continue }
                all += try mismatches(in: path)
            }
        }
        #expect(all.isEmpty, "\(all.count) pages differ: \(all.prefix(5))")
    }
}
