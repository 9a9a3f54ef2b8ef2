import AgendaPack
import ArgumentParser
import Foundation
import PDFLayout

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Convert PDFs to pack documents (JSON, validated against the schema).",
        discussion: """
            With one file and no --out, the document goes to standard output. With --out DIR,
            each FILE.pdf is written to DIR/FILE.json, atomically. A file that cannot be read
            gets a one-line error on standard error and nothing written; the others go on.
            """)

    @Argument(help: "The PDF files.")
    var files: [String]

    @Option(help: "Write DIR/<name>.json for each input instead of printing.")
    var out: String?

    @Option(help: "The password of encrypted PDFs (user or owner).")
    var password: String?

    func validate() throws {
        if out == nil && files.count > 1 {
            throw ValidationError("several files need --out DIR")
        }
        // Two inputs with one name would write one output: refuse rather than overwrite.
        if out != nil {
            var firstWithName: [String: String] = [:]
            for file in files {
                let name = ExtractCommand.outputName(file)
                if let earlier = firstWithName[name] {
                    throw ValidationError("\(earlier) and \(file) would both be written to \(name); convert them into different --out folders")
                }
                firstWithName[name] = file
            }
        }
    }

    func run() throws {
        var status: Int32 = 0
        for file in files {
            do {
                // The records are not kept once encoded (peak memory on long packs).
                let data = try PackEncoder.encode(try Extractor().extract(path: file, options: .init(password: password)))
                if let out {
                    // isDirectory given: no file-system look-up per file to decide it.
                    let name = ExtractCommand.outputName(file)
                    try PackEncoder.writeAtomically(data, to: URL(fileURLWithPath: out, isDirectory: true).appendingPathComponent(name, isDirectory: false))
                } else {
                    try Console.output(data)
                }
            } catch let error as PDFError {
                Console.error("agendapack: \(error.description)\n")
                if status == 0 { status = ExitStatus.of(error) }
            } catch let error as ExitCode {
                throw error
            } catch let error as PackEncoder.InvalidOutput {
                Console.error("agendapack: \(error.description)\n")
                if status == 0 { status = 70 }
            } catch {
                Console.error("agendapack: \(file): \(error)\n")
                if status == 0 { status = 73 }
            }
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The name of the output file written for `file` under --out.
    static func outputName(_ file: String) -> String {
        // isDirectory given: no file-system look-up per file to decide it.
        URL(fileURLWithPath: file, isDirectory: false).deletingPathExtension().lastPathComponent + ".json"
    }
}
