import AgendaPack
import ArgumentParser
import Batch
import Contract
import Foundation
import JSONSchema
import LayoutModel
import Tables

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pack documents against the output contract's JSON Schema.",
        discussion: """
            Prints one line per violation: FILE: /instance/path: message [schema /schema/path].
            Exit status 0 when every file is valid, 1 when any is not, 2 when a file cannot be read.
            """)

    @Argument(help: "The JSON files.")
    var files: [String]

    @Flag(help: "Use the looser schema of the corpus's expected files (no bbox or sha256 required).")
    var expected = false

    func run() throws {
        let schema = try Schema(json: expected ? EmbeddedSchemas.expected : EmbeddedSchemas.pack)
        var status: Int32 = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("agendapack: \(file): cannot be read\n")
                status = 2
                continue
            }
            let value: JSONValue
            do {
                value = try JSONValue(parsing: data)
            } catch {
                print("\(file): not JSON: \(error)")
                if status == 0 { status = 1 }
                continue
            }
            let errors = schema.validate(value)
            for error in errors {
                print("\(file): \(error.instancePath.isEmpty ? "/" : error.instancePath): \(error.message) [schema \(error.schemaPath)]")
            }
            if !errors.isEmpty && status == 0 { status = 1 }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema of the pack document (draft 2020-12).")

    @Flag(help: "Print the looser schema of the corpus's expected files.")
    var expected = false

    func run() throws {
        try emit(expected ? EmbeddedSchemas.expected : EmbeddedSchemas.pack)
    }
}
