import LayoutModel

/// The JSON Schemas of `schemas/`, embedded by SwiftPM so validation needs no files on
/// disk. `agendapack.schema.json` and `expected.schema.json` in this folder are symbolic
/// links to `schemas/`, listed as `.embedInCode` resources of this target in
/// Package.swift: SwiftPM turns each into a byte array of `PackageResources` at build
/// time, so an edited schema is built in with no generated file to refresh.
public enum EmbeddedSchemas {
    /// schemas/agendapack.schema.json: what every written pack document satisfies.
    public static let pack = text(PackageResources.agendapack_schema_json)
    /// schemas/expected.schema.json: the same without `bbox` and the measured source facts
    /// required (the corpus's expected files; derived by scripts/make-expected-schema.py).
    public static let expected = text(PackageResources.expected_schema_json)

    /// The file's text without its final newline.
    package static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.last == 0x0A ? bytes.dropLast() : bytes[...], as: UTF8.self)
    }
}
