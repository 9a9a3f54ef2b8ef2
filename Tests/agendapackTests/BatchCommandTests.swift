import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

/// A folder of small PDFs for batch tests, with a damaged PDF and a file that is not one.
struct BatchFixture {
    let root: URL
    let input: URL
    /// Relative paths of the readable PDFs.
    let good: [String]
    let bad: [String]

    /// `count` readable packs spread over two subfolders, each with an agenda whose item
    /// titles carry the pack's number, plus `bad.pdf` (HTML) and `sub/damaged.pdf`.
    init(count: Int = 4, withBad: Bool = true) throws {
        let fm = FileManager.default
        root = fm.temporaryDirectory.appendingPathComponent("agendapack-batch-\(UUID().uuidString)")
        input = root.appendingPathComponent("in")
        try fm.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        var good: [String] = []
        for index in 1...count {
            let relative = index % 2 == 0 ? String(format: "sub/pack-%02d.pdf", index) : String(format: "pack-%02d.pdf", index)
            try Self.pack(number: index).data().write(to: input.appendingPathComponent(relative))
            good.append(relative)
        }
        self.good = good.sorted()
        if withBad {
            try Data("<!DOCTYPE html><p>Moved</p>".utf8).write(to: input.appendingPathComponent("bad.pdf"))
            // A PDF header and the start of an object, then nothing: no xref, no pages.
            try Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".utf8).write(to: input.appendingPathComponent("sub/damaged.pdf"))
            bad = ["bad.pdf", "sub/damaged.pdf"]
        } else {
            bad = []
        }
    }

    /// A front sheet: meeting details, then three numbered items, the third carrying `number`.
    static func pack(number: Int) -> MiniPDF {
        var page = MiniPDF.Page()
        page.text("Cabinet", x: 72, y: 80, size: 16, font: .bold)
        page.text("Date: Thursday 30 January 2025", x: 72, y: 110)
        page.text("Time: 10.00 am", x: 72, y: 125)
        page.text("Venue: Council Chamber, Sessions House", x: 72, y: 140)
        page.text("AGENDA", x: 250, y: 180, size: 14, font: .bold)
        page.text("Public Business", x: 72, y: 210, size: 12, font: .bold)
        page.text("1.", x: 72, y: 240)
        page.text("Apologies and Substitutions", x: 100, y: 240)
        page.text("2.", x: 72, y: 265)
        page.text("Minutes (Pages 3 - 6)", x: 100, y: 265)
        page.text("3.", x: 72, y: 290)
        page.text("Highways Maintenance Contract Number \(number) (Pages 7 - 50)", x: 100, y: 290)
        page.text("Report of the Director of Highways", x: 100, y: 305)
        var second = MiniPDF.Page()
        second.text("Page 2", x: 280, y: 800)
        return MiniPDF(pages: [page, second])
    }

    func out(_ name: String = "out") -> URL { root.appendingPathComponent(name) }

    /// Every file under `dir` (relative paths), sorted.
    static func files(_ dir: URL) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: dir.path)) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue
        }.sorted()
    }

    /// The pack outputs under `dir` with their bytes.
    static func outputs(_ dir: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in files(dir) where path.hasSuffix(".json") && path != "summary.json" {
            result[path] = FileManager.default.contents(atPath: dir.appendingPathComponent(path).path)
        }
        return result
    }

    static func summary(_ dir: URL) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: dir.appendingPathComponent("summary.json").path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

@Suite("agendapack batch", .serialized)
struct BatchCommandTests {
    @Test("converts the readable PDFs, lists the bad ones with reasons, exits 1; a re-run skips all; --force redoes")
    func convertRerunForce() throws {
        let fixture = try BatchFixture()
        let out = fixture.out()
        let first = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--jobs", "2"])
        #expect(first.status == 1)
        #expect(first.stdout.hasPrefix("converted 4, skipped 0 (unchanged), failed 2;"))
        #expect(first.stdout.contains("failed: bad.pdf: not a PDF (no %PDF header)\n"))
        #expect(first.stdout.contains("failed: sub/damaged.pdf: "))
        // Not a terminal: one plain line per file on standard error.
        #expect(first.stderr.split(separator: "\n").count == 6)
        #expect(first.stderr.contains("converted sub/pack-02.pdf (2 pages"))

        let outputs = BatchFixture.outputs(out)
        #expect(outputs.keys.sorted() == ["pack-01.json", "pack-03.json", "sub/pack-02.json", "sub/pack-04.json"])
        let summary = try BatchFixture.summary(out)
        #expect(summary["converted"] as? Int == 4)
        #expect(summary["failed"] as? Int == 2)
        let failures = try #require(summary["failures"] as? [[String: Any]])
        #expect(failures.map { $0["file"] as? String } == ["bad.pdf", "sub/damaged.pdf"])
        #expect(failures.allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
        // Keys are written sorted.
        let text = String(decoding: try Data(contentsOf: out.appendingPathComponent("summary.json")), as: UTF8.self)
        let convertedKey = try #require(text.range(of: "\"converted\""))
        let failedKey = try #require(text.range(of: "\"failed\""))
        #expect(convertedKey.lowerBound < failedKey.lowerBound)

        let again = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path])
        #expect(again.status == 1, "the bad files' failures still stand")
        #expect(again.stdout.hasPrefix("converted 0, skipped 4 (unchanged), failed 2;"))
        #expect(again.stdout.contains("(earlier run; --retry-failed retries)"))
        #expect(BatchFixture.outputs(out) == outputs)

        let forced = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--force", "--quiet"])
        #expect(forced.status == 1)
        #expect(forced.stdout.hasPrefix("converted 4, skipped 0 (unchanged), failed 2;"))
        #expect(forced.stderr == "")
        #expect(BatchFixture.outputs(out) == outputs, "converting again gives the same bytes")
    }

    @Test("a changed input is converted again, the others skipped; all good gives exit 0")
    func changedInput() throws {
        let fixture = try BatchFixture(count: 3, withBad: false)
        let out = fixture.out()
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"]).status == 0)
        try BatchFixture.pack(number: 99).data().write(to: fixture.input.appendingPathComponent("pack-01.pdf"))
        let rerun = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"])
        #expect(rerun.status == 0)
        #expect(rerun.stdout.hasPrefix("converted 1, skipped 2 (unchanged), failed 0;"))
        let output = String(decoding: try Data(contentsOf: out.appendingPathComponent("pack-01.json")), as: UTF8.self)
        #expect(output.contains("Contract Number 99"))

        // An input that changes into one that fails loses its old output: it no longer matches.
        try Data("<html>gone</html>".utf8).write(to: fixture.input.appendingPathComponent("sub/pack-02.pdf"))
        let broken = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"])
        #expect(broken.status == 1)
        #expect(broken.stdout.hasPrefix("converted 0, skipped 2 (unchanged), failed 1;"))
        #expect(BatchFixture.outputs(out).keys.sorted() == ["pack-01.json", "pack-03.json"])
    }

    @Test("two inputs that would write the same output: the second fails, the first keeps its output")
    func sameOutputName() throws {
        let fixture = try BatchFixture(count: 1, withBad: false)
        try BatchFixture.pack(number: 5).data().write(to: fixture.input.appendingPathComponent("pack-01.PDF"))
        let out = fixture.out()
        for _ in 1...2 {
            let result = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--quiet"])
            #expect(result.status == 1)
            #expect(result.stdout.contains("failed: pack-01.pdf: has the same output name as pack-01.PDF"), "\(result.stdout)")
            #expect(BatchFixture.outputs(out).keys.sorted() == ["pack-01.json"])
        }
        let output = String(decoding: try Data(contentsOf: out.appendingPathComponent("pack-01.json")), as: UTF8.self)
        #expect(output.contains("Contract Number 5"))
    }

    @Test("killed with SIGKILL part-way, then re-run: no partial or temporary file, the same outputs as a run left alone")
    func killAndResume() throws {
        let fixture = try BatchFixture(count: 30, withBad: false)
        let reference = fixture.out("reference")
        #expect(try AgendaPackBinary.run(["batch", fixture.input.path, "--out", reference.path, "--quiet"], timeLimit: 300).status == 0)

        let out = fixture.out()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: AgendaPackBinary.path)
        process.arguments = ["batch", fixture.input.path, "--out", out.path, "--jobs", "1", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while BatchFixture.outputs(out).count < 3 && Date() < deadline && process.isRunning { usleep(2_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let partial = BatchFixture.outputs(out).count
        #expect(partial >= 3 && partial < 30, "killed part-way (\(partial) of 30 done)")
        // Every output present is whole: it parses.
        for (path, data) in BatchFixture.outputs(out) {
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is whole")
        }

        let rerun = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--jobs", "1", "--quiet"], timeLimit: 300)
        #expect(rerun.status == 0)
        #expect(rerun.stdout.contains("failed 0;"))
        let files = BatchFixture.files(out)
        #expect(!files.contains { $0.hasSuffix(".tmp") || $0.contains(".agendapack-staging") }, "\(files)")
        #expect(BatchFixture.outputs(out) == BatchFixture.outputs(reference))
        let manifestLines = try String(contentsOf: out.appendingPathComponent("manifest.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(manifestLines.count >= 30)
    }

    @Test("shards: each takes a disjoint share, together they cover the set, and db import merges them")
    func shards() throws {
        let fixture = try BatchFixture(count: 12, withBad: false)
        var seen: [String: Int] = [:]
        var folders: [String] = []
        for index in 1...3 {
            let out = fixture.out("shard-\(index)")
            folders.append(out.path)
            let result = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", out.path, "--shard", "\(index)/3", "--quiet"])
            #expect(result.status == 0)
            for path in BatchFixture.outputs(out).keys {
                #expect(seen[path] == nil, "\(path) in shards \(seen[path] ?? 0) and \(index)")
                seen[path] = index
            }
            #expect(try BatchFixture.summary(out)["shard"] as? String == "\(index)/3")
        }
        #expect(seen.keys.sorted() == fixture.good.map { String($0.dropLast(4)) + ".json" }.sorted())

        let db = fixture.root.appendingPathComponent("merged.sqlite").path
        let imported = try AgendaPackBinary.run(["db", "import"] + folders + ["--db", db])
        #expect(imported.status == 0)
        #expect(imported.stdout == "loaded 12 packs, 0 already current, into \(db)\n")
        let again = try AgendaPackBinary.run(["db", "import"] + folders + ["--db", db])
        #expect(again.stdout == "loaded 0 packs, 12 already current, into \(db)\n")
        let hits = try AgendaPackBinary.run(["search", db, "highways", "--limit", "100"])
        #expect(hits.stdout.split(separator: "\n").count == 12)
    }

    @Test("usage errors exit 64", arguments: [
        ["--shard", "0/3"], ["--shard", "4/3"], ["--jobs", "0"], ["--timeout", "0"],
    ])
    func usage(extra: [String]) throws {
        let fixture = try BatchFixture(count: 1, withBad: false)
        let result = try AgendaPackBinary.run(["batch", fixture.input.path, "--out", fixture.out().path] + extra)
        #expect(result.status == 64)
        #expect(!FileManager.default.fileExists(atPath: fixture.out().path))
    }

    @Test("a missing input is a usage error")
    func missingInput() throws {
        let fixture = try BatchFixture(count: 1, withBad: false)
        let result = try AgendaPackBinary.run(["batch", fixture.root.appendingPathComponent("nothing").path, "--out", fixture.out().path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no such file or folder"))
    }
}
