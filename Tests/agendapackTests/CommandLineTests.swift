import AgendaPack
import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

@Suite("agendapack on the command line")
struct CommandLineTests {
    static func samplePDF() throws -> String {
        var page = MiniPDF.Page()
        page.text("Cabinet", x: 72, y: 80, size: 16, font: .bold)
        page.text("3.", x: 54, y: 120)
        page.text("Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)", x: 90, y: 120)
        var second = MiniPDF.Page()
        second.text("Page 2", x: 280, y: 800)
        return try MiniPDF(pages: [page, second]).write(name: "cabinet")
    }

    @Test("text prints each line with page, position, size and segments")
    func text() throws {
        let result = try AgendaPackBinary.run(["text", try Self.samplePDF()])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("p1") && $0.hasSuffix("3. ┃ Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)") })
        #expect(lines.contains { $0.hasPrefix("p1") && $0.contains("16.0b") && $0.hasSuffix("Cabinet") })
        #expect(lines.contains { $0.hasPrefix("p2") && $0.hasSuffix("Page 2") })
    }

    @Test("text --json --pages gives the selected pages as JSON")
    func textJSON() throws {
        let result = try AgendaPackBinary.run(["text", try Self.samplePDF(), "--json", "--pages", "2"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let pages = try #require(object?["pages"] as? [[String: Any]])
        #expect(pages.count == 1)
        #expect(pages[0]["page"] as? Int == 2)
        let lines = try #require(pages[0]["lines"] as? [[String: Any]])
        #expect(lines.first?["text"] as? String == "Page 2")
        let bbox = try #require(lines.first?["bbox"] as? [Double])
        #expect(bbox.count == 4 && abs(bbox[0] - 280) < 1)
    }

    @Test("info prints metadata and per-page facts")
    func info() throws {
        let result = try AgendaPackBinary.run(["info", try Self.samplePDF()])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Pages:       2"))
        #expect(result.stdout.contains("Producer:    MiniPDF test writer"))
        #expect(result.stdout.contains("   2  2         595.0   842.0     0"))
    }

    @Test("bad input: one line on standard error, a documented status, nothing on standard output", arguments: [
        ("missing", Int32(2), "no such file"), ("html", Int32(3), "not a PDF"), ("pages", Int32(64), "out of range"),
    ])
    func errors(kind: String, status: Int32, message: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var arguments: [String]
        switch kind {
        case "missing": arguments = ["text", dir.appendingPathComponent("nothing.pdf").path]
        case "html":
            let path = dir.appendingPathComponent("agenda.pdf").path
            try Data("<!DOCTYPE html><p>Moved</p>".utf8).write(to: URL(fileURLWithPath: path))
            arguments = ["text", path]
        default: arguments = ["text", try Self.samplePDF(), "--pages", "3"]
        }
        let result = try AgendaPackBinary.run(arguments)
        #expect(result.status == status)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("agendapack: "))
        #expect(result.stderr.contains(message))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test("extract: the same PDF gives byte-identical, schema-valid JSON; --out writes the same bytes")
    func deterministic() throws {
        let pdf = TestPaths.root.appendingPathComponent("corpus/pdf/thornbury-dc-planning-committee-2023-03-14-minutes.pdf").path
        let first = try AgendaPackBinary.run(["extract", pdf])
        let second = try AgendaPackBinary.run(["extract", pdf])
        #expect(first.status == 0 && second.status == 0)
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-out-\(UUID().uuidString)")
        let written = try AgendaPackBinary.run(["extract", pdf, "--out", dir.path])
        #expect(written.status == 0 && written.stdout.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files == ["thornbury-dc-planning-committee-2023-03-14-minutes.json"])
        let bytes = try String(contentsOf: dir.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(bytes == first.stdout)
        let valid = try AgendaPackBinary.run(["validate", dir.appendingPathComponent(files[0]).path])
        #expect(valid.status == 0 && valid.stdout.isEmpty)
    }

    @Test("--version prints the tool's and the contract's versions and exits 0; --help lists it")
    func version() throws {
        let result = try AgendaPackBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "agendapack \(AgendaPackVersion.tool) (output contract \(AgendaPackVersion.schema))\n")
        let help = try AgendaPackBinary.run(["--help"])
        #expect(help.stdout.contains("--version"))
    }

    @Test("the PDF reader is loaded only by commands that read a PDF; one that cannot be loaded is exit 70, one line, nothing written")
    func readerLoadedOnDemand() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["AGENDAPACK_POPPLER_LIBRARY"] = "/nonexistent/libAgendaPackPoppler.so"
        // Commands that read no PDF never look for it.
        let version = try AgendaPackBinary.run(["--version"], environment: environment)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("agendapack "))
        let schema = try AgendaPackBinary.run(["schema"], environment: environment)
        #expect(schema.status == 0)
        #expect(schema.stdout.contains("\"$schema\""))
        // A command that reads one says which library and why, and writes nothing.
        let pdf = try Self.samplePDF()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let extract = try AgendaPackBinary.run(["extract", pdf, "--out", dir.path], environment: environment)
        #expect(extract.status == 70)
        #expect(extract.stdout.isEmpty)
        let lines = extract.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(extract.stderr.contains("cannot load the PDF reader libAgendaPackPoppler.so"))
        #expect(extract.stderr.contains("/nonexistent/libAgendaPackPoppler.so"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).isEmpty)
        // Found beside the executable otherwise.
        let found = try AgendaPackBinary.run(["info", pdf])
        #expect(found.status == 0)
        #expect(found.stdout.contains("Pages:"))
    }

    @Test("a usage error exits 64")
    func usage() throws {
        let result = try AgendaPackBinary.run(["text", "x.pdf", "--pages", "5-2"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
    }
}
