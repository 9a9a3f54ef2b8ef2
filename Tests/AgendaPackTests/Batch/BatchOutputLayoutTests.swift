import AgendaPack
import Batch
import Contract
import Dates
import Foundation
import LayoutModel
import Parsing
import Recommendations
import Segmentation
import Tables
import Testing

@Suite("OutputLayout: output names stay inside the output folder")
struct BatchOutputLayoutTests {
    @Test("an input's relative path gives its output path", arguments: [
        ("x.pdf", "x.json"), ("council/uk/x.PDF", "council/uk/x.json"), ("a//b/./c.pdf", "a/b/c.json"),
        ("report.v2.pdf", "report.v2.json"), ("manifest.pdf", "manifest.json"), ("sub/summary.pdf", "sub/summary.json"),
    ])
    func names(relative: String, output: String) throws {
        #expect(try OutputLayout.outputRelativePath(for: relative) == output)
    }

    @Test("names that could escape or clash are refused", arguments: [
        "../x.pdf", "a/../../x.pdf", "/etc/passwd.pdf", "a/..", ".pdf", "summary.pdf", "", "a\0b.pdf", ".agendapack-staging/x.pdf",
    ])
    func refused(relative: String) {
        #expect(throws: OutputLayout.UnsafeName.self) { try OutputLayout.outputRelativePath(for: relative) }
    }

    @Test("the resolved output lies under the root")
    func resolved() throws {
        let layout = OutputLayout(root: "/tmp/out/../out2/")
        #expect(layout.root.path == "/tmp/out2")
        #expect(try layout.outputURL(for: "a/b.pdf").path == "/tmp/out2/a/b.json")
    }

    @Test("stray temporaries of a killed run are removed, outputs kept")
    func strays() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-layout-\(UUID().uuidString)")
        let layout = OutputLayout(root: root.path)
        try FileManager.default.createDirectory(at: layout.staging, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("{".utf8).write(to: layout.staging.appendingPathComponent("1-1.json"))
        try Data("{".utf8).write(to: root.appendingPathComponent("sub/.x.json.123.ABCD.tmp"))
        try Data("{}".utf8).write(to: root.appendingPathComponent("sub/x.json"))
        layout.removeStrayTemporaries()
        let left = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        #expect(left.sorted() == ["sub", "sub/x.json"])
    }
}
