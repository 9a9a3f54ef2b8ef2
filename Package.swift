// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "AgendaPack",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agendapack", targets: ["agendapack"]),
        // The pipeline and the modules a caller of it sees (records, stages, batch).
        .library(
            name: "AgendaPack",
            targets: ["AgendaPack", "Contract", "LayoutModel", "Parsing", "Dates", "Segmentation", "Recommendations", "Tables", "Batch"]
        ),
        // The PDF reader over poppler, a library of its own that the executable loads when a
        // command first reads a PDF (see PopplerLoader); it must sit beside the executable
        // (or in ../lib from it, or be named by $AGENDAPACK_POPPLER_LIBRARY).
        .library(name: "AgendaPackPoppler", type: .dynamic, targets: ["PopplerVector"]),
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
        .library(name: "AgendaPackStore", targets: ["AgendaPackStore"]),
        // Test-only initialisers (a `Line` from plain text), for the tests and the fuzz package.
        .library(name: "AgendaPackTestSupport", targets: ["AgendaPackTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // poppler's core library (its C++ headers come with libpoppler-private-dev), the one
        // reader of PDFs. Only PopplerVector uses it.
        .systemLibrary(
            name: "CPopplerCore",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev"])]
        ),
        // The C interface of the PDF reader: its types and its list of functions (one header).
        .target(name: "PopplerInterface"),
        // A small C++ layer over poppler's core library behind that interface (documents,
        // page sizes and labels, each page's text and painted shapes in one pass, tagged
        // tables, rendering with Splash), built as the dynamic library AgendaPackPoppler and
        // linked into no executable: poppler and its thirty libraries are loaded only by a
        // process that reads a PDF.
        // Linked with the Swift runtime's static archive: SwiftPM links a dynamic library
        // product with swiftrt.o, which registers the image with a runtime, and left to itself
        // makes it need libswiftCore.so from the toolchain (found through a runpath into
        // /opt/swift), so an installed copy could not be loaded where no toolchain is.
        .target(name: "PopplerVector", dependencies: ["CPopplerCore", "PopplerInterface"],
                linkerSettings: [.unsafeFlags(["-static-stdlib"])]),
        // Loads that library on first use and calls it through its table (the trampolines of
        // the interface header); and a file's SHA-256. Linked into the executable.
        .target(name: "PopplerLoader", dependencies: ["PopplerInterface"]),
        // The plain values of a page's layout (geometry, lines, glyphs, painted shapes, grey
        // bitmaps, tagged tables) and the line builder: everything the stages see of a PDF,
        // with no poppler in it.
        .target(name: "LayoutModel"),
        // The PDF layer: the only code that reads PDFs (poppler, through PopplerVector's
        // interface); only LayoutModel values leave it.
        .target(name: "PDFLayout", dependencies: ["LayoutModel", "PopplerInterface", "PopplerLoader"]),
        // A JSON Schema (2020-12) validator that knows nothing of agendas.
        .target(name: "JSONSchema"),
        // The output contract: the records, their one encoder (PackJSON), the schemas of
        // schemas/ embedded by SwiftPM, the value limits, the validated atomic write.
        .target(
            name: "Contract",
            dependencies: ["LayoutModel", "JSONSchema"],
            resources: [
                .embedInCode("Schema/agendapack.schema.json"),
                .embedInCode("Schema/expected.schema.json"),
            ]
        ),
        // The parsing toolkit every stage reads lines with: Line, squash/fold/join, patterns,
        // the line cursor and paragraphs, list labels and their sequences.
        .target(name: "Parsing", dependencies: ["LayoutModel"]),
        // Dates, ranges and times in English, French, Welsh and Spanish.
        .target(name: "Dates", dependencies: ["Parsing", "LayoutModel"]),
        // The segmentation stages: furniture, agenda formats and outlines, meeting, documents, minutes.
        .target(name: "Segmentation", dependencies: ["Parsing", "Dates", "Contract", "LayoutModel"]),
        // Recommendations, resolutions, decisions and motions: one parser per printed form.
        .target(name: "Recommendations", dependencies: ["Parsing", "Dates", "Contract", "LayoutModel"]),
        // Tables: the strategies (ruled, unruled, tagged), their settings, the table pass.
        .target(name: "Tables", dependencies: ["Parsing", "Contract", "LayoutModel"]),
        // The pipeline: the stages in order over a PDF read by PDFLayout, assembled into one pack.
        .target(
            name: "AgendaPack",
            dependencies: ["LayoutModel", "PDFLayout", "Contract", "Parsing", "Dates", "Segmentation", "Recommendations", "Tables"]
        ),
        // Batch orchestration: worker processes, manifests, resumption, shards. It runs the
        // pipeline only through worker processes, so it needs the contract, not the stages.
        .target(name: "Batch", dependencies: ["Contract", "JSONSchema", "PDFLayout"]),
        // The HTML report of a pack: its pages rendered with the records drawn over them.
        .target(name: "AgendaPackReport", dependencies: ["AgendaPack", "Contract", "Tables", "Batch", "LayoutModel", "PDFLayout"]),
        // The SQLite store of converted packs (GRDB): tables, full-text search, import.
        // Kept out of AgendaPack so the pipeline never links SQLite.
        .target(
            name: "AgendaPackStore",
            dependencies: ["Contract", "Batch", "JSONSchema", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The command line: thin.
        .executableTarget(
            name: "agendapack",
            dependencies: [
                "AgendaPack", "Contract", "Batch", "Tables", "AgendaPackStore", "AgendaPackReport", "LayoutModel", "PDFLayout", "JSONSchema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test helpers: a small PDF writer and the paths of the samples.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Test-only initialisers of AgendaPack's values (a `Line` from plain text).
        .target(name: "AgendaPackTestSupport", dependencies: ["Parsing", "LayoutModel"], path: "Tests/AgendaPackTestSupport"),
        .testTarget(name: "PDFLayoutTests", dependencies: ["PDFLayout", "LayoutModel", "TestSupport"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema"]),
        .testTarget(name: "AgendaPackReportTests", dependencies: ["AgendaPackReport", "AgendaPack", "Contract", "Batch", "LayoutModel", "PDFLayout", "TestSupport"]),
        .testTarget(
            name: "AgendaPackTests",
            dependencies: [
                "AgendaPack", "Contract", "LayoutModel", "Parsing", "Dates", "Segmentation", "Recommendations", "Tables", "Batch",
                "PDFLayout", "JSONSchema", "TestSupport", "AgendaPackTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Read through #filePath by the tests, not bundled.
            exclude: ["Fixtures/dates.tsv"]
        ),
        // End-to-end: runs the built `agendapack` (a dependency, so it is built first).
        .testTarget(
            name: "agendapackTests",
            dependencies: [
                "agendapack", "AgendaPack", "Contract", "Batch", "LayoutModel", "AgendaPackStore", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Read by scripts/samples-score.py, not bundled.
            exclude: ["samples-baseline.json"]
        ),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
