// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "AgendaPack",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agendapack", targets: ["agendapack"]),
        .library(name: "AgendaPack", targets: ["AgendaPack"]),
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
        .library(name: "AgendaPackStore", targets: ["AgendaPackStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // poppler-glib, found through pkg-config. Only PDFLayout imports it.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // poppler's core library (its C++ headers come with libpoppler-private-dev), for
        // the painted shapes of a page. Only PopplerVector uses it.
        .systemLibrary(
            name: "CPopplerCore",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev"])]
        ),
        // A small C++ reader of stroked and filled paths behind a C interface; only
        // PDFLayout calls it.
        .target(name: "PopplerVector", dependencies: ["CPopplerCore"]),
        // The PDF layer: documents, pages, glyphs rebuilt into lines and segments,
        // painted shapes and rendering for ruling detection. Only Sendable values leave it.
        .target(name: "PDFLayout", dependencies: ["CPoppler", "PopplerVector"]),
        // A JSON Schema (2020-12) validator that knows nothing of agendas.
        .target(name: "JSONSchema"),
        // The pipeline: furniture, segmentation, parsers, records, encoder. The schemas are
        // embedded from schemas/ through the symbolic links in Sources/AgendaPack/Schema.
        .target(
            name: "AgendaPack", dependencies: ["PDFLayout", "JSONSchema"],
            resources: [.embedInCode("Schema/agendapack.schema.json"), .embedInCode("Schema/expected.schema.json")]
        ),
        // The HTML report of a pack: its pages rendered with the records drawn over them.
        .target(name: "AgendaPackReport", dependencies: ["AgendaPack", "PDFLayout"]),
        // The SQLite store of converted packs (GRDB): tables, full-text search, import.
        // Kept out of AgendaPack so the pipeline never links SQLite.
        .target(
            name: "AgendaPackStore",
            dependencies: ["AgendaPack", "JSONSchema", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The command line: thin.
        .executableTarget(
            name: "agendapack",
            dependencies: [
                "AgendaPack", "AgendaPackStore", "AgendaPackReport", "PDFLayout", "JSONSchema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers: a small PDF writer and the paths of the samples.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Test-only initialisers of AgendaPack's values (a `Line` from plain text).
        .target(name: "AgendaPackTestSupport", dependencies: ["AgendaPack", "PDFLayout"], path: "Tests/AgendaPackTestSupport"),
        .testTarget(name: "PDFLayoutTests", dependencies: ["PDFLayout", "TestSupport"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema"]),
        .testTarget(name: "AgendaPackReportTests", dependencies: ["AgendaPackReport", "AgendaPack", "PDFLayout", "TestSupport"]),
        .testTarget(
            name: "AgendaPackTests",
            dependencies: [
                "AgendaPack", "PDFLayout", "JSONSchema", "TestSupport", "AgendaPackTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Read through #filePath by the tests, not bundled.
            exclude: ["Fixtures/dates.tsv"]
        ),
        // End-to-end: runs the built `agendapack` (a dependency, so it is built first).
        .testTarget(
            name: "agendapackTests",
            dependencies: [
                "agendapack", "AgendaPack", "AgendaPackStore", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Read by scripts/samples-score.py, not bundled.
            exclude: ["samples-baseline.json"]
        ),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
