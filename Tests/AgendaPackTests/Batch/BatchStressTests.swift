import AgendaPack
import Batch
import Contract
import Dates
import Foundation
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables
import Testing

/// The stress run behind an environment flag: every PDF in AGENDAPACK_STRESS_DIR (e.g. the
/// 10,000 of `scripts/random-packs.py`) through the whole pipeline in this process, as
/// `extract` does. Every file is a valid PDF, so each must give a pack: an output that
/// violates the schema (what `extract` reports as internal error 70) is a failure.
@Suite("batch stress: random packs")
struct BatchStressTests {
    @Test("every generated PDF gives a pack that satisfies the schema (no exit 70)",
          .enabled(if: ProcessInfo.processInfo.environment["AGENDAPACK_STRESS_DIR"] != nil))
    func randomPacks() throws {
        let dir = try #require(ProcessInfo.processInfo.environment["AGENDAPACK_STRESS_DIR"])
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".pdf") }.sorted()
        var converted = 0
        var pdfErrors: [String] = []
        var internalErrors: [String] = []
        let started = Date()
        for (index, name) in names.enumerated() {
            if index % 500 == 0 {
                print("stress: \(index) of \(names.count), \(internalErrors.count) internal errors, \(Int(Date().timeIntervalSince(started))) s")
            }
            let path = dir + "/" + name
            do {
                let pack = try Extractor().extract(path: path)
                _ = try PackEncoder.encode(pack)
                converted += 1
            } catch let error as PDFError {
                pdfErrors.append("\(name): \(error)")
            } catch {
                internalErrors.append("\(name): \(error)")
            }
        }
        print("stress: \(names.count) PDFs, \(converted) converted, \(pdfErrors.count) PDF errors, \(internalErrors.count) internal errors (exit 70) in \(Int(Date().timeIntervalSince(started))) s")
        for line in (pdfErrors + internalErrors).prefix(20) { print("  " + line) }
        #expect(internalErrors.isEmpty)
        #expect(pdfErrors.isEmpty, "every generated file is a valid PDF")
    }
}
