import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

/// The same PDF gives the same bytes in every process, and one odd value never costs the
/// whole pack (the reproducers in ../shared/repro, rebuilt here with MiniPDF).
@Suite("reliability")
struct ReliabilityTests {
    /// A pack stamped "Page 2"–"Page 6", then a supplement that restarts at "Page 3".
    static func repeatedLabelPack() throws -> String {
        var front = MiniPDF.Page()
        front.text("Cabinet", x: 72, y: 80, size: 16, font: .bold)
        front.text("Agenda", x: 72, y: 100, size: 14, font: .bold)
        front.text("1.", x: 54, y: 140)
        front.text("Budget Monitoring Report (Pages 3 - 4)", x: 90, y: 140)
        front.text("2.", x: 54, y: 170)
        front.text("Leisure Strategy (Pages 5 - 6)", x: 90, y: 170)
        var pages = [front]
        for stamp in [2, 3, 4, 5, 6, 3, 4] {
            var page = MiniPDF.Page()
            page.text("Report text for the meeting.", x: 72, y: 100)
            page.text("Page \(stamp)", x: 280, y: 800)
            pages.append(page)
        }
        return try MiniPDF(pages: pages).write(name: "repeated-label")
    }

    @Test("a printed page label that repeats resolves to the page the usual offset expects, in every process")
    func repeatedPageLabel() throws {
        let pdf = try Self.repeatedLabelPack()
        var outputs: [String] = []
        for environment in [["SWIFT_DETERMINISTIC_HASHING": "1"], [:], [:], [:]] {
            var env = ProcessInfo.processInfo.environment
            env.merge(environment) { $1 }
            let result = try AgendaPackBinary.run(["extract", pdf], environment: env)
            #expect(result.status == 0)
            outputs.append(result.stdout)
        }
        #expect(Set(outputs).count == 1)
        let pack = try #require(try JSONSerialization.jsonObject(with: Data(outputs[0].utf8)) as? [String: Any])
        let items = try #require(pack["agenda_items"] as? [[String: Any]])
        let first = try #require(items.first { $0["number"] as? String == "1" })
        let pages = try #require(first["pages"] as? [String: Int])
        // Physical page N prints "Page N" on pages 2–6: printed 3–4 are physical 3–4, not the supplement's 7–8.
        #expect(pages == ["first": 3, "last": 4])
        let codes = (pack["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("page-label-repeated"))
    }

    @Test("a printed page 0 leaves that item's range out, with a diagnostic, and the pack is written")
    func printedPageZero() throws {
        var page = MiniPDF.Page()
        page.text("Cabinet", x: 72, y: 80, size: 16, font: .bold)
        page.text("Agenda", x: 72, y: 100, size: 14, font: .bold)
        page.text("1.", x: 54, y: 140)
        page.text("Apologies (Pages 0 - 2)", x: 90, y: 140)
        page.text("2.", x: 54, y: 170)
        page.text("Budget Monitoring Report", x: 90, y: 170)
        let pdf = try MiniPDF(pages: [page, MiniPDF.Page()]).write(name: "page-zero")
        let result = try AgendaPackBinary.run(["extract", pdf])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let pack = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(pack["agenda_items"] as? [[String: Any]])
        let first = try #require(items.first { $0["number"] as? String == "1" })
        #expect(first["printed_pages"] is NSNull)
        let messages = (pack["diagnostics"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "value-out-of-range" }
        #expect(messages.count == 1)
    }

    @Test("a page too small to print is reported with its size, and the pack is written")
    func tinyPage() throws {
        var page = MiniPDF.Page(width: 0.001, height: 0.001)
        page.text("x", x: 0, y: 0.0005, size: 0.001)
        let pdf = try MiniPDF(pages: [page]).write(name: "tiny")
        let result = try AgendaPackBinary.run(["extract", pdf])
        #expect(result.status == 0)
        let pack = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let pages = try #require(pack["pages"] as? [[String: Any]])
        #expect((pages.first?["width"] as? Double ?? 0) > 0)
        let codes = (pack["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("page-size-implausible"))
    }

    @Test("output that cannot be written is exit 73 with one line on standard error, never a trap",
          arguments: ["> /dev/full", ">&-"])
    func unwritableOutput(redirect: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(AgendaPackBinary.path)' schema \(redirect)"]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 73)
        #expect(message.hasPrefix("agendapack: standard output cannot be written"))
        #expect(message.split(separator: "\n").count == 1)
    }

    @Test("extract --out refuses two inputs that would write one output file")
    func duplicateOutputNames() throws {
        let a = try CommandLineTests.samplePDF(), b = try CommandLineTests.samplePDF()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-dup-\(UUID().uuidString)")
        let result = try AgendaPackBinary.run(["extract", a, b, "--out", out.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("cabinet.json"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("cabinet.json").path))
    }

    /// Every corpus PDF, and every sample PDF when ../shared/samples is there, converted in
    /// separate processes: once with Swift's hashing made deterministic and twice with a
    /// random seed each. The bytes must agree file for file.
    @Test("every corpus and sample PDF gives the same bytes under different hash seeds")
    func sameBytesAcrossHashSeeds() throws {
        let fm = FileManager.default
        var files = try fm.contentsOfDirectory(atPath: TestPaths.root.appendingPathComponent("corpus/pdf").path)
            .filter { $0.hasSuffix(".pdf") }.sorted().map { TestPaths.root.appendingPathComponent("corpus/pdf/\($0)").path }
        if let samples = TestPaths.samples {
            let walker = fm.enumerator(atPath: samples.path)
            var found: [String] = []
            while let relative = walker?.nextObject() as? String {
                if relative.lowercased().hasSuffix(".pdf") && !relative.hasPrefix("hostile/") { found.append(samples.appendingPathComponent(relative).path) }
            }
            files += found.sorted()
        } else {
            print("reliability: ../shared/samples is absent; the corpus alone is compared")
        }
        // One --out folder per distinct file name.
        var groups: [[String]] = [[]]
        for file in files {
            let name = URL(fileURLWithPath: file).lastPathComponent
            if let g = groups.firstIndex(where: { group in !group.contains { URL(fileURLWithPath: $0).lastPathComponent == name } }) {
                groups[g].append(file)
            } else {
                groups.append([file])
            }
        }
        var runs: [[String: Data]] = []
        for (r, environment) in [["SWIFT_DETERMINISTIC_HASHING": "1"], [:], [:]].enumerated() {
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "SWIFT_DETERMINISTIC_HASHING")
            env.merge(environment) { $1 }
            var outputs: [String: Data] = [:]
            for (g, group) in groups.enumerated() where !group.isEmpty {
                let out = fm.temporaryDirectory.appendingPathComponent("agendapack-seed-\(UUID().uuidString)-\(r)-\(g)")
                _ = try AgendaPackBinary.run(["extract"] + group + ["--out", out.path], timeLimit: 600, environment: env)
                for name in (try? fm.contentsOfDirectory(atPath: out.path)) ?? [] {
                    outputs["\(g)/\(name)"] = try Data(contentsOf: out.appendingPathComponent(name))
                }
                try? fm.removeItem(at: out)
            }
            runs.append(outputs)
        }
        #expect(runs[0].count >= 14)
        for run in runs.dropFirst() {
            #expect(Set(run.keys) == Set(runs[0].keys))
            let differing = runs[0].keys.sorted().filter { run[$0] != runs[0][$0] }
            #expect(differing.isEmpty, "different bytes for \(differing)")
        }
    }
}
