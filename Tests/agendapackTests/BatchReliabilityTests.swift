import AgendaPack
import AgendaPackStore
import Batch
import Contract
import Foundation
import GRDB
import JSONSchema
import LayoutModel
import TestSupport
import Testing

/// Failure classes, input folders in the manifest and the database, shared outputs of
/// shards, names that are not UTF-8, and a batch whose writes fail (ENOSPC, EIO).
@Suite("agendapack batch: faults and resumes", .serialized)
struct BatchReliabilityTests {
    static func manifestEntries(_ out: URL) -> [ManifestEntry] {
        Array(Manifest.read(out.appendingPathComponent("manifest.jsonl")).values)
    }

    @Test("a worker killed from outside is a machine failure, retried by a plain re-run; a crash is the input's and stands")
    func failureClasses() throws {
        let fixture = try BatchFixture(count: 3, withBad: false)
        let out = fixture.out()
        var environment = ProcessInfo.processInfo.environment
        environment["AGENDAPACK_WORKER_TEST_SIGNAL"] = "pack-01:KILL"
        let killed = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"], environment: environment)
        #expect(killed.status == 1)
        #expect(killed.stdout.contains("failed: pack-01.pdf: killed from outside (SIGKILL) (temporary; a re-run retries)"), "\(killed.stdout)")
        let summary = try BatchFixture.summary(out)
        let failures = try #require(summary["failures"] as? [[String: Any]])
        #expect(failures.first?["class"] as? String == "machine")
        #expect(Self.manifestEntries(out).first { $0.file == "pack-01.pdf" }?.failureClass == .machine)

        let rerun = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"])
        #expect(rerun.status == 0)
        #expect(rerun.stdout.hasPrefix("converted 1, skipped 2 (unchanged), failed 0;"), "\(rerun.stdout)")

        environment["AGENDAPACK_WORKER_TEST_SIGNAL"] = "pack-03:SEGV"
        let crashed = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--force", "--quiet"], environment: environment)
        #expect(crashed.stdout.contains("failed: pack-03.pdf: crashed (SIGSEGV)\n"), "\(crashed.stdout)")
        #expect(Self.manifestEntries(out).first { $0.file == "pack-03.pdf" }?.failureClass == .input)
        let again = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"])
        #expect(again.status == 1)
        #expect(again.stdout.contains("failed: pack-03.pdf: crashed (SIGSEGV) (earlier run; --retry-failed retries)"), "\(again.stdout)")
    }

    @Test("the time limit is a machine failure: a plain re-run converts the file")
    func timeoutRetried() throws {
        let fixture = try BatchFixture(count: 2, withBad: false)
        let out = fixture.out()
        var environment = ProcessInfo.processInfo.environment
        environment["AGENDAPACK_WORKER_TEST_SLEEP"] = "pack-01:30"
        let slow = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--timeout", "2", "--quiet"], environment: environment)
        #expect(slow.stdout.contains("failed: pack-01.pdf: timeout (no result after 2 s) (temporary; a re-run retries)"), "\(slow.stdout)")
        let rerun = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"])
        #expect(rerun.status == 0)
        #expect(rerun.stdout.hasPrefix("converted 1, skipped 1 (unchanged), failed 0;"), "\(rerun.stdout)")
    }

    /// Two input folders that each hold `pack.pdf` (different packs) and `only-x.pdf`.
    static func twoFolders(_ fixture: BatchFixture) throws -> (URL, URL) {
        let a = fixture.root.appendingPathComponent("a"), b = fixture.root.appendingPathComponent("b")
        for (folder, number) in [(a, 11), (b, 22)] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try BatchFixture.pack(number: number).data().write(to: folder.appendingPathComponent("pack.pdf"))
        }
        return (a, b)
    }

    @Test("two archives with the same file names load into one database side by side")
    func sameNamesTwoArchives() throws {
        let fixture = try BatchFixture(count: 1, withBad: false)
        let (a, b) = try Self.twoFolders(fixture)
        let db = fixture.root.appendingPathComponent("packs.sqlite").path
        #expect(try AgendaPackBinary.run(["batch", a.path, "--out", fixture.out("oa").path, "--db", db, "--quiet"]).status == 0)
        #expect(try AgendaPackBinary.run(["batch", b.path, "--out", fixture.out("ob").path, "--db", db, "--quiet"]).status == 0)
        // A re-run of the first archive neither reloads nor removes the second's pack.
        #expect(try AgendaPackBinary.run(["batch", a.path, "--out", fixture.out("oa").path, "--db", db, "--quiet"]).status == 0)
        let rows = try PackStore(path: db).read {
            try Row.fetchAll($0, sql: "SELECT root, file FROM packs ORDER BY root").map { [$0["root"] as String, $0["file"] as String] }
        }
        #expect(rows == [[a.standardizedFileURL.path, "pack.pdf"], [b.standardizedFileURL.path, "pack.pdf"]])
        let hits = try AgendaPackBinary.run(["search", db, "Number", "--limit", "10"])
        #expect(hits.stdout.contains("[Number] 11") && hits.stdout.contains("[Number] 22"), "\(hits.stdout)")

        // One batch over both folders: the second cannot have the same output name, but the
        // first's pack stays in the database.
        let both = fixture.root.appendingPathComponent("both.sqlite").path
        let result = try AgendaPackBinary.run(["batch", a.path, b.path, "--out", fixture.out("oboth").path, "--db", both, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("failed: pack.pdf: has the same output name as pack.pdf"))
        #expect(try PackStore(path: both).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM packs") } == 1)
    }

    @Test("shards run at once share one database and one JSON Lines file: every pack's rows and records end up there")
    func concurrentShards() throws {
        let fixture = try BatchFixture(count: 9, withBad: false)
        let db = fixture.root.appendingPathComponent("shared.sqlite").path
        let jsonl = fixture.root.appendingPathComponent("shared.jsonl")
        var processes: [Process] = []
        for index in 1...3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: AgendaPackBinary.path)
            process.arguments = [
                "batch", fixture.input.path, "--out", fixture.out("shard-\(index)").path, "--shard", "\(index)/3", "--db", db,
                "--jsonl", jsonl.path, "--jobs", "1", "--quiet",
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append(process)
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0])
        let files = try PackStore(path: db).read { try String.fetchAll($0, sql: "SELECT file FROM packs ORDER BY file") }
        #expect(files == fixture.good)
        let records = try String(contentsOf: jsonl, encoding: .utf8).split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        #expect(Set(records.compactMap { $0["file"]?.stringValue }) == Set(fixture.good))
        // Run again one by one: the shared file keeps one copy of each pack's records.
        for index in 1...3 {
            _ = try AgendaPackBinary.run([
                "batch", fixture.input.path, "--out", fixture.out("shard-\(index)").path, "--shard", "\(index)/3", "--jsonl", jsonl.path, "--quiet",
            ])
        }
        #expect(try String(contentsOf: jsonl, encoding: .utf8).split(separator: "\n").count == records.count)
    }

    @Test("a PDF whose name is not UTF-8 is reported on standard error, not skipped silently")
    func nonUTF8Name() throws {
        let fixture = try BatchFixture(count: 1, withBad: false)
        // "caf\xE9.pdf": Latin-1, not UTF-8.
        var path = Array(fixture.input.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".pdf".utf8) + [0]
        let fd = path.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        try #require(fd >= 0)
        let data = BatchFixture.pack(number: 7).data()
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let result = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", fixture.out().path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/caf\\xE9.pdf: the file name is not valid UTF-8; not converted"), "\(result.stderr)")
        #expect(result.stdout.hasPrefix("converted 1,"))
    }
}

/// A small LD_PRELOAD library that makes the Nth `write` to a file under a folder fail
/// (ENOSPC, EIO) or write only half, in every process it is loaded into.
enum FaultShim {
    static let source = #"""
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <errno.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>
        #include <unistd.h>
        static ssize_t (*real_write)(int, const void *, size_t);
        static long seen;
        ssize_t write(int fd, const void *buf, size_t n) {
            if (!real_write) real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
            const char *under = getenv("FAULT_UNDER"), *nth = getenv("FAULT_NTH"), *kind = getenv("FAULT_KIND");
            if (under && nth && kind && fd > 2) {
                char link[64], path[4096];
                snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
                ssize_t len = readlink(link, path, sizeof path - 1);
                if (len > 0) {
                    path[len] = 0;
                    if (strncmp(path, under, strlen(under)) == 0 && ++seen == atol(nth)) {
                        if (strcmp(kind, "short") == 0 && n > 1) return real_write(fd, buf, n / 2);
                        errno = strcmp(kind, "EIO") == 0 ? EIO : ENOSPC;
                        return -1;
                    }
                }
            }
            return real_write(fd, buf, n);
        }
        """#

    /// Builds the library with the C compiler, or nil when there is none.
    static func build(in folder: URL) throws -> URL? {
        let compiler = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let compiler else { return nil }
        let c = folder.appendingPathComponent("fault.c"), library = folder.appendingPathComponent("fault.so")
        try source.write(to: c, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler)
        process.arguments = ["-shared", "-fPIC", "-O1", "-o", library.path, c.path, "-ldl"]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? library : nil
    }
}

@Suite("agendapack batch: fault injection", .serialized)
struct BatchFaultInjectionTests {
    @Test("every write of a batch failing in turn (ENOSPC, EIO, half written), then a plain resume: the same outputs as a clean run")
    func faults() throws {
        let fixture = try BatchFixture(count: 3, withBad: true)
        guard let shim = try FaultShim.build(in: fixture.root) else {
            print("skipped: no C compiler for the fault-injection library")
            return
        }
        let reference = fixture.out("reference")
        let jsonlReference = fixture.root.appendingPathComponent("reference.jsonl")
        _ = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", reference.path, "--jsonl", jsonlReference.path, "--jobs", "1", "--quiet"])
        let expected = BatchFixture.outputs(reference)
        #expect(expected.count == 3)
        let expectedManifest = Manifest.read(reference.appendingPathComponent("manifest.jsonl")).mapValues { [$0.outcome.rawValue, $0.output ?? ""] }
        let expectedStream = try String(contentsOf: jsonlReference, encoding: .utf8)

        // The coordinator writes 5 manifest lines and a summary; each worker its output.
        for step in 1...7 {
            for kind in ["ENOSPC", "EIO", "short"] {
                let out = fixture.out("faulted-\(step)-\(kind)")
                let jsonl = out.appendingPathComponent("records.jsonl")
                var environment = ProcessInfo.processInfo.environment
                environment["LD_PRELOAD"] = shim.path
                environment["FAULT_UNDER"] = out.path + "/"
                environment["FAULT_NTH"] = String(step)
                environment["FAULT_KIND"] = kind
                let faulted = try AgendaPackBinary.run(
                    ["batch", fixture.input.path, "--out", out.path, "--jsonl", jsonl.path, "--jobs", "1", "--quiet"], environment: environment)
                #expect(!faulted.signalled, "step \(step) \(kind): \(faulted.stderr)")
                #expect([0, 1, 73].contains(faulted.status), "step \(step) \(kind): status \(faulted.status)")

                let resumed = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--jsonl", jsonl.path, "--jobs", "1", "--quiet"])
                #expect(resumed.status == 1, "the two bad inputs still fail")
                #expect(resumed.stdout.contains("failed 2;"), "step \(step) \(kind): \(resumed.stdout)")
                #expect(BatchFixture.outputs(out).filter { $0.key != "records.jsonl" } == expected, "step \(step) \(kind)")
                let manifest = Manifest.read(out.appendingPathComponent("manifest.jsonl")).mapValues { [$0.outcome.rawValue, $0.output ?? ""] }
                #expect(manifest == expectedManifest, "step \(step) \(kind)")
                #expect(try String(contentsOf: jsonl, encoding: .utf8) == expectedStream, "step \(step) \(kind)")
                let stray = BatchFixture.files(out).filter { $0.hasSuffix(".tmp") || $0.contains(".agendapack-staging") }
                #expect(stray.isEmpty, "step \(step) \(kind): \(stray)")
            }
        }
    }
}

@Suite("agendapack extract limits and search guards", .serialized)
struct BatchLimitsTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("a page of 2 million nested graphics states under --max-memory 512: one line, exit 8, nothing written")
    func nestedStates() throws {
        let dir = try Self.folder()
        var page = MiniPDF.Page()
        page.text("Agenda", x: 72, y: 80)
        page.items.append(.raw(String(repeating: "q ", count: 2_000_000) + "\n"))
        let pdf = dir.appendingPathComponent("nested.pdf")
        try MiniPDF(pages: [page]).data().write(to: pdf)
        let out = dir.appendingPathComponent("out")
        let started = Date()
        let result = try AgendaPackBinary.run(["extract", pdf.path, "--out", out.path, "--max-memory", "512"], timeLimit: 120)
        #expect(result.status == 8, "\(result.stderr)")
        #expect(result.stderr == "agendapack: \(pdf.path): memory limit exceeded (512 MiB; --max-memory)\n")
        #expect(result.stdout == "")
        #expect(BatchFixture.files(out).isEmpty)
        print("nested graphics states: stopped after \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    @Test("--timeout stops a conversion that takes too long: one line, exit 8, nothing on standard output")
    func timeout() throws {
        let dir = try Self.folder()
        let pdf = dir.appendingPathComponent("slow-pack.pdf")
        try BatchFixture.pack(number: 1).data().write(to: pdf)
        var environment = ProcessInfo.processInfo.environment
        environment["AGENDAPACK_WORKER_TEST_SLEEP"] = "slow-pack:30"
        let result = try AgendaPackBinary.run(["extract", pdf.path, "--timeout", "1"], timeLimit: 60, environment: environment)
        #expect(result.status == 8)
        #expect(result.stderr == "agendapack: \(pdf.path): time limit exceeded (no result after 1 s; --timeout)\n")
        #expect(result.stdout == "")
    }

    @Test("under limits and without, extract gives the same bytes and the same errors")
    func sameOutput() throws {
        let dir = try Self.folder()
        let pdf = dir.appendingPathComponent("pack.pdf")
        try BatchFixture.pack(number: 3).data().write(to: pdf)
        let limited = try AgendaPackBinary.run(["extract", pdf.path])
        let unlimited = try AgendaPackBinary.run(["extract", pdf.path, "--max-memory", "0", "--timeout", "0"])
        #expect(limited.status == 0 && unlimited.status == 0)
        #expect(limited.stdout == unlimited.stdout)
        #expect(limited.stdout.contains("Highways Maintenance Contract Number 3"))
        let html = dir.appendingPathComponent("page.pdf")
        try Data("<html></html>".utf8).write(to: html)
        let bad = try AgendaPackBinary.run(["extract", html.path])
        #expect(bad.status == 3)
        #expect(bad.stderr == "agendapack: \(html.path): not a PDF (no %PDF header)\n" || bad.stderr.hasPrefix("agendapack: \(html.path): not a PDF"))
        #expect(try AgendaPackBinary.run(["extract", html.path, "--max-memory", "0", "--timeout", "0"]).stderr == bad.stderr)
    }

    @Test("search refuses a SQLite file it did not make, and leaves it untouched")
    func foreignDatabase() throws {
        let dir = try Self.folder()
        let path = dir.appendingPathComponent("other.sqlite").path
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('highways')") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try AgendaPackBinary.run(["search", path, "highways"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a database made by agendapack"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let tables = try other.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["notes"])
        // batch --db refuses it too.
        let fixture = try BatchFixture(count: 1, withBad: false)
        let batch = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", fixture.out().path, "--db", path, "--quiet"])
        #expect(batch.status != 0)
        #expect(try other.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") } == ["notes"])
    }

    @Test("a malformed query is an error (exit 64), not 'no matches'", arguments: ["\"highways", "AND", "NEAR(", "title:x", "*"])
    func malformedQuery(query: String) throws {
        let fixture = try BatchFixture(count: 1, withBad: false)
        let db = fixture.root.appendingPathComponent("p.sqlite").path
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", fixture.out().path, "--db", db, "--quiet"]).status == 0)
        let result = try AgendaPackBinary.run(["search", db, query])
        #expect(result.status == 64, "\(query): \(result.stderr)")
        #expect(result.stderr.hasPrefix("agendapack: malformed query ("), "\(result.stderr)")
        #expect(result.stdout == "")
    }
}
