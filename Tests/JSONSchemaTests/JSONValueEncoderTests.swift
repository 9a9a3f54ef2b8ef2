import Foundation
import JSONSchema
import Testing

@Suite("Encoding straight to JSON values")
struct JSONValueEncoderTests {
    struct Cell: Codable {
        var row: Int
        var text: String
        var header: Bool
        var note: String?
    }

    struct Record: Encodable {
        enum Kind: String, Codable { case table, figure }
        var id: String
        var kind: Kind
        var score: Double
        var cells: [Cell]
        var empty: [Int]
        var nothing: [String: Int]
        var missing: String?
        var bbox: [Double]

        enum CodingKeys: String, CodingKey { case id, kind, score, cells, empty, nothing, missing, bbox, zLast = "z_last", aFirst = "a_first" }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(kind, forKey: .kind)
            try c.encode(score, forKey: .score)
            try c.encode(cells, forKey: .cells)
            try c.encode(empty, forKey: .empty)
            try c.encode(nothing, forKey: .nothing)
            // Unknown values are written as null, not left out.
            if let missing { try c.encode(missing, forKey: .missing) } else { try c.encodeNil(forKey: .missing) }
            var box = c.nestedUnkeyedContainer(forKey: .bbox)
            for v in bbox { try box.encode(v) }
            try c.encode(1, forKey: .zLast)
            try c.encode(true, forKey: .aFirst)
        }
    }

    let record = Record(
        id: "tbl-1", kind: .table, score: 0.854,
        cells: [
            Cell(row: 0, text: "Q\"uote\\ and / slash\tand\nnew line and \u{1} control", header: true, note: nil),
            Cell(row: 1, text: "Santé, 2025–26 ☐", header: false, note: "n"),
        ],
        empty: [], nothing: [:], missing: nil, bbox: [62.4, 420.45, 533, -1.5e-3])

    @Test("the tree is what the record says, with nulls written and nils of synthesised optionals left out")
    func tree() throws {
        let value = try JSONValueEncoder.encode(record)
        guard case .object(let o) = value else {
            Issue.record("not an object")
            return
        }
        #expect(o["missing"] == .null)
        #expect(o["kind"] == .string("table"))
        #expect(o["bbox"] == .array([.number(62.4), .number(420.45), .number(533), .number(-1.5e-3)]))
        guard case .array(let cells)? = o["cells"], case .object(let first) = cells[0] else {
            Issue.record("no cells")
            return
        }
        #expect(first["note"] == nil)
        #expect(first["row"] == .number(0))
    }

    @Test("written text is byte for byte what JSONEncoder writes with sorted keys, pretty printed, slashes unescaped")
    func sameBytesAsJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let expected = try encoder.encode(record)
        let written = JSONWriter.prettySorted(try JSONValueEncoder.encode(record))
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        // And it parses back to the same tree.
        #expect(try JSONValue(parsing: Data(written)) == JSONValueEncoder.encode(record))
    }

    @Test("compact text is byte for byte what JSONEncoder writes with sorted keys, slashes unescaped")
    func compactSameBytesAsJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(record)
        let written = JSONWriter.compactSorted(try JSONValueEncoder.encode(record))
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }
}

@Suite("The key and nil policies of JSONValueEncoder")
struct JSONValueEncoderPolicyTests {
    struct Inner: Codable, Equatable {
        var rowSpan: Int
        var note: String?
    }

    struct Outer: Codable, Equatable, JSONOmittedWhenNil {
        var pageCount: Int
        var nRows: Int?
        var pdfVersion: String?
        var ratio: Double?
        var flag: Bool?
        var inner: Inner?
        var inners: [Inner]
        var extra: [String]?
        var byName: [String: Int]
        static let keysOmittedWhenNil: Set<String> = ["extra"]
    }

    static let policy = JSONValueEncoder.Options(keys: .snakeCase, nils: .writeNull)

    @Test("snake case: an underscore before each capital, lowercased; lowercase keys unchanged",
          arguments: [("pageCount", "page_count"), ("nRows", "n_rows"), ("sha256", "sha256"), ("for", "for"), ("coOpted", "co_opted"), ("leadIn", "lead_in")])
    func snakeCase(declared: String, written: String) {
        #expect(JSONValueEncoder.snakeCase(declared) == written)
    }

    @Test("a type named in knownTypes is written by the policy named there, not by its conformances")
    func knownTypes() throws {
        let value = Outer(pageCount: 3, nRows: nil, pdfVersion: nil, ratio: nil, flag: nil, inner: nil,
                          inners: [Inner(rowSpan: 2, note: nil)], extra: nil, byName: ["camelCase": 1])
        // Named with no key omitted and its dictionary's keys converted: only the names say so.
        var named = Self.policy
        named.knownTypes = [ObjectIdentifier(Outer.self): .init(), ObjectIdentifier([String: Int].self): .init(convertsKeys: true)]
        let tree = try JSONValueEncoder.encode(value, options: named)
        #expect(tree["extra"] == .null)
        #expect(tree["by_name"] == .object(["camel_case": .number(1)]))
        #expect(try JSONValueEncoder.unknownKeyedTypes(in: value, options: named) == [String(reflecting: Inner.self)])
        // Named as their conformances have it: the same tree as asking the runtime, nothing unknown.
        var same = Self.policy
        same.knownTypes = [ObjectIdentifier(Outer.self): .init(omittedWhenNil: Outer.keysOmittedWhenNil), ObjectIdentifier(Inner.self): .init(),
                           ObjectIdentifier([String: Int].self): .init(convertsKeys: false)]
        #expect(try JSONValueEncoder.encode(value, options: same) == JSONValueEncoder.encode(value, options: Self.policy))
        #expect(try JSONValueEncoder.unknownKeyedTypes(in: value, options: same) == [])
        #expect(try JSONValueEncoder.unknownKeyedTypes(in: value, options: Self.policy)
                == [String(reflecting: Outer.self), String(reflecting: Inner.self), String(reflecting: [String: Int].self)])
    }

    @Test("with the policy a nil optional is null, keys are snake_case at every depth, dictionary keys are kept")
    func policy() throws {
        let value = Outer(pageCount: 3, nRows: nil, pdfVersion: nil, ratio: nil, flag: nil, inner: nil,
                          inners: [Inner(rowSpan: 2, note: nil)], extra: nil, byName: ["camelCase": 1])
        let tree = try JSONValueEncoder.encode(value, options: Self.policy)
        #expect(tree == .object([
            "page_count": .number(3), "n_rows": .null, "pdf_version": .null, "ratio": .null, "flag": .null, "inner": .null,
            "inners": .array([.object(["row_span": .number(2), "note": .null])]),
            "by_name": .object(["camelCase": .number(1)]),
        ]), "extra is left out: its type lists it in keysOmittedWhenNil")
    }

    @Test("without options a nil optional is left out and keys are as declared (JSONEncoder's behaviour)")
    func defaults() throws {
        let value = Outer(pageCount: 3, inners: [], byName: [:])
        #expect(try JSONValueEncoder.encode(value) == .object(["pageCount": .number(3), "inners": .array([]), "byName": .object([:])]))
    }

    @Test("what the policy writes, Foundation's convertFromSnakeCase reads back to the same value")
    func roundTrip() throws {
        let values = [
            Outer(pageCount: 3, inners: [Inner(rowSpan: 2)], byName: ["a_b": 1]),
            Outer(pageCount: 1, nRows: 4, pdfVersion: "1.7", ratio: 0.5, flag: true, inner: Inner(rowSpan: 1, note: "n"),
                  inners: [], extra: ["x"], byName: [:]),
        ]
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        for value in values {
            let text = JSONWriter.prettySorted(try JSONValueEncoder.encode(value, options: Self.policy))
            var decoded = try decoder.decode(Outer.self, from: Data(text))
            // Dictionary keys are data and written as they are, but Foundation's decoder
            // converts them too ("a_b" -> "aB"): compare the rest.
            decoded.byName = value.byName
            #expect(decoded == value)
        }
    }
}
