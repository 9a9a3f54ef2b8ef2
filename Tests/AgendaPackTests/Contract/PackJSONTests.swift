import AgendaPack
import Batch
import Contract
import Dates
import Foundation
import JSONSchema
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables
import TestSupport
import Testing

@Suite("PackJSON: the records' one encoder and decoder")
struct PackJSONTests {
    /// Every record type, with optionals both set and nil.
    static func pack() -> PackDocument {
        var pack = PackDocument(
            source: Source(file: "x.pdf", sha256: String(repeating: "ab", count: 32), bytes: 12, pageCount: 2, pdfVersion: "1.7", producer: nil, creator: nil, title: nil))
        pack.meeting = Meeting(body: "Cabinet", date: "2025-01-30", startTime: "10:00", page: 1, bbox: Rect(x0: 1, y0: 2, x1: 3, y1: 4))
        pack.pages = [
            PageRecord(page: 1, pageLabel: nil, width: 595.28, height: 841.89, blank: false, document: "doc-1",
                       furniture: [Furniture(kind: .pageStamp, text: "Page 1", bbox: Rect(x0: 5, y0: 6, x1: 7, y1: 8))]),
            PageRecord(page: 2, pageLabel: "2", width: 842, height: 595, rotation: 90, blank: true),
        ]
        pack.documents = [
            DocumentRecord(id: "doc-1", kind: .frontSheet, title: "Agenda", firstPage: 1, lastPage: 1),
            DocumentRecord(id: "doc-2", kind: .minutes, firstPage: 2, lastPage: 2, authors: ["A. Clerk"],
                           minutes: MinutesDetail(present: ["Cllr A"], coOpted: ["B"], items: [.init(number: "1", title: "Apologies", page: 2, bbox: nil)])),
        ]
        pack.agendaItems = [
            AgendaItemRecord(id: "item-1", number: "1", title: "Apologies", printedPages: PageSpan(first: 3, last: 4), page: 1),
            AgendaItemRecord(id: "item-1a", number: "1a", parent: "item-1", title: "Late", business: .private, documents: ["doc-2"], page: 1),
        ]
        pack.recommendations = [
            RecommendationRecord(id: "rec-1", kind: .recommendation, label: "2.1", text: "Approve.", page: 1),
            RecommendationRecord(id: "rec-2", kind: .resolution, text: "RESOLVED.", outcome: .carried, votes: Votes(for: 5, against: 1, abstentions: 0),
                                 page: 2, motion: Motion(mover: "Cllr A", outcome: .carried, votes: MotionVotes(for: .count(5), against: .names(["Cllr B"]))),
                                 parts: [RecommendationPart(label: "a)", text: "one"), RecommendationPart(label: nil, text: "two")]),
        ]
        pack.tables = [
            TableRecord(id: "tbl-1", pages: [1, 2], bbox: nil, ruled: true, headerRows: 1, rows: [["Ward", "Votes"], ["North", "12"]],
                        cells: [CellRecord(row: 0, col: 0, colSpan: 2, text: "Ward", header: true)]),
        ]
        pack.dates = [
            DateRecord(id: "date-1", text: "2024/25", value: "2024-04-01", end: "2025-03-31", precision: .financialYear, page: 1),
        ]
        pack.diagnostics = [Diagnostic(.warning, "range-past-end", "past the end"), Diagnostic(.info, "blank", "blank page", page: 2)]
        return pack
    }

    static func object(_ value: JSONValue?) -> [String: JSONValue] {
        if case .object(let o)? = value { return o }
        return [:]
    }

    @Test("keys are snake_case and a nil optional is written as null, never left out")
    func nullsAndKeys() throws {
        let tree = try PackJSON.value(Self.pack())
        let top = Self.object(tree)
        #expect(Set(top.keys) == ["schema_version", "source", "meeting", "pages", "documents", "agenda_items", "recommendations", "tables", "dates", "diagnostics"])
        let source = Self.object(top["source"])
        #expect(source["page_count"] == .number(2))
        #expect(source["producer"] == .null && source["creator"] == .null && source["title"] == .null)
        guard case .array(let recs)? = top["recommendations"], case .array(let pages)? = top["pages"],
              case .array(let docs)? = top["documents"], case .array(let diags)? = top["diagnostics"] else {
            Issue.record("missing arrays")
            return
        }
        let rec = Self.object(recs[0])
        #expect(rec["lead_in"] == .null && rec["decided_by"] == .null && rec["agenda_item"] == .null && rec["bbox"] == .null)
        #expect(Self.object(pages[0])["page_label"] == .null)
        #expect(Self.object(diags[0])["page"] == .null)
        let motion = Self.object(Self.object(recs[1])["motion"])
        #expect(motion["number"] == .null && motion["amends"] == .null)
        #expect(Self.object(motion["votes"])["abstain"] == .null)
        #expect(Self.object(motion["votes"])["against"] == .array([.string("Cllr B")]), "a roll call is its names")
        #expect(Self.object(Self.object(docs[1])["minutes"])["co_opted"] == .array([.string("B")]))
    }

    @Test("the fields the contract makes optional rather than nullable are left out when nil")
    func omitted() throws {
        let top = Self.object(try PackJSON.value(Self.pack()))
        guard case .array(let recs)? = top["recommendations"], case .array(let docs)? = top["documents"] else {
            Issue.record("missing arrays")
            return
        }
        #expect(Self.object(recs[0])["motion"] == nil && Self.object(recs[0])["parts"] == nil)
        #expect(Self.object(docs[0])["minutes"] == nil)
    }

    @Test("what PackJSON writes it reads back to the same records, and the schema accepts it")
    func roundTrip() throws {
        let pack = Self.pack()
        #expect(PackEncoder.schema.validate(try PackJSON.value(pack)).isEmpty)
        #expect(try PackJSON.decode(PackDocument.self, from: PackJSON.pretty(pack)) == pack)
        #expect(try PackJSON.decode(PackDocument.self, from: PackJSON.compact(pack)) == pack)
        #expect(try PackJSON.decode(PackDocument.self, from: PackEncoder.encode(pack)) == pack)
    }

    @Test("pretty text is JSONEncoder's layout: sorted keys, two spaces, a final newline")
    func prettyLayout() throws {
        let text = String(decoding: try PackJSON.pretty(Diagnostic(.info, "c", "m")), as: UTF8.self)
        #expect(text == "{\n  \"code\" : \"c\",\n  \"message\" : \"m\",\n  \"page\" : null,\n  \"severity\" : \"info\"\n}\n")
    }

    @Test("older and partial files load: fields added since 1.0 default, missing optionals are nil")
    func lenient() throws {
        let old = """
            {"schema_version": "1.0", "source": {"file": "o.pdf", "page_count": 1}, "meeting": null,
             "pages": [{"page": 1}],
             "documents": [{"id": "doc-1", "kind": "report", "first_page": 1, "last_page": 1}],
             "agenda_items": [{"id": "item-1", "number": "1", "title": "T"}],
             "recommendations": [{"id": "rec-1", "kind": "decision", "text": "x", "page": 1}],
             "tables": [{"id": "tbl-1", "pages": [1], "rows": [["a", "b"]]}],
             "dates": [], "diagnostics": []}
            """
        let pack = try PackJSON.decode(PackDocument.self, from: Data(old.utf8))
        #expect(pack.schemaVersion == "1.0")
        #expect(pack.source.sha256 == nil && pack.pages[0].furniture.isEmpty && pack.pages[0].rotation == 0)
        #expect(pack.documents[0].page == 1 && pack.documents[0].authors.isEmpty && pack.documents[0].minutes == nil)
        #expect(pack.agendaItems[0].business == .public && pack.agendaItems[0].page == 0)
        #expect(pack.recommendations[0].leadIn == nil && pack.recommendations[0].motion == nil && pack.recommendations[0].parts == nil)
        #expect(pack.tables[0].nCols == 2 && pack.tables[0].page == 1 && pack.tables[0].cells.isEmpty)
    }

    @Test("every corpus expected file decodes as a pack document")
    func corpusExpected() throws {
        let folder = TestPaths.root.appendingPathComponent("corpus/expected")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            #expect(throws: Never.self, "\(file)") { _ = try PackJSON.decode(PackDocument.self, from: data) }
        }
    }

    @Test("every keyed type a pack holds is named in PackJSON's known types, with the policy its conformances give")
    func knownTypes() throws {
        let folder = TestPaths.root.appendingPathComponent("corpus/expected")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var packs = [Self.pack()]
        for file in files { packs.append(try PackJSON.decode(PackDocument.self, from: Data(contentsOf: folder.appendingPathComponent(file)))) }
        // The same policies asked of the runtime: what the known types must reproduce.
        let asked = JSONValueEncoder.Options(keys: .snakeCase, nils: .writeNull)
        #expect(PackJSON.options.knownTypes.count == 19)
        for (index, pack) in packs.enumerated() {
            let name = index == 0 ? "every record type" : files[index - 1]
            #expect(try JSONValueEncoder.unknownKeyedTypes(in: pack, options: PackJSON.options) == [], "\(name)")
            #expect(try PackJSON.value(pack) == JSONValueEncoder.encode(pack, options: asked), "\(name)")
        }
    }
}
