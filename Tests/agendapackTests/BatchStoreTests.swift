import AgendaPack
import AgendaPackStore
import Batch
import Contract
import Foundation
import GRDB
import JSONSchema
import LayoutModel
import TestSupport
import Testing

@Suite("agendapack batch: SQLite, search and JSON Lines", .serialized)
struct BatchStoreTests {
    static func count(_ db: String, _ table: String) throws -> Int {
        try PackStore(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? -1 }
    }

    @Test("--db loads every converted pack; re-running, even with --force, does not duplicate rows")
    func database() throws {
        let fixture = try BatchFixture(count: 3)
        let out = fixture.out()
        let db = out.appendingPathComponent("packs.sqlite").path
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--db", db, "--quiet"]).status == 1)
        let tables = ["packs", "documents", "agenda_items", "recommendations", "tables", "table_cells", "dates", "search"]
        let counts = try tables.map { try Self.count(db, $0) }
        #expect(counts[0] == 3)
        #expect(try Self.count(db, "agenda_items") >= 6, "two items per pack")
        let files = try PackStore(path: db).read { try String.fetchAll($0, sql: "SELECT file FROM packs ORDER BY file") }
        #expect(files == ["pack-01.pdf", "pack-03.pdf", "sub/pack-02.pdf"])

        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--db", db, "--quiet"]).status == 1)
        #expect(try tables.map { try Self.count(db, $0) } == counts)
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--db", db, "--force", "--quiet"]).status == 1)
        #expect(try tables.map { try Self.count(db, $0) } == counts)

        // A database deleted after the run is rebuilt from the unchanged outputs.
        try FileManager.default.removeItem(atPath: db)
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--db", db, "--quiet"]).status == 1)
        #expect(try tables.map { try Self.count(db, $0) } == counts)
    }

    @Test("search finds an agenda item by a word in its title: FILE:pPAGE  [KIND]  snippet; exit 1 when nothing matches")
    func search() throws {
        let fixture = try BatchFixture(count: 2, withBad: false)
        let out = fixture.out()
        let db = out.appendingPathComponent("packs.sqlite").path
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--db", db, "--quiet"]).status == 0)
        let hit = try AgendaPackBinary.run(["search", db, "Number 2"])
        #expect(hit.status == 0)
        #expect(hit.stdout.hasPrefix("sub/pack-02.pdf:p1  [agenda_item]  Highways Maintenance Contract [Number] [2]"), "\(hit.stdout)")
        let none = try AgendaPackBinary.run(["search", db, "zeppelin"])
        #expect(none.status == 1)
        #expect(none.stdout == "")
        // Stray FTS syntax is an error, not "no matches".
        #expect(try AgendaPackBinary.run(["search", db, "\"highways"]).status == 64)
    }

    @Test("the store finds a recommendation by a word in its text, stemmed, with its page and kind")
    func recommendation() throws {
        var pack = PackDocument(
            source: Source(file: "r.pdf", sha256: String(repeating: "ab", count: 32), bytes: 10, pageCount: 4, pdfVersion: "1.4", producer: nil, creator: nil, title: nil))
        pack.recommendations = [
            RecommendationRecord(id: "rec-1", kind: .recommendation, label: "2.1", text: "Cabinet is asked to approve the library closures.", page: 3),
            RecommendationRecord(id: "rec-2", kind: .resolution, text: "RESOLVED that the minutes be signed.", page: 4),
        ]
        pack.tables = [
            TableRecord(id: "tbl-1", pages: [2], bbox: nil, ruled: true, headerRows: 1, rows: [["Ward", "Votes"], ["North", "12"]], cells: [])
        ]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let output = dir.appendingPathComponent("r.json")
        try PackEncoder.encode(pack).write(to: output)
        let store = try PackStore(path: dir.appendingPathComponent("s.sqlite").path)
        #expect(try store.load(output: output, root: "/in", file: "a/r.pdf", sha256: "ab"))
        #expect(try store.load(output: output, root: "/in", file: "a/r.pdf", sha256: "ab") == false, "already current")
        let hits = try store.search("library")
        #expect(hits == [PackStore.SearchHit(file: "a/r.pdf", page: 3, kind: "recommendation", record: "rec-1", snippet: "Cabinet is asked to approve the [library] closures.")])
        #expect(try store.search("sign").first?.kind == "resolution", "porter stemming: sign finds signed")
        let cells = try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM table_cells WHERE header = 1") }
        #expect(cells == 2)
        try store.remove(root: "/in", file: "a/r.pdf")
        #expect(try store.search("library").isEmpty)
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM table_cells") } == 0, "cascade")
    }

    @Test("--jsonl writes one record per line for every converted pack, skipped ones included, in input order")
    func jsonLines() throws {
        let fixture = try BatchFixture(count: 3, withBad: false)
        let out = fixture.out()
        let jsonl = fixture.root.appendingPathComponent("records.jsonl")
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--jsonl", jsonl.path, "--quiet"]).status == 0)
        let first = try String(contentsOf: jsonl, encoding: .utf8)
        let records = try first.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0["type"]?.stringValue != nil && $0["sha256"]?.stringValue?.count == 64 })
        var order: [String] = []
        for record in records {
            if let file = record["file"]?.stringValue, order.last != file { order.append(file) }
        }
        #expect(order == ["pack-01.pdf", "pack-03.pdf", "sub/pack-02.pdf"])
        #expect(records.contains { $0["type"]?.stringValue == "agenda_item" && $0["title"]?.stringValue?.contains("Highways") == true })
        // A re-run that converts nothing writes the same stream from the existing outputs.
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--jsonl", jsonl.path, "--quiet"]).status == 0)
        #expect(try String(contentsOf: jsonl, encoding: .utf8) == first)
        #expect(!BatchFixture.files(fixture.root).contains { $0.hasSuffix(".tmp") })
    }
}
