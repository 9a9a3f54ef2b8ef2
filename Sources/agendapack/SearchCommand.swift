import AgendaPackStore
import ArgumentParser
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of agenda item titles and recommendations in a batch database.",
        discussion: """
            Prints one match per line, best first: FILE:pPAGE  [KIND]  snippet, the matched words
            in [brackets]. QUERY is SQLite FTS5 syntax (words, "a phrase", prefix*, OR, NOT);
            words are stemmed. Exit status 0 with matches, 1 with none, 2 when the database
            cannot be read.
            """)

    @Argument(help: "The SQLite database written by batch --db or db import.")
    var database: String

    @Argument(help: "What to look for.")
    var query: String

    @Option(help: "At most this many matches.")
    var limit: Int = 20

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: database) else {
            Console.error("agendapack: \(database): no such file\n")
            throw ExitCode(2)
        }
        let hits: [PackStore.SearchHit]
        do {
            hits = try PackStore(path: database).search(query, limit: limit)
        } catch {
            Console.error("agendapack: \(database): \(error)\n")
            throw ExitCode(2)
        }
        var out = ""
        for hit in hits {
            out += "\(hit.file):p\(hit.page.map(String.init) ?? "?")  [\(hit.kind)]  \(hit.snippet)\n"
        }
        try emit(out)
        if hits.isEmpty { throw ExitCode(1) }
    }
}
