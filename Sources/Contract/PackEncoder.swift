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

    /// Sorted keys, two-space indentation, a final newline: byte-identical for the same input.
    /// The document is encoded once into a tree, which is validated and then written
    /// (the text is what `JSONEncoder` would write; see `JSONWriter`), under `PackJSON`'s
    /// policy of snake_case keys and explicit nulls.
    public static func encode(_ pack: PackDocument) throws -> Data {
        // The tree lives only inside this closure: it is released before the text is
        // copied into `Data`, so the two are never held at once (peak memory on long packs).
        let bytes: [UInt8] = try {
            let value = try PackJSON.value(pack)
            let errors = schema.validate(value)
            if !errors.isEmpty { throw InvalidOutput(file: pack.source.file, errors: errors) }
            var bytes = JSONWriter.prettySorted(value)
            bytes.append(0x0A)
            return bytes
        }()
        return Data(bytes)
    }

    /// Writes `data` to `url` atomically: a temporary file in the same folder, then a rename,
    /// so a reader never sees a half-written file.
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Not Data.write(to:): see AtomicFile on its short writes.
        try AtomicFile.write(data, to: url)
    }
}
