import Foundation
import Testing
@testable import JSONSchema

/// The schemas in `schemas/` (the contract in machine form), checked with this
/// validator. (Their embedding is checked in AgendaPackTests/Schema.)
enum Repo {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
    static func text(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }
    static func json(_ path: String) throws -> JSONValue { try JSONValue(parsing: Data(contentsOf: url(path))) }
}

@Suite("AgendaPack schemas")
struct PackSchemaTests {
    @Test(arguments: ["schemas/agendapack.schema.json", "schemas/expected.schema.json"])
    func schemaCompiles(path: String) throws {
        let schema = try Schema(document: try Repo.json(path))
        #expect(schema.document["$schema"] == .string(Schema.dialect))
    }

    @Test func validExampleIsValid() throws {
        let schema = try Schema(document: try Repo.json("schemas/agendapack.schema.json"))
        let errors = schema.validate(try Repo.json("schemas/examples/pack-valid.json"))
        #expect(errors.isEmpty, "\(errors)")
    }

    /// The same violations python's jsonschema reports for this file
    /// (scripts/check-json.py schemas/examples/pack-invalid.json).
    @Test func invalidExamplePointsAtEachBrokenField() throws {
        let schema = try Schema(document: try Repo.json("schemas/agendapack.schema.json"))
        let errors = schema.validate(try Repo.json("schemas/examples/pack-invalid.json"))
        let found = Set(errors.map { "\($0.instancePath) \($0.schemaPath)" })
        #expect(found == [
            "/agenda_items/0/id /properties/agenda_items/items/$ref/properties/id/$ref/pattern",
            "/dates/0/value /properties/dates/items/$ref/allOf/0/then/properties/value/pattern",
            "/documents/0/kind /properties/documents/items/$ref/properties/kind/enum",
            "/meeting/start_time /properties/meeting/$ref/properties/start_time/$ref/pattern",
            "/recommendations/0/bbox /properties/recommendations/items/$ref/properties/bbox/$ref/minItems",
            "/source /properties/source/$ref/required",
        ])
    }

    @Test func expectedExampleNeedsTheLooserSchema() throws {
        let doc = try Repo.json("schemas/examples/expected-valid.json")
        let strict = try Schema(document: try Repo.json("schemas/agendapack.schema.json"))
        let loose = try Schema(document: try Repo.json("schemas/expected.schema.json"))
        #expect(loose.validate(doc).isEmpty)
        #expect(Set(strict.validate(doc).map(\.instancePath)) == ["/source", "/recommendations/0"])
    }

    /// expected.schema.json is the strict schema minus `bbox` (everywhere) and the
    /// measured facts of `source` in `required`; nothing else differs.
    @Test func expectedSchemaIsDerivedFromTheStrictOne() throws {
        func loosen(_ v: JSONValue, inSource: Bool) -> JSONValue {
            switch v {
            case .object(var o):
                if case .array(let req)? = o["required"] {
                    let dropped: Set<String> = inSource ? ["bbox", "sha256", "bytes", "producer", "creator", "title"] : ["bbox"]
                    o["required"] = .array(req.filter { !dropped.contains($0.stringValue ?? "") })
                }
                for (k, child) in o where k != "required" { o[k] = loosen(child, inSource: false) }
                return .object(o)
            case .array(let a):
                return .array(a.map { loosen($0, inSource: false) })
            default:
                return v
            }
        }
        guard case .object(var strict) = try Repo.json("schemas/agendapack.schema.json"),
              case .object(var expected) = try Repo.json("schemas/expected.schema.json") else {
            Issue.record("schemas are not objects"); return
        }
        for key in ["$id", "title", "description"] { strict[key] = nil; expected[key] = nil }
        var derived = loosen(.object(strict), inSource: false)
        if case .object(var top) = derived, case .object(var defs)? = top["$defs"], let source = defs["source"] {
            defs["source"] = loosen(source, inSource: true)
            top["$defs"] = .object(defs)
            derived = .object(top)
        }
        #expect(derived == .object(expected), "schemas/expected.schema.json is stale: run scripts/make-expected-schema.py")
    }
}
