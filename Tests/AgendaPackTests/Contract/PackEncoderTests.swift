import AgendaPack
import Contract
import Foundation
import JSONSchema
import LayoutModel
import TestSupport
import Testing

/// `PackEncoder` writes a pack a record at a time; these hold it to what encoding the whole
/// document as one tree, validating it and writing it gives.
@Suite("PackEncoder: a pack validated and written a record at a time")
struct PackEncoderTests {
    /// The text and the errors of the whole-tree way.
    static func whole(_ pack: PackDocument) throws -> (text: Data, errors: [ValidationError]) {
        let value = try PackJSON.value(pack)
        return (Data(JSONWriter.prettySorted(value) + [0x0A]), PackEncoder.schema.validate(value))
    }

    static func sorted(_ errors: [ValidationError]) -> [String] {
        errors.map { "\($0.instancePath) \($0.schemaPath) \($0.message)" }.sorted()
    }

    @Test("every record type, and a pack without records: the same bytes as the whole tree written at once")
    func sameBytes() throws {
        let full = PackJSONTests.pack()
        let empty = PackDocument(source: full.source)
        for pack in [full, empty] {
            let expected = try Self.whole(pack)
            #expect(expected.errors.isEmpty)
            #expect(try PackEncoder.encode(pack) == expected.text)
        }
    }

    @Test("a converted corpus pack: the same bytes as the whole tree written at once")
    func corpusPack() throws {
        let pdf = TestPaths.root.appendingPathComponent("corpus/pdf/eastmarsh-cc-cabinet-2025-01-30-pack.pdf").path
        let pack = try Extractor().extract(path: pdf, options: .init(ocr: false))
        #expect(!pack.pages.isEmpty && !pack.agendaItems.isEmpty && !pack.dates.isEmpty)
        #expect(try PackEncoder.encode(pack) == Self.whole(pack).text)
    }

    @Test("invalid records and an invalid top level are refused with the errors and paths the whole document gives")
    func sameErrors() throws {
        var pack = PackJSONTests.pack()
        pack.source.sha256 = "not a digest"
        pack.pages[1].page = 0
        pack.dates[0].page = -3
        pack.tables[0].cells[0].row = -1
        let expected = Self.sorted(try Self.whole(pack).errors)
        #expect(expected.count >= 4)
        #expect(expected.contains { $0.hasPrefix("/pages/1/page ") })
        #expect(expected.contains { $0.hasPrefix("/tables/0/cells/0/row ") })
        do {
            _ = try PackEncoder.encode(pack)
            Issue.record("an invalid pack was encoded")
        } catch let error as PackEncoder.InvalidOutput {
            #expect(Self.sorted(error.errors) == expected)
        }
    }

    @Test("the arrays written a record at a time are constrained only record by record (type and items)")
    func streamedArraysStandAlone() throws {
        guard case .object(let root) = PackEncoder.schema.document, case .object(let properties)? = root["properties"] else {
            Issue.record("the pack schema has no properties")
            return
        }
        #expect(!PackEncoder.streamed.isEmpty)
        for array in PackEncoder.streamed {
            guard case .object(let schema)? = properties[array.key] else {
                Issue.record("\(array.key) is not a property of the pack schema")
                continue
            }
            #expect(Set(schema.keys).isSubset(of: ["description", "type", "items"]), "\(array.key): \(schema.keys.sorted())")
            #expect(schema["type"] == .string("array"))
            #expect(schema["items"] != nil)
        }
    }
}
