import Foundation
import Testing
@testable import JSONSchema

/// Runs the official JSON-Schema-Test-Suite (draft 2020-12) for every keyword this
/// validator supports. The suite lives outside the repository, in
/// `<repo>/../shared/json-schema-test-suite`; without it the test is skipped.
enum OfficialSuite {
    /// Repository root: three levels above this file (Tests/JSONSchemaTests/<file>).
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = repoRoot.appendingPathComponent("../shared/json-schema-test-suite/tests/draft2020-12").standardizedFileURL
    static var available: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("type.json").path)
    }

    /// One file per supported keyword (plus the format files for the asserted formats).
    static let files = [
        "additionalProperties", "allOf", "anchor", "anyOf", "boolean_schema", "const",
        "contains", "default", "defs", "dependentRequired", "dependentSchemas", "enum",
        "exclusiveMaximum", "exclusiveMinimum", "if-then-else", "infinite-loop-detection",
        "items", "maxContains", "maxItems", "maxLength", "maxProperties", "maximum",
        "minContains", "minItems", "minLength", "minProperties", "minimum", "multipleOf",
        "not", "oneOf", "pattern", "patternProperties", "prefixItems", "properties",
        "propertyNames", "ref", "required", "type", "uniqueItems",
        "optional/format/date", "optional/format/time", "optional/format/date-time",
        // Optional files this validator also meets in full.
        "optional/ecmascript-regex", "optional/non-bmp-regex", "optional/bignum",
        "optional/float-overflow", "optional/id", "optional/anchor", "optional/no-schema",
    ]

    /// Groups (file, description) not run, with the reason. Each of these schemas is
    /// rejected at compile time by design; the test checks that it still is.
    static let skipped: [String: String] = [
        "defs: validate definition against metaschema":
            "remote $ref to the draft 2020-12 meta-schema (only in-document references are supported)",
        "ref: remote ref, containing refs itself":
            "remote $ref to the draft 2020-12 meta-schema (only in-document references are supported)",
        "ref: ref creates new scope when adjacent to keywords":
            "uses unevaluatedProperties, which is rejected as unsupported",
        "not: collect annotations inside a 'not', even if collection is disabled":
            "uses unevaluatedProperties, which is rejected as unsupported",
    ]
}

@Suite("JSON Schema Test Suite, draft 2020-12")
struct ConformanceTests {
    @Test("every case of every supported keyword's file passes",
          .enabled(if: OfficialSuite.available, "JSON-Schema-Test-Suite not found at ../shared/json-schema-test-suite; conformance not run"))
    func officialSuite() throws {
        var table: [(file: String, passed: Int, total: Int, skipped: Int)] = []
        for file in OfficialSuite.files {
            let url = OfficialSuite.directory.appendingPathComponent(file + ".json")
            let groups = try JSONValue(parsing: Data(contentsOf: url))
            guard case .array(let list) = groups else { Issue.record("\(file): not an array"); continue }
            var passed = 0, total = 0, skipped = 0
            for group in list {
                let description = group["description"]?.stringValue ?? "?"
                guard case .array(let tests)? = group["tests"], let schemaValue = group["schema"] else { continue }
                let key = "\(file): \(description)"
                if let reason = OfficialSuite.skipped[key] {
                    skipped += tests.count
                    // A skip must stay honest: the schema is still refused.
                    if (try? Schema(document: schemaValue)) != nil {
                        Issue.record("\(key) is listed as skipped (\(reason)) but now compiles; run it")
                    }
                    continue
                }
                let schema: Schema
                do {
                    schema = try Schema(document: schemaValue)
                } catch {
                    total += tests.count
                    Issue.record("\(key): schema rejected: \(error)")
                    continue
                }
                for test in tests {
                    total += 1
                    guard let data = test["data"], case .bool(let expected)? = test["valid"] else { continue }
                    let errors = schema.validate(data)
                    let quick = schema.isValid(data)
                    if errors.isEmpty == expected && quick == expected {
                        passed += 1
                    } else {
                        let what = test["description"]?.stringValue ?? "?"
                        Issue.record("\(key) / \(what): expected \(expected ? "valid" : "invalid"), got \(errors.isEmpty ? "valid" : "invalid: \(errors)") (isValid \(quick))")
                    }
                }
            }
            table.append((file, passed, total, skipped))
        }
        var report = "| file | passed / total | rate | skipped |\n|---|---|---|---|\n"
        for row in table {
            let rate = row.total == 0 ? "n/a (all skipped)" : String(format: "%.0f%%", Double(row.passed) * 100 / Double(row.total))
            report += "| \(row.file).json | \(row.passed) / \(row.total) | \(rate) | \(row.skipped) |\n"
        }
        print(report)
        for row in table {
            #expect(row.passed == row.total, "\(row.file).json: \(row.passed) of \(row.total) passed")
        }
    }
}
