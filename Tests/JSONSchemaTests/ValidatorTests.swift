import Foundation
import Testing
@testable import JSONSchema

@Suite("Validator errors, paths and rejection")
struct ValidatorTests {
    static let record = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://example.test/record.json",
      "type": "object",
      "required": ["id", "items"],
      "properties": {
        "id": {"type": "string", "pattern": "^doc-[0-9]+$"},
        "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
        "date": {"type": ["string", "null"], "format": "date"}
      },
      "$defs": {
        "item": {
          "type": "object",
          "required": ["kind"],
          "properties": {
            "kind": {"enum": ["a", "b"]},
            "n": {"type": "integer", "minimum": 1}
          },
          "additionalProperties": false
        }
      }
    }
    """

    func errors(_ schema: String, _ instance: String) throws -> [ValidationError] {
        try Schema(json: schema).validate(JSONValue(parsing: instance))
    }

    @Test func validDocumentHasNoErrors() throws {
        let e = try errors(Self.record, #"{"id": "doc-1", "items": [{"kind": "a", "n": 2.0}], "date": null}"#)
        #expect(e.isEmpty)
    }

    @Test func errorsCarryInstanceAndSchemaPaths() throws {
        let e = try errors(Self.record, #"{"id": "doc-x", "items": [{"kind": "a"}, {"kind": "c", "n": 0.5, "extra": 1}], "date": "2024-02-30"}"#)
        let pairs = Set(e.map { "\($0.instancePath) \($0.schemaPath)" })
        #expect(pairs == [
            "/id /properties/id/pattern",
            "/items/1/kind /properties/items/items/$ref/properties/kind/enum",
            "/items/1/n /properties/items/items/$ref/properties/n/type",
            "/items/1/n /properties/items/items/$ref/properties/n/minimum",
            "/items/1/extra /properties/items/items/$ref/additionalProperties",
            "/date /properties/date/format",
        ])
    }

    @Test func missingRequiredIsReportedOnTheObject() throws {
        let e = try errors(Self.record, #"{"items": [{}]}"#)
        #expect(e.map(\.instancePath).sorted() == ["", "/items/0"])
        #expect(e.map(\.schemaPath).sorted() == ["/properties/items/items/$ref/required", "/required"])
        #expect(e.contains { $0.message.contains("\"id\"") })
    }

    @Test func pointerTokensAreEscaped() throws {
        let e = try errors(#"{"properties": {"a/b~c": {"type": "string"}}}"#, #"{"a/b~c": 1}"#)
        #expect(e.map(\.instancePath) == ["/a~1b~0c"])
        #expect(e.map(\.schemaPath) == ["/properties/a~1b~0c/type"])
    }

    @Test(arguments: [
        (#"{"unevaluatedProperties": false}"#, "unevaluatedProperties", "/unevaluatedProperties"),
        (##"{"properties": {"a": {"$dynamicRef": "#x"}}}"##, "$dynamicRef", "/properties/a/$dynamicRef"),
        (#"{"$defs": {"x": {"definitions": {}}}}"#, "definitions", "/$defs/x/definitions"),
        (#"{"items": {"format": "email"}}"#, "format", "/items/format"),
        (#"{"$ref": "other.json"}"#, "$ref", "/$ref"),
        (#"{"$schema": "http://json-schema.org/draft-07/schema#"}"#, "$schema", "/$schema"),
        (#"{"pattern": "("}"#, "pattern", "/pattern"),
    ])
    func unsupportedOrBrokenSchemasAreRejected(schema: String, keyword: String, path: String) {
        do {
            _ = try Schema(json: schema)
            Issue.record("schema \(schema) was accepted")
        } catch let error as SchemaError {
            #expect(error.keyword == keyword)
            #expect(error.schemaPath == path)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("The compiler's keyword table is exactly the keywords evaluated and the annotations accepted")
    func keywordTableMatchesTheDocumentedSets() {
        #expect(Set(KeywordName.allCases.map(\.rawValue)) == Schema.supportedKeywords.union(Schema.annotationKeywords))
        #expect(KeywordName.allCases.count == Schema.supportedKeywords.count + Schema.annotationKeywords.count)
    }

    @Test func annotationsAreAccepted() throws {
        let s = try Schema(json: #"{"title": "t", "description": "d", "$comment": "c", "default": 1, "examples": [1], "deprecated": false, "readOnly": true, "writeOnly": false, "$anchor": "top"}"#)
        #expect(s.validate(.number(3)).isEmpty)
    }

    @Test func integersAreMathematical() throws {
        let s = try Schema(json: #"{"type": "integer", "const": 1}"#)
        #expect(s.validate(try JSONValue(parsing: "1.0")).isEmpty)
        #expect(!s.validate(try JSONValue(parsing: "true")).isEmpty)
    }

    @Test func lengthCountsCodePoints() throws {
        let s = try Schema(json: #"{"maxLength": 2}"#)
        #expect(s.validate(.string("\u{1F600}\u{1F600}")).isEmpty)
        #expect(s.validate(.string("e\u{301}x")).count == 1)
    }

    @Test func containsBoundsNameTheirKeyword() throws {
        let e = try errors(#"{"contains": {"const": 1}, "maxContains": 1}"#, "[1, 1]")
        #expect(e.map(\.schemaPath) == ["/maxContains"])
    }

    @Test func ifThenElsePathsNameTheBranch() throws {
        let e = try errors(#"{"if": {"type": "string"}, "then": {"minLength": 3}, "else": {"minimum": 0}}"#, "-1")
        #expect(e.map(\.schemaPath) == ["/else/minimum"])
    }

    @Test func patternsUseECMAShorthands() throws {
        #expect(ECMARegex.translate(#"\\d[\d\W]\s"#) == #"\\d[0-9[^A-Za-z0-9_]][\#(ECMARegex.space)]"#)
        let s = try Schema(json: #"{"pattern": "^\\d+$"}"#)
        #expect(s.validate(.string("42")).isEmpty)
        #expect(s.validate(.string("\u{663}")).count == 1)  // ARABIC-INDIC DIGIT THREE
    }

    @Test func parserRejectsMalformedJSON() {
        for text in ["{", "[1,]", "01", "\"\\x\"", "tru", "{\"a\" 1}", "1 2", "\"\\uD800\""] {
            #expect(throws: JSONParseError.self, "\(text)") { try JSONValue(parsing: text) }
        }
    }

    @Test func parserReadsEscapesAndNumbers() throws {
        let v = try JSONValue(parsing: #"{"s": "a\u00e9\ud83d\ude00\n", "n": -1.5e2, "b": false, "z": null}"#)
        #expect(v["s"] == .string("a\u{e9}\u{1F600}\n"))
        #expect(v["n"] == .number(-150))
        #expect(v["b"] == .bool(false))
        #expect(v["z"] == .null)
    }

    @Test func compiledSchemaValidatesManyDocumentsQuickly() throws {
        let s = try Schema(json: Self.record)
        let doc = try JSONValue(parsing: #"{"id": "doc-1", "items": [{"kind": "a", "n": 2}, {"kind": "b"}], "date": "2016-07-21"}"#)
        for _ in 0..<2000 { #expect(s.isValid(doc)) }
    }
}
