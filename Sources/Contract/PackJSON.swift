import Foundation
import JSONSchema
import LayoutModel

/// The one place the output contract's JSON policy lives: keys in snake_case, every nil
/// optional written as null (bar the keys a record lists in `JSONOmittedWhenNil`), keys
/// sorted. Every writer of records (`PackEncoder`, `tables --json`, the report's embedded
/// pack) encodes through it, and every reader (the store, `report --pack`, batch reports)
/// decodes through it.
public enum PackJSON {
    public static let options = JSONValueEncoder.Options(keys: .snakeCase, nils: .writeNull, knownTypes: knownTypes)

    /// The key policy of every record type a pack holds, named so that encoding a pack asks
    /// the runtime nothing (see `JSONValueEncoder.Options.knownTypes`). A record type left out
    /// is still written rightly, only asked of the runtime; `PackJSONTests` holds the list to
    /// every keyed type a pack meets.
    static var knownTypes: [ObjectIdentifier: JSONValueEncoder.KeyPolicy] {
        let plain: [Any.Type] = [
            PackDocument.self, Source.self, Meeting.self, PageRecord.self, Furniture.self, PageSpan.self,
            AgendaItemRecord.self, MinutesDetail.self, MinutesDetail.Item.self, Motion.self, MotionVotes.self,
            Votes.self, RecommendationPart.self, TableRecord.self, CellRecord.self, DateRecord.self, Diagnostic.self,
        ]
        var known: [ObjectIdentifier: JSONValueEncoder.KeyPolicy] = [:]
        for type in plain { known[ObjectIdentifier(type)] = JSONValueEncoder.KeyPolicy() }
        known[ObjectIdentifier(DocumentRecord.self)] = JSONValueEncoder.KeyPolicy(omittedWhenNil: DocumentRecord.keysOmittedWhenNil)
        known[ObjectIdentifier(RecommendationRecord.self)] = JSONValueEncoder.KeyPolicy(omittedWhenNil: RecommendationRecord.keysOmittedWhenNil)
        return known
    }

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
