import AgendaPackStore
import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import Tables

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of agenda item titles and recommendations in a batch database.",
        discussion: """
            Prints one match per line, best first: FILE:pPAGE  [KIND]  snippet, the matched words
            in [brackets]. QUERY is SQLite FTS5 syntax (words, "a phrase", prefix*, OR, NOT);
            words are stemmed. Only databases made by agendapack are opened (read-only).
            Exit status 0 with matches, 1 with none, 2 when the database cannot be read or was
            not made by agendapack, 64 for a malformed query, 75 when the query runs past
            --timeout.
            """)

    @Argument(help: "The SQLite database written by batch --db or db import.")
    var database: String

    @Argument(help: "What to look for.")
    var query: String

    @Option(help: "At most this many matches.")
    var limit: Int = 20

    @Option(help: "Seconds the query may run before it is stopped.")
    var timeout: Double = 10

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: database) else {
            Console.error("agendapack: \(database): no such file\n")
            throw ExitCode(2)
        }
        let store: PackStore
        do {
            store = try PackStore(path: database, mode: .read)
        } catch let error as PackStore.StoreError {
            Console.error("agendapack: \(error)\n")
            throw ExitCode(2)
        }
        let hits: [PackStore.SearchHit]
        do {
            hits = try store.search(query, limit: limit, timeLimit: timeout)
        } catch let error as PackStore.QueryError {
            Console.error("agendapack: \(error)\n")
            if case .tooSlow = error { throw ExitCode(75) }
            throw ExitCode(64)
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
