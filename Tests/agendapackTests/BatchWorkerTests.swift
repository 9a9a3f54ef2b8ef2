import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

/// The environment of this process plus `extra`, for a batch whose workers honour a test hook.
func batchEnvironment(_ extra: [String: String]) -> [String: String] {
    ProcessInfo.processInfo.environment.merging(extra) { $1 }
}

@Suite("agendapack batch: isolated workers", .serialized)
struct BatchWorkerTests {
    @Test("a worker past --timeout is killed and its file recorded as failed; the others convert")
    func timeout() throws {
        let fixture = try BatchFixture(count: 3, withBad: false)
        let out = fixture.out()
        let started = Date()
        let result = try AgendaPackBinary.run(
            ["batch", fixture.input.path, "--out", out.path, "--timeout", "3", "--jobs", "2"],
            environment: batchEnvironment(["AGENDAPACK_WORKER_TEST_SLEEP": "pack-03:60"]))
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == 1)
        #expect(result.stdout.contains("converted 2, skipped 0 (unchanged), failed 1;"))
        #expect(result.stdout.contains("failed: pack-03.pdf: timeout (no result after 3 s)"))
        #expect(BatchFixture.outputs(out).keys.sorted() == ["pack-01.json", "sub/pack-02.json"])
    }

    @Test("a worker killed by a signal is recorded with the signal's name", arguments: [("SEGV", "crashed (SIGSEGV)"), ("ABRT", "crashed (SIGABRT)")])
    func crash(signal: String, reason: String) throws {
        let fixture = try BatchFixture(count: 2, withBad: false)
        let out = fixture.out()
        let result = try AgendaPackBinary.run(
            ["batch", fixture.input.path, "--out", out.path],
            environment: batchEnvironment(["AGENDAPACK_WORKER_TEST_SIGNAL": "pack-01:\(signal)"]))
        #expect(result.status == 1)
        #expect(result.stdout.contains("failed: pack-01.pdf: \(reason)"))
        #expect(BatchFixture.outputs(out).keys.sorted() == ["sub/pack-02.json"])
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        #expect(manifest.contains("\"reason\":\"\(reason)\""))
        // Not retried without --retry-failed, retried with it (and, without the hook, converted).
        let again = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"])
        #expect(again.stdout.hasPrefix("converted 0, skipped 1 (unchanged), failed 1;"))
        let retried = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--retry-failed", "--quiet"])
        #expect(retried.status == 0)
        #expect(retried.stdout.hasPrefix("converted 1, skipped 1 (unchanged), failed 0;"))
    }

    @Test("a worker over its memory limit fails with that reason")
    func memoryLimit() throws {
        let fixture = try BatchFixture(count: 1, withBad: false)
        let out = fixture.out()
        let result = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--memory-limit", "64"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("failed: pack-01.pdf: memory limit exceeded (64 MB"), "\(result.stdout)")
        #expect(BatchFixture.outputs(out).isEmpty)
    }

    @Test("SIGINT stops the batch: workers ended, manifest and summary written, no partial output, exit 130")
    func interrupt() throws {
        let fixture = try BatchFixture(count: 3, withBad: false)
        let out = fixture.out()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AgendaPackBinary.path)
        process.arguments = ["batch", fixture.input.path, "--out", out.path, "--jobs", "1", "--quiet"]
        process.environment = batchEnvironment(["AGENDAPACK_WORKER_TEST_SLEEP": "pack-03:60"])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        // pack-01 and sub/pack-02... order is pack-01, pack-03, sub/pack-02: wait for the first, then pack-03 sleeps.
        while BatchFixture.outputs(out).isEmpty && Date() < deadline { usleep(5_000) }
        usleep(300_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let summary = try BatchFixture.summary(out)
        #expect(summary["interrupted"] as? Bool == true)
        #expect(summary["converted"] as? Int == 1)
        #expect(summary["unfinished"] as? Int == 2)
        let files = BatchFixture.files(out)
        #expect(!files.contains { $0.hasSuffix(".tmp") || $0.contains("staging") }, "\(files)")
        #expect(BatchFixture.outputs(out).keys.sorted() == ["pack-01.json"])
        // The interrupted files are done by the next run.
        let rerun = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"])
        #expect(rerun.stdout.hasPrefix("converted 2, skipped 1 (unchanged), failed 0;"))
    }
}
