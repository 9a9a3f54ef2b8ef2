import AgendaPack
import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

@main
struct AgendaPackCommand: ParsableCommand {
    /// What `--version` prints: the tool's version and the output contract's.
    static let versionText = "agendapack \(AgendaPackVersion.tool) (output contract \(AgendaPackVersion.schema))"

    static let configuration = CommandConfiguration(
        commandName: "agendapack",
        abstract: "Turn council meeting PDFs (agenda packs, minutes, reports) into validated JSON.",
        discussion: """
            Exit status: 0 success; 2 file not found; 3 not a PDF; 4 damaged or truncated PDF;
            5 encrypted (no password given); 6 wrong password; 7 PDF without pages;
            64 usage error; 70 internal error (an output that violates the schema); 73 an output
            that cannot be written.
            """,
        version: versionText,
        subcommands: [
            ExtractCommand.self, InfoCommand.self, TextCommand.self, TablesCommand.self, ValidateCommand.self, SchemaCommand.self, BatchCommand.self,
            ReportCommand.self,
            SearchCommand.self, DBCommand.self, WorkerCommand.self,
        ]
    )

    /// `agendapack --version` answers before any parsing, with nothing else done; every
    /// other command line goes to the argument parser.
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count == 2 && arguments[1] == "--version" {
            print(versionText)
            Foundation.exit(0)
        }
        main(nil)
    }
}

/// Options shared by commands that open one PDF.
struct PDFInput: ParsableArguments {
    @Argument(help: "The PDF file.")
    var file: String

    @Option(help: "The password of an encrypted PDF (user or owner).")
    var password: String?
}

/// Runs `body`, turning a PDF error into one line on standard error and its exit status.
func withExitStatus<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as PDFError {
        Console.error("agendapack: \(error.description)\n")
        throw ExitCode(ExitStatus.of(error))
    }
}

enum ExitStatus {
    static func of(_ error: PDFError) -> Int32 {
        switch error {
        case .fileNotFound: return 2
        case .notAPDF: return 3
        case .damaged, .unreadablePage: return 4
        case .encrypted: return 5
        case .wrongPassword: return 6
        case .noPages: return 7
        case .pageOutOfRange: return 64
        case .readerUnavailable: return 70
        }
    }
}

/// Writes to standard output in one piece.
func emit(_ text: String) throws {
    try Console.output(Data(text.utf8))
}

/// Standard output and standard error. A write that fails (a full disk, a closed
/// descriptor) is an error, never a trap: output that cannot be written is exit 73 with one
/// line on standard error; a message that cannot be written to standard error is dropped.
enum Console {
    static let cannotWrite: Int32 = 73

    static func output(_ data: Data) throws {
        // write(2) in a loop that resumes where a short write stopped (FileHandle's write
        // on Linux does not; see AtomicFile).
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
        if let failure {
            Console.error("agendapack: standard output cannot be written (\(String(cString: strerror(failure))))\n")
            throw ExitCode(cannotWrite)
        }
    }

    static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}

/// JSON encoding shared by the commands: sorted keys, stable layout.
func encodeJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
