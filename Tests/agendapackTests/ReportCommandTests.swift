import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

@Suite("agendapack report and batch --report")
struct ReportCommandTests {
    static let pack = "eastmarsh-cc-cabinet-2025-01-30-pack"
    static var pdf: String { TestPaths.root.appendingPathComponent("corpus/pdf/\(pack).pdf").path }

    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-report-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("report writes NAME.html with a PNG and a thumbnail per page, listing every agenda item the pack prints")
    func corpusPack() throws {
        let out = try Self.tempDir()
        let result = try AgendaPackBinary.run(["report", Self.pdf, "--out", out.path], timeLimit: 120)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("/\(Self.pack).html (14 pages)\n"))
        let html = try String(contentsOf: out.appendingPathComponent("\(Self.pack).html"), encoding: .utf8)
        let images = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("\(Self.pack)_pages").path)
        #expect(images.filter { $0.hasPrefix("p") && $0.hasSuffix(".png") }.count == 14)
        #expect(images.filter { $0.hasPrefix("t") && $0.hasSuffix(".png") }.count == 14)
        #expect(html.components(separatedBy: "<section class=\"page").count - 1 == 14)
        // The titles the front sheet prints (corpus/expected, written from the sources).
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: TestPaths.root.appendingPathComponent("corpus/expected/\(Self.pack).json"))) as? [String: Any]
        let items = try #require(expected?["agenda_items"] as? [[String: Any]])
        #expect(items.count == 9)
        for item in items {
            let title = try #require(item["title"] as? String)
            #expect(html.contains("data-key=\"agenda_items/") && html.contains(title.replacingOccurrences(of: "&", with: "&amp;")), "\(title)")
        }
        // Blank pages 2, 8, 12 and 14 ("This page is intentionally left blank").
        for page in [2, 8, 12, 14] {
            #expect(html.contains("<section class=\"page blank\" id=\"page-\(page)\""))
        }
    }

    @Test("usage errors and unreadable inputs", arguments: [
        (["report", "x.pdf", "--out", "o", "--dpi", "10"], Int32(64)),
        (["report", "a.pdf", "b.pdf", "--out", "o", "--pack", "a.json"], Int32(64)),
        (["report", "/nonexistent/file.pdf", "--out", "o"], Int32(2)),
    ])
    func errors(arguments: [String], status: Int32) throws {
        let out = try Self.tempDir()
        let result = try AgendaPackBinary.run(arguments.map { $0 == "o" ? out.path : $0 })
        #expect(result.status == status, "\(result.stderr)")
    }

    @Test("batch --report writes a report per converted pack and an index linking them")
    func batch() throws {
        let out = try Self.tempDir()
        let input = try Self.tempDir().appendingPathComponent("in/uk", isDirectory: true)
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.pdf, toPath: input.appendingPathComponent("\(Self.pack).pdf").path)
        try Data("not a pdf".utf8).write(to: input.appendingPathComponent("broken.pdf"))
        let result = try AgendaPackBinary.run(
            ["batch", input.deletingLastPathComponent().path, "--out", out.path, "--report", "--quiet", "--jobs", "2"], timeLimit: 180)
        #expect(result.status == 1, "\(result.stderr)")  // broken.pdf fails
        let report = out.appendingPathComponent("report/uk/\(Self.pack).html")
        #expect(FileManager.default.fileExists(atPath: report.path))
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("<a class=\"back\" href=\"../index.html\">"))
        let index = try String(contentsOf: out.appendingPathComponent("report/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"uk/\(Self.pack).html\">uk/\(Self.pack).pdf</a>"))
        #expect(index.contains("uk/broken.pdf<div class=\"problem\">"))
        #expect(index.contains("<b>1</b> failed"))
    }
}

@Suite("agendapack report --pack")
struct ReportPackOptionTests {
    @Test("a pack document of another PDF is refused (65), the PDF's own is drawn")
    func mismatch() throws {
        let out = try ReportCommandTests.tempDir()
        let other = TestPaths.root.appendingPathComponent("corpus/pdf/riverton-ca-city-council-2022-11-15.pdf").path
        let own = try AgendaPackBinary.run(["extract", ReportCommandTests.pdf, "--out", out.path])
        #expect(own.status == 0)
        let json = out.appendingPathComponent("\(ReportCommandTests.pack).json").path
        let refused = try AgendaPackBinary.run(["report", other, "--pack", json, "--out", out.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("was extracted from another PDF"))
        let drawn = try AgendaPackBinary.run(["report", ReportCommandTests.pdf, "--pack", json, "--out", out.path, "--name", "again"], timeLimit: 120)
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("again.html").path))
    }
}
