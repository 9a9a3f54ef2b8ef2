import AgendaPack
import Foundation
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
