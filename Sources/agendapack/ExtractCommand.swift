import AgendaPack
import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Convert PDFs to pack documents (JSON, validated against the schema).",
        discussion: """
            With one file and no --out, the document goes to standard output. With --out DIR,
            each FILE.pdf is written to DIR/FILE.json, atomically. A file that cannot be read
            gets a one-line error on standard error and nothing written; the others go on.
            Conversions run under --max-memory and --timeout (the caps batch workers have); a
            file that hits a limit gets a one-line error and exit status 8, and the process
            stops there (earlier outputs stay). With --isolated each file is converted in a
            worker process of its own, so that a limit or a crash costs only that file.
            --max-memory 0 --timeout 0: no limits.
            """)

    @Argument(help: "The PDF files.")
    var files: [String]

    @Option(help: "Write DIR/<name>.json for each input instead of printing.")
    var out: String?

    @Option(help: "The password of encrypted PDFs (user or owner).")
    var password: String?

    @Flag(name: .customLong("no-ocr"), help: "Leave pages printed without text (scans) unread instead of reading them with tesseract.")
    var noOCR = false

    @Option(help: "The address-space limit of the conversion in MiB (0: none).")
    var maxMemory: Int = 2048

    @Option(help: "Seconds one file may take (0: no limit).")
    var timeout: Double = 120

    @Flag(help: "Convert each file in a worker process of its own (as batch does): a crash or a limit costs only that file.")
    var isolated = false

    /// The exit status of a file that hit --max-memory or --timeout.
    static let limitStatus: Int32 = 8

    func validate() throws {
        if maxMemory != 0 && maxMemory < 64 { throw ValidationError("--max-memory must be 0 (no limit) or at least 64 (MiB)") }
        if !(timeout >= 0) || !timeout.isFinite { throw ValidationError("--timeout must be 0 (no limit) or a positive number of seconds") }
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
        if !isolated && (maxMemory > 0 || timeout > 0) { InProcessLimits.install(maxMemoryMiB: maxMemory) }
        for file in files {
            do {
                // The records are not kept once encoded (peak memory on long packs).
                let data: Data
                if isolated {
                    data = try convertInWorker(file)
                } else {
                    InProcessLimits.begin(file: file, maxMemoryMiB: maxMemory, timeout: timeout, formatSeconds: BatchRunner.formatSeconds)
                    WorkerCommand.testHooks(file: file)
                    defer { InProcessLimits.end() }
                    data = try PackEncoder.encode(try Extractor().extract(path: file, options: .init(password: password, ocr: !noOCR)))
                }
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
            } catch let failure as FileFailure {
                Console.error("agendapack: \(failure.message)\n")
                if status == 0 { status = failure.status }
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

    /// A file the worker did not convert: the one-line message and the exit status.
    struct FileFailure: Error {
        var message: String
        var status: Int32
    }

    /// Converts `file` in a worker process under the limits and returns the pack document.
    private func convertInWorker(_ file: String) throws -> Data {
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agendapack-extract-\(getpid())-\(UUID().uuidString.prefix(8)).json")
        defer { try? FileManager.default.removeItem(at: staging) }
        let arguments = [BatchCommand.executablePath(), "_worker", file, "--output", staging.path, "--memory-limit", String(maxMemory)]
        var environment: [String: String] = [:]
        // Through the environment rather than the arguments, which any user can list with ps.
        if let password { environment["AGENDAPACK_WORKER_PASSWORD"] = password }
        if noOCR { environment["AGENDAPACK_WORKER_NO_OCR"] = "1" }
        let result = try WorkerProcess.run(arguments, environment: environment, timeout: timeout)
        func fail(_ message: String, _ status: Int32) -> FileFailure { FileFailure(message: message, status: status) }
        switch result.ending {
        case .timedOut:
            throw fail("\(file): time limit exceeded (no result after \(BatchRunner.formatSeconds(timeout)) s; --timeout)", Self.limitStatus)
        case .signalled(let signal):
            if WorkerProcess.hitMemoryLimit(result, limitMiB: maxMemory) {
                throw fail("\(file): memory limit exceeded (\(maxMemory) MiB; --max-memory)", Self.limitStatus)
            }
            throw fail("\(file): internal error (the conversion crashed: \(SignalName.of(signal)))", 70)
        case .exited(0):
            guard let data = FileManager.default.contents(atPath: staging.path) else {
                throw fail("\(file): internal error (the worker ended without a result)", 70)
            }
            return data
        case .exited(let code):
            if WorkerProcess.hitMemoryLimit(result, limitMiB: maxMemory) {
                throw fail("\(file): memory limit exceeded (\(maxMemory) MiB; --max-memory)", Self.limitStatus)
            }
            // The worker's own one-line error, passed on as it is.
            let line = result.stderr.split(separator: "\n").last.map(String.init) ?? "\(file): exit status \(code)"
            throw fail(line.hasPrefix("agendapack: ") ? String(line.dropFirst("agendapack: ".count)) : line, code)
        }
    }

    /// The name of the output file written for `file` under --out.
    static func outputName(_ file: String) -> String {
        // isDirectory given: no file-system look-up per file to decide it.
        URL(fileURLWithPath: file, isDirectory: false).deletingPathExtension().lastPathComponent + ".json"
    }
}
