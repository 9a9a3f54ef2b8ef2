import AgendaPack
import Batch
import Contract
import Dates
import Foundation
import JSONSchema
import LayoutModel
import Parsing
import Recommendations
import Segmentation
import Tables
import TestSupport
import Testing

@Suite("Embedded schemas")
struct EmbeddedSchemasTests {
    @Test("the embedded texts are the files of schemas/, without the final newline")
    func sameAsFiles() throws {
        for (name, embedded) in [("agendapack.schema.json", EmbeddedSchemas.pack), ("expected.schema.json", EmbeddedSchemas.expected)] {
            var text = try String(contentsOf: TestPaths.root.appendingPathComponent("schemas/\(name)"), encoding: .utf8)
            if text.hasSuffix("\n") { text.removeLast() }
            #expect(embedded == text, "\(name)")
            #expect(throws: Never.self) { _ = try Schema(json: embedded) }
        }
    }

    @Test("every schema in schemas/ is linked into Sources/Contract/Schema, and each link points there")
    func linked() throws {
        let schemas = TestPaths.root.appendingPathComponent("schemas")
        let folder = TestPaths.root.appendingPathComponent("Sources/Contract/Schema")
        let files = try FileManager.default.contentsOfDirectory(atPath: schemas.path).filter { $0.hasSuffix(".json") }.sorted()
        let links = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files == links, "add a symbolic link and an .embedInCode resource in Package.swift for a new schema")
        for link in links {
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent(link).path)
            #expect(target == "../../../schemas/\(link)")
        }
    }
}
