import Foundation
import LayoutModel
import PDFLayout
import TestSupport
import Testing

/// `PDFDocument.inked` measures a page's ink while it is drawn and stops once there is
/// enough. It never misses ink the finished rendering has; it may find ink that a later
/// paint covers (a shaded table under white cells, a dark band under a picture), which is
/// why the pipeline asks it only of pages with no text, where it must answer what the
/// finished rendering answers.
@Suite("Ink measured while the page is drawn")
struct PageInkedTests {
    static let shares = [0.0, 0.0001, PageInk.share, PageInk.sparseShare, 0.5, 1.0]

    /// The pages of `path` where ink of the finished rendering is missed (any share), or
    /// where a page with no text is answered otherwise than its finished rendering answers
    /// (the share the pipeline asks of such pages).
    func differences(in path: String) throws -> [String] {
        let document = try PDFDocument(path: path)
        var found: [String] = []
        for n in 1...max(1, document.info.pageCount) {
            guard let rendered = try? document.render(n, scale: PageInk.scale) else { continue }
            let name = "\(URL(fileURLWithPath: path).lastPathComponent) p\(n)"
            for share in Self.shares {
                let whole = PageInk.inked(rendered, share: share)
                let drawn = try document.inked(n, scale: PageInk.scale, level: PageInk.level, share: share)
                if whole && !drawn { found.append("\(name) share \(share): ink missed") }
            }
            let textless = try document.withPageContent(n) { $0.text.lines.isEmpty }
            if textless, PageInk.inked(rendered) != (try document.inked(n, scale: PageInk.scale, level: PageInk.level, share: PageInk.share)) {
                found.append("\(name), no text: answered otherwise")
            }
        }
        return found
    }

    @Test("every page of the corpus")
    func corpus() throws {
        let all = try TestPaths.overCorpus { try differences(in: $0) }
        #expect(all.isEmpty, "\(all.prefix(5))")
    }

    @Test("the scanned and mixed council papers of the shared samples")
    func scans() throws {
        guard let samples = TestPaths.samples else {
            print("skipped: ../shared/samples is absent")
            return
        }
        // Scans drawn as one image, as a JPEG under text masks (mixed raster content), and
        // pages of vector drawing.
        let names = ["council/us/norwalk-ca_2022-11-15_housing-authority_agenda.pdf", "council/us/gardena-ca_2022-11-01_planning-commission_agenda.pdf",
                     "tables/ca_chelsea-qc_plan-transport-actif.pdf"]
        var all: [String] = []
        var read = 0
        for name in names {
            let path = samples.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            read += 1
            all += try differences(in: path)
        }
        #expect(read > 0, "none of \(names) is in ../shared/samples")
        #expect(all.isEmpty, "\(all.prefix(5))")
    }

    @Test("a page past the last cannot be measured")
    func missingPage() throws {
        let file = try #require(try TestPaths.corpusPDFs().first)
        let document = try PDFDocument(path: file)
        #expect(throws: PDFError.self) { try document.inked(document.info.pageCount + 1, scale: PageInk.scale, level: PageInk.level, share: PageInk.share) }
    }
}
