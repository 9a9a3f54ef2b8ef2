// swift-tools-version:6.1
// Coverage-guided fuzzing of AgendaPack with libFuzzer, kept out of the main package so
// that `make test` never builds it. `make fuzz` builds this with
// `--sanitize=fuzzer --sanitize=address` into .build/fuzz and runs every target.
import PackageDescription

let package = Package(
    name: "AgendaPackFuzz",
    dependencies: [.package(name: "AgendaPack", path: "..")],
    targets: [
        // One binary, the target chosen by FUZZ_TARGET (see Fuzz.swift): the pipeline is
        // built with the sanitizers once, not once per target.
        .executableTarget(
            name: "AgendaPackFuzz",
            dependencies: [
                .product(name: "AgendaPack", package: "AgendaPack"),
                .product(name: "AgendaPackTestSupport", package: "AgendaPack"),
                // The PDF reader the pipeline loads on first use, built beside the binary.
                .product(name: "AgendaPackPoppler", package: "AgendaPack"),
            ],
            // libFuzzer brings main(); the harness is a library-style file.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
