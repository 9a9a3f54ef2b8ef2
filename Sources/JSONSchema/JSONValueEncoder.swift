import Foundation

/// Encodes an `Encodable` value straight into a `JSONValue` tree, and writes a tree as
/// text the way `JSONEncoder` does with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`.
///
/// Validating a document before it is written needs the tree; going through `JSONEncoder`
/// and parsing its bytes back costs a second pass over every value. Integers become
/// numbers (exact up to 2^53); `Data`, `Date` and `URL` have no special strategies here.
public enum JSONValueEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONValueEncoder.value(of: value, codingPath: [])
    }

    static func value<T: Encodable>(of value: T, codingPath: [CodingKey]) throws -> JSONValue {
        switch value {
        case let v as String: return .string(v)
        case let v as Bool: return .bool(v)
        case let v as Double: return .number(v)
        case let v as Int: return .number(Double(v))
        default: break
        }
        let slot = Slot()
        try value.encode(to: ValueEncoder(slot: slot, codingPath: codingPath))
        return slot.result
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
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if slot.object == nil { slot.object = [:] }
            return KeyedEncodingContainer(KeyedContainer<Key>(slot: slot, codingPath: codingPath))
        }
        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if slot.array == nil { slot.array = [] }
            return UnkeyedContainer(slot: slot, codingPath: codingPath)
        }
        func singleValueContainer() -> SingleValueEncodingContainer {
            SingleContainer(slot: slot, codingPath: codingPath)
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [CodingKey]

        mutating func encodeNil(forKey key: Key) throws { slot.object?[key.stringValue] = .null }
        mutating func encode(_ value: Bool, forKey key: Key) throws { slot.object?[key.stringValue] = .bool(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { slot.object?[key.stringValue] = .string(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { slot.object?[key.stringValue] = .number(value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { slot.object?[key.stringValue] = .number(Double(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            slot.object?[key.stringValue] = try JSONValueEncoder.value(of: value, codingPath: codingPath + [key])
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = ForwardingSlot.member(key.stringValue, of: slot)
            return ValueEncoder(slot: nested, codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let nested = ForwardingSlot.member(key.stringValue, of: slot)
            return ValueEncoder(slot: nested, codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder {
            ValueEncoder(slot: ForwardingSlot.member("super", of: slot), codingPath: codingPath)
        }
        mutating func superEncoder(forKey key: Key) -> Encoder {
            ValueEncoder(slot: ForwardingSlot.member(key.stringValue, of: slot), codingPath: codingPath + [key])
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
        var count: Int { slot.array?.count ?? 0 }

        mutating func encodeNil() throws { slot.array?.append(.null) }
        mutating func encode(_ value: Bool) throws { slot.array?.append(.bool(value)) }
        mutating func encode(_ value: String) throws { slot.array?.append(.string(value)) }
        mutating func encode(_ value: Double) throws { slot.array?.append(.number(value)) }
        mutating func encode(_ value: Float) throws { slot.array?.append(.number(Double(value))) }
        mutating func encode(_ value: Int) throws { slot.array?.append(.number(Double(value))) }
        mutating func encode(_ value: Int64) throws { slot.array?.append(.number(Double(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            slot.array?.append(try JSONValueEncoder.value(of: value, codingPath: codingPath))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let index = slot.array?.count ?? 0
            slot.array?.append(.object([:]))
            return ValueEncoder(slot: ForwardingSlot.element(index, of: slot), codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let index = slot.array?.count ?? 0
            slot.array?.append(.array([]))
            return ValueEncoder(slot: ForwardingSlot.element(index, of: slot), codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder {
            let index = slot.array?.count ?? 0
            slot.array?.append(.object([:]))
            return ValueEncoder(slot: ForwardingSlot.element(index, of: slot), codingPath: codingPath)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [CodingKey]

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
            slot.single = try JSONValueEncoder.value(of: value, codingPath: codingPath)
        }
    }
}

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
