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

@Suite("BatchInputs: finding the PDFs of a batch")
struct BatchInputsTests {
    @Test("folders are recursed, .pdf in any case, sorted, link loops end, the output folder is left out")
    func discover() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("agendapack-inputs-\(UUID().uuidString)")
        for folder in ["in/b", "in/a/deep", "in/out"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["in/z.pdf", "in/b/2.PDF", "in/a/deep/1.pdf", "in/a/notes.txt", "in/.hidden.pdf", "in/out/old.pdf", "single.Pdf"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        // A link back to the top: walked once, not forever.
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("in/a/loop").path, withDestinationPath: root.appendingPathComponent("in").path)
        let found = try BatchInputs.discover(
            [root.appendingPathComponent("in").path, root.appendingPathComponent("single.Pdf").path],
            excluding: root.appendingPathComponent("in/out").path)
        #expect(found.map(\.relativePath) == ["a/deep/1.pdf", "b/2.PDF", "z.pdf", "single.Pdf"])
        #expect(found[0].path.hasSuffix("in/a/deep/1.pdf"))
    }

    @Test("a missing input is an error naming it")
    func missing() {
        #expect(throws: BatchInputs.Missing.self) { try BatchInputs.discover(["/nonexistent/agendapack"]) }
    }
}
