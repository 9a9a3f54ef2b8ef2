import Foundation
import JSONSchema
import LayoutModel

/// Turns a pack document into its JSON text, validated against the contract's schema
/// first, so nothing invalid is ever written.
public enum PackEncoder {
    /// The strict schema every written document must satisfy (compiled once).
    public static let schema: Schema = {
        do {
            return try Schema(json: EmbeddedSchemas.pack)
        } catch {
            // The embedded schema is tested to compile; failing here is a build defect.
            fatalError("embedded pack schema does not compile: \(error)")
        }
    }()

    /// A document that does not satisfy the schema: an internal error, with every violation.
    public struct InvalidOutput: Error, CustomStringConvertible {
        public var file: String
        public var errors: [ValidationError]
        public var description: String {
            let first = errors.first.map { "\($0.instancePath.isEmpty ? "/" : $0.instancePath): \($0.message)" } ?? ""
            return "internal error: the output for \(file) violates the schema at \(first)"
                + (errors.count > 1 ? " (and \(errors.count - 1) more)" : "")
        }
    }

    /// Sorted keys, two-space indentation, a final newline: byte-identical for the same input
    /// (the text is what `JSONEncoder` would write; see `JSONWriter`), under `PackJSON`'s
    /// policy of snake_case keys and explicit nulls, and validated before it is returned.
    ///
    /// A long pack is never held as one JSON tree: the pack less its record arrays is encoded
    /// and validated whole (the top level, the source, the meeting, and each array's type),
    /// then each record is encoded, validated against its array's `items` schema (which
    /// constrains each record alone: `streamedArraysStandAlone` is tested) and written in
    /// turn. The errors are those the whole document would give, with the same paths.
    public static func encode(_ pack: PackDocument) throws -> Data {
        var skeleton = pack
        for array in streamed { array.empty(&skeleton) }
        guard case .object(let top) = try PackJSON.value(skeleton) else {
            throw InvalidOutput(file: pack.source.file, errors: [ValidationError(instancePath: "", schemaPath: "", message: "not an object")])
        }
        for array in streamed {
            precondition(top[array.key] == .array([]), "PackEncoder.streamed names \(array.key), which the pack does not encode as an array")
        }
        var errors = schema.validate(.object(top))
        var stream = JSONWriter.ObjectStream()
        for key in top.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let array = streamed.first(where: { $0.key == key }) else {
                stream.member(key, top[key]!)
                continue
            }
            try stream.arrayMember(key, count: array.count(pack)) { index in
                let value = try array.element(pack, index)
                guard let recordErrors = schema.validate(value, subschema: "/properties/\(key)/items", at: [key, String(index)]) else {
                    // Never skipped: a record array the schema gives no items schema is a build defect.
                    preconditionFailure("the pack schema has no schema at /properties/\(key)/items")
                }
                errors += recordErrors
                return value
            }
        }
        if !errors.isEmpty { throw InvalidOutput(file: pack.source.file, errors: errors) }
        return stream.finish(trailer: [0x0A])
    }

    /// The record arrays written a record at a time: their key, and how to empty, count and
    /// encode them.
    package struct StreamedArray: Sendable {
        package let key: String
        let empty: @Sendable (inout PackDocument) -> Void
        let count: @Sendable (PackDocument) -> Int
        let element: @Sendable (PackDocument, Int) throws -> JSONValue

        init<Record: Encodable & SendableMetatype>(_ key: String, _ path: WritableKeyPath<PackDocument, [Record]> & Sendable) {
            self.key = key
            empty = { $0[keyPath: path] = [] }
            count = { $0[keyPath: path].count }
            element = { try PackJSON.value($0[keyPath: path][$1]) }
        }
    }

    package static let streamed: [StreamedArray] = [
        StreamedArray("pages", \.pages),
        StreamedArray("documents", \.documents),
        StreamedArray("agenda_items", \.agendaItems),
        StreamedArray("recommendations", \.recommendations),
        StreamedArray("tables", \.tables),
        StreamedArray("dates", \.dates),
        StreamedArray("diagnostics", \.diagnostics),
    ]

    /// Writes `data` to `url` atomically: a temporary file in the same folder, then a rename,
    /// so a reader never sees a half-written file.
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Not Data.write(to:): see AtomicFile on its short writes.
        try AtomicFile.write(data, to: url)
    }
}
