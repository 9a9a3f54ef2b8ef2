import AgendaPackStore
import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import Tables

struct DBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Work with batch databases.", subcommands: [DBImportCommand.self])
}

struct DBImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load the outputs of batch output folders (e.g. one per shard) into a SQLite database.",
        discussion: """
            Reads each folder's manifest.jsonl and loads every input it records as converted.
            Packs already loaded from the same bytes are left as they are; --force reloads them.
            """)

    @Argument(help: "Batch output folders.")
    var folders: [String]

    @Option(help: "The SQLite database to create or update.")
    var db: String

    @Flag(help: "Reload packs that are already current.")
    var force = false

    func validate() throws {
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("\(folder): no such folder")
            }
        }
    }

    func run() throws {
        do {
            let store = try PackStore(path: db)
            var total = PackStore.ImportCount()
            for folder in folders {
                let count = try store.importFolder(folder, force: force)
                total.loaded += count.loaded
                total.current += count.current
            }
            try emit("loaded \(total.loaded) packs, \(total.current) already current, into \(db)\n")
        } catch {
            Console.error("agendapack: \(error)\n")
            throw ExitCode(1)
        }
    }
}
