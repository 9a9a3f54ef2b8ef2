import Foundation

/// Walks an instance against compiled nodes. In collecting mode every violation is
/// recorded; otherwise evaluation stops at the first one.
///
/// Where it is, in the instance and in the schema, is kept as two stacks of JSON Pointer
/// tokens, pushed on the way down and popped on the way back: a step costs no allocation,
/// and the pointers are rendered only when a violation is reported.
struct Evaluator {
    let nodes: [CompiledNode]
    let collecting: Bool
    var errors: [ValidationError] = []
    var depth = 0
    /// The instance location being evaluated (tokens from the document's root).
    var ip: [String]
    /// The schema location being evaluated, following `$ref`s (tokens from the root node).
    var sp: [String]

    /// Deep enough for any real document; stops runaway `$ref` cycles.
    static let maxDepth = 400

    init(nodes: [CompiledNode], collecting: Bool, instancePath: [String] = [], schemaPath: [String] = []) {
        self.nodes = nodes
        self.collecting = collecting
        self.ip = instancePath
        self.sp = schemaPath
    }

    /// Records a violation at the current locations, or one step below them: `instance`
    /// names a member or item of the value, `schema` a token after (or, with
    /// `replacingLast`, instead of) the current keyword.
    mutating func report(instance: String? = nil, schema: String? = nil, replacingLast: Bool = false, _ message: @autoclosure () -> String) {
        guard collecting else { return }
        var instanceTokens = ip, schemaTokens = sp
        if let instance { instanceTokens.append(instance) }
        if replacingLast, !schemaTokens.isEmpty { schemaTokens.removeLast() }
        if let schema { schemaTokens.append(schema) }
        errors.append(ValidationError(instancePath: JSONPointer.render(instanceTokens), schemaPath: JSONPointer.render(schemaTokens), message: message()))
    }

    /// Whether the instance is valid against a node, recording nothing.
    func test(_ id: Int, _ v: JSONValue, depth: Int) -> Bool {
        var sub = Evaluator(nodes: nodes, collecting: false)
        sub.depth = depth
        return sub.eval(id, v)
    }

    /// Evaluates node `id` one step below the current locations (see `report`).
    mutating func eval(_ id: Int, _ v: JSONValue, instance: String?, schema: String?, replacingLast: Bool = false) -> Bool {
        if let instance { ip.append(instance) }
        var replaced: String?
        if replacingLast, !sp.isEmpty { replaced = sp.removeLast() }
        if let schema { sp.append(schema) }
        let ok = eval(id, v)
        if schema != nil { sp.removeLast() }
        if let replaced { sp.append(replaced) }
        if instance != nil { ip.removeLast() }
        return ok
    }

    mutating func eval(_ id: Int, _ v: JSONValue) -> Bool {
        if depth > Self.maxDepth {
            report("schema recursion too deep (a $ref cycle that never consumes the instance?)")
            return false
        }
        depth += 1
        defer { depth -= 1 }
        switch nodes[id] {
        case .always(let b):
            if !b { report("no value is allowed here (false schema)") }
            return b
        case .keywords(let kws):
            var ok = true
            for (name, kw) in kws {
                sp.append(name)
                let applied = apply(name, kw, v)
                sp.removeLast()
                if !applied {
                    ok = false
                    if !collecting { return false }
                }
            }
            return ok
        }
    }

    mutating func apply(_ name: String, _ kw: Keyword, _ v: JSONValue) -> Bool {
        switch kw {
        case .ref(let target):
            return eval(target, v)

        case .type(let names):
            for n in names {
                if n == v.typeName || (n == "integer" && v.isInteger) { return true }
            }
            report("expected \(names.count == 1 ? names[0] : names.joined(separator: " or ")), found \(v.typeName)")
            return false

        case .enumeration(let values):
            if values.contains(v) { return true }
            report("\(Self.short(v)) is not one of \(values.map(Self.short).joined(separator: ", "))")
            return false

        case .constant(let c):
            if v == c { return true }
            report("expected \(Self.short(c)), found \(Self.short(v))")
            return false

        case .properties(let props):
            guard case .object(let o) = v else { return true }
            var ok = true
            for (k, child) in props {
                guard let pv = o[k] else { continue }
                if !eval(child, pv, instance: k, schema: k) {
                    ok = false
                    if !collecting { return false }
                }
            }
            return ok

        case .patternProperties(let patterns):
            guard case .object(let o) = v else { return true }
            var ok = true
            for k in o.keys.sorted() {
                for p in patterns where Self.matches(p.regex, k) {
                    if !eval(p.node, o[k]!, instance: k, schema: p.source) {
                        ok = false
                        if !collecting { return false }
                    }
                }
            }
            return ok

        case .additionalProperties(let child, let named, let patterns):
            guard case .object(let o) = v else { return true }
            var ok = true
            for k in o.keys.sorted() where !named.contains(k) && !patterns.contains(where: { Self.matches($0, k) }) {
                if case .always(false) = nodes[child] {
                    report(instance: k, "property \"\(k)\" is not allowed")
                    ok = false
                    if !collecting { return false }
                } else if !eval(child, o[k]!, instance: k, schema: nil) {
                    ok = false
                    if !collecting { return false }
                }
            }
            return ok

        case .required(let names):
            guard case .object(let o) = v else { return true }
            var ok = true
            for n in names where o[n] == nil {
                report("required property \"\(n)\" is missing")
                ok = false
                if !collecting { return false }
            }
            return ok

        case .dependentRequired(let deps):
            guard case .object(let o) = v else { return true }
            var ok = true
            for (k, needed) in deps.sorted(by: { $0.key < $1.key }) where o[k] != nil {
                for n in needed where o[n] == nil {
                    report(schema: k, "property \"\(n)\" is required when \"\(k)\" is present")
                    ok = false
                    if !collecting { return false }
                }
            }
            return ok

        case .dependentSchemas(let deps):
            guard case .object(let o) = v else { return true }
            var ok = true
            for (k, child) in deps.sorted(by: { $0.key < $1.key }) where o[k] != nil {
                if !eval(child, v, instance: nil, schema: k) {
                    ok = false
                    if !collecting { return false }
                }
            }
            return ok

        case .propertyNames(let child):
            guard case .object(let o) = v else { return true }
            var ok = true
            for k in o.keys.sorted() where !test(child, .string(k), depth: depth) {
                report(instance: k, "property name \"\(k)\" is not allowed")
                ok = false
                if !collecting { return false }
            }
            return ok

        case .minProperties(let n):
            guard case .object(let o) = v, o.count < n else { return true }
            report("object has \(o.count) properties, fewer than \(n)")
            return false

        case .maxProperties(let n):
            guard case .object(let o) = v, o.count > n else { return true }
            report("object has \(o.count) properties, more than \(n)")
            return false

        case .prefixItems(let children):
            guard case .array(let a) = v else { return true }
            var ok = true
            for (i, child) in children.enumerated() where i < a.count {
                if !eval(child, a[i], instance: String(i), schema: String(i)) {
                    ok = false
                    if !collecting { return false }
                }
            }
            return ok

        case .items(let child, let from):
            guard case .array(let a) = v, a.count > from else { return true }
            var ok = true
            for i in from..<a.count {
                if case .always(false) = nodes[child] {
                    report(instance: String(i), "no item is allowed at index \(i)")
                    ok = false
                    if !collecting { return false }
                } else if !eval(child, a[i], instance: String(i), schema: nil) {
                    ok = false
                    if !collecting { return false }
                }
            }
            return ok

        case .contains(let child, let minC, let maxC, let minGiven):
            guard case .array(let a) = v else { return true }
            var count = 0
            for item in a where test(child, item, depth: depth) { count += 1 }
            if count < minC {
                report(schema: minGiven ? "minContains" : nil, replacingLast: minGiven, minGiven
                       ? "array has \(count) items matching \"contains\", fewer than minContains \(minC)"
                       : "array has no item matching \"contains\"")
                return false
            }
            if let maxC, count > maxC {
                report(schema: "maxContains", replacingLast: true, "array has \(count) items matching \"contains\", more than maxContains \(maxC)")
                return false
            }
            return true

        case .minItems(let n):
            guard case .array(let a) = v, a.count < n else { return true }
            report("array has \(a.count) items, fewer than \(n)")
            return false

        case .maxItems(let n):
            guard case .array(let a) = v, a.count > n else { return true }
            report("array has \(a.count) items, more than \(n)")
            return false

        case .uniqueItems:
            guard case .array(let a) = v else { return true }
            var seen: [JSONValue: Int] = [:]
            for (i, item) in a.enumerated() {
                if let j = seen[item] {
                    report("items \(j) and \(i) are equal")
                    return false
                }
                seen[item] = i
            }
            return true

        case .minLength(let n):
            guard case .string(let s) = v else { return true }
            let len = s.unicodeScalars.count
            if len >= n { return true }
            report("string has \(len) characters, fewer than \(n)")
            return false

        case .maxLength(let n):
            guard case .string(let s) = v else { return true }
            let len = s.unicodeScalars.count
            if len <= n { return true }
            report("string has \(len) characters, more than \(n)")
            return false

        case .pattern(let re, let source):
            guard case .string(let s) = v else { return true }
            if Self.matches(re, s) { return true }
            report("\(Self.short(v)) does not match the pattern \(source)")
            return false

        case .format(let kind):
            guard case .string(let s) = v else { return true }
            let ok: Bool
            switch kind {
            case .date: ok = Formats.isDate(s)
            case .time: ok = Formats.isTime(s)
            case .dateTime: ok = Formats.isDateTime(s)
            }
            if !ok { report("\(Self.short(v)) is not a valid \(kind.rawValue)") }
            return ok

        case .minimum(let m):
            guard case .number(let d) = v, d < m else { return true }
            report("\(Self.short(v)) is less than the minimum \(Self.short(.number(m)))")
            return false

        case .maximum(let m):
            guard case .number(let d) = v, d > m else { return true }
            report("\(Self.short(v)) is greater than the maximum \(Self.short(.number(m)))")
            return false

        case .exclusiveMinimum(let m):
            guard case .number(let d) = v, d <= m else { return true }
            report("\(Self.short(v)) is not greater than \(Self.short(.number(m)))")
            return false

        case .exclusiveMaximum(let m):
            guard case .number(let d) = v, d >= m else { return true }
            report("\(Self.short(v)) is not less than \(Self.short(.number(m)))")
            return false

        case .multipleOf(let m):
            guard case .number(let d) = v, !Self.isMultiple(d, of: m) else { return true }
            report("\(Self.short(v)) is not a multiple of \(Self.short(.number(m)))")
            return false

        case .allOf(let children):
            var ok = true
            for (i, child) in children.enumerated() {
                if !eval(child, v, instance: nil, schema: String(i)) {
                    ok = false
                    if !collecting { return false }
                }
            }
            return ok

        case .anyOf(let children):
            for child in children where test(child, v, depth: depth) { return true }
            report("value matches none of the \(children.count) alternatives")
            return false

        case .oneOf(let children):
            var matched: [Int] = []
            for (i, child) in children.enumerated() where test(child, v, depth: depth) {
                matched.append(i)
                if matched.count > 1 { break }
            }
            if matched.count == 1 { return true }
            report(matched.isEmpty
                   ? "value matches none of the \(children.count) alternatives"
                   : "value matches alternatives \(matched[0]) and \(matched[1]); exactly one is allowed")
            return false

        case .not(let child):
            if !test(child, v, depth: depth) { return true }
            report("value must not match the schema under \"not\"")
            return false

        case .conditional(let ifNode, let thenNode, let elseNode):
            if test(ifNode, v, depth: depth) {
                guard let thenNode else { return true }
                return eval(thenNode, v, instance: nil, schema: "then", replacingLast: true)
            } else {
                guard let elseNode else { return true }
                return eval(elseNode, v, instance: nil, schema: "else", replacingLast: true)
            }
        }
    }

    static func matches(_ re: NSRegularExpression, _ s: String) -> Bool {
        re.firstMatch(in: s, options: [], range: NSRange(location: 0, length: s.utf16.count)) != nil
    }

    /// A value rendered for messages, shortened when long.
    static func short(_ v: JSONValue) -> String {
        let t = v.jsonText
        return t.count > 60 ? String(t.prefix(57)) + "..." : t
    }

    /// Decimal arithmetic where it fits (so 0.0075 is a multiple of 0.0001),
    /// floating point otherwise; an overflowing quotient is not a multiple.
    static func isMultiple(_ x: Double, of m: Double) -> Bool {
        if x == 0 { return true }
        if abs(x) < 1e30 && abs(x) > 1e-30 && m < 1e30 && m > 1e-30,
           let dx = Decimal(string: "\(x)"), let dm = Decimal(string: "\(m)") {
            var q = dx / dm
            var r = Decimal()
            NSDecimalRound(&r, &q, 0, .plain)
            return r == q
        }
        let q = x / m
        // An overflowing quotient: the IEEE remainder is exact, so ask it instead.
        guard q.isFinite else { return fmod(x, m) == 0 }
        return q.rounded(.towardZero) == q
    }
}
