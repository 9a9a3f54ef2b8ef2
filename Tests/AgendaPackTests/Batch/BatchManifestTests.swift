import AgendaPack
import Batch
import Contract
import Dates
import Foundation
import LayoutModel
import Parsing
import Recommendations
import Segmentation
import Tables
import Testing

@Suite("Manifest: append-only outcomes")
struct BatchManifestTests {
    static func tempURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-manifest-\(UUID().uuidString).jsonl")
    }

    @Test("the last entry per file wins, and a torn last line is ignored")
    func lastWins() throws {
        let url = Self.tempURL()
        do {
            let manifest = try Manifest(url: url)
            try manifest.append(ManifestEntry(file: "a.pdf", sha256: "1", bytes: 1, outcome: .failed, reason: "timeout"))
            try manifest.append(ManifestEntry(file: "b.pdf", sha256: "2", bytes: 2, outcome: .converted, pages: 3, output: "b.json"))
            try manifest.append(ManifestEntry(file: "a.pdf", sha256: "1", bytes: 1, outcome: .converted, pages: 1, output: "a.json"))
        }
        // A kill -9 in the middle of a write leaves half a line.
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"file":"c.pdf","sha2"#.utf8))
        try handle.close()
        let entries = Manifest.read(url)
        #expect(entries.count == 2)
        #expect(entries["a.pdf"]?.outcome == .converted)
        #expect(entries["b.pdf"]?.pages == 3)
        // Appending after a torn line starts a new line, so the new entry is readable.
        try Manifest(url: url).append(ManifestEntry(file: "c.pdf", sha256: "3", bytes: 3, outcome: .failed, reason: "crashed (SIGSEGV)"))
        #expect(Manifest.read(url)["c.pdf"]?.reason == "crashed (SIGSEGV)")
    }

    @Test("an earlier outcome stands only for the same bytes and versions")
    func stands() {
        let converted = ManifestEntry(file: "a.pdf", sha256: "abc", bytes: 1, outcome: .converted, output: "a.json")
        #expect(converted.stands(forSHA256: "abc", outputExists: true, retryFailed: false))
        #expect(!converted.stands(forSHA256: "abd", outputExists: true, retryFailed: false))
        #expect(!converted.stands(forSHA256: "abc", outputExists: false, retryFailed: false))
        #expect(!converted.stands(forSHA256: nil, outputExists: true, retryFailed: false))
        var older = converted
        older.toolVersion = "0.0.1"
        #expect(!older.stands(forSHA256: "abc", outputExists: true, retryFailed: false))
        let failed = ManifestEntry(file: "b.pdf", sha256: "abc", bytes: 1, outcome: .failed, reason: "not a PDF")
        #expect(failed.stands(forSHA256: "abc", outputExists: false, retryFailed: false))
        #expect(!failed.stands(forSHA256: "abc", outputExists: false, retryFailed: true))
    }
}

@Suite("Manifest: failure classes and torn writes")
struct BatchManifestFaultTests {
    @Test("a failure of the input stands on a plain re-run; a failure of the machine never does")
    func classes() {
        let input = ManifestEntry(file: "a.pdf", sha256: "1", bytes: 1, outcome: .failed, reason: "not a PDF", failureClass: .input)
        let machine = ManifestEntry(file: "a.pdf", sha256: "1", bytes: 1, outcome: .failed, reason: "timeout", failureClass: .machine)
        #expect(input.stands(forSHA256: "1", outputExists: false, retryFailed: false))
        #expect(!input.stands(forSHA256: "1", outputExists: false, retryFailed: true))
        #expect(!machine.stands(forSHA256: "1", outputExists: false, retryFailed: false))
        // An entry of an older version (no class) reads as the input's fault.
        let old = #"{"bytes":1,"file":"a.pdf","outcome":"failed","reason":"x","schema_version":"\#(AgendaPackVersion.schema)","sha256":"1","tool_version":"\#(AgendaPackVersion.tool)"}"#
        let decoded = try? JSONDecoder().decode(ManifestEntry.self, from: Data(old.utf8))
        #expect(decoded?.stands(forSHA256: "1", outputExists: false, retryFailed: false) == true)
    }

    @Test("a class is written for failures only, and read back")
    func classRoundTrip() throws {
        let url = BatchManifestTests.tempURL()
        let manifest = try Manifest(url: url)
        try manifest.append(ManifestEntry(file: "a.pdf", sha256: "1", bytes: 1, outcome: .failed, reason: "disk", failureClass: .machine))
        try manifest.append(ManifestEntry(file: "b.pdf", sha256: "2", bytes: 2, outcome: .converted, pages: 1, output: "b.json"))
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.components(separatedBy: "\"failure_class\":\"machine\"").count == 2)
        #expect(!text.split(separator: "\n")[1].contains("failure_class"))
        #expect(Manifest.read(url)["a.pdf"]?.failureClass == .machine)
    }

    @Test("two input folders with the same file keep an entry each")
    func roots() throws {
        let url = BatchManifestTests.tempURL()
        let manifest = try Manifest(url: url)
        try manifest.append(ManifestEntry(file: "x.pdf", root: "/a", sha256: "1", bytes: 1, outcome: .converted, output: "x.json"))
        try manifest.append(ManifestEntry(file: "x.pdf", root: "/b", sha256: "2", bytes: 1, outcome: .failed, reason: "not a PDF"))
        let entries = Manifest.read(url)
        #expect(entries[ManifestEntry.key(root: "/a", file: "x.pdf")]?.outcome == .converted)
        #expect(entries[ManifestEntry.key(root: "/b", file: "x.pdf")]?.outcome == .failed)
    }

    @Test("a write cut short (a full disk) leaves a torn line of its own: the entries before and after read whole", arguments: [0, 1, 7, 40])
    func shortWrite(written: Int) throws {
        let url = BatchManifestTests.tempURL()
        let manifest = try Manifest(url: url)
        try manifest.append(ManifestEntry(file: "a.pdf", sha256: "1", bytes: 1, outcome: .converted, pages: 1, output: "a.json"))
        // The next write reaches the disk only in part, then fails.
        manifest.writer = { fd, buffer in
            let count = min(written, buffer.count)
            if count > 0 { _ = Foundation.write(fd, buffer.baseAddress, count) }
            errno = ENOSPC
            return count > 0 ? count : -1
        }
        #expect(throws: Manifest.CannotOpen.self) {
            try manifest.append(ManifestEntry(file: "b.pdf", sha256: "2", bytes: 2, outcome: .converted, pages: 2, output: "b.json"))
        }
        manifest.writer = { fd, buffer in Foundation.write(fd, buffer.baseAddress, buffer.count) }
        try manifest.append(ManifestEntry(file: "c.pdf", sha256: "3", bytes: 3, outcome: .converted, pages: 3, output: "c.json"))
        let entries = Manifest.read(url)
        #expect(entries.keys.sorted() == ["a.pdf", "c.pdf"])
        // No line holds parts of two entries.
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.allSatisfy { $0.components(separatedBy: "\"file\"").count <= 2 })
    }
}
