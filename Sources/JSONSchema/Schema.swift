import Foundation

/// One violation found by `Schema.validate`.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// JSON Pointer to the offending value in the instance ("" is the whole document).
    public let instancePath: String
    /// JSON Pointer to the failing keyword, following the evaluation path
    /// (so it passes through "$ref" where a reference was followed).
    public let schemaPath: String
    public let message: String

    public init(instancePath: String, schemaPath: String, message: String) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.message = message
    }

    public var description: String {
        "\(instancePath.isEmpty ? "/" : instancePath): \(message) (schema \(schemaPath.isEmpty ? "/" : schemaPath))"
    }
}

/// A schema that cannot be compiled: malformed, unresolvable, or using a keyword
/// this validator does not implement.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The keyword at fault, when there is one.
    public let keyword: String?
    /// JSON Pointer into the schema document where the fault is.
    public let schemaPath: String
    public let message: String

    public var description: String {
        "schema error at \(schemaPath.isEmpty ? "/" : schemaPath): \(message)"
    }
}

/// A compiled JSON Schema (draft 2020-12). Compile once, validate many times;
/// a compiled schema is immutable and can be shared across threads.
///
/// `@unchecked Sendable` because compiled nodes hold `NSRegularExpression`s: every
/// stored property is a `let` set in `init`, nothing is mutated afterwards, and
/// `NSRegularExpression` matching is documented as thread-safe.
public final class Schema: @unchecked Sendable {
    /// The dialect this validator implements.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// Keywords that are evaluated.
    public static let supportedKeywords: Set<String> = Set(KeywordName.allCases.filter { !$0.isAnnotation }.map(\.rawValue))
    /// Keywords that are accepted and ignored (annotations and identifiers).
    public static let annotationKeywords: Set<String> = Set(KeywordName.allCases.filter(\.isAnnotation).map(\.rawValue))
    /// Values of `format` that are asserted. Any other value is rejected.
    public static let supportedFormats: Set<String> = ["date", "time", "date-time"]

    let nodes: [CompiledNode]
    let root: Int
    /// Node id by its location in the document (a JSON Pointer: "/properties/pages/items").
    let locations: [String: Int]
    /// The schema document as parsed.
    public let document: JSONValue

    /// Compiles a schema from JSON text.
    public convenience init(json data: Data) throws {
        try self.init(document: try JSONValue(parsing: data))
    }

    /// Compiles a schema from JSON text.
    public convenience init(json text: String) throws {
        try self.init(document: try JSONValue(parsing: text))
    }

    /// Compiles a schema from a parsed document.
    public init(document: JSONValue) throws {
        let compiler = Compiler()
        try compiler.walk(document, docPath: [], pointer: "", base: Compiler.defaultBase, scopes: [(Compiler.defaultBase.text, "")])
        var compiled: [CompiledNode] = []
        compiled.reserveCapacity(compiler.raw.count)
        for i in compiler.raw.indices {
            compiled.append(try compiler.compile(i))
        }
        self.nodes = compiled
        self.root = 0
        self.locations = compiler.byDocPath
        self.document = document
    }

    /// Validates an instance; returns every violation found (empty when valid).
    public func validate(_ instance: JSONValue) -> [ValidationError] {
        var ev = Evaluator(nodes: nodes, collecting: true)
        _ = ev.eval(root, instance)
        return ev.errors
    }

    /// Parses and validates JSON text.
    public func validate(json data: Data) throws -> [ValidationError] {
        validate(try JSONValue(parsing: data))
    }

    /// Validates one part of a larger document on its own: `instance` is the value at
    /// `instancePath` (its tokens) of that document, and `subschema` the location in this
    /// schema (a JSON Pointer, "/properties/pages/items") of the schema applied there. Gives
    /// what `validate` reports for that part of the whole document, paths included, when
    /// the keywords above it do not look at it (the items of an array constrained only by
    /// `type` and `items`), so that a long document can be validated a part at a time. Nil
    /// when `subschema` is not a schema location of this document.
    public func validate(_ instance: JSONValue, subschema: String, at instancePath: [String]) -> [ValidationError]? {
        guard let node = locations[subschema] else { return nil }
        var ev = Evaluator(nodes: nodes, collecting: true, instancePath: instancePath, schemaPath: JSONPointer.parse(subschema) ?? [])
        _ = ev.eval(node, instance)
        return ev.errors
    }

    /// True when the instance is valid (stops at the first violation).
    public func isValid(_ instance: JSONValue) -> Bool {
        var ev = Evaluator(nodes: nodes, collecting: false)
        return ev.eval(root, instance)
    }
}

// MARK: - Compiled form

enum FormatKind: String {
    case date, time, dateTime = "date-time"
}

struct PatternProperty {
    let source: String
    let regex: NSRegularExpression
    let node: Int
}

enum Keyword {
    case ref(Int)
    case type([String])
    case enumeration([JSONValue])
    case constant(JSONValue)
    case properties([(name: String, node: Int)])
    case patternProperties([PatternProperty])
    case additionalProperties(Int, named: Set<String>, patterns: [NSRegularExpression])
    case required([String])
    case prefixItems([Int])
    case items(Int, from: Int)
    case contains(Int, min: Int, max: Int?, minGiven: Bool)
    case minItems(Int), maxItems(Int), uniqueItems
    case minLength(Int), maxLength(Int)
    case pattern(NSRegularExpression, String)
    case minimum(Double), maximum(Double), exclusiveMinimum(Double), exclusiveMaximum(Double)
    case multipleOf(Double)
    case allOf([Int]), anyOf([Int]), oneOf([Int]), not(Int)
    case conditional(if: Int, then: Int?, else: Int?)
    case dependentRequired([String: [String]])
    case dependentSchemas([String: Int])
    case propertyNames(Int)
    case minProperties(Int), maxProperties(Int)
    case format(FormatKind)
}

enum CompiledNode {
    case always(Bool)
    /// Keywords paired with the keyword name used in schema paths.
    case keywords([(String, Keyword)])
}

// MARK: - Members

/// The keywords a schema object may hold: those evaluated and those accepted as annotations
/// (`Schema.supportedKeywords` and `annotationKeywords` are read from it).
enum KeywordName: String, CaseIterable {
    case type, `enum`, const, properties, required, additionalProperties, patternProperties, items, prefixItems, contains,
        minContains, maxContains, minItems, maxItems, uniqueItems, minLength, maxLength, pattern, minimum, maximum,
        exclusiveMinimum, exclusiveMaximum, multipleOf, allOf, anyOf, oneOf, not, `if`, then, `else`, ref = "$ref",
        defs = "$defs", dependentRequired, dependentSchemas, propertyNames, minProperties, maxProperties, format
    case schema = "$schema", id = "$id", comment = "$comment", anchor = "$anchor", title, description, `default`, examples,
        deprecated, readOnly, writeOnly

    /// An annotation or identifier: accepted and not evaluated.
    var isAnnotation: Bool {
        switch self {
        case .schema, .id, .comment, .anchor, .title, .description, .default, .examples, .deprecated, .readOnly, .writeOnly: return true
        default: return false
        }
    }

    /// How the keyword holds subschemas: one, an array of them, a map of them, or none.
    enum Holds { case one, array, map, none }

    var holds: Holds {
        switch self {
        case .additionalProperties, .items, .contains, .not, .if, .then, .else, .propertyNames: return .one
        case .prefixItems, .allOf, .anyOf, .oneOf: return .array
        case .properties, .patternProperties, .defs, .dependentSchemas: return .map
        default: return .none
        }
    }
}

/// The members of one schema object by keyword, read in one pass: a dictionary look-up per
/// keyword hashed every keyword's name again for every node (a schema is compiled by every
/// process that writes a pack).
struct Members {
    /// The known keywords present, sorted by name, with their values.
    private(set) var present: [(name: String, keyword: KeywordName, value: JSONValue)] = []
    /// The member names this validator does not know, sorted.
    private(set) var unknown: [String] = []
    /// `present`'s keywords alone, searched by `subscript` without copying names or values.
    private var keywords: [KeywordName] = []

    init(_ object: [String: JSONValue]) {
        present.reserveCapacity(object.count)
        for (name, value) in object {
            if let keyword = KeywordName(rawValue: name) {
                present.append((name, keyword, value))
            } else {
                unknown.append(name)
            }
        }
        unknown.sort()
        present.sort { $0.name < $1.name }
        keywords = present.map(\.keyword)
    }

    /// The value of `keyword` (a search of the few members a schema object has).
    subscript(_ keyword: KeywordName) -> JSONValue? {
        guard let i = keywords.firstIndex(of: keyword) else { return nil }
        return present[i].value
    }
}

// MARK: - Compiler

final class Compiler {
    static let defaultBase = URIReference(parsing: "https://agendapack.invalid/root.schema.json")

    struct RawNode {
        let value: JSONValue
        let base: URIReference
        let docPath: [String]
        /// `docPath` as a JSON Pointer.
        let pointer: String
        /// The schema object's members (none for a boolean schema), read once by `walk`.
        let members: Members
    }

    var raw: [RawNode] = []
    /// Node id by its location from the document root.
    var byDocPath: [String: Int] = [:]
    /// Node id by "absolute-uri#json-pointer".
    var byLocation: [String: Int] = [:]
    /// Node id by "absolute-uri#anchor".
    var anchors: [String: Int] = [:]


    func error(_ keyword: String?, _ path: [String], _ message: String) -> SchemaError {
        SchemaError(keyword: keyword, schemaPath: JSONPointer.render(path), message: message)
    }

    /// Records the schema at `docPath` (`pointer`, rendered) and its subschemas. `scopes`: each
    /// base URI in scope with this schema's pointer from the resource it names.
    func walk(_ value: JSONValue, docPath: [String], pointer: String, base parentBase: URIReference, scopes parentScopes: [(String, String)]) throws {
        var base = parentBase
        var scopes = parentScopes
        let members: Members
        switch value {
        case .bool:
            members = Members([:])
        case .object(let o):
            members = Members(o)
        default:
            throw error(nil, docPath, "a schema must be an object or a boolean, found \(value.typeName)")
        }
        if let idValue = members[.id] {
            guard case .string(let idText) = idValue else { throw error("$id", docPath + ["$id"], "$id must be a string") }
            let ref = URIReference(parsing: idText)
            if let f = ref.fragment, !f.isEmpty {
                throw error("$id", docPath + ["$id"], "$id must not contain a fragment")
            }
            base = ref.resolved(against: parentBase).withoutFragment
            scopes.append((base.text, ""))
        }
        let id = raw.count
        raw.append(RawNode(value: value, base: base, docPath: docPath, pointer: pointer, members: members))
        byDocPath[pointer] = id
        for (uri, fragment) in scopes {
            let key = uri + "#" + fragment
            if byLocation[key] == nil { byLocation[key] = id }
        }
        if let a = members[.anchor] {
            guard case .string(let name) = a, Self.isValidAnchor(name) else {
                throw error("$anchor", docPath + ["$anchor"], "$anchor must be a plain name")
            }
            anchors[base.text + "#" + name] = id
        }
        if let s = members[.schema] {
            guard case .string(let uri) = s else { throw error("$schema", docPath + ["$schema"], "$schema must be a string") }
            let trimmed = uri.hasSuffix("#") ? String(uri.dropLast()) : uri
            guard trimmed == Schema.dialect else {
                throw error("$schema", docPath + ["$schema"], "unsupported dialect \(uri); only \(Schema.dialect) is implemented")
            }
        }
        if let key = members.unknown.first {
            throw error(key, docPath + [key], "unsupported keyword \"\(key)\"")
        }
        func child(_ v: JSONValue, _ tokens: [String]) throws {
            let suffix = JSONPointer.render(tokens)
            try walk(v, docPath: docPath + tokens, pointer: pointer + suffix, base: base, scopes: scopes.map { ($0.0, $0.1 + suffix) })
        }
        for (key, keyword, v) in members.present {
            switch keyword.holds {
            case .one:
                try child(v, [key])
            case .array:
                guard case .array(let arr) = v, !arr.isEmpty else {
                    throw error(key, docPath + [key], "\(key) must be a non-empty array of schemas")
                }
                for (i, s) in arr.enumerated() { try child(s, [key, String(i)]) }
            case .map:
                guard case .object(let m) = v else {
                    throw error(key, docPath + [key], "\(key) must be an object of schemas")
                }
                for k in m.keys.sorted() { try child(m[k]!, [key, k]) }
            case .none:
                break
            }
        }
    }

    static func isValidAnchor(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.isASCII,
              (first.properties.isAlphabetic || first == "_") else { return false }
        return s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// The node at `tokens` below the node at `pointer`.
    func childID(_ pointer: String, _ tokens: [String]) -> Int {
        byDocPath[pointer + JSONPointer.render(tokens)]!
    }

    /// The node of each reference resolved so far, by its base and text (most references
    /// of a schema are the same few "#/$defs/…").
    var resolvedRefs: [RefKey: Int] = [:]
    struct RefKey: Hashable {
        let base: String
        let text: String
    }

    func resolveRef(_ text: String, base: URIReference, at path: [String]) throws -> Int {
        let key = RefKey(base: base.text, text: text)
        if let id = resolvedRefs[key] { return id }
        let id = try resolving(text, base: base, at: path)
        resolvedRefs[key] = id
        return id
    }

    private func resolving(_ text: String, base: URIReference, at path: [String]) throws -> Int {
        let target = URIReference(parsing: text).resolved(against: base)
        let uri = target.withoutFragment.text
        let fragment = target.fragment ?? ""
        guard let decoded = JSONPointer.percentDecode(fragment) else {
            throw error("$ref", path, "malformed percent-encoding in $ref \(text)")
        }
        if decoded.isEmpty || decoded.hasPrefix("/") {
            guard let tokens = JSONPointer.parse(decoded),
                  let id = byLocation[uri + "#" + JSONPointer.render(tokens)] else {
                throw error("$ref", path, "cannot resolve $ref \"\(text)\" (only references within the schema document are supported)")
            }
            return id
        }
        guard let id = anchors[uri + "#" + decoded] else {
            throw error("$ref", path, "cannot resolve $ref \"\(text)\": no such anchor in the schema document")
        }
        return id
    }

    func nonNegativeInt(_ v: JSONValue, _ key: String, _ path: [String]) throws -> Int {
        guard case .number(let d) = v, v.isInteger, d >= 0, d < Double(Int32.max) else {
            throw error(key, path + [key], "\(key) must be a non-negative integer")
        }
        return Int(d)
    }

    func number(_ v: JSONValue, _ key: String, _ path: [String]) throws -> Double {
        guard case .number(let d) = v else { throw error(key, path + [key], "\(key) must be a number") }
        return d
    }

    func regex(_ v: JSONValue, _ key: String, _ path: [String]) throws -> NSRegularExpression {
        guard case .string(let s) = v else { throw error(key, path, "\(key) must be a string") }
        do {
            return try NSRegularExpression(pattern: ECMARegex.translate(s), options: [])
        } catch {
            throw self.error(key, path, "invalid regular expression \"\(s)\"")
        }
    }

    func compile(_ id: Int) throws -> CompiledNode {
        let node = raw[id]
        let path = node.docPath
        guard case .object = node.value else {
            if case .bool(let b) = node.value { return .always(b) }
            throw error(nil, path, "a schema must be an object or a boolean")
        }
        let obj = node.members
        var out: [(String, Keyword)] = []
        if let r = obj[.ref] {
            guard case .string(let text) = r else { throw error("$ref", path + ["$ref"], "$ref must be a string") }
            out.append(("$ref", .ref(try resolveRef(text, base: node.base, at: path + ["$ref"]))))
        }
        if let t = obj[.type] {
            let allowed: Set<String> = ["null", "boolean", "object", "array", "number", "string", "integer"]
            var names: [String] = []
            switch t {
            case .string(let s): names = [s]
            case .array(let a):
                for e in a {
                    guard case .string(let s) = e else { throw error("type", path + ["type"], "type entries must be strings") }
                    names.append(s)
                }
            default: throw error("type", path + ["type"], "type must be a string or an array of strings")
            }
            for n in names where !allowed.contains(n) {
                throw error("type", path + ["type"], "unknown type \"\(n)\"")
            }
            out.append(("type", .type(names)))
        }
        if let e = obj[.`enum`] {
            guard case .array(let a) = e else { throw error("enum", path + ["enum"], "enum must be an array") }
            out.append(("enum", .enumeration(a)))
        }
        if let c = obj[.const] { out.append(("const", .constant(c))) }

        // Objects
        var named: Set<String> = []
        var patterns: [PatternProperty] = []
        if case .object(let props)? = obj[.properties] {
            let sorted = props.keys.sorted().map { (name: $0, node: childID(node.pointer, ["properties", $0])) }
            named = Set(props.keys)
            out.append(("properties", .properties(sorted)))
        }
        if case .object(let pp)? = obj[.patternProperties] {
            for k in pp.keys.sorted() {
                let re = try regex(.string(k), "patternProperties", path + ["patternProperties", k])
                patterns.append(PatternProperty(source: k, regex: re, node: childID(node.pointer, ["patternProperties", k])))
            }
            out.append(("patternProperties", .patternProperties(patterns)))
        }
        if obj[.additionalProperties] != nil {
            out.append(("additionalProperties", .additionalProperties(childID(node.pointer, ["additionalProperties"]), named: named, patterns: patterns.map(\.regex))))
        }
        if let r = obj[.required] {
            guard case .array(let a) = r else { throw error("required", path + ["required"], "required must be an array of strings") }
            var names: [String] = []
            for e in a {
                guard case .string(let s) = e else { throw error("required", path + ["required"], "required must be an array of strings") }
                names.append(s)
            }
            out.append(("required", .required(names)))
        }
        if let d = obj[.dependentRequired] {
            guard case .object(let m) = d else { throw error("dependentRequired", path + ["dependentRequired"], "dependentRequired must be an object") }
            var deps: [String: [String]] = [:]
            for (k, v) in m {
                guard case .array(let a) = v else { throw error("dependentRequired", path + ["dependentRequired", k], "must be an array of strings") }
                deps[k] = try a.map {
                    guard case .string(let s) = $0 else { throw error("dependentRequired", path + ["dependentRequired", k], "must be an array of strings") }
                    return s
                }
            }
            out.append(("dependentRequired", .dependentRequired(deps)))
        }
        if case .object(let m)? = obj[.dependentSchemas] {
            var deps: [String: Int] = [:]
            for k in m.keys { deps[k] = childID(node.pointer, ["dependentSchemas", k]) }
            out.append(("dependentSchemas", .dependentSchemas(deps)))
        }
        if obj[.propertyNames] != nil { out.append(("propertyNames", .propertyNames(childID(node.pointer, ["propertyNames"])))) }
        if let v = obj[.minProperties] { out.append(("minProperties", .minProperties(try nonNegativeInt(v, "minProperties", path)))) }
        if let v = obj[.maxProperties] { out.append(("maxProperties", .maxProperties(try nonNegativeInt(v, "maxProperties", path)))) }

        // Arrays
        var prefixCount = 0
        if case .array(let a)? = obj[.prefixItems] {
            prefixCount = a.count
            out.append(("prefixItems", .prefixItems(a.indices.map { childID(node.pointer, ["prefixItems", String($0)]) })))
        }
        if obj[.items] != nil {
            out.append(("items", .items(childID(node.pointer, ["items"]), from: prefixCount)))
        }
        if obj[.contains] != nil {
            let minC = try obj[.minContains].map { try nonNegativeInt($0, "minContains", path) }
            let maxC = try obj[.maxContains].map { try nonNegativeInt($0, "maxContains", path) }
            out.append(("contains", .contains(childID(node.pointer, ["contains"]), min: minC ?? 1, max: maxC, minGiven: minC != nil)))
        } else {
            // Without "contains", minContains and maxContains have no effect; still check their form.
            if let v = obj[.minContains] { _ = try nonNegativeInt(v, "minContains", path) }
            if let v = obj[.maxContains] { _ = try nonNegativeInt(v, "maxContains", path) }
        }
        if let v = obj[.minItems] { out.append(("minItems", .minItems(try nonNegativeInt(v, "minItems", path)))) }
        if let v = obj[.maxItems] { out.append(("maxItems", .maxItems(try nonNegativeInt(v, "maxItems", path)))) }
        if let v = obj[.uniqueItems] {
            guard case .bool(let b) = v else { throw error("uniqueItems", path + ["uniqueItems"], "uniqueItems must be a boolean") }
            if b { out.append(("uniqueItems", .uniqueItems)) }
        }

        // Strings
        if let v = obj[.minLength] { out.append(("minLength", .minLength(try nonNegativeInt(v, "minLength", path)))) }
        if let v = obj[.maxLength] { out.append(("maxLength", .maxLength(try nonNegativeInt(v, "maxLength", path)))) }
        if let v = obj[.pattern] {
            let re = try regex(v, "pattern", path + ["pattern"])
            out.append(("pattern", .pattern(re, v.stringValue!)))
        }
        if let v = obj[.format] {
            guard case .string(let name) = v else { throw error("format", path + ["format"], "format must be a string") }
            guard let kind = FormatKind(rawValue: name) else {
                throw error("format", path + ["format"], "unsupported format \"\(name)\" (asserted formats: date, time, date-time)")
            }
            out.append(("format", .format(kind)))
        }

        // Numbers
        if let v = obj[.minimum] { out.append(("minimum", .minimum(try number(v, "minimum", path)))) }
        if let v = obj[.maximum] { out.append(("maximum", .maximum(try number(v, "maximum", path)))) }
        if let v = obj[.exclusiveMinimum] { out.append(("exclusiveMinimum", .exclusiveMinimum(try number(v, "exclusiveMinimum", path)))) }
        if let v = obj[.exclusiveMaximum] { out.append(("exclusiveMaximum", .exclusiveMaximum(try number(v, "exclusiveMaximum", path)))) }
        if let v = obj[.multipleOf] {
            let m = try number(v, "multipleOf", path)
            guard m > 0 else { throw error("multipleOf", path + ["multipleOf"], "multipleOf must be greater than 0") }
            out.append(("multipleOf", .multipleOf(m)))
        }

        // Combinators
        for (key, keyword) in [("allOf", KeywordName.allOf), ("anyOf", .anyOf), ("oneOf", .oneOf)] {
            guard case .array(let a)? = obj[keyword] else { continue }
            let ids = a.indices.map { childID(node.pointer, [key, String($0)]) }
            switch key {
            case "allOf": out.append((key, .allOf(ids)))
            case "anyOf": out.append((key, .anyOf(ids)))
            default: out.append((key, .oneOf(ids)))
            }
        }
        if obj[.not] != nil { out.append(("not", .not(childID(node.pointer, ["not"])))) }
        if obj[.`if`] != nil {
            out.append(("if", .conditional(
                if: childID(node.pointer, ["if"]),
                then: obj[.then] != nil ? childID(node.pointer, ["then"]) : nil,
                else: obj[.`else`] != nil ? childID(node.pointer, ["else"]) : nil)))
        }
        return .keywords(out)
    }
}
