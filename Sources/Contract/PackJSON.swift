import Foundation
import JSONSchema
import LayoutModel

/// The one place the output contract's JSON policy lives: keys in snake_case, every nil
/// optional written as null (bar the keys a record lists in `JSONOmittedWhenNil`), keys
/// sorted. Every writer of records (`PackEncoder`, `tables --json`, the report's embedded
/// pack) encodes through it, and every reader (the store, `report --pack`, batch reports)
/// decodes through it.
public enum PackJSON {
    public static let options = JSONValueEncoder.Options(keys: .snakeCase, nils: .writeNull)

    /// The records as a JSON tree, to validate before writing.
    public static func value<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONValueEncoder.encode(value, options: options)
    }

    /// Two-space indentation, sorted keys, a final newline: byte-identical for the same value.
    public static func pretty<T: Encodable>(_ value: T) throws -> Data {
        var bytes = JSONWriter.prettySorted(try Self.value(value))
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// On one line, sorted keys, no final newline.
    public static func compact<T: Encodable>(_ value: T) throws -> Data {
        Data(JSONWriter.compactSorted(try Self.value(value)))
    }

    /// Reads what `pretty` or `compact` wrote: snake_case keys to camelCase, a missing or
    /// null optional to nil.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: data)
    }
}
