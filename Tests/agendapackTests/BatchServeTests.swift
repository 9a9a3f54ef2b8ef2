import AgendaPack
import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

/// Batch workers that live for many files (`_worker --serve`): the protocol, reuse, and
/// the isolation promise (a crash or a timeout costs only its own file).
@Suite("agendapack batch: long-lived workers", .serialized)
struct BatchServeTests {
    /// The conversions each worker process finished (AGENDAPACK_WORKER_TEST_LOG): pid -> files.
    static func conversions(_ log: URL) -> [String: [String]] {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        var result: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 { result[parts[0], default: []].append(URL(fileURLWithPath: parts[1]).lastPathComponent) }
        }
        return result
    }

    @Test("_worker --serve answers each job line with one line and goes on after a bad file; its input's end ends it")
    func serveProtocol() throws {
        let fixture = try BatchFixture(count: 2, withBad: true)
        let jobs = fixture.root.appendingPathComponent("jobs")
        let outputs = fixture.root.appendingPathComponent("staged")
        let inputs = ["pack-01.pdf", "bad.pdf", "sub/damaged.pdf", "sub/pack-02.pdf"]
        var text = ""
        for (n, input) in inputs.enumerated() {
            let job = WorkerProtocol.Job(input: fixture.input.appendingPathComponent(input).path, output: outputs.appendingPathComponent("\(n).json").path)
            text += String(decoding: try WorkerProtocol.line(job), as: UTF8.self)
        }
        try text.write(to: jobs, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AgendaPackBinary.path)
        process.arguments = ["_worker", "--serve", "--memory-limit", "2048"]
        let out = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: jobs)
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let answers = try data.split(separator: 0x0A).map { try JSONDecoder().decode(WorkerProtocol.Answer.self, from: Data($0)) }
        try #require(answers.count == 4)
        #expect(answers[0].facts?.pages == 2 && answers[0].status == nil)
        #expect(answers[1].facts == nil && answers[1].status == 3)
        #expect(answers[1].error == "agendapack: \(fixture.input.appendingPathComponent("bad.pdf").path): not a PDF (no %PDF header)")
        #expect(answers[2].facts == nil && answers[2].status == 4, "\(answers[2])")
        #expect(answers[3].facts?.pages == 2)
        #expect(answers.allSatisfy { $0.residentKB > 0 })
        #expect(BatchFixture.files(outputs) == ["0.json", "3.json"])
    }

    @Test("one worker converts many files; a crash and a hang in the middle cost only their own files, the dead worker is replaced")
    func crashAndHangAmongMany() throws {
        let fixture = try BatchFixture(count: 8, withBad: true)
        let out = fixture.out()
        let log = fixture.root.appendingPathComponent("worker.log")
        // Largest first, then in input order: pack-01, pack-03, pack-05, ... so the crash comes
        // on a worker that has converted a file already, and the hang after the replacement.
        let result = try AgendaPackBinary.run(
            ["batch", fixture.input.path, "--out", out.path, "--jobs", "1", "--timeout", "3", "--quiet"], timeLimit: 120,
            environment: batchEnvironment([
                "AGENDAPACK_WORKER_TEST_SIGNAL": "pack-03:SEGV", "AGENDAPACK_WORKER_TEST_SLEEP": "pack-05:60",
                "AGENDAPACK_WORKER_TEST_LOG": log.path,
            ]))
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("converted 6, skipped 0 (unchanged), failed 4;"), "\(result.stdout)")
        #expect(result.stdout.contains("failed: pack-03.pdf: crashed (SIGSEGV)\n"), "\(result.stdout)")
        #expect(result.stdout.contains("failed: pack-05.pdf: timeout (no result after 3 s)"), "\(result.stdout)")
        #expect(result.stdout.contains("failed: bad.pdf: not a PDF (no %PDF header)\n"), "\(result.stdout)")
        let manifest = Manifest.read(out.appendingPathComponent("manifest.jsonl"))
        for entry in manifest.values {
            switch entry.file {
            case "pack-03.pdf": #expect(entry.outcome == .failed && entry.reason == "crashed (SIGSEGV)" && entry.failureClass == .input)
            case "pack-05.pdf": #expect(entry.outcome == .failed && entry.failureClass == .machine)
            case "bad.pdf", "sub/damaged.pdf": #expect(entry.outcome == .failed && entry.failureClass == .input)
            default: #expect(entry.outcome == .converted, "\(entry.file): \(entry.reason ?? "")")
            }
        }
        #expect(manifest.count == 10)
        let converted = ["pack-01.json", "pack-07.json", "sub/pack-02.json", "sub/pack-04.json", "sub/pack-06.json", "sub/pack-08.json"]
        #expect(BatchFixture.outputs(out).keys.sorted() == converted)
        // Each converted file once; fewer workers than files (workers are reused), more than
        // one (the crashed and the timed-out workers were replaced).
        let byWorker = Self.conversions(log)
        #expect(byWorker.values.flatMap { $0 }.sorted() == ["pack-01.pdf", "pack-02.pdf", "pack-04.pdf", "pack-06.pdf", "pack-07.pdf", "pack-08.pdf"])
        #expect(byWorker.count >= 2 && byWorker.count < 6, "\(byWorker)")
        #expect(byWorker.values.contains { $0.count >= 2 }, "\(byWorker)")

        // The crash stands without --retry-failed; the timeout (the machine's) is retried.
        let rerun = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"], environment: batchEnvironment([:]))
        #expect(rerun.stdout.hasPrefix("converted 1, skipped 6 (unchanged), failed 3;"), "\(rerun.stdout)")
    }

    @Test("outputs are the bytes extract writes, with workers reused, replaced every 2 files, or one per file")
    func sameBytesAsExtract() throws {
        let fixture = try BatchFixture(count: 5, withBad: false)
        let reference = fixture.out("extract")
        let extract = try AgendaPackBinary.run(["extract"] + fixture.good.map { fixture.input.appendingPathComponent($0).path } + ["--out", reference.path])
        #expect(extract.status == 0, "\(extract.stderr)")
        let expected = BatchFixture.outputs(reference)
        #expect(expected.count == 5)
        for extra in [[], ["--files-per-worker", "2"], ["--files-per-worker", "1"]] {
            let out = fixture.out("batch-\(extra.joined())")
            let log = fixture.root.appendingPathComponent("log-\(extra.joined())")
            let result = try AgendaPackBinary.run(
                ["batch", fixture.input.path, "--out", out.path, "--jobs", "2", "--quiet"] + extra,
                environment: batchEnvironment(["AGENDAPACK_WORKER_TEST_LOG": log.path]))
            #expect(result.status == 0, "\(extra): \(result.stdout)")
            let outputs = BatchFixture.outputs(out)
            #expect(Dictionary(uniqueKeysWithValues: outputs.map { (URL(fileURLWithPath: $0.key).lastPathComponent, $0.value) }) == expected, "\(extra)")
            let byWorker = Self.conversions(log)
            #expect(byWorker.values.map(\.count).reduce(0, +) == 5)
            if let limit = extra.firstIndex(of: "--files-per-worker").map({ Int(extra[$0 + 1])! }) {
                #expect(byWorker.values.allSatisfy { $0.count <= limit }, "\(extra): \(byWorker)")
            } else {
                #expect(byWorker.count <= 2, "\(byWorker)")
            }
        }
    }
}
