import Foundation

/// Encodes an `Encodable` value straight into a `JSONValue` tree, and writes a tree as
/// text the way `JSONEncoder` does with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`.
///
/// Validating a document before it is written needs the tree; going through `JSONEncoder`
/// and parsing its bytes back costs a second pass over every value. Integers become
/// numbers (exact up to 2^53); `Data`, `Date` and `URL` have no special strategies here.
///
/// Two policies, both off by default: `Options.keys = .snakeCase` writes a key declared
/// `pageCount` as `page_count` (keys of `[String: _]` dictionaries are data, and kept as
/// they are), and `Options.nils = .writeNull` writes a nil optional as `null` where a
/// synthesised `encode(to:)` would leave its key out (`encodeIfPresent`). A type that
/// wants some keys left out when nil even then lists them in `JSONOmittedWhenNil`.
public enum JSONValueEncoder {
    public struct Options: Sendable, Equatable {
        public enum Keys: Sendable, Equatable {
            /// Keys as the `CodingKey`s spell them.
            case asDeclared
            /// camelCase keys as snake_case: an underscore before each capital, which is
            /// lowercased (`pageCount` -> `page_count`, `nRows` -> `n_rows`). Foundation's
            /// `.convertFromSnakeCase` reads them back; keep acronyms out of key names.
            case snakeCase
        }
        public enum Nils: Sendable, Equatable {
            /// A nil optional's key is left out (what `JSONEncoder` does).
            case omit
            /// A nil optional is written as `null`, unless its type lists the key in
            /// `JSONOmittedWhenNil`.
            case writeNull
        }
        public var keys: Keys
        public var nils: Nils
        /// The key policies of types the caller names (by `ObjectIdentifier` of the type),
        /// read here instead of asked of the runtime. Otherwise a keyed type is asked whether
        /// it is a `[String: _]` and whether it is `JSONOmittedWhenNil`, and the first time a
        /// process asks whether a type conforms to a protocol, the runtime scans every
        /// conformance record the executable holds (thousands): about 0.25 M instructions a
        /// question, 6.5 M for the two dozen types of a pack, paid by every process that
        /// writes one. A type not named here is asked, as before.
        public var knownTypes: [ObjectIdentifier: KeyPolicy]
        public init(keys: Keys = .asDeclared, nils: Nils = .omit, knownTypes: [ObjectIdentifier: KeyPolicy] = [:]) {
            self.keys = keys
            self.nils = nils
            self.knownTypes = knownTypes
        }
    }

    /// What a keyed type asks of the key policies: whether its keys are converted (a
    /// `[String: _]`'s keys are data, and are not), and the keys it leaves out when nil
    /// (`JSONOmittedWhenNil`).
    public struct KeyPolicy: Sendable, Equatable {
        public var convertsKeys: Bool
        public var omittedWhenNil: Set<String>
        public init(convertsKeys: Bool = true, omittedWhenNil: Set<String> = []) {
            self.convertsKeys = convertsKeys
            self.omittedWhenNil = omittedWhenNil
        }
    }

    public static func encode<T: Encodable>(_ value: T, options: Options = Options()) throws -> JSONValue {
        try JSONValueEncoder.value(of: value, options: options, codingPath: [])
    }

    /// The keyed types met in encoding `value` that `options.knownTypes` does not name, in
    /// the order first met: what a caller's list of known types leaves to the runtime.
    package static func unknownKeyedTypes<T: Encodable>(in value: T, options: Options) throws -> [String] {
        let unknown = UnknownTypes()
        try UnknownTypes.$current.withValue(unknown) { _ = try JSONValueEncoder.encode(value, options: options) }
        return unknown.names
    }

    /// The names of keyed types `Options.knownTypes` does not name, noted while
    /// `unknownKeyedTypes` encodes (read only on that path: a known type never looks).
    final class UnknownTypes: @unchecked Sendable {
        @TaskLocal static var current: UnknownTypes?
        private let lock = NSLock()
        private var noted: [String] = []
        var names: [String] { lock.withLock { noted } }
        func note(_ type: Any.Type) {
            let name = String(reflecting: type)
            lock.withLock { if !noted.contains(name) { noted.append(name) } }
        }
    }

    static func value<T: Encodable>(of value: T, options: Options, codingPath: [CodingKey]) throws -> JSONValue {
        switch value {
        case let v as String: return .string(v)
        case let v as Bool: return .bool(v)
        case let v as Double: return .number(v)
        case let v as Int: return .number(Double(v))
        default: break
        }
        let slot = Slot()
        var keys = KeyWriter(options: options)
        keys.subject = type(of: value)
        try value.encode(to: ValueEncoder(slot: slot, codingPath: codingPath, keys: keys))
        return slot.result
    }

    /// How the keys of one keyed container are written: the policies, and what the type
    /// being encoded asks.
    struct KeyWriter {
        let options: Options
        var convert = true
        var omittedWhenNil: Set<String> = []
        /// The type being encoded, whose conformances set `convert` and `omittedWhenNil`
        /// (`resolved`), asked only when it opens a keyed container: the first time the
        /// runtime is asked whether a type conforms to a protocol it scans every conformance
        /// record of the process, and arrays, optionals and scalars never need the answer.
        var subject: Any.Type?

        /// The writer with `subject`'s policy: named in `Options.knownTypes`, or read from its
        /// conformances.
        func resolved() -> KeyWriter {
            guard let subject else { return self }
            var keys = KeyWriter(options: options)
            if let known = options.knownTypes[ObjectIdentifier(subject)] {
                keys.convert = known.convertsKeys
                keys.omittedWhenNil = known.omittedWhenNil
                return keys
            }
            UnknownTypes.current?.note(subject)
            if options.keys != .asDeclared, subject is any StringKeyedDictionary.Type { keys.convert = false }
            if options.nils == .writeNull, let omitting = subject as? any JSONOmittedWhenNil.Type {
                keys.omittedWhenNil = omitting.keysOmittedWhenNil
            }
            return keys
        }

        func name(_ key: CodingKey) -> String {
            convert && options.keys == .snakeCase ? JSONValueEncoder.snakeCase(key.stringValue) : key.stringValue
        }
        func writesNull(_ key: CodingKey) -> Bool {
            options.nils == .writeNull && !omittedWhenNil.contains(key.stringValue)
        }
    }

    /// `pageCount` -> `page_count`: an underscore before each ASCII capital, lowercased.
    public static func snakeCase(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return key }
        var out: [UInt8] = []
        out.reserveCapacity(key.utf8.count + 4)
        for byte in key.utf8 {
            if byte >= 0x41 && byte <= 0x5A {
                if !out.isEmpty { out.append(UInt8(ascii: "_")) }
                out.append(byte + 0x20)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What one value encoded: an object, an array or a single value.
    class Slot {
        var object: [String: JSONValue]? = nil
        var array: [JSONValue]? = nil
        var single: JSONValue? = nil
        var result: JSONValue {
            if let object { return .object(object) }
            if let array { return .array(array) }
            return single ?? .object([:])
        }
    }

    struct ValueEncoder: Encoder {
        let slot: Slot
        var codingPath: [CodingKey]
        let keys: KeyWriter
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if slot.object == nil { slot.object = [:] }
            return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot, codingPath: codingPath, keys: keys.resolved()))
        }
        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if slot.array == nil { slot.array = [] }
            return UnkeyedContainer(slot: slot, codingPath: codingPath, options: keys.options)
        }
        func singleValueContainer() -> SingleValueEncodingContainer {
            SingleContainer(slot: slot, codingPath: codingPath, options: keys.options)
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [CodingKey]
        let keys: KeyWriter
        var options: Options { keys.options }

        private func set(_ value: JSONValue, _ key: Key) { slot.object?[keys.name(key)] = value }
        /// `encodeIfPresent` of a nil: `null` under `.writeNull`, else the key is left out.
        private func absent(_ key: Key) { if keys.writesNull(key) { set(.null, key) } }

        mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { set(.number(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.number(Double(value)), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            set(try JSONValueEncoder.value(of: value, options: options, codingPath: codingPath + [key]), key)
        }

        // What synthesised `encode(to:)` calls for optionals: every overload, so the nil
        // policy holds whatever the wrapped type.
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { absent(key) } }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            if let value { try encode(value, forKey: key) } else { absent(key) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = ForwardingSlot.member(keys.name(key), of: slot)
            return ValueEncoder(slot: nested, codingPath: codingPath + [key], keys: KeyWriter(options: options)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let nested = ForwardingSlot.member(keys.name(key), of: slot)
            return ValueEncoder(slot: nested, codingPath: codingPath + [key], keys: KeyWriter(options: options)).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder {
            ValueEncoder(slot: ForwardingSlot.member("super", of: slot), codingPath: codingPath, keys: KeyWriter(options: options))
        }
        mutating func superEncoder(forKey key: Key) -> Encoder {
            ValueEncoder(slot: ForwardingSlot.member(keys.name(key), of: slot), codingPath: codingPath + [key], keys: KeyWriter(options: options))
        }
    }

    /// A slot that hands what it holds to `store` whenever it changes (into a parent
    /// object's key or a parent array's element).
    final class ForwardingSlot: Slot {
        let store: (JSONValue) -> Void
        init(store: @escaping (JSONValue) -> Void) { self.store = store }
        override var object: [String: JSONValue]? { didSet { store(result) } }
        override var array: [JSONValue]? { didSet { store(result) } }
        override var single: JSONValue? { didSet { store(result) } }

        static func member(_ key: String, of parent: Slot) -> ForwardingSlot {
            ForwardingSlot { parent.object?[key] = $0 }
        }
        static func element(_ index: Int, of parent: Slot) -> ForwardingSlot {
            ForwardingSlot { parent.array?[index] = $0 }
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey]
        let options: Options
        var count: Int { slot.array?.count ?? 0 }

        mutating func encodeNil() throws { slot.array?.append(.null) }
        mutating func encode(_ value: Bool) throws { slot.array?.append(.bool(value)) }
        mutating func encode(_ value: String) throws { slot.array?.append(.string(value)) }
        mutating func encode(_ value: Double) throws { slot.array?.append(.number(value)) }
        mutating func encode(_ value: Float) throws { slot.array?.append(.number(Double(value))) }
        mutating func encode(_ value: Int) throws { slot.array?.append(.number(Double(value))) }
        mutating func encode(_ value: Int64) throws { slot.array?.append(.number(Double(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            slot.array?.append(try JSONValueEncoder.value(of: value, options: options, codingPath: codingPath))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let index = slot.array?.count ?? 0
            slot.array?.append(.object([:]))
            return ValueEncoder(slot: ForwardingSlot.element(index, of: slot), codingPath: codingPath, keys: KeyWriter(options: options)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let index = slot.array?.count ?? 0
            slot.array?.append(.array([]))
            return ValueEncoder(slot: ForwardingSlot.element(index, of: slot), codingPath: codingPath, keys: KeyWriter(options: options)).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder {
            let index = slot.array?.count ?? 0
            slot.array?.append(.object([:]))
            return ValueEncoder(slot: ForwardingSlot.element(index, of: slot), codingPath: codingPath, keys: KeyWriter(options: options))
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey]
        let options: Options

        mutating func encodeNil() throws { slot.single = .null }
        mutating func encode(_ value: Bool) throws { slot.single = .bool(value) }
        mutating func encode(_ value: String) throws { slot.single = .string(value) }
        mutating func encode(_ value: Double) throws { slot.single = .number(value) }
        mutating func encode(_ value: Float) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: Int) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: Int8) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: Int16) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: Int32) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: Int64) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: UInt) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: UInt8) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: UInt16) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: UInt32) throws { slot.single = .number(Double(value)) }
        mutating func encode(_ value: UInt64) throws { slot.single = .number(Double(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            slot.single = try JSONValueEncoder.value(of: value, options: options, codingPath: codingPath)
        }
    }
}

/// A type whose listed keys are left out when nil even under `Options.nils = .writeNull`
/// (a field an output contract makes optional rather than nullable). The keys are the
/// declared ones (`CodingKey.stringValue`), before any key policy.
public protocol JSONOmittedWhenNil {
    static var keysOmittedWhenNil: Set<String> { get }
}

/// `[String: _]`: its keys are data, never converted by the key policy.
protocol StringKeyedDictionary {}
extension Dictionary: StringKeyedDictionary where Key == String {}

/// Writes a `JSONValue` as `JSONEncoder` writes with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`: two-space indentation, `"key" : value`, keys in code-unit
/// order, integral numbers without a fraction, an empty container as its brackets around
/// an empty line.
public enum JSONWriter {
    public static func prettySorted(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &out)
        return out
    }

    /// The same without whitespace, as `JSONEncoder` writes with `[.sortedKeys,
    /// .withoutEscapingSlashes]`: `{"a":1,"b":[]}`.
    public static func compactSorted(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        writeCompact(value, into: &out)
        return out
    }

    static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null, .bool, .number, .string: write(value, indent: 0, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                string(key, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(members[key]!, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20) }
    }

    static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let d): out += Array(number(d).utf8)
        case .string(let s): string(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            if items.isEmpty {
                out.append(0x0A)
                newline(indent, &out)
            } else {
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    newline(indent + 2, &out)
                    write(item, indent: indent + 2, into: &out)
                }
                newline(indent, &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            if members.isEmpty {
                out.append(0x0A)
                newline(indent, &out)
            } else {
                let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                for (i, key) in keys.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    newline(indent + 2, &out)
                    string(key, into: &out)
                    out += [0x20, UInt8(ascii: ":"), 0x20]
                    write(members[key]!, indent: indent + 2, into: &out)
                }
                newline(indent, &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func number(_ d: Double) -> String {
        if d.isFinite && d == d.rounded() && abs(d) < 1e15 { return String(Int64(d)) }
        var text = d.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static let hex = Array("0123456789abcdef".utf8)

    static func string(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONWriter {
    /// Writes an object a member at a time, byte for byte as `prettySorted` writes it whole,
    /// into `Data`: members are given in the order `prettySorted` writes them (code-unit
    /// order of their keys), and an array member may be given element by element, so that
    /// a long document is never held as one tree, nor its text twice.
    public struct ObjectStream {
        /// The text so far.
        public private(set) var data = Data()
        private var scratch: [UInt8] = []
        private var lastKey: String?
        private var finished = false

        public init(capacity: Int = 1 << 16) {
            data.reserveCapacity(capacity)
            scratch.append(UInt8(ascii: "{"))
        }

        /// A member whose value is written whole.
        public mutating func member(_ key: String, _ value: JSONValue) {
            open(key)
            JSONWriter.write(value, indent: 2, into: &scratch)
            flush()
        }

        /// An array member of `count` elements, each made (and released) in turn.
        public mutating func arrayMember(_ key: String, count: Int, element: (Int) throws -> JSONValue) rethrows {
            guard count > 0 else { return member(key, .array([])) }
            open(key)
            scratch.append(UInt8(ascii: "["))
            for i in 0..<count {
                if i > 0 { scratch.append(UInt8(ascii: ",")) }
                JSONWriter.newline(4, &scratch)
                JSONWriter.write(try element(i), indent: 4, into: &scratch)
                flush()
            }
            JSONWriter.newline(2, &scratch)
            scratch.append(UInt8(ascii: "]"))
            flush()
        }

        /// Closes the object and appends `trailer` (a final newline, say): the whole text.
        public mutating func finish(trailer: [UInt8] = []) -> Data {
            precondition(!finished, "ObjectStream finished twice")
            finished = true
            if lastKey == nil { scratch.append(0x0A) }
            JSONWriter.newline(0, &scratch)
            scratch.append(UInt8(ascii: "}"))
            scratch += trailer
            flush()
            return data
        }

        private mutating func open(_ key: String) {
            precondition(!finished, "ObjectStream written after finish")
            if let lastKey {
                precondition(lastKey.utf8.lexicographicallyPrecedes(key.utf8), "ObjectStream members out of order: \(key) after \(lastKey)")
                scratch.append(UInt8(ascii: ","))
            }
            lastKey = key
            JSONWriter.newline(2, &scratch)
            JSONWriter.string(key, into: &scratch)
            scratch += [0x20, UInt8(ascii: ":"), 0x20]
        }

        private mutating func flush() {
            data.append(contentsOf: scratch)
            scratch.removeAll(keepingCapacity: true)
        }
    }
}
