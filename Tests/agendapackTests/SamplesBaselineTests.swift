import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

/// The labelled samples in ../shared, scored by ../shared/tools/score.py: no figure may fall
/// below the baseline committed in Tests/agendapackTests/samples-baseline.json (raised with
/// `scripts/samples-score.py --write-baseline` as the tool improves, never lowered silently).
@Suite("labelled samples against the baseline", .enabled(if: TestPaths.shared != nil, "../shared is absent: no labelled samples to score"))
struct SamplesBaselineTests {
    @Test("every section's figures at or above the baseline")
    func atOrAboveBaseline() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.root.appendingPathComponent("scripts/samples-score.py").path, "--bin", AgendaPackBinary.path, "--check"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
